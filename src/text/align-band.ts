/**
 * Dynamic programming over paragraph beads inside a band: for Korean position i only English positions
 * lo[i]..hi[i] are explored, so time and memory grow with n x band width, never n x m. The band follows
 * a centre line (lengths and anchors, see align-center.ts); if the best path runs along the band's edge
 * the caller widens the band and runs again.
 */

/** A bead shape: a Korean paragraphs with b English paragraphs. */
export interface Shape {
  readonly a: number;
  readonly b: number;
}

/** For each Korean position 0..n, the inclusive range of English positions explored. */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** One bead of the best path: Korean [i, i + a), English [j, j + b), and its cost in nats. */
export interface PathStep {
  readonly i: number;
  readonly j: number;
  readonly a: number;
  readonly b: number;
  readonly cost: number;
}

/** Best path through the band and whether it ran along the band's edge (so the band may be too narrow). */
export interface BandResult {
  readonly steps: PathStep[];
  readonly touchesEdge: boolean;
}

/**
 * Scores a bead: Korean [i, i + a) with English [j, j + b). It may return Infinity instead of any cost
 * at or above `limit`, which lets it skip work on beads that cannot win.
 */
export type BeadCostFn = (i: number, j: number, a: number, b: number, limit: number) => number;

/** Paragraphs between the path and the edge of the band below which the band counts as too narrow. */
const EDGE_MARGIN = 1;

/** The band of half-width `halfWidth` around `center` (English position per Korean position), kept monotone and connected. */
export function bandAround(center: Float64Array, m: number, halfWidth: number): Band {
  const n = center.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const c = center[i] ?? 0;
    lo[i] = Math.max(0, Math.min(m, Math.floor(c - halfWidth)));
    hi[i] = Math.max(0, Math.min(m, Math.ceil(c + halfWidth)));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i] ?? 0, lo[i - 1] ?? 0);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i] ?? 0, hi[i + 1] ?? 0);
  // each row must reach the next row's start, or the path could not cross from one to the other
  for (let i = 0; i < n; i++) hi[i] = Math.max(hi[i] ?? 0, lo[i + 1] ?? 0, lo[i] ?? 0);
  return { lo, hi };
}

/** Row start offsets of the band's cells in the flat DP arrays; the last entry is the cell count. */
function rowOffsets(band: Band): Int32Array {
  const n = band.lo.length - 1;
  const offsets = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offsets[i + 1] = (offsets[i] ?? 0) + (band.hi[i] ?? 0) - (band.lo[i] ?? 0) + 1;
  return offsets;
}

/** Index of cell (i, j) in the flat arrays, or -1 outside the band. */
function cellIndex(band: Band, offsets: Int32Array, i: number, j: number): number {
  if (i < 0 || j < (band.lo[i] ?? 0) || j > (band.hi[i] ?? -1)) return -1;
  return (offsets[i] ?? 0) + j - (band.lo[i] ?? 0);
}

/** Fills the cost table: best[cell] = cheapest path to (i, j); via[cell] = the shape used (-1 = none). */
function fillTable(band: Band, offsets: Int32Array, shapes: readonly Shape[], cost: BeadCostFn) {
  const n = band.lo.length - 1;
  const size = offsets[n + 1] ?? 0;
  const best = new Float64Array(size).fill(Infinity);
  const via = new Int8Array(size).fill(-1);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i] ?? 0; j <= (band.hi[i] ?? -1); j++) {
      const here = cellIndex(band, offsets, i, j);
      for (let s = 0; s < shapes.length; s++) {
        const { a, b } = shapes[s] as Shape;
        const from = cellIndex(band, offsets, i - a, j - b);
        const start = from < 0 ? Infinity : (best[from] ?? Infinity);
        if (start === Infinity) continue;
        const total = start + cost(i - a, j - b, a, b, (best[here] ?? Infinity) - start);
        if (total < (best[here] ?? Infinity)) { best[here] = total; via[here] = s; }
      }
    }
  }
  return { best, via };
}

/** Whether (i, j) lies within EDGE_MARGIN of a band edge that is not the edge of the document. */
function nearEdge(band: Band, m: number, i: number, j: number): boolean {
  const lo = band.lo[i] ?? 0;
  const hi = band.hi[i] ?? m;
  return (lo > 0 && j - lo <= EDGE_MARGIN) || (hi < m && hi - j <= EDGE_MARGIN);
}

/** Best monotone path of beads from (0, 0) to (n, m) inside the band. */
export function alignInBand(band: Band, m: number, shapes: readonly Shape[], cost: BeadCostFn): BandResult {
  const offsets = rowOffsets(band);
  const { best, via } = fillTable(band, offsets, shapes, cost);
  const steps: PathStep[] = [];
  let touchesEdge = false;
  let i = band.lo.length - 1;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cellIndex(band, offsets, i, j);
    const shape = shapes[via[here] ?? -1];
    if (!shape) throw new Error(`align: no path reaches (${i}, ${j})`); // impossible: 1-0 and 0-1 connect the band
    const from = cellIndex(band, offsets, i - shape.a, j - shape.b);
    steps.push({ i: i - shape.a, j: j - shape.b, a: shape.a, b: shape.b, cost: (best[here] ?? 0) - (best[from] ?? 0) });
    touchesEdge ||= nearEdge(band, m, i, j);
    i -= shape.a;
    j -= shape.b;
  }
  return { steps: steps.reverse(), touchesEdge };
}
