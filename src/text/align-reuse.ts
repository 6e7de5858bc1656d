/**
 * Addressing the cells of a band's flat cost table, and what a widened pass can take from the previous
 * pass's table (align-band.ts): rows and cells whose inputs did not change are copied, not recomputed,
 * and the terms of the beads it scored (ScoredBeads) are taken instead of scoring them again.
 */
import type { Band, BandTable, Shape, ShapeBounds } from "./align-band.js";
import { grownCopy } from "./align-ragged.js";

/** Index of cell (i, j) in the flat arrays, or -1 outside the band. */
export function cellIndex(band: Band, offsets: Int32Array, i: number, j: number): number {
  if (i < 0 || j < (band.lo[i] ?? 0) || j > (band.hi[i] ?? -1)) return -1;
  return (offsets[i] ?? 0) + j - (band.lo[i] ?? 0);
}

/** Path cost to cell (i, j): Infinity outside the band. */
export function startCost(band: Band, offsets: Int32Array, best: Float64Array, i: number, j: number): number {
  const cell = cellIndex(band, offsets, i, j);
  return cell < 0 ? Infinity : best[cell] ?? Infinity;
}

/**
 * What a widened pass can take from the previous one. A cell's result depends on nothing but the path
 * costs to its shapes' starts (Infinity outside the band), so a cell whose starts all equal the previous
 * table's is copied, bit for bit; a row whose extent is unchanged and whose predecessor rows were all
 * copied is copied whole.
 */
export class TableReuse {
  /** 1 for each row of the new table equal to the previous table's row (same extent, same cells). */
  private readonly isSameRow: Uint8Array;

  constructor(private readonly previous: BandTable, private readonly table: BandTable, private readonly reach: number) {
    this.isSameRow = new Uint8Array(table.band.lo.length);
  }

  /** Whether row i has the previous table's extent. */
  hasSameExtent(i: number): boolean {
    const old = this.previous.band;
    const now = this.table.band;
    return old.lo[i] === now.lo[i] && old.hi[i] === now.hi[i];
  }

  /** Copies row i whole when its extent and the `reach` rows before it are unchanged; returns whether it did. */
  copyRow(i: number): boolean {
    if (!this.hasSameExtent(i)) return false;
    for (let r = Math.max(0, i - this.reach); r < i; r++) if (this.isSameRow[r] !== 1) return false;
    const from = this.previous.offsets[i] ?? 0;
    const to = this.previous.offsets[i + 1] ?? 0;
    const at = this.table.offsets[i] ?? 0;
    this.table.best.set(this.previous.best.subarray(from, to), at);
    this.table.via.set(this.previous.via.subarray(from, to), at);
    for (let k = 0; k < to - from; k++) this.table.scored.copyCell(this.previous.scored, from + k, at + k);
    this.isSameRow[i] = 1;
    return true;
  }

  /** Records whether every cell of row i was copied. */
  markRow(i: number, isSame: boolean): void {
    this.isSameRow[i] = isSame ? 1 : 0;
  }

  /** Copies cell (i, j) into `here` if every shape starts from the same path cost in both tables; returns whether it did. */
  copyCell(cell: ShapeBounds, shapes: readonly Shape[], i: number, j: number, here: number): boolean {
    const { band, offsets, best, via } = this.previous;
    const same = cellIndex(band, offsets, i, j);
    if (same < 0) return false;
    for (let s = 0; s < shapes.length; s++) {
      const { a, b } = shapes[s] as Shape;
      if (startCost(band, offsets, best, i - a, j - b) !== cell.start[s]) return false;
    }
    this.table.best[here] = best[same] ?? Infinity;
    this.table.via[here] = via[same] ?? -1;
    this.table.scored.copyCell(this.previous.scored, same, here);
    return true;
  }

  /** Gives cell (i, j), about to be filled, the terms of the beads the previous pass scored there (see ScoredBeads.restore). */
  restoreScored(cell: ShapeBounds & { readonly entries: Int32Array }, i: number, j: number): void {
    const { band, offsets, scored } = this.previous;
    const same = cellIndex(band, offsets, i, j);
    if (same >= 0) this.table.scored.restore(scored, same, cell, cell.entries);
  }
}

/**
 * Pool entries reserved per cell for a first pass (1.6 to 1.7 are used at 100,000 paragraphs: the beads
 * that get their anchor term); a widened pass reserves what the pass before it used, per cell, and a
 * little more. Pools are sized to fit because each grown copy (by a quarter) leaves the old arrays, tens
 * of megabytes outside the heap, to the garbage collector.
 */
const FIRST_PASS_ENTRIES_PER_CELL = 1.7;
const WIDENED_PASS_MARGIN = 1.05;
const GROWTH = 1.25;

/**
 * The exact terms of the beads a pass scored, per cell: for each shape whose anchor term was computed,
 * its exact base cost and that anchor term. Both depend only on the bead and the scorer, never on the
 * path to it, so a widened pass, which recomputes every cell after the first one whose path cost changed,
 * takes them from here instead of scoring the bead again (at 100,000 paragraphs that is most of the cells
 * of the second pass). Beads whose base cost alone was computed are not kept (two thirds of them: their
 * base costs less to compute again than to keep). Cells are filled in index order; the entries of cell c
 * are [first[c], first[c + 1]).
 */
export class ScoredBeads {
  private first: Int32Array;
  private shapes: Uint8Array;
  private bases: Float64Array;
  private anchorTerms: Float64Array;
  private length = 0;

  private constructor(private cells: number, entries: number) {
    this.first = new Int32Array(cells + 1);
    const size = Math.max(16, entries);
    this.shapes = new Uint8Array(size);
    this.bases = new Float64Array(size);
    this.anchorTerms = new Float64Array(size);
  }

  /**
   * The store for a table of `cells` cells whose pass reads `previous` (the previous pass's store, if
   * any): `spare`, a store no longer needed, emptied if it is large enough (a band's passes take turns
   * with two stores instead of leaving the megabytes of each pass to the garbage collector), else a new one.
   */
  static forTable(cells: number, previous?: ScoredBeads, spare?: ScoredBeads): ScoredBeads {
    const entries = previous && previous.cells > 0
      ? Math.ceil((previous.length * cells * WIDENED_PASS_MARGIN) / previous.cells)
      : Math.ceil(FIRST_PASS_ENTRIES_PER_CELL * cells);
    // a spare a little short of the estimate is taken all the same: it grows if it must
    if (!spare || spare.shapes.length * WIDENED_PASS_MARGIN < entries) return new ScoredBeads(cells, entries);
    if (spare.first.length < cells + 1) spare.first = new Int32Array(cells + 1);
    spare.cells = cells;
    spare.length = 0;
    return spare;
  }

  /** Records shape `s`'s exact base cost for the cell being filled; returns the entry, for setAnchors (NaN until then). */
  add(s: number, base: number): number {
    return this.append(s, base, NaN);
  }

  /** Appends an entry for the cell being filled with its anchor term (NaN: unknown); returns it. */
  private append(s: number, base: number, anchorTerm: number): number {
    if (this.length === this.shapes.length) this.grow();
    const entry = this.length++;
    this.shapes[entry] = s;
    this.bases[entry] = base;
    this.anchorTerms[entry] = anchorTerm;
    return entry;
  }

  /** The anchor term of an entry (NaN while unknown). */
  anchorsAt(entry: number): number {
    return this.anchorTerms[entry] ?? NaN;
  }

  /** Records an entry's anchor term, once computed. */
  setAnchors(entry: number, anchors: number): void {
    this.anchorTerms[entry] = anchors;
  }

  /** Closes cell `cell` (the next in index order): the entries added since the previous cell are its own. */
  endCell(cell: number): void {
    this.first[cell + 1] = this.length;
  }

  /** Appends the entries of `from`'s cell `fromCell` as the entries of this store's next cell `cell`. */
  copyCell(from: ScoredBeads, fromCell: number, cell: number): void {
    for (let e = from.first[fromCell] ?? 0; e < (from.first[fromCell + 1] ?? 0); e++) {
      this.append(from.shapes[e] ?? 0, from.bases[e] ?? 0, from.anchorTerms[e] ?? NaN);
    }
    this.endCell(cell);
  }

  /**
   * Starts this store's next cell from `from`'s cell `fromCell`, for a cell whose scratch has its bounds:
   * each recorded shape that can end there gets its exact base cost, its entry here in `entries` (with
   * its anchor term) and a bound that is the bead's total, summed as keepIfBest sums it.
   */
  restore(from: ScoredBeads, fromCell: number, scratch: ShapeBounds, entries: Int32Array): void {
    for (let e = from.first[fromCell] ?? 0; e < (from.first[fromCell + 1] ?? 0); e++) {
      const s = from.shapes[e] ?? 0;
      if (scratch.bound[s] === Infinity) continue; // no path to its start in this pass
      const base = from.bases[e] ?? Infinity;
      const anchor = from.anchorTerms[e] ?? NaN;
      entries[s] = this.append(s, base, anchor);
      scratch.base[s] = base;
      scratch.isExact[s] = 1;
      const start = scratch.start[s] ?? Infinity;
      scratch.bound[s] = Number.isNaN(anchor) ? start + base - (scratch.bonus[s] ?? 0) : start + base + anchor;
    }
  }

  private grow(): void {
    const size = Math.ceil(this.shapes.length * GROWTH) + 16;
    this.shapes = grownCopy(this.shapes, size);
    this.bases = grownCopy(this.bases, size);
    this.anchorTerms = grownCopy(this.anchorTerms, size);
  }
}
