/**
 * The aligner's speed-ups must not change a single bead: window sums and merged anchor lists equal what
 * they replace bit for bit, the length term's floor never exceeds the length term, and the band gives
 * the same table with or without the coster's fast path, and with or without reusing a previous pass.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_ALIGN_OPTIONS } from "../../src/align.js";
import { alignInBand, bandAround, widenAround, type BeadScorer, type Shape } from "../../src/text/align-band.js";
import { bandCenter, centerMap } from "../../src/text/align-center.js";
import { BeadCoster, LengthFloor, lengthCost, type CostParams } from "../../src/text/align-cost.js";
import { analyzeDocument, selectAnchors, type DocumentFeatures } from "../../src/text/align-features.js";
import { FIELDS, sumOf, WindowAnchors, WindowSums, type PricedSide } from "../../src/text/align-windows.js";
import { seededRandom } from "../helpers/seeded-random.js";


/** A priced side of `n` paragraphs of fewer than `maxIds` sorted, often repeated ids, with distinct prices per entry. */
function pricedSide(n: number, next: () => number, maxIds = 6): PricedSide {
  const offsets = [0];
  const ids: number[] = [];
  for (let p = 0; p < n; p++) {
    const list = Array.from({ length: Math.floor(next() * maxIds) }, () => Math.floor(next() * 8)).sort((x, y) => x - y);
    ids.push(...list);
    offsets.push(ids.length);
  }
  return { offsets: Int32Array.from(offsets), ids: Int32Array.from(ids), bonus: Float64Array.from(ids, () => next()), penalty: Float64Array.from(ids, () => next()) };
}

/** Entries of paragraphs [from, from + count) as [id, bonus, penalty], stably sorted by id (what a merge must give). */
function stableSorted(side: PricedSide, from: number, count: number): number[][] {
  const entries: number[][] = [];
  for (let e = side.offsets[from] ?? 0; e < (side.offsets[from + count] ?? 0); e++) {
    entries.push([side.ids[e] ?? 0, side.bonus[e] ?? 0, side.penalty[e] ?? 0]);
  }
  return entries.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0)); // Array.prototype.sort is stable
}

/** The loaded view of `anchors` as [id, bonus, penalty] entries. */
function loaded(anchors: WindowAnchors): number[][] {
  const out: number[][] = [];
  for (let e = anchors.begin; e < anchors.end; e++) out.push([anchors.ids[e] ?? 0, anchors.bonus[e] ?? 0, anchors.penalty[e] ?? 0]);
  return out;
}

describe("WindowAnchors", () => {
  test("loads any window as the stable sort of its paragraphs' entries, also after its slot was reused", () => {
    const next = seededRandom(7);
    const n = 2100; // more paragraphs than slots, so windows 2048 apart share a slot
    const side = pricedSide(n, next);
    const anchors = new WindowAnchors(side);
    const windows = [[5, 2], [2053, 2], [5, 2], [7, 3], [2055, 3], [7, 3], [2055, 3]];
    for (let k = 0; k < 400; k++) {
      const count = 1 + Math.floor(next() * 4);
      windows.push([Math.floor(next() * (n - count + 1)), count]);
    }
    for (const [from = 0, count = 1] of windows) {
      anchors.load(from, count);
      expect(loaded(anchors)).toEqual(stableSorted(side, from, count));
    }
  });

  test("loads windows correctly after the arena filled up and was emptied", () => {
    const next = seededRandom(5);
    const n = 300;
    // about 60,000 entries: every window of two and of three paragraphs takes about 300,000, past the arena's cap
    const side = pricedSide(n, next, 400);
    const at = (p: number) => side.offsets[p] ?? 0;
    let merged = 0;
    for (let from = 0; from + 3 <= n; from++) merged += (at(from + 2) - at(from)) + (at(from + 3) - at(from));
    expect(merged).toBeGreaterThan(1 << 18); // past the arena's cap (ARENA_MAX_ENTRIES): the first pass must empty it
    const anchors = new WindowAnchors(side);
    for (let pass = 0; pass < 2; pass++) {
      for (let from = 0; from + 3 <= n; from++) {
        for (const count of [2, 3]) {
          anchors.load(from, count);
          if ((from + pass) % 5 === 0) expect(loaded(anchors)).toEqual(stableSorted(side, from, count));
        }
      }
    }
  });
});

describe("WindowSums", () => {
  test("equals sumOf bit for bit, for precomputed windows and wider ones", () => {
    const next = seededRandom(11);
    const fields = Array.from({ length: FIELDS }, () => Float64Array.from({ length: 100 }, () => next() * 10));
    const sums = new WindowSums(fields);
    for (let f = 0; f < FIELDS; f++) {
      for (let from = 0; from < 100; from++) {
        for (let count = 1; count <= 4; count++) expect(sums.sum(f, from, count)).toBe(sumOf(fields[f] ?? new Float64Array(0), from, count));
      }
    }
  });
});

describe("LengthFloor", () => {
  test("never exceeds the length term it bounds", () => {
    const next = seededRandom(3);
    for (const maxCost of [5, 1, Infinity]) {
      const floor = new LengthFloor(maxCost);
      for (let k = 0; k < 3000; k++) {
        const ko = Math.floor(next() * 400);
        const en = Math.floor(next() * 1200);
        const mean = Math.max(1, (ko + en / 2.4) / 2);
        const delta = Math.abs(en - 2.4 * ko) / Math.sqrt(60 * mean);
        expect(floor.below(delta)).toBeLessThanOrEqual(lengthCost(ko, en, 2.4, 60, maxCost));
      }
    }
  });
});

/** Paragraphs of a reference sample, each side repeated with one English paragraph dropped per copy. */
function sampleDocument(): { ko: string[]; en: string[] } {
  const file = fileURLToPath(new URL("../../samples/us-china-military-talks/article.txt", import.meta.url));
  const paragraphs = readFileSync(file, "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const ko = paragraphs.filter((p) => /[\uAC00-\uD7A3]/.test(p));
  const en = paragraphs.filter((p) => !/[\uAC00-\uD7A3]/.test(p));
  const copies = [0, 1, 2, 3, 4];
  return { ko: copies.flatMap(() => ko), en: copies.flatMap((c) => en.filter((_, j) => j !== 2 * c + 1)) };
}

/** Bead shapes as align.ts explores them. */
const SHAPES: readonly Shape[] = [
  { a: 1, b: 1 }, { a: 1, b: 0 }, { a: 0, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 2 }, { a: 3, b: 1 }, { a: 1, b: 3 }, { a: 2, b: 2 },
];

/** The sample's features, centre line and a coster with the default options. */
function sampleSetup(): { f: DocumentFeatures; center: Float64Array; m: number; params: CostParams } {
  const { ko, en } = sampleDocument();
  const o = DEFAULT_ALIGN_OPTIONS;
  const bonus = [o.numberBonus, o.smallNumberBonus, o.latinBonus, o.termBonus, o.nameBonus, o.verbatimBonus];
  const evidence = analyzeDocument(ko, en, o.maxAnchorShare);
  const center = bandCenter(evidence, bonus, o.anchorSearchRadius);
  const f = selectAnchors(evidence, { anchorWindow: o.anchorWindow, searchRadius: o.anchorRadius }, centerMap(center, en.length));
  const params: CostParams = {
    lengthRatio: 2.5, lengthVariance: o.lengthVariance, maxLengthCost: o.maxLengthCost, sentenceCost: o.sentenceCost,
    quoteCost: o.quoteCost, fragmentCost: o.fragmentCost, matchBonus: bonus,
    koMissPenalty: [1.5, 1, 1, 0.2, 0, 2], enMissPenalty: [1.5, 1, 0, 0, 0, 2],
    koLonePenalty: [1.3, 0.8, 0.25, 0.45, 0, 2], enLonePenalty: [1.3, 0.8, 0, 0.2, 0, 2],
    shapeCost: { "1-1": 0, "1-0": 4, "0-1": 4, "2-1": 2.5, "1-2": 2.5, "3-1": 5, "1-3": 5, "2-2": 6 },
  };
  return { f, center, m: en.length, params };
}

describe("alignInBand with the bead coster", () => {
  const { f, center, m, params } = sampleSetup();
  const coster = new BeadCoster(f, params);
  const halfWidths = new Float64Array(center.length).fill(2);
  const band = bandAround(center, m, halfWidths);

  test("the coster's fast path, the lower base cost and the plain methods give the same table", () => {
    const fast = alignInBand(band, m, SHAPES, coster);
    const methods: BeadScorer = {
      baseCost: (i, j, a, b) => coster.baseCost(i, j, a, b),
      lowerBaseCost: (i, j, a, b) => coster.lowerBaseCost(i, j, a, b),
      bonusBound: (i, j, a, b) => coster.bonusBound(i, j, a, b),
      anchorCost: (i, j, a, b) => coster.anchorCost(i, j, a, b),
    };
    const { lowerBaseCost: _unused, ...plain } = methods;
    for (const scorer of [methods, plain]) {
      const slow = alignInBand(band, m, SHAPES, scorer);
      expect(slow.table.best).toEqual(fast.table.best);
      expect(slow.table.via).toEqual(fast.table.via);
      expect(slow.steps).toEqual(fast.steps);
    }
  });

  test("a widened pass that reuses the previous table equals one filled afresh", () => {
    const first = alignInBand(band, m, SHAPES, coster);
    expect(first.touchedRows.length).toBeGreaterThan(0);
    const widened = halfWidths.slice();
    expect(widenAround(widened, first.touchedRows, 64, 1e9)).toBe(true);
    const wider = bandAround(center, m, widened);
    const reused = alignInBand(wider, m, SHAPES, coster, first.table);
    const fresh = alignInBand(wider, m, SHAPES, new BeadCoster(f, params));
    expect(reused.table.best).toEqual(fresh.table.best);
    expect(reused.table.via).toEqual(fresh.table.via);
    expect(reused.steps).toEqual(fresh.steps);
  });

  test("a third pass that recycles a spare store of scored beads equals one filled afresh", () => {
    const first = alignInBand(band, m, SHAPES, coster);
    const widths = halfWidths.slice();
    expect(widenAround(widths, first.touchedRows, 64, 1e9)).toBe(true);
    const second = alignInBand(bandAround(center, m, widths), m, SHAPES, coster, first.table);
    expect(widenAround(widths, second.touchedRows.length > 0 ? second.touchedRows : first.touchedRows, 64, 1e9)).toBe(true);
    const widest = bandAround(center, m, widths);
    const fresh = alignInBand(widest, m, SHAPES, new BeadCoster(f, params));
    // the spare: a store no longer needed, large enough for the widest band (the first pass's is too small for it)
    const spare = fresh.table.scored;
    const third = alignInBand(widest, m, SHAPES, coster, second.table, spare);
    expect(third.table.scored).toBe(spare); // taken and emptied, not a new store
    expect(third.table.best).toEqual(fresh.table.best);
    expect(third.table.via).toEqual(fresh.table.via);
    expect(third.steps).toEqual(fresh.steps);
  });

  test("a widened pass scores far fewer beads than one filled afresh", () => {
    const counting = (calls: { base: number; anchors: number }): BeadScorer => ({
      baseCost: (i, j, a, b) => { calls.base++; return coster.baseCost(i, j, a, b); },
      lowerBaseCost: (i, j, a, b) => coster.lowerBaseCost(i, j, a, b),
      bonusBound: (i, j, a, b) => coster.bonusBound(i, j, a, b),
      anchorCost: (i, j, a, b) => { calls.anchors++; return coster.anchorCost(i, j, a, b); },
    });
    const first = alignInBand(band, m, SHAPES, coster);
    const widened = halfWidths.slice();
    widenAround(widened, first.touchedRows, 64, 1e9);
    const wider = bandAround(center, m, widened);
    const reusedCalls = { base: 0, anchors: 0 };
    const freshCalls = { base: 0, anchors: 0 };
    const reused = alignInBand(wider, m, SHAPES, counting(reusedCalls), first.table);
    const fresh = alignInBand(wider, m, SHAPES, counting(freshCalls));
    expect(reused.table.best).toEqual(fresh.table.best);
    expect(reused.table.via).toEqual(fresh.table.via);
    expect(freshCalls.anchors).toBeGreaterThan(0);
    expect(reusedCalls.anchors).toBeLessThan(freshCalls.anchors / 2);
    expect(reusedCalls.base).toBeLessThan(freshCalls.base);
  });
});
