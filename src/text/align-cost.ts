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
import type { DocumentFeatures, SideFeatures } from "./align-features.js";

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
/** Largest anchor list a merged side can hold before the scratch buffers grow. */
const INITIAL_SCRATCH = 256;
/** Shared empty arrays for paragraphs without anchors. */
const EMPTY_IDS = new Int32Array(0);
const EMPTY_PRICES = new Float64Array(0);
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
  const mean = Math.max(1, (koLength + enLength / ratio) / 2);
  const delta = Math.abs(enLength - ratio * koLength) / Math.sqrt(variance * mean);
  const cost = -logErfc(delta / Math.SQRT2);
  // -log(e^-cost + e^-maxCost), computed without overflow
  return maxCost === Infinity ? cost : Math.min(cost, maxCost) - Math.log1p(Math.exp(-Math.abs(cost - maxCost)));
}

/** Sums one side's counts over paragraphs [from, from + count). */
function sumOf(values: Float64Array | Int32Array, from: number, count: number): number {
  let total = 0;
  for (let k = from; k < from + count; k++) total += values[k] ?? 0;
  return total;
}

/**
 * Anchors of one side, priced for one cost model: the sorted ids per paragraph (flat), and per entry the
 * bonus it earns if matched and the penalty it pays if not (kind weight x neighbourhood weight).
 */
interface PricedSide {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly bonus: Float64Array;
  readonly penalty: Float64Array;
  /** Per paragraph, the sum of its entries' bonuses: the most its anchors could earn. */
  readonly maxBonus: Float64Array;
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
  const bonus = Float64Array.from(ids, (id, e) => (prices.bonus[kindOf[id] ?? 0] ?? 0) * (side.weights[e] ?? 0));
  const penalty = Float64Array.from(ids, (id, e) => {
    const table = side.isLone[e] === 1 ? prices.lonePenalty : prices.penalty;
    return (table[kindOf[id] ?? 0] ?? 0) * (side.weights[e] ?? 0);
  });
  const maxBonus = new Float64Array(offsets.length - 1);
  for (let p = 0; p < maxBonus.length; p++) {
    for (let e = offsets[p] ?? 0; e < (offsets[p + 1] ?? 0); e++) maxBonus[p] = (maxBonus[p] ?? 0) + (bonus[e] ?? 0);
  }
  return { offsets, ids, bonus, penalty, maxBonus };
}

/**
 * The anchors of one side of a bead, sorted by id, as entries [begin, end) of the arrays: the side's
 * own arrays for a single paragraph, growable scratch arrays (insertion-merged; each run is sorted
 * already) for several.
 */
class BeadSide {
  ids: Int32Array = EMPTY_IDS;
  bonus: Float64Array = EMPTY_PRICES;
  penalty: Float64Array = EMPTY_PRICES;
  begin = 0;
  end = 0;
  private ownIds = new Int32Array(INITIAL_SCRATCH);
  private ownBonus = new Float64Array(INITIAL_SCRATCH);
  private ownPenalty = new Float64Array(INITIAL_SCRATCH);

  /** Loads paragraphs [from, from + count) of a side. */
  load(side: PricedSide, from: number, count: number): void {
    const first = side.offsets[from] ?? 0;
    const last = side.offsets[from + count] ?? 0;
    if (count === 1) {
      this.ids = side.ids;
      this.bonus = side.bonus;
      this.penalty = side.penalty;
      this.begin = first;
      this.end = last;
      return;
    }
    this.ensureScratch(last - first);
    for (let e = first; e < last; e++) this.insert(e - first, side.ids[e] ?? 0, side.bonus[e] ?? 0, side.penalty[e] ?? 0);
    this.begin = 0;
    this.end = last - first;
  }

  /** Points the arrays at the scratch space, growing it to hold `size` entries. */
  private ensureScratch(size: number): void {
    if (this.ownIds.length < size) {
      this.ownIds = new Int32Array(size * 2);
      this.ownBonus = new Float64Array(size * 2);
      this.ownPenalty = new Float64Array(size * 2);
    }
    this.ids = this.ownIds;
    this.bonus = this.ownBonus;
    this.penalty = this.ownPenalty;
  }

  /** Inserts an entry into the sorted prefix of length `n`. */
  private insert(n: number, id: number, bonus: number, penalty: number): void {
    let k = n;
    for (; k > 0 && (this.ids[k - 1] ?? 0) > id; k--) {
      this.ids[k] = this.ids[k - 1] ?? 0;
      this.bonus[k] = this.bonus[k - 1] ?? 0;
      this.penalty[k] = this.penalty[k - 1] ?? 0;
    }
    this.ids[k] = id;
    this.bonus[k] = bonus;
    this.penalty[k] = penalty;
  }
}

/** Scores beads of one document; holds scratch buffers, so one instance per alignment call. */
export class BeadCoster {
  private readonly koSide = new BeadSide();
  private readonly enSide = new BeadSide();
  private readonly ko: PricedSide;
  private readonly en: PricedSide;
  /** Shape costs indexed by a * SHAPE_STRIDE + b. */
  private readonly shapeCost: Float64Array;

  constructor(private readonly features: DocumentFeatures, private readonly params: CostParams) {
    this.ko = priceSide(features.ko, features.kindOf, { bonus: params.matchBonus, penalty: params.koMissPenalty, lonePenalty: params.koLonePenalty });
    this.en = priceSide(features.en, features.kindOf, { bonus: params.matchBonus, penalty: params.enMissPenalty, lonePenalty: params.enLonePenalty });
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
    return a === 0 || b === 0 ? 0 : Math.min(sumOf(this.ko.maxBonus, i, a), sumOf(this.en.maxBonus, j, b));
  }

  /** Shape, length, sentence and quotation terms of a bead. */
  baseCost(i: number, j: number, a: number, b: number): number {
    const shape = this.shapeCost[a * SHAPE_STRIDE + b] ?? Infinity;
    if (a === 0 || b === 0 || shape === Infinity) return shape;
    const { ko, en } = this.features;
    const p = this.params;
    const length = lengthCost(sumOf(ko.length, i, a), sumOf(en.length, j, b), p.lengthRatio, p.lengthVariance, p.maxLengthCost);
    const sentences = Math.abs(sumOf(ko.sentences, i, a) - sumOf(en.sentences, j, b)) * p.sentenceCost;
    const quotes = Math.abs(sumOf(ko.quotes, i, a) - sumOf(en.quotes, j, b)) * p.quoteCost;
    const fragments = Math.abs(sumOf(ko.fragments, i, a) - sumOf(en.fragments, j, b)) * p.fragmentCost;
    return shape + length + sentences + quotes + fragments;
  }

  /** Anchor term: bonuses for shared anchors, penalties for one-sided ones. */
  anchorCost(i: number, j: number, a: number, b: number): number {
    const k = this.koSide;
    const e = this.enSide;
    k.load(this.ko, i, a);
    e.load(this.en, j, b);
    let cost = 0;
    let p = k.begin;
    let q = e.begin;
    while (p < k.end && q < e.end) {
      const x = k.ids[p] ?? 0;
      const y = e.ids[q] ?? 0;
      // the same id has the same kind on both sides; the smaller neighbourhood weight counts
      if (x === y) { cost -= Math.min(k.bonus[p] ?? 0, e.bonus[q] ?? 0); p++; q++; }
      else if (x < y) { cost += k.penalty[p] ?? 0; p++; }
      else { cost += e.penalty[q] ?? 0; q++; }
    }
    for (; p < k.end; p++) cost += k.penalty[p] ?? 0;
    for (; q < e.end; q++) cost += e.penalty[q] ?? 0;
    return cost;
  }
}
