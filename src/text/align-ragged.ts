/**
 * Lists of numbers stored flat, one list per paragraph: list p is values[offsets[p]..offsets[p + 1]),
 * and the inverse index (for each anchor id, the paragraphs holding it). A 100,000-paragraph document
 * would otherwise hold hundreds of thousands of small typed arrays, each with its own header; flat
 * storage keeps the aligner's memory linear and small.
 */

/** Lists of integers stored flat. */
export interface RaggedInts {
  readonly offsets: Int32Array;
  readonly values: Int32Array;
}

/** Starting buffer size of a builder (entries); it doubles as needed. */
const INITIAL_CAPACITY = 1024;

/** A copy of `array` with room for `size` entries (size >= its length), the rest 0: the growing typed arrays of the aligner. */
export function grownCopy<T extends Int32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (length: number) => T)(size);
  grown.set(array);
  return grown;
}

/** Appends lists one after another and freezes them into a RaggedInts. */
export class RaggedBuilder {
  private values = new Int32Array(INITIAL_CAPACITY);
  private size = 0;
  private readonly ends: number[] = [0];

  /** Appends one list. */
  push(list: ArrayLike<number>): void {
    if (this.size + list.length > this.values.length) {
      this.values = grownCopy(this.values.subarray(0, this.size), Math.max(this.values.length * 2, this.size + list.length));
    }
    for (let k = 0; k < list.length; k++) this.values[this.size++] = list[k] ?? 0;
    this.ends.push(this.size);
  }

  /** The lists pushed so far. */
  build(): RaggedInts {
    return { offsets: Int32Array.from(this.ends), values: this.values.slice(0, this.size) };
  }
}

/** Paragraph positions of each anchor id on one side, in compressed rows: positions[offsets[id]..offsets[id+1]). */
export interface Occurrences {
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

/** Compressed occurrence rows: for each id, the sorted distinct paragraphs holding it. */
export function buildOccurrences(lists: RaggedInts, idCount: number): Occurrences {
  const offsets = new Int32Array(idCount + 1);
  const last = new Int32Array(idCount).fill(-1);
  const visit = (fn: (id: number, p: number) => void) => {
    last.fill(-1);
    for (let p = 0; p + 1 < lists.offsets.length; p++) {
      for (let e = lists.offsets[p] ?? 0; e < (lists.offsets[p + 1] ?? 0); e++) {
        const id = lists.values[e] ?? 0;
        if (last[id] !== p) { last[id] = p; fn(id, p); }
      }
    }
  };
  visit((id) => { offsets[id + 1] = (offsets[id + 1] ?? 0) + 1; });
  for (let id = 0; id < idCount; id++) offsets[id + 1] = (offsets[id + 1] ?? 0) + (offsets[id] ?? 0);
  const positions = new Int32Array(offsets[idCount] ?? 0);
  const fill = offsets.slice(0, idCount);
  visit((id, p) => { positions[fill[id] ?? 0] = p; fill[id] = (fill[id] ?? 0) + 1; });
  return { offsets, positions };
}

/** First index in positions[from, to) whose value is >= value. */
function lowerBound(positions: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((positions[mid] ?? 0) < value) low = mid + 1; else high = mid;
  }
  return low;
}

/** Index into occ.positions of the first paragraph holding `id` at or after `position` (the row's end if none). */
export function firstAtLeast(occ: Occurrences, id: number, position: number): number {
  return lowerBound(occ.positions, occ.offsets[id] ?? 0, occ.offsets[id + 1] ?? 0, position);
}

/** Whether any paragraph holding `id` lies in [from, to] (countBetween > 0 with one search). */
export function hasBetween(occ: Occurrences, id: number, from: number, to: number): boolean {
  const end = occ.offsets[id + 1] ?? 0;
  const first = lowerBound(occ.positions, occ.offsets[id] ?? 0, end, Math.ceil(from));
  return first < end && (occ.positions[first] ?? 0) < Math.floor(to) + 1;
}

/** How many paragraphs holding `id` lie in [from, to]. */
export function countBetween(occ: Occurrences, id: number, from: number, to: number): number {
  const start = occ.offsets[id] ?? 0;
  const end = occ.offsets[id + 1] ?? 0;
  return lowerBound(occ.positions, start, end, Math.floor(to) + 1) - lowerBound(occ.positions, start, end, Math.ceil(from));
}

/** How many paragraphs hold `id`. */
export function countOf(occ: Occurrences, id: number): number {
  return (occ.offsets[id + 1] ?? 0) - (occ.offsets[id] ?? 0);
}

/** The paragraphs holding `id`, in order. */
export function positionsOf(occ: Occurrences, id: number): Int32Array {
  return occ.positions.subarray(occ.offsets[id] ?? 0, occ.offsets[id + 1] ?? 0);
}
