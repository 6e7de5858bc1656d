/**
 * Addressing the cells of a band's flat cost table, and what a widened pass can take from the previous
 * pass's table (align-band.ts): rows and cells whose inputs did not change are copied, not recomputed.
 */
import type { Band, BandTable, Shape, ShapeBounds } from "./align-band.js";

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
    return true;
  }
}

