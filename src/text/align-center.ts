/**
 * The centre line of the alignment band: for each Korean position, the English position the path is
 * expected near. It starts from the length diagonal (equal shares of the two texts' characters) and
 * is pinned by anchor points: pairs of paragraphs sharing an anchor that is unique near both, chained
 * into the heaviest monotone sequence, so a long document with omissions does not drift off the band.
 */
import type { DocumentEvidence, PositionMap } from "./align-features.js";
import { countBetween, firstAtLeast, positionsOf } from "./align-ragged.js";

/** A Korean and an English paragraph believed to be translations, with the evidence weight. */
interface AnchorPoint {
  readonly i: number;
  readonly j: number;
  readonly weight: number;
}

/** Prefix sums of a length array: cumulative[k] = sum of the first k lengths. */
function cumulative(lengths: Float64Array): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k++) out[k + 1] = (out[k] ?? 0) + (lengths[k] ?? 0);
  return out;
}

/** Fractional position p (0..cum.length-1) where the prefix sums reach `target`, searching from `hint`. */
function positionOf(cum: Float64Array, target: number, hint: number): number {
  let k = hint;
  while (k + 1 < cum.length && (cum[k + 1] ?? 0) < target) k++;
  if (k + 1 >= cum.length) return cum.length - 1;
  const span = (cum[k + 1] ?? 0) - (cum[k] ?? 0);
  return k + (span > 0 ? (target - (cum[k] ?? 0)) / span : 0);
}

/**
 * Centre line through the knots (Korean position, English position), interpolating between knots in
 * proportion to characters. Knots must be strictly increasing and include (0, 0) and (n, m).
 */
function interpolate(koCum: Float64Array, enCum: Float64Array, knots: readonly AnchorPoint[]): Float64Array {
  const n = koCum.length - 1;
  const center = new Float64Array(n + 1);
  let hint = 0;
  for (let k = 0; k + 1 < knots.length; k++) {
    const from = knots[k] as AnchorPoint;
    const to = knots[k + 1] as AnchorPoint;
    const koSpan = (koCum[to.i] ?? 0) - (koCum[from.i] ?? 0);
    const enStart = enCum[from.j] ?? 0;
    const enSpan = (enCum[to.j] ?? 0) - enStart;
    for (let i = from.i; i <= to.i; i++) {
      const share = koSpan > 0 ? ((koCum[i] ?? 0) - (koCum[from.i] ?? 0)) / koSpan : (i - from.i) / (to.i - from.i);
      hint = Math.max(Math.floor(center[i - 1] ?? 0), from.j);
      const p = enSpan > 0 ? positionOf(enCum, enStart + share * enSpan, hint) : from.j + share * (to.j - from.j);
      center[i] = Math.min(to.j, Math.max(from.j, p));
    }
  }
  return center;
}

/** The length diagonal: English position with the same share of English characters as i has of Korean. */
export function lengthDiagonal(koLength: Float64Array, enLength: Float64Array): Float64Array {
  const corners = [{ i: 0, j: 0, weight: 0 }, { i: koLength.length, j: enLength.length, weight: 0 }];
  return interpolate(cumulative(koLength), cumulative(enLength), corners);
}

/** The single English paragraph holding `id` within `radius` of `center`, or -1 if none or several. */
function onlyNear(ev: DocumentEvidence, id: number, center: number, radius: number): number {
  const occ = ev.en.occurrences;
  if (countBetween(occ, id, center - radius, center + radius) !== 1) return -1;
  const isNear = (j: number) => Math.abs(j - center) <= radius;
  // the first near paragraph, found by binary search; a frequent anchor would make a scan quadratic
  const start = occ.offsets[id] ?? 0;
  const k = firstAtLeast(occ, id, Math.ceil(center - radius));
  const j = occ.positions[k] ?? -1;
  if (k < (occ.offsets[id + 1] ?? 0) && isNear(j) && (k === start || !isNear(occ.positions[k - 1] ?? -1))) return j;
  for (const p of positionsOf(occ, id)) if (isNear(p)) return p; // rounding at the edge of the radius
  return -1;
}

/**
 * Candidate anchor points: for each anchor, a Korean occurrence and the single English occurrence
 * within `radius` of the diagonal, when the anchor also occurs only once on the Korean side nearby.
 */
function candidatePoints(ev: DocumentEvidence, diagonal: Float64Array, weights: readonly number[], radius: number): AnchorPoint[] {
  const scale = ev.ko.length.length / Math.max(1, ev.en.length.length);
  const points: AnchorPoint[] = [];
  for (let id = 0; id < ev.kindOf.length; id++) {
    const weight = weights[ev.kindOf[id] ?? 0] ?? 0;
    if (weight <= 0 || ev.isCommon[id] === 1) continue;
    for (const i of positionsOf(ev.ko.occurrences, id)) {
      const j = onlyNear(ev, id, diagonal[i] ?? 0, radius);
      if (j < 0 || countBetween(ev.ko.occurrences, id, i - radius * scale, i + radius * scale) !== 1) continue;
      points.push({ i, j, weight });
    }
  }
  return points;
}

/** Sums the weights of points at the same (i, j). */
function mergePoints(points: readonly AnchorPoint[]): AnchorPoint[] {
  const byCell = new Map<string, AnchorPoint>();
  for (const p of points) {
    const key = `${p.i},${p.j}`;
    const old = byCell.get(key);
    byCell.set(key, { i: p.i, j: p.j, weight: (old?.weight ?? 0) + p.weight });
  }
  return [...byCell.values()].sort((x, y) => x.i - y.i || x.j - y.j);
}

/** Heaviest chain of points strictly increasing in both i and j (weighted longest increasing subsequence). */
function heaviestChain(points: readonly AnchorPoint[], m: number): AnchorPoint[] {
  const tree = new FenwickMax(m + 1);
  const total = new Float64Array(points.length);
  const parent = new Int32Array(points.length).fill(-1);
  for (let start = 0; start < points.length; ) {
    let end = start;
    while (end < points.length && points[end]?.i === points[start]?.i) end++;
    // a group shares i, so it reads the tree before any of its members update it
    for (let k = start; k < end; k++) {
      const p = points[k] as AnchorPoint;
      const [bestTotal, bestIndex] = tree.query(p.j - 1);
      total[k] = bestTotal + p.weight;
      parent[k] = bestIndex;
    }
    for (let k = start; k < end; k++) tree.update((points[k] as AnchorPoint).j, total[k] ?? 0, k);
    start = end;
  }
  let last = -1;
  for (let k = 0; k < points.length; k++) if (last < 0 || (total[k] ?? 0) > (total[last] ?? 0)) last = k;
  const chain: AnchorPoint[] = [];
  for (let k = last; k >= 0; k = parent[k] ?? -1) chain.push(points[k] as AnchorPoint);
  return chain.reverse();
}

/** Fenwick tree over positions 0..size-1 answering "best (total, index) at positions <= p". */
class FenwickMax {
  private readonly totals: Float64Array;
  private readonly indices: Int32Array;

  constructor(size: number) {
    this.totals = new Float64Array(size + 1);
    this.indices = new Int32Array(size + 1).fill(-1);
  }

  /** Best (total, index) among positions 0..p; (0, -1) if none. */
  query(p: number): [number, number] {
    let bestTotal = 0;
    let bestIndex = -1;
    for (let k = p + 1; k > 0; k -= k & -k) {
      if ((this.totals[k] ?? 0) > bestTotal) { bestTotal = this.totals[k] ?? 0; bestIndex = this.indices[k] ?? -1; }
    }
    return [bestTotal, bestIndex];
  }

  /** Records (total, index) at position p. */
  update(p: number, total: number, index: number): void {
    for (let k = p + 1; k < this.totals.length; k += k & -k) {
      if (total > (this.totals[k] ?? 0)) { this.totals[k] = total; this.indices[k] = index; }
    }
  }
}

/**
 * Centre line for the band: the length diagonal re-pinned at the heaviest monotone chain of anchor
 * points found within `radius` paragraphs of it. `weights` gives each anchor kind's weight.
 */
export function bandCenter(ev: DocumentEvidence, weights: readonly number[], radius: number): Float64Array {
  const n = ev.ko.length.length;
  const m = ev.en.length.length;
  const diagonal = lengthDiagonal(ev.ko.length, ev.en.length);
  const chain = heaviestChain(mergePoints(candidatePoints(ev, diagonal, weights, radius)), m)
    .filter((p) => p.i > 0 && p.j > 0 && p.i < n && p.j < m);
  const knots = [{ i: 0, j: 0, weight: 0 }, ...chain, { i: n, j: m, weight: 0 }];
  return interpolate(cumulative(ev.ko.length), cumulative(ev.en.length), knots);
}

/** Position map along a centre line: Korean i -> center[i], English j -> first i whose centre reaches j. */
export function centerMap(center: Float64Array, m: number): PositionMap {
  const inverse = new Float64Array(m + 1);
  let i = 0;
  for (let j = 0; j <= m; j++) {
    while (i + 1 < center.length && (center[i] ?? 0) < j) i++;
    inverse[j] = i;
  }
  return { koToEn: (k) => center[k] ?? m, enToKo: (j) => inverse[j] ?? center.length - 1 };
}
