/**
 * The cost of one bead (a Korean paragraphs with b English paragraphs), in nats: minus the log-odds that
 * they translate each other. It adds a prior for the bead shape, a Gale-Church length term with the
 * document's own English/Korean length ratio, a term for differing sentence and quotation counts, and
 * the anchors: each anchor found on both sides earns a bonus, each one left on only one side costs a
 * penalty. A 1-0 or 0-1 bead pays only its prior, so a paragraph whose anchors match nothing nearby is
 * cheaper to leave unaligned than to glue onto a neighbour: that is how omissions are found.
 */
import type { DocumentFeatures, SideFeatures } from "./align-features.js";

/** Tunables of the bead cost, resolved from the aligner options for one document. */
export interface CostParams {
  /** English characters per Korean character (non-space), estimated per document. */
  readonly lengthRatio: number;
  /** Gale-Church variance: English chars² per Korean char of the bead. */
  readonly lengthVariance: number;
  /** Nats per sentence of difference between the two sides. */
  readonly sentenceCost: number;
  /** Nats per quotation of difference between the two sides. */
  readonly quoteCost: number;
  /** Nats earned per anchor matched, by anchor kind index. */
  readonly matchBonus: readonly number[];
  /** Nats paid per Korean anchor left unmatched inside a bead, by anchor kind index. */
  readonly koMissPenalty: readonly number[];
  /** Nats paid per English anchor left unmatched inside a bead, by anchor kind index. */
  readonly enMissPenalty: readonly number[];
  /** Nats for the bead shape, keyed "a-b". */
  readonly shapeCost: Readonly<Record<string, number>>;
}

/** Bead shapes are indexed a * SHAPE_STRIDE + b; no side of a bead has this many paragraphs. */
const SHAPE_STRIDE = 8;
/** Largest anchor list a merged side can hold before the scratch buffers grow. */
const INITIAL_SCRATCH = 256;
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

/** Gale-Church: minus log of the two-sided tail probability of the length difference. */
export function lengthCost(koLength: number, enLength: number, ratio: number, variance: number): number {
  const mean = Math.max(1, (koLength + enLength / ratio) / 2);
  const delta = Math.abs(enLength - ratio * koLength) / Math.sqrt(variance * mean);
  return -logErfc(delta / Math.SQRT2);
}

/** Sums one side's counts over paragraphs [from, from + count). */
function sumOf(values: Float64Array | Int32Array, from: number, count: number): number {
  let total = 0;
  for (let k = from; k < from + count; k++) total += values[k] ?? 0;
  return total;
}

/** Anchor ids and weights of one side of a bead, sorted by id. */
interface AnchorRun {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  readonly size: number;
}

/** Growable scratch space for merging the anchor lists of a multi-paragraph side. */
class Scratch {
  private ids = new Int32Array(INITIAL_SCRATCH);
  private weights = new Float64Array(INITIAL_SCRATCH);

  /** Anchors of paragraphs [from, from + count), sorted by id (insertion sort: the runs are sorted already). */
  gather(side: SideFeatures, from: number, count: number): AnchorRun {
    if (count === 1) {
      const ids = side.anchors[from] ?? new Int32Array(0);
      return { ids, weights: side.weights[from] ?? new Float64Array(0), size: ids.length };
    }
    let size = 0;
    for (let k = from; k < from + count; k++) size += side.anchors[k]?.length ?? 0;
    if (this.ids.length < size) { this.ids = new Int32Array(size * 2); this.weights = new Float64Array(size * 2); }
    let n = 0;
    for (let k = from; k < from + count; k++) {
      const ids = side.anchors[k] ?? new Int32Array(0);
      const weights = side.weights[k] ?? new Float64Array(0);
      for (let e = 0; e < ids.length; e++) this.insert(n++, ids[e] ?? 0, weights[e] ?? 0);
    }
    return { ids: this.ids, weights: this.weights, size };
  }

  /** Inserts (id, weight) into the sorted prefix of length `n`. */
  private insert(n: number, id: number, weight: number): void {
    let k = n;
    for (; k > 0 && (this.ids[k - 1] ?? 0) > id; k--) {
      this.ids[k] = this.ids[k - 1] ?? 0;
      this.weights[k] = this.weights[k - 1] ?? 0;
    }
    this.ids[k] = id;
    this.weights[k] = weight;
  }
}

/** Scores beads of one document; holds scratch buffers, so one instance per alignment call. */
export class BeadCoster {
  private readonly koScratch = new Scratch();
  private readonly enScratch = new Scratch();
  private readonly bonus: Float64Array;
  private readonly koPenalty: Float64Array;
  private readonly enPenalty: Float64Array;

  /** Most bonus each paragraph's anchors could earn, per side, for skipping hopeless beads early. */
  private readonly koMaxBonus: Float64Array;
  private readonly enMaxBonus: Float64Array;
  /** Shape costs indexed by a * SHAPE_STRIDE + b. */
  private readonly shapeCost: Float64Array;

  constructor(private readonly features: DocumentFeatures, private readonly params: CostParams) {
    this.bonus = Float64Array.from(features.kindOf, (kind) => params.matchBonus[kind] ?? 0);
    this.koPenalty = Float64Array.from(features.kindOf, (kind) => params.koMissPenalty[kind] ?? 0);
    this.enPenalty = Float64Array.from(features.kindOf, (kind) => params.enMissPenalty[kind] ?? 0);
    this.koMaxBonus = this.maxBonus(features.ko);
    this.enMaxBonus = this.maxBonus(features.en);
    this.shapeCost = new Float64Array(SHAPE_STRIDE * SHAPE_STRIDE).fill(Infinity);
    for (const [shape, cost] of Object.entries(params.shapeCost)) {
      const [a, b] = shape.split("-").map(Number);
      if (a !== undefined && b !== undefined && a < SHAPE_STRIDE && b < SHAPE_STRIDE) this.shapeCost[a * SHAPE_STRIDE + b] = cost;
    }
  }

  /** Cost of Korean paragraphs [i, i + a) with English paragraphs [j, j + b). */
  cost(i: number, j: number, a: number, b: number): number {
    return this.costBelow(i, j, a, b, Infinity);
  }

  /**
   * Cost of a bead, or Infinity once it is certain the cost is at least `limit`: the anchors are
   * intersected only if their largest possible bonus could bring the bead under the limit.
   */
  costBelow(i: number, j: number, a: number, b: number, limit: number): number {
    const shape = this.shapeCost[a * SHAPE_STRIDE + b] ?? Infinity;
    if (a === 0 || b === 0 || shape === Infinity) return shape;
    const { ko, en } = this.features;
    const p = this.params;
    const length = lengthCost(sumOf(ko.length, i, a), sumOf(en.length, j, b), p.lengthRatio, p.lengthVariance);
    const sentences = Math.abs(sumOf(ko.sentences, i, a) - sumOf(en.sentences, j, b)) * p.sentenceCost;
    const quotes = Math.abs(sumOf(ko.quotes, i, a) - sumOf(en.quotes, j, b)) * p.quoteCost;
    const base = shape + length + sentences + quotes;
    const bestBonus = Math.min(sumOf(this.koMaxBonus, i, a), sumOf(this.enMaxBonus, j, b));
    if (base - bestBonus >= limit) return Infinity;
    return base + this.anchorCost(i, j, a, b);
  }

  /** Per paragraph, the sum of the weighted bonuses of its anchors. */
  private maxBonus(side: SideFeatures): Float64Array {
    return Float64Array.from(side.anchors, (ids, p) => {
      let total = 0;
      ids.forEach((id, e) => { total += (this.bonus[id] ?? 0) * (side.weights[p]?.[e] ?? 0); });
      return total;
    });
  }

  /** Anchor term: weighted bonuses for shared anchors, weighted penalties for one-sided ones. */
  anchorCost(i: number, j: number, a: number, b: number): number {
    const k = this.koScratch.gather(this.features.ko, i, a);
    const e = this.enScratch.gather(this.features.en, j, b);
    let cost = 0;
    let p = 0;
    let q = 0;
    while (p < k.size && q < e.size) {
      const x = k.ids[p] ?? 0;
      const y = e.ids[q] ?? 0;
      if (x === y) { cost -= (this.bonus[x] ?? 0) * Math.min(k.weights[p] ?? 0, e.weights[q] ?? 0); p++; q++; }
      else if (x < y) { cost += (this.koPenalty[x] ?? 0) * (k.weights[p] ?? 0); p++; }
      else { cost += (this.enPenalty[y] ?? 0) * (e.weights[q] ?? 0); q++; }
    }
    for (; p < k.size; p++) cost += (this.koPenalty[k.ids[p] ?? 0] ?? 0) * (k.weights[p] ?? 0);
    for (; q < e.size; q++) cost += (this.enPenalty[e.ids[q] ?? 0] ?? 0) * (e.weights[q] ?? 0);
    return cost;
  }
}
