/**
 * Dynamic programming over paragraph beads inside a band: for Korean position i only English positions
 * lo[i]..hi[i] are explored, so time and memory grow with n x band width, never n x m. The band follows
 * a centre line (lengths and anchors, see align-center.ts); where the best path runs along the band's
 * edge the caller widens the band locally and runs again (widenAround).
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

/** Best path through the band and the Korean positions where it ran along the band's edge (the band may be too narrow there). */
export interface BandResult {
  readonly steps: PathStep[];
  readonly touchedRows: number[];
  /** The filled table, for the next pass after widening (see fillTable's `previous`). */
  readonly table: BandTable;
}

/**
 * Scores beads: Korean [i, i + a) with English [j, j + b). A bead's cost is its base cost plus its
 * anchor cost; the anchor cost is never below -bonusBound, so beads that cannot win skip it.
 */
export interface BeadScorer {
  /** Every term but the anchors (nats; Infinity for a shape not allowed). */
  baseCost(i: number, j: number, a: number, b: number): number;
  /** The most the anchors of the bead could subtract (nats, >= 0). */
  bonusBound(i: number, j: number, a: number, b: number): number;
  /** The anchor term (nats). */
  anchorCost(i: number, j: number, a: number, b: number): number;
}


/** Paragraphs between the path and the edge of the band below which the band counts as too narrow. */
const EDGE_MARGIN = 1;
/** Rows widened on each side of a touched row, in multiples of the new half-width. */
const WIDEN_SPAN = 4;

/**
 * The band around `center` (English position per Korean position), `halfWidths[i]` paragraphs either
 * side of row i, kept monotone and connected.
 */
export function bandAround(center: Float64Array, m: number, halfWidths: Float64Array): Band {
  const n = center.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const c = center[i] ?? 0;
    const w = halfWidths[i] ?? 0;
    lo[i] = Math.max(0, Math.min(m, Math.floor(c - w)));
    hi[i] = Math.max(0, Math.min(m, Math.ceil(c + w)));
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

/** Per-cell scratch for branch and bound: each shape's path cost to its start, base cost and bound. */
class CellScratch {
  readonly start: Float64Array;
  readonly base: Float64Array;
  readonly bound: Float64Array;

  constructor(size: number) {
    this.start = new Float64Array(size);
    this.base = new Float64Array(size);
    this.bound = new Float64Array(size);
  }
}

/**
 * A filled cost table: best[cell] = cheapest path to (i, j); via[cell] = the shape used (-1 = none).
 * Kept between the passes of a widening band so the next pass can reuse the cells it would not change.
 */
export interface BandTable {
  readonly band: Band;
  readonly offsets: Int32Array;
  readonly best: Float64Array;
  readonly via: Int8Array;
}

/**
 * Whether cell (i, j) of the previous table can be copied: every shape starts from the same path cost
 * in both tables (Infinity where the cell lies outside a band), and a cell's result depends on nothing
 * else, so the copy equals what filling it would give, bit for bit. Returns the previous cell or -1.
 */
function reusableCell(previous: BandTable | undefined, cell: CellScratch, shapes: readonly Shape[], i: number, j: number): number {
  if (!previous) return -1;
  const here = cellIndex(previous.band, previous.offsets, i, j);
  if (here < 0) return -1;
  for (let s = 0; s < shapes.length; s++) {
    const { a, b } = shapes[s] as Shape;
    const from = cellIndex(previous.band, previous.offsets, i - a, j - b);
    if ((from < 0 ? Infinity : (previous.best[from] ?? Infinity)) !== cell.start[s]) return -1;
  }
  return here;
}

/**
 * Fills the cost table. Per cell, every shape's lower bound is computed first and anchors are
 * intersected cheapest bound first, stopping once no bound can beat the best found (branch and bound;
 * the result is exact). Cells whose inputs are unchanged since `previous` are copied from it.
 */
function fillTable(band: Band, offsets: Int32Array, shapes: readonly Shape[], scorer: BeadScorer, previous?: BandTable): BandTable {
  const n = band.lo.length - 1;
  const size = offsets[n + 1] ?? 0;
  const best = new Float64Array(size).fill(Infinity);
  const via = new Int8Array(size).fill(-1);
  const cell = new CellScratch(shapes.length);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i] ?? 0; j <= (band.hi[i] ?? -1); j++) {
      const here = cellIndex(band, offsets, i, j);
      for (let s = 0; s < shapes.length; s++) cell.start[s] = startCost(band, offsets, best, shapes[s] as Shape, i, j);
      const same = reusableCell(previous, cell, shapes, i, j);
      if (same >= 0 && previous) {
        best[here] = previous.best[same] ?? Infinity;
        via[here] = previous.via[same] ?? -1;
        continue;
      }
      for (let s = 0; s < shapes.length; s++) boundShape(scorer, cell, s, shapes[s] as Shape, i, j);
      settleCell(best, via, scorer, shapes, cell, here, i, j);
    }
  }
  return { band, offsets, best, via };
}

/** Path cost to the start of a bead of `shape` ending at (i, j): Infinity outside the band. */
function startCost(band: Band, offsets: Int32Array, best: Float64Array, shape: Shape, i: number, j: number): number {
  const from = cellIndex(band, offsets, i - shape.a, j - shape.b);
  return from < 0 ? Infinity : (best[from] ?? Infinity);
}

/** Fills the scratch for reaching (i, j) through shape `s` from its start cost: base cost and lower bound. */
function boundShape(scorer: BeadScorer, cell: CellScratch, s: number, shape: Shape, i: number, j: number): void {
  const start = cell.start[s] ?? Infinity;
  const base = start === Infinity ? Infinity : scorer.baseCost(i - shape.a, j - shape.b, shape.a, shape.b);
  cell.base[s] = base;
  cell.bound[s] = base === Infinity ? Infinity : start + base - scorer.bonusBound(i - shape.a, j - shape.b, shape.a, shape.b);
}

/** Scores shapes exactly in order of their bounds until no bound beats the best. */
function settleCell(best: Float64Array, via: Int8Array, scorer: BeadScorer, shapes: readonly Shape[], cell: CellScratch,
  here: number, i: number, j: number): void {
  for (;;) {
    let s = -1;
    for (let t = 0; t < shapes.length; t++) if ((cell.bound[t] ?? Infinity) < (s < 0 ? Infinity : (cell.bound[s] ?? Infinity))) s = t;
    if (s < 0 || (cell.bound[s] ?? Infinity) > (best[here] ?? Infinity)) return;
    cell.bound[s] = Infinity;
    const { a, b } = shapes[s] as Shape;
    const anchors = a > 0 && b > 0 ? scorer.anchorCost(i - a, j - b, a, b) : 0;
    const total = (cell.start[s] ?? Infinity) + (cell.base[s] ?? Infinity) + anchors;
    // ties go to the earlier shape, so the result does not depend on the order bounds are visited in
    if (total < (best[here] ?? Infinity) || (total === best[here] && s < (via[here] ?? -1))) { best[here] = total; via[here] = s; }
  }
}

/** Whether (i, j) lies within EDGE_MARGIN of a band edge that is not the edge of the document. */
function nearEdge(band: Band, m: number, i: number, j: number): boolean {
  const lo = band.lo[i] ?? 0;
  const hi = band.hi[i] ?? m;
  return (lo > 0 && j - lo <= EDGE_MARGIN) || (hi < m && hi - j <= EDGE_MARGIN);
}

/** Best monotone path of beads from (0, 0) to (n, m) inside the band. */
export function alignInBand(band: Band, m: number, shapes: readonly Shape[], scorer: BeadScorer, previous?: BandTable): BandResult {
  const offsets = rowOffsets(band);
  const table = fillTable(band, offsets, shapes, scorer, previous);
  const { best, via } = table;
  const steps: PathStep[] = [];
  const touchedRows: number[] = [];
  let i = band.lo.length - 1;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cellIndex(band, offsets, i, j);
    const shape = shapes[via[here] ?? -1];
    if (!shape) throw new Error(`align: no path reaches (${i}, ${j})`); // impossible: 1-0 and 0-1 connect the band
    const from = cellIndex(band, offsets, i - shape.a, j - shape.b);
    steps.push({ i: i - shape.a, j: j - shape.b, a: shape.a, b: shape.b, cost: (best[here] ?? 0) - (best[from] ?? 0) });
    if (nearEdge(band, m, i, j)) touchedRows.push(i);
    i -= shape.a;
    j -= shape.b;
  }
  return { steps: steps.reverse(), touchedRows, table };
}

/**
 * Doubles the half-width (up to `maxHalfWidth`) around each touched row, over WIDEN_SPAN times the new
 * width on each side, since a path that left the band once tends to stay off-centre for a stretch.
 * Returns false, changing nothing, when nothing could be widened or the band would then span more than
 * `maxCells` cells (the memory bound: unrelated texts would otherwise widen the band to everything).
 */
export function widenAround(halfWidths: Float64Array, touchedRows: readonly number[], maxHalfWidth: number, maxCells: number): boolean {
  const widened = halfWidths.slice();
  let isWidened = false;
  for (const i of touchedRows) {
    const target = Math.min(maxHalfWidth, 2 * (halfWidths[i] ?? 0));
    const span = Math.ceil(target * WIDEN_SPAN);
    for (let r = Math.max(0, i - span); r <= Math.min(widened.length - 1, i + span); r++) {
      if ((widened[r] ?? 0) < target) { widened[r] = target; isWidened = true; }
    }
  }
  let cells = 0;
  for (const w of widened) cells += 2 * w + 1;
  if (!isWidened || cells > maxCells) return false;
  halfWidths.set(widened);
  return true;
}
