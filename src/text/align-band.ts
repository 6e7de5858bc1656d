/**
 * Dynamic programming over paragraph beads inside a band: for Korean position i only English positions
 * lo[i]..hi[i] are explored, so time and memory grow with n x band width, never n x m. The band follows
 * a centre line (lengths and anchors, see align-center.ts); where the best path runs along the band's
 * edge the caller widens the band locally and runs again (widenAround).
 */
import { cellIndex, ScoredBeads, startCost, TableReuse } from "./align-reuse.js";

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
  /** A lower bound of baseCost that is cheaper to compute (nats); without it baseCost itself is used. */
  lowerBaseCost?(i: number, j: number, a: number, b: number): number;
  /**
   * Optional fast path: fills `cell` for every shape of the beads ending at (i, j) from `cell.start`,
   * exactly as boundShape would with the methods above (the band calls it for each cell it fills).
   */
  boundShapes?(i: number, j: number, shapes: readonly Shape[], cell: ShapeBounds): void;
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

/**
 * Per-cell scratch for branch and bound, per shape: the path cost to its start, its base cost (or a
 * lower bound of it until `isExact`), the most its anchors could subtract, and the resulting bound
 * (start + base - bonus; Infinity for a shape that cannot end here). base, bonus and isExact are only
 * read where the bound is finite.
 */
export interface ShapeBounds {
  readonly start: Float64Array;
  readonly base: Float64Array;
  readonly bonus: Float64Array;
  readonly bound: Float64Array;
  readonly isExact: Uint8Array;
}

/** A ShapeBounds for `size` shapes. */
class CellScratch implements ShapeBounds {
  readonly start: Float64Array;
  readonly base: Float64Array;
  readonly bonus: Float64Array;
  readonly bound: Float64Array;
  readonly isExact: Uint8Array;
  /** Each shape's entry in the table's ScoredBeads for this cell (-1: none yet). */
  readonly entries: Int32Array;

  constructor(size: number) {
    this.start = new Float64Array(size);
    this.base = new Float64Array(size);
    this.bonus = new Float64Array(size);
    this.bound = new Float64Array(size);
    this.isExact = new Uint8Array(size);
    this.entries = new Int32Array(size);
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
  /** The terms of the beads scored for each cell, for the next pass (see ScoredBeads). */
  readonly scored: ScoredBeads;
}

/**
 * Fills the cost table. Per cell, every shape's lower bound is computed first and shapes are settled
 * cheapest bound first, stopping once no bound can beat the best found (branch and bound; the result is
 * exact). Cells whose inputs are unchanged since `previous` are copied from it; the others take the
 * terms of the beads it scored from it.
 */
function fillTable(band: Band, offsets: Int32Array, shapes: readonly Shape[], scorer: BeadScorer, previous?: BandTable, spare?: ScoredBeads): BandTable {
  const n = band.lo.length - 1;
  const size = offsets[n + 1] ?? 0;
  const table: BandTable = { band, offsets, best: new Float64Array(size).fill(Infinity), via: new Int8Array(size).fill(-1), scored: ScoredBeads.forTable(size, previous?.scored, spare) };
  const cell = new CellScratch(shapes.length);
  const reuse = previous ? new TableReuse(previous, table, Math.max(...shapes.map((shape) => shape.a))) : undefined;
  table.best[0] = 0;
  for (let i = 0; i <= n; i++) {
    if (!reuse?.copyRow(i)) fillRow(table, cell, shapes, scorer, i, reuse);
  }
  return table;
}

/** Fills row i cell by cell, copying the cells `reuse` allows and reusing the terms of beads it scored. */
function fillRow(table: BandTable, cell: CellScratch, shapes: readonly Shape[], scorer: BeadScorer, i: number, reuse?: TableReuse): void {
  const { band, offsets, best } = table;
  const lo = band.lo[i] ?? 0;
  const hi = band.hi[i] ?? -1;
  let isSame = reuse?.hasSameExtent(i) ?? false;
  for (let j = lo; j <= hi; j++) {
    const here = (offsets[i] ?? 0) + j - lo;
    for (let s = 0; s < shapes.length; s++) {
      const { a, b } = shapes[s] as Shape;
      cell.start[s] = startCost(band, offsets, best, i - a, j - b);
    }
    if (reuse?.copyCell(cell, shapes, i, j, here)) continue;
    isSame = false;
    if (scorer.boundShapes) scorer.boundShapes(i, j, shapes, cell);
    else for (let s = 0; s < shapes.length; s++) boundShape(scorer, cell, s, shapes[s] as Shape, i, j);
    for (let s = 0; s < shapes.length; s++) cell.entries[s] = -1;
    reuse?.restoreScored(cell, i, j);
    settleCell(table, scorer, shapes, cell, here, i, j);
    table.scored.endCell(here);
  }
  reuse?.markRow(i, isSame);
}

/**
 * Fills the scratch for reaching (i, j) through shape `s` from its start cost: a lower bound of the base
 * cost (exact for a bead with an empty side, which costs only its shape) and of the whole bead.
 */
function boundShape(scorer: BeadScorer, cell: CellScratch, s: number, shape: Shape, i: number, j: number): void {
  const start = cell.start[s] ?? Infinity;
  const { a, b } = shape;
  if (start === Infinity) { cell.bound[s] = Infinity; return; }
  const isExact = a === 0 || b === 0 || !scorer.lowerBaseCost;
  const base = !isExact && scorer.lowerBaseCost ? scorer.lowerBaseCost(i - a, j - b, a, b) : scorer.baseCost(i - a, j - b, a, b);
  if (base === Infinity) { cell.bound[s] = Infinity; return; }
  const bonus = scorer.bonusBound(i - a, j - b, a, b);
  cell.base[s] = base;
  cell.bonus[s] = bonus;
  cell.isExact[s] = isExact ? 1 : 0;
  cell.bound[s] = start + base - bonus;
}

/**
 * Scores shapes in order of their bounds until no bound beats the best: a shape whose base cost is only
 * bounded gets its exact base cost (and a tighter bound) first, then its anchors. The result is the
 * cheapest shape, ties going to the earlier one, whatever order the shapes are visited in.
 */
function settleCell(table: BandTable, scorer: BeadScorer, shapes: readonly Shape[], cell: CellScratch, here: number, i: number, j: number): void {
  const { best } = table;
  for (;;) {
    const s = cheapestBound(cell.bound);
    if (s < 0 || (cell.bound[s] ?? Infinity) > (best[here] ?? Infinity)) return;
    const { a, b } = shapes[s] as Shape;
    if (cell.isExact[s] === 0) {
      const base = scorer.baseCost(i - a, j - b, a, b);
      cell.base[s] = base;
      cell.isExact[s] = 1;
      cell.bound[s] = (cell.start[s] ?? Infinity) + base - (cell.bonus[s] ?? 0);
      continue;
    }
    cell.bound[s] = Infinity;
    keepIfBest(table, cell, s, here, a > 0 && b > 0 ? anchorTerm(table.scored, scorer, cell, s, i, j, a, b) : 0);
  }
}

/** The anchor term of shape `s`'s bead ending at (i, j): known from the previous pass, or computed and recorded. */
function anchorTerm(scored: ScoredBeads, scorer: BeadScorer, cell: CellScratch, s: number, i: number, j: number, a: number, b: number): number {
  let entry = cell.entries[s] ?? -1;
  const known = entry < 0 ? NaN : scored.anchorsAt(entry);
  if (!Number.isNaN(known)) return known;
  const anchors = scorer.anchorCost(i - a, j - b, a, b);
  if (entry < 0) entry = cell.entries[s] = scored.add(s, cell.base[s] ?? Infinity);
  scored.setAnchors(entry, anchors);
  return anchors;
}

/** Makes shape `s`, whose bead has the given anchor term, the cell's best if it beats the best so far. */
function keepIfBest(table: BandTable, cell: CellScratch, s: number, here: number, anchors: number): void {
  const { best, via } = table;
  const total = (cell.start[s] ?? Infinity) + (cell.base[s] ?? Infinity) + anchors;
  // ties go to the earlier shape, so the result does not depend on the order shapes are scored in
  if (total < (best[here] ?? Infinity) || (total === best[here] && s < (via[here] ?? -1))) {
    best[here] = total;
    via[here] = s;
  }
}

/** The shape with the least bound (the first of equals), or -1 when every bound is Infinity. */
function cheapestBound(bounds: Float64Array): number {
  let s = -1;
  let least = Infinity;
  for (let t = 0; t < bounds.length; t++) {
    const bound = bounds[t] ?? Infinity;
    if (bound < least) { least = bound; s = t; }
  }
  return s;
}

/** Whether (i, j) lies within EDGE_MARGIN of a band edge that is not the edge of the document. */
function nearEdge(band: Band, m: number, i: number, j: number): boolean {
  const lo = band.lo[i] ?? 0;
  const hi = band.hi[i] ?? m;
  return (lo > 0 && j - lo <= EDGE_MARGIN) || (hi < m && hi - j <= EDGE_MARGIN);
}

/**
 * Best monotone path of beads from (0, 0) to (n, m) inside the band. `previous`, the table of an earlier
 * pass with the same shapes and scorer, saves work without changing the result; `spare`, the scored
 * beads of a table no longer needed (not `previous`'s), is emptied and reused for the new table.
 */
export function alignInBand(band: Band, m: number, shapes: readonly Shape[], scorer: BeadScorer, previous?: BandTable, spare?: ScoredBeads): BandResult {
  const offsets = rowOffsets(band);
  const table = fillTable(band, offsets, shapes, scorer, previous, spare);
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
