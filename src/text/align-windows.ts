/**
 * A bead spans a window of consecutive paragraphs on each side, and the band's dynamic programme asks
 * for the same windows again and again: every cell of a row has the same Korean windows, and the next
 * row the same English ones. So window sums are computed once per document (for a side of at least
 * MIN_SUMMED_PARAGRAPHS paragraphs), and the sorted anchor list of a window of several paragraphs is
 * merged once and kept while the band passes over it. Both give exactly the values computed afresh, so
 * the alignment does not change.
 */
import { grownCopy } from "./align-ragged.js";

/**
 * Anchors of one side, priced for one cost model: the sorted ids per paragraph (flat), and per entry the
 * bonus it earns if matched and the penalty it pays if not (kind weight x neighbourhood weight).
 */
export interface PricedSide {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  readonly bonus: Float64Array;
  readonly penalty: Float64Array;
}

/** Windows of up to this many paragraphs have precomputed sums: the widest bead side the aligner explores. */
const SUMMED_WINDOW = 3;
/**
 * Merged windows kept per window size, by first paragraph modulo this (or the paragraph count, if
 * smaller): about as many as the widest band row (2 x maxBandHalfWidth 1024), so a row finds the
 * English windows the row before it merged (a wider row only merges some of them again).
 */
const MERGED_SLOTS = 2048;
/** Fewest entries the merged windows' arena starts with; it doubles as needed. */
const INITIAL_ENTRIES = 64;
/** Most entries the arena starts with, however long the document. */
const ARENA_FIRST_MAX = 1 << 16;
/**
 * Entries the arena may hold before it is emptied (all slots forgotten): a slot that receives a longer
 * window than its region takes a new region, so without a cap the outgrown ones would pile up.
 */
const ARENA_MAX_ENTRIES = 1 << 18;
/** Sides with fewer paragraphs sum their windows when asked: precomputing would cost more than it saves. */
const MIN_SUMMED_PARAGRAPHS = 64;

/** Sums values over paragraphs [from, from + count), in paragraph order; paragraphs past the end count 0. */
export function sumOf(values: Float64Array | Int32Array, from: number, count: number): number {
  let total = 0;
  for (let k = from; k < from + count; k++) total += values[k] ?? 0;
  return total;
}

/** Positions of the quantities a bead's base cost sums over each side's window, within a window's record. */
export const LENGTH = 0;
export const SENTENCES = 1;
export const QUOTES = 2;
export const FRAGMENTS = 3;
export const MAX_BONUS = 4;
/** Quantities per record. */
export const FIELDS = 5;

/**
 * Sums of one side's per-paragraph quantities (LENGTH, SENTENCES, QUOTES, FRAGMENTS, MAX_BONUS) over
 * windows of 1..SUMMED_WINDOW paragraphs, one record of FIELDS sums per window, taken with sumOf (so
 * equal to it bit for bit). A window's record is records[count][from * FIELDS + field]; a side under
 * MIN_SUMMED_PARAGRAPHS paragraphs has no records.
 */
export class WindowSums {
  readonly records: Float64Array[] = [];

  constructor(private readonly fields: readonly (Float64Array | Int32Array)[]) {
    const n = fields[0]?.length ?? 0;
    for (let count = 0; count <= SUMMED_WINDOW && n >= MIN_SUMMED_PARAGRAPHS; count++) {
      const record = new Float64Array(count === 0 ? 0 : n * FIELDS);
      for (let p = 0; count > 0 && p < n; p++) {
        for (let f = 0; f < FIELDS; f++) record[p * FIELDS + f] = sumOf(fields[f] ?? new Float64Array(0), p, count);
      }
      this.records.push(record);
    }
  }

  /** sumOf of one field over [from, from + count): from the records when they hold the window, else summed. */
  sum(field: number, from: number, count: number): number {
    const record = this.records[count];
    if (record !== undefined && from >= 0 && from * FIELDS < record.length) return record[from * FIELDS + field] ?? 0;
    return sumOf(this.fields[field] ?? new Float64Array(0), from, count);
  }
}

/** Merged entries of all windows of one side, in regions of three growable arrays (no array per window). */
class Arena {
  ids = new Int32Array(0);
  bonus = new Float64Array(0);
  penalty = new Float64Array(0);
  private top = 0;

  /** `firstSize`: entries to make room for at the first allocation (then the arrays double as needed). */
  constructor(private readonly firstSize: number) {}

  /**
   * Start of a new region of `size` entries, or -1 when the region would take a non-empty arena past
   * ARENA_MAX_ENTRIES (the caller then resets it); the arrays grow (keeping their contents) as needed.
   */
  allocate(size: number): number {
    if (this.top > 0 && this.top + size > ARENA_MAX_ENTRIES) return -1;
    const start = this.top;
    this.top += size;
    if (this.top > this.ids.length) {
      const grown = Math.max(2 * this.ids.length, this.top, this.firstSize);
      this.ids = grownCopy(this.ids, grown);
      this.bonus = grownCopy(this.bonus, grown);
      this.penalty = grownCopy(this.penalty, grown);
    }
    return start;
  }

  /** Frees every region (the arrays are kept for reuse). */
  reset(): void {
    this.top = 0;
  }
}

/**
 * The slots of merged windows of one size: per slot its first paragraph (-1 = none) and its region's
 * start and capacity (the window's entry count follows from the side's offsets).
 */
class SlotTable {
  readonly from: Int32Array;
  readonly start: Int32Array;
  readonly capacity: Int32Array;

  constructor(slots: number) {
    this.from = new Int32Array(slots).fill(-1);
    this.start = new Int32Array(slots);
    this.capacity = new Int32Array(slots);
  }
}

/**
 * The anchors of one side of a bead, sorted by id, as entries [begin, end) of the arrays: the side's
 * own arrays for a single paragraph, a merged window (kept for reuse) for several.
 */
export class WindowAnchors {
  ids: Int32Array;
  bonus: Float64Array;
  penalty: Float64Array;
  begin = 0;
  end = 0;
  private readonly arena: Arena;
  /** tables[count]: the slots of merged windows of `count` paragraphs, by first paragraph modulo their number. */
  private readonly tables: (SlotTable | undefined)[] = [];

  constructor(private readonly side: PricedSide) {
    // room for each window of two and of three paragraphs once, up to a cap: a short article allocates once
    this.arena = new Arena(Math.max(INITIAL_ENTRIES, Math.min(ARENA_FIRST_MAX, 5 * side.ids.length)));
    this.ids = side.ids;
    this.bonus = side.bonus;
    this.penalty = side.penalty;
  }

  /** Loads paragraphs [from, from + count). */
  load(from: number, count: number): void {
    const { offsets } = this.side;
    const first = offsets[from] ?? 0;
    const last = offsets[from + count] ?? 0;
    if (count === 1 || first === last) {
      this.point(this.side, first, last);
      return;
    }
    const table = this.table(count);
    const at = from % table.from.length;
    const size = last - first;
    if (table.from[at] !== from) {
      if ((table.capacity[at] ?? 0) < size) {
        let start = this.arena.allocate(size);
        if (start < 0) {
          this.forget(); // regions outgrown by their slots pile up: start afresh rather than grow
          start = this.arena.allocate(size);
        }
        table.start[at] = start;
        table.capacity[at] = size;
      }
      this.merge(table.start[at] ?? 0, from, count);
      table.from[at] = from;
    }
    const start = table.start[at] ?? 0;
    this.point(this.arena, start, start + size);
  }

  /** Points the view at entries [begin, end) of `source`'s arrays. */
  private point(source: { ids: Int32Array; bonus: Float64Array; penalty: Float64Array }, begin: number, end: number): void {
    this.ids = source.ids;
    this.bonus = source.bonus;
    this.penalty = source.penalty;
    this.begin = begin;
    this.end = end;
  }

  /** Empties every slot and the arena. */
  private forget(): void {
    for (const table of this.tables) {
      table?.from.fill(-1);
      table?.capacity.fill(0);
    }
    this.arena.reset();
  }

  /** The slots of windows of `count` paragraphs. */
  private table(count: number): SlotTable {
    let table = this.tables[count];
    if (!table) {
      while (this.tables.length < count) this.tables.push(undefined); // kept dense: holes make slow arrays
      this.tables[count] = table = new SlotTable(Math.min(MERGED_SLOTS, this.side.offsets.length));
    }
    return table;
  }

  /**
   * Merges the sorted runs of paragraphs [from, from + count) into the arena from entry `at`, one run at
   * a time from the back; equal ids keep paragraph order (a stable sort), so the anchor term adds its
   * prices in the same order every time.
   */
  private merge(at: number, from: number, count: number): void {
    const { offsets } = this.side;
    let size = 0;
    for (let r = 0; r < count; r++) {
      const begin = offsets[from + r] ?? 0;
      const end = offsets[from + r + 1] ?? 0;
      this.mergeRun(at, size, begin, end); // the first run (size 0) is copied as it is
      size += end - begin;
    }
  }

  /** Merges entries [begin, end) of the side into the `size` arena entries from `at`, filling from the back. */
  private mergeRun(at: number, size: number, begin: number, end: number): void {
    const { ids, bonus, penalty } = this.side;
    const { ids: outIds, bonus: outBonus, penalty: outPenalty } = this.arena;
    let kept = at + size - 1;
    let e = end - 1;
    for (let out = at + size + end - begin - 1; e >= begin; out--) {
      // on equal ids the later run's entry goes last
      if (kept >= at && (outIds[kept] ?? 0) > (ids[e] ?? 0)) {
        outIds[out] = outIds[kept] ?? 0;
        outBonus[out] = outBonus[kept] ?? 0;
        outPenalty[out] = outPenalty[kept] ?? 0;
        kept--;
      } else {
        outIds[out] = ids[e] ?? 0;
        outBonus[out] = bonus[e] ?? 0;
        outPenalty[out] = penalty[e] ?? 0;
        e--;
      }
    }
  }
}
