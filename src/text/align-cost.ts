/**
 * The cost of one bead (a Korean paragraphs with b English paragraphs), in nats: minus the log-odds that
 * they translate each other. It adds a prior for the bead shape, a Gale-Church length term with the
 * document's own English/Korean length ratio, a term for differing sentence, fragment and quotation
 * counts (a title pairs with a title, a sentence with a sentence, not with a keyword line), and
 * the anchors: each anchor found on both sides earns a bonus, each one left on only one side costs a
 * penalty, higher for a lone anchor (one the other text has nowhere). A 1-0 or 0-1 bead pays only its
 * prior, so a paragraph whose anchors match nothing nearby is cheaper to leave unaligned than to glue
 * onto a neighbour: that is how omissions are found.
 */
import type { Shape, ShapeBounds } from "./align-band.js";
import type { DocumentFeatures, SideFeatures } from "./align-features.js";
import {
  FIELDS, FRAGMENTS, LENGTH, MAX_BONUS, QUOTES, SENTENCES, sumOf, WindowAnchors, WindowSums, type PricedSide,
} from "./align-windows.js";

/** Tunables of the bead cost, resolved from the aligner options for one document. */
export interface CostParams {
  /** English characters per Korean character (non-space), estimated per document. */
  readonly lengthRatio: number;
  /** Gale-Church variance: English chars² per Korean char of the bead. */
  readonly lengthVariance: number;
  /** The most the length term can cost (nats); see lengthCost. */
  readonly maxLengthCost: number;
  /** Nats per sentence of difference between the two sides. */
  readonly sentenceCost: number;
  /** Nats per quotation of difference between the two sides. */
  readonly quoteCost: number;
  /** Nats per fragment (paragraph with no sentence end) of difference between the two sides. */
  readonly fragmentCost: number;
  /** Nats earned per anchor matched, by anchor kind index. */
  readonly matchBonus: readonly number[];
  /** Nats paid per Korean anchor left unmatched inside a bead, by anchor kind index. */
  readonly koMissPenalty: readonly number[];
  /** Nats paid per English anchor left unmatched inside a bead, by anchor kind index. */
  readonly enMissPenalty: readonly number[];
  /** Nats paid per Korean lone anchor (one the English has nowhere) in a bead, by anchor kind index. */
  readonly koLonePenalty: readonly number[];
  /** Nats paid per English lone anchor (one the Korean has nowhere) in a bead, by anchor kind index. */
  readonly enLonePenalty: readonly number[];
  /** Nats for the bead shape, keyed "a-b". */
  readonly shapeCost: Readonly<Record<string, number>>;
}

/** Bead shapes are indexed a * SHAPE_STRIDE + b; no side of a bead has this many paragraphs. */
const SHAPE_STRIDE = 8;
/** Deviations (standard deviations) between the samples of the length cost's lower-bound table. */
const LENGTH_FLOOR_STEP = 0.01;
/** Largest deviation sampled; beyond it the last sample is the bound (with a finite maxLengthCost the cost is flat there). */
const LENGTH_FLOOR_MAX = 12;
/** Samples of the table, 0 to LENGTH_FLOOR_MAX. */
const LENGTH_FLOOR_SAMPLES = Math.ceil(LENGTH_FLOOR_MAX / LENGTH_FLOOR_STEP) + 1;
/** Nats taken off each sample so rounding cannot lift a bound above the cost it bounds. */
const FLOOR_SLACK = 1e-9;
/** Coefficients of the Numerical Recipes erfc approximation (relative error < 1.2e-7). */
const ERFC_COEFFICIENTS = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807,
  -1.13520398, 1.48851587, -0.82215223, 0.17087277];

/** log(erfc(z)) for z >= 0, computed in log space so large z does not underflow. */
function logErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  let poly = 0;
  for (let k = ERFC_COEFFICIENTS.length - 1; k >= 0; k--) poly = poly * t + (ERFC_COEFFICIENTS[k] ?? 0);
  return Math.log(t) - z * z + poly;
}

/**
 * Gale-Church: minus log of the two-sided tail probability of the length difference, mixed with an
 * outlier probability e^-maxCost (a translation abridged or padded at will), so the cost never exceeds
 * maxCost: an abridged paragraph that shares its numbers with the source stays paired with it.
 */
export function lengthCost(koLength: number, enLength: number, ratio: number, variance: number, maxCost = Infinity): number {
  return deviationCost(lengthDeviation(koLength, enLength, ratio, variance), maxCost);
}

/** The Gale-Church deviation: the length difference in standard deviations (>= 0). */
function lengthDeviation(koLength: number, enLength: number, ratio: number, variance: number): number {
  const mean = Math.max(1, (koLength + enLength / ratio) / 2);
  return Math.abs(enLength - ratio * koLength) / Math.sqrt(variance * mean);
}

/** lengthCost of a deviation; it never decreases as the deviation grows. */
function deviationCost(delta: number, maxCost: number): number {
  const cost = -logErfc(delta / Math.SQRT2);
  // -log(e^-cost + e^-maxCost), computed without overflow
  return maxCost === Infinity ? cost : Math.min(cost, maxCost) - Math.log1p(Math.exp(-Math.abs(cost - maxCost)));
}

/**
 * deviationCost sampled every LENGTH_FLOOR_STEP deviations from 0 to LENGTH_FLOOR_MAX: since the cost
 * never decreases, the sample at or below a deviation is a lower bound of its cost (less FLOOR_SLACK
 * for rounding), found with one division instead of the logarithms and exponentials. Samples are
 * taken when first needed (NaN until then): a short article needs few of them.
 */
export class LengthFloor {
  /** Samples taken so far, NaN where not yet needed; grown on demand up to LENGTH_FLOOR_MAX. */
  private samples = new Float64Array(0);

  /** `maxCost`: the cost model's maxLengthCost; costers of one document may share the floor. */
  constructor(readonly maxCost: number) {}

  /** A lower bound of deviationCost(delta, maxCost). */
  below(delta: number): number {
    const k = Math.min(Math.floor(delta / LENGTH_FLOOR_STEP), LENGTH_FLOOR_SAMPLES - 1);
    if (!(k >= 0)) return -Infinity; // a NaN deviation (zero variance) bounds nothing
    if (k >= this.samples.length) this.grow(k);
    let sample = this.samples[k] ?? NaN;
    if (Number.isNaN(sample)) this.samples[k] = sample = deviationCost(k * LENGTH_FLOOR_STEP, this.maxCost) - FLOOR_SLACK;
    return sample;
  }

  /** Makes room for sample k, keeping the samples taken. */
  private grow(k: number): void {
    const grown = new Float64Array(Math.min(LENGTH_FLOOR_SAMPLES, Math.max(k + 1, 2 * this.samples.length))).fill(NaN);
    grown.set(this.samples);
    this.samples = grown;
  }
}

/** Per-kind prices of one side: bonus if matched, penalty if not, and penalty for a lone anchor. */
interface KindPrices {
  readonly bonus: readonly number[];
  readonly penalty: readonly number[];
  readonly lonePenalty: readonly number[];
}

/** Prices a side's anchors with per-kind tables. */
function priceSide(side: SideFeatures, kindOf: Uint8Array, prices: KindPrices): PricedSide {
  const { offsets, values: ids } = side.anchors;
  // plain loops: a typed array's from() with a mapping function is many times slower on a million entries
  const bonus = new Float64Array(ids.length);
  const penalty = new Float64Array(ids.length);
  for (let e = 0; e < ids.length; e++) {
    const kind = kindOf[ids[e] ?? 0] ?? 0;
    const table = side.isLone[e] === 1 ? prices.lonePenalty : prices.penalty;
    bonus[e] = (prices.bonus[kind] ?? 0) * (side.weights[e] ?? 0);
    penalty[e] = (table[kind] ?? 0) * (side.weights[e] ?? 0);
  }
  return { offsets, ids, bonus, penalty };
}

/**
 * Window sums of a side's quantities, in the order the record positions (LENGTH...) give; MAX_BONUS is
 * per paragraph the sum of its entries' bonuses, the most its anchors could earn.
 */
function sideSums(side: SideFeatures, { offsets, bonus }: PricedSide): WindowSums {
  const maxBonus = new Float64Array(offsets.length - 1);
  for (let p = 0; p < maxBonus.length; p++) maxBonus[p] = sumOf(bonus, offsets[p] ?? 0, (offsets[p + 1] ?? 0) - (offsets[p] ?? 0));
  return new WindowSums([side.length, side.sentences, side.quotes, side.fragments, maxBonus]);
}

/** Scores beads of one document; holds scratch buffers, so one instance per alignment call. */
export class BeadCoster {
  private readonly koAnchors: WindowAnchors;
  private readonly enAnchors: WindowAnchors;
  private readonly ko: WindowSums;
  private readonly en: WindowSums;
  /** A bead's window sums: the Korean side's record, then the English side's (see loadSums). */
  private readonly sums = new Float64Array(2 * FIELDS);
  /** Shape costs indexed by a * SHAPE_STRIDE + b. */
  private readonly shapeCost: Float64Array;
  /** Lower bounds of the length term by deviation. */
  private readonly lengthFloor: LengthFloor;

  /** `floor`: a LengthFloor for params.maxLengthCost to share with other costers of the document. */
  constructor(features: DocumentFeatures, private readonly params: CostParams, floor?: LengthFloor) {
    const ko = priceSide(features.ko, features.kindOf, { bonus: params.matchBonus, penalty: params.koMissPenalty, lonePenalty: params.koLonePenalty });
    const en = priceSide(features.en, features.kindOf, { bonus: params.matchBonus, penalty: params.enMissPenalty, lonePenalty: params.enLonePenalty });
    this.koAnchors = new WindowAnchors(ko);
    this.enAnchors = new WindowAnchors(en);
    this.ko = sideSums(features.ko, ko);
    this.en = sideSums(features.en, en);
    this.lengthFloor = floor?.maxCost === params.maxLengthCost ? floor : new LengthFloor(params.maxLengthCost);
    this.shapeCost = new Float64Array(SHAPE_STRIDE * SHAPE_STRIDE).fill(Infinity);
    for (const [shape, cost] of Object.entries(params.shapeCost)) {
      const [a, b] = shape.split("-").map(Number);
      if (a !== undefined && b !== undefined && a < SHAPE_STRIDE && b < SHAPE_STRIDE) this.shapeCost[a * SHAPE_STRIDE + b] = cost;
    }
  }

  /** Cost of Korean paragraphs [i, i + a) with English paragraphs [j, j + b). */
  cost(i: number, j: number, a: number, b: number): number {
    const base = this.baseCost(i, j, a, b);
    return base === Infinity || a === 0 || b === 0 ? base : base + this.anchorCost(i, j, a, b);
  }

  /** The most the bead's anchors could earn: the smaller side's total bonus. */
  bonusBound(i: number, j: number, a: number, b: number): number {
    if (a === 0 || b === 0) return 0;
    const sums = this.loadSums(i, j, a, b);
    return Math.min(sums[MAX_BONUS] ?? 0, sums[FIELDS + MAX_BONUS] ?? 0);
  }

  /** Shape, length, sentence and quotation terms of a bead. */
  baseCost(i: number, j: number, a: number, b: number): number {
    const shape = this.shapeCost[a * SHAPE_STRIDE + b] ?? Infinity;
    if (a === 0 || b === 0 || shape === Infinity) return shape;
    const sums = this.loadSums(i, j, a, b);
    return this.addCounts(shape + deviationCost(this.deviation(sums), this.params.maxLengthCost), sums);
  }

  /**
   * A lower bound of baseCost without its logarithms and exponentials: the length term read from the
   * floor table. Adding the same terms in the same order keeps it below baseCost after rounding too.
   */
  lowerBaseCost(i: number, j: number, a: number, b: number): number {
    const shape = this.shapeCost[a * SHAPE_STRIDE + b] ?? Infinity;
    if (a === 0 || b === 0 || shape === Infinity) return shape;
    const sums = this.loadSums(i, j, a, b);
    return this.addCounts(shape + this.lengthFloorOf(sums), sums);
  }

  /**
   * Bounds every shape of the beads ending at (i, j) (see BeadScorer.boundShapes): the same values as
   * lowerBaseCost and bonusBound, read straight from the window records.
   */
  boundShapes(i: number, j: number, shapes: readonly Shape[], cell: ShapeBounds): void {
    for (let s = 0; s < shapes.length; s++) {
      const start = cell.start[s] ?? Infinity;
      const { a, b } = shapes[s] as Shape;
      const shape = this.shapeCost[a * SHAPE_STRIDE + b] ?? Infinity;
      if (start === Infinity || shape === Infinity) { cell.bound[s] = Infinity; continue; }
      if (a === 0 || b === 0) {
        cell.base[s] = shape;
        cell.bonus[s] = 0;
        cell.isExact[s] = 1;
        cell.bound[s] = start + shape;
        continue;
      }
      const sums = this.loadSums(i - a, j - b, a, b);
      const base = this.addCounts(shape + this.lengthFloorOf(sums), sums);
      const bonus = Math.min(sums[MAX_BONUS] ?? 0, sums[FIELDS + MAX_BONUS] ?? 0);
      cell.base[s] = base;
      cell.bonus[s] = bonus;
      cell.isExact[s] = 0;
      cell.bound[s] = start + base - bonus;
    }
  }

  /** The length term's lower bound (see LengthFloor). */
  private lengthFloorOf(sums: Float64Array): number {
    return this.lengthFloor.below(this.deviation(sums));
  }

  /** Loads the window sums of Korean [i, i + a) and English [j, j + b) into this.sums. */
  private loadSums(i: number, j: number, a: number, b: number): Float64Array {
    const sums = this.sums;
    const ko = this.ko.records[a];
    const en = this.en.records[b];
    if (ko !== undefined && en !== undefined && i >= 0 && j >= 0 && (i + 1) * FIELDS <= ko.length && (j + 1) * FIELDS <= en.length) {
      for (let f = 0; f < FIELDS; f++) {
        sums[f] = ko[i * FIELDS + f] ?? 0;
        sums[FIELDS + f] = en[j * FIELDS + f] ?? 0;
      }
      return sums;
    }
    for (let f = 0; f < FIELDS; f++) {
      sums[f] = this.ko.sum(f, i, a);
      sums[FIELDS + f] = this.en.sum(f, j, b);
    }
    return sums;
  }

  /** The length deviation of a bead (see lengthDeviation) from its window sums. */
  private deviation(sums: Float64Array): number {
    return lengthDeviation(sums[LENGTH] ?? 0, sums[FIELDS + LENGTH] ?? 0, this.params.lengthRatio, this.params.lengthVariance);
  }

  /** `total` plus the sentence, quotation and fragment terms, added in that order. */
  private addCounts(total: number, sums: Float64Array): number {
    const p = this.params;
    const sentences = Math.abs((sums[SENTENCES] ?? 0) - (sums[FIELDS + SENTENCES] ?? 0)) * p.sentenceCost;
    const quotes = Math.abs((sums[QUOTES] ?? 0) - (sums[FIELDS + QUOTES] ?? 0)) * p.quoteCost;
    const fragments = Math.abs((sums[FRAGMENTS] ?? 0) - (sums[FIELDS + FRAGMENTS] ?? 0)) * p.fragmentCost;
    return total + sentences + quotes + fragments;
  }

  /** Anchor term: bonuses for shared anchors, penalties for one-sided ones. */
  anchorCost(i: number, j: number, a: number, b: number): number {
    const k = this.koAnchors;
    const e = this.enAnchors;
    k.load(i, a);
    e.load(j, b);
    const { ids: koIds, bonus: koBonus, penalty: koPenalty, end: koEnd } = k;
    const { ids: enIds, bonus: enBonus, penalty: enPenalty, end: enEnd } = e;
    let cost = 0;
    let p = k.begin;
    let q = e.begin;
    while (p < koEnd && q < enEnd) {
      const x = koIds[p] ?? 0;
      const y = enIds[q] ?? 0;
      // the same id has the same kind on both sides; the smaller neighbourhood weight counts
      if (x === y) { cost -= Math.min(koBonus[p] ?? 0, enBonus[q] ?? 0); p++; q++; }
      else if (x < y) { cost += koPenalty[p] ?? 0; p++; }
      else { cost += enPenalty[q] ?? 0; q++; }
    }
    for (; p < koEnd; p++) cost += koPenalty[p] ?? 0;
    for (; q < enEnd; q++) cost += enPenalty[q] ?? 0;
    return cost;
  }
}
