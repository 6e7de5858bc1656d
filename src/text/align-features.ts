/**
 * Per-paragraph evidence for the aligner. `analyzeDocument` runs once per document: lengths, sentence
 * and quotation counts, and anchors interned as integer ids, keeping only anchors whose key occurs on
 * both sides somewhere (plus every number). `selectAnchors` then keeps, for one alignment pass, the
 * anchors whose counterpart lies near the expected position on the other side, sorted and weighted so
 * the dynamic programme can intersect them fast. Memory stays linear in the text: ids, not strings.
 */
import { findEnglishAnchors, findKoreanAnchors, type Anchor, type AnchorKind } from "./anchors.js";
import { countEnglishSentences, countKoreanSentences, countQuotations } from "./align-sentences.js";

/** Anchor kinds in index order; kindOf values index the per-kind weight tables. */
export const ANCHOR_KINDS: readonly AnchorKind[] = ["number", "latin", "term", "name"];
/** Index of the "number" kind in ANCHOR_KINDS. */
export const NUMBER_KIND = 0;
/** Group value of an anchor that is not one of several readings of a word. */
const NO_GROUP = -1;

/** Evidence for the paragraphs of one side, as used by the bead cost in one pass. */
export interface SideFeatures {
  /** Characters per paragraph, white space excluded (spacing differs between the languages). */
  readonly length: Float64Array;
  readonly sentences: Int32Array;
  readonly quotes: Int32Array;
  /** Sorted anchor ids per paragraph (an id may repeat: a number said twice). */
  readonly anchors: Int32Array[];
  /**
   * Weight of each entry of `anchors` (same order): 1 / the number of paragraphs near this one, on the
   * same side, that have the anchor. An anchor repeated in neighbouring paragraphs tells less about
   * which of them is the counterpart.
   */
  readonly weights: Float64Array[];
}

/** Evidence for a whole document in one pass. */
export interface DocumentFeatures {
  readonly ko: SideFeatures;
  readonly en: SideFeatures;
  /** Kind of each anchor id, as an index into ANCHOR_KINDS. */
  readonly kindOf: Uint8Array;
}

/** Paragraph positions of each anchor id on one side, in compressed rows: positions[offsets[id]..offsets[id+1]). */
export interface Occurrences {
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

/** One side of a document before any pass: counts and interned anchors with their word groups. */
interface SideEvidence {
  readonly length: Float64Array;
  readonly sentences: Int32Array;
  readonly quotes: Int32Array;
  readonly ids: Int32Array[];
  readonly groups: Int32Array[];
  readonly occurrences: Occurrences;
}

/** Everything the aligner knows about a document before aligning it. */
export interface DocumentEvidence {
  readonly ko: SideEvidence;
  readonly en: SideEvidence;
  readonly kindOf: Uint8Array;
  /** Anchor key of each id (for the longest-reading rule and for debugging). */
  readonly keys: readonly string[];
  /** 1 for ids too common to tell paragraphs apart (see markCommon). */
  readonly isCommon: Uint8Array;
}

/** How a pass filters and weights anchors. */
export interface SelectOptions {
  /** Paragraphs on each side of a paragraph counted as its neighbourhood for anchor weights (paragraphs). */
  readonly anchorWindow: number;
  /** An anchor is kept only if the other side has it within this distance of the expected position (paragraphs). */
  readonly searchRadius: number;
}

/** Maps a paragraph position on one side to the expected position on the other. */
export interface PositionMap {
  koToEn(i: number): number;
  enToKo(j: number): number;
}

/** White space, excluded from paragraph lengths. */
const WHITE_SPACE = /\s/g;

/** Interns anchor keys as dense ids shared by both sides. */
class Interner {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly kinds: number[] = [];

  /** Id of the anchor's key, creating it if needed. */
  add(anchor: Anchor): number {
    const known = this.ids.get(anchor.key);
    if (known !== undefined) return known;
    this.ids.set(anchor.key, this.keys.length);
    this.keys.push(anchor.key);
    this.kinds.push(ANCHOR_KINDS.indexOf(anchor.kind));
    return this.keys.length - 1;
  }
}

/** Compressed occurrence rows: for each id, the sorted distinct paragraphs holding it. */
function buildOccurrences(ids: readonly Int32Array[], idCount: number): Occurrences {
  const offsets = new Int32Array(idCount + 1);
  const last = new Int32Array(idCount).fill(-1);
  ids.forEach((list, p) => list.forEach((id) => {
    if (last[id] !== p) { last[id] = p; offsets[id + 1] = (offsets[id + 1] ?? 0) + 1; }
  }));
  for (let id = 0; id < idCount; id++) offsets[id + 1] = (offsets[id + 1] ?? 0) + (offsets[id] ?? 0);
  const positions = new Int32Array(offsets[idCount] ?? 0);
  const fill = offsets.slice(0, idCount);
  last.fill(-1);
  ids.forEach((list, p) => list.forEach((id) => {
    if (last[id] === p) return;
    last[id] = p;
    const slot = fill[id] ?? 0;
    positions[slot] = p;
    fill[id] = slot + 1;
  }));
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

/** How many paragraphs holding `id` lie in [from, to]. */
export function countBetween(occ: Occurrences, id: number, from: number, to: number): number {
  const start = occ.offsets[id] ?? 0;
  const end = occ.offsets[id + 1] ?? 0;
  return lowerBound(occ.positions, start, end, Math.floor(to) + 1) - lowerBound(occ.positions, start, end, Math.ceil(from));
}

/** The paragraphs holding `id`, in order. */
export function positionsOf(occ: Occurrences, id: number): Int32Array {
  return occ.positions.subarray(occ.offsets[id] ?? 0, occ.offsets[id + 1] ?? 0);
}

/** Counts of one side: non-space length, sentences, quotations. */
function sideCounts(texts: readonly string[], countSentences: (text: string) => number) {
  return {
    length: Float64Array.from(texts, (t) => t.replace(WHITE_SPACE, "").length),
    sentences: Int32Array.from(texts, countSentences),
    quotes: Int32Array.from(texts, countQuotations),
  };
}

/**
 * Interns English anchors, then Korean anchors whose key the English has (numbers always: a number
 * with no counterpart is itself evidence of an omission), then drops English anchors the Korean lacks.
 * Most English words never appear in Latin script in the Korean, and most Korean word skeletons are
 * not names, so this keeps memory small.
 */
function internAnchors(ko: readonly string[], en: readonly string[], interner: Interner) {
  const enAll = en.map((text) => Int32Array.from(findEnglishAnchors(text), (a) => interner.add(a)));
  const koIds: Int32Array[] = [];
  const koGroups: Int32Array[] = [];
  for (const text of ko) {
    const kept = findKoreanAnchors(text).filter((a) => a.kind === "number" || interner.ids.has(a.key));
    koIds.push(Int32Array.from(kept, (a) => interner.add(a)));
    koGroups.push(Int32Array.from(kept, (a) => a.group ?? NO_GROUP));
  }
  const isInKorean = new Uint8Array(interner.keys.length);
  for (const ids of koIds) for (const id of ids) isInKorean[id] = 1;
  const enIds = enAll.map((ids) => ids.filter((id) => interner.kinds[id] === NUMBER_KIND || isInKorean[id] === 1));
  return { koIds, koGroups, enIds };
}

/**
 * Marks ids other than numbers found in more than `maxShare` of either side's paragraphs ("the" quoted
 * once in the Korean would otherwise match nearly every English paragraph).
 */
function markCommon(ko: Occurrences, en: Occurrences, n: number, m: number, kinds: readonly number[], maxShare: number): Uint8Array {
  const isCommon = new Uint8Array(kinds.length);
  for (let id = 0; id < kinds.length; id++) {
    const koCount = (ko.offsets[id + 1] ?? 0) - (ko.offsets[id] ?? 0);
    const enCount = (en.offsets[id + 1] ?? 0) - (en.offsets[id] ?? 0);
    if (kinds[id] !== NUMBER_KIND && (koCount > maxShare * n || enCount > maxShare * m)) isCommon[id] = 1;
  }
  return isCommon;
}

/** Analyses a document once: counts and anchors of every paragraph. */
export function analyzeDocument(ko: readonly string[], en: readonly string[], maxAnchorShare: number): DocumentEvidence {
  const interner = new Interner();
  const { koIds, koGroups, enIds } = internAnchors(ko, en, interner);
  const idCount = interner.keys.length;
  const koOcc = buildOccurrences(koIds, idCount);
  const enOcc = buildOccurrences(enIds, idCount);
  const noGroups = enIds.map((ids) => new Int32Array(ids.length).fill(NO_GROUP));
  return {
    ko: { ...sideCounts(ko, countKoreanSentences), ids: koIds, groups: koGroups, occurrences: koOcc },
    en: { ...sideCounts(en, countEnglishSentences), ids: enIds, groups: noGroups, occurrences: enOcc },
    kindOf: Uint8Array.from(interner.kinds),
    keys: interner.keys,
    isCommon: markCommon(koOcc, enOcc, ko.length, en.length, interner.kinds, maxAnchorShare),
  };
}

/**
 * Entries of one paragraph kept for a pass: numbers, and other anchors that are not common and occur
 * on the other side within `radius` of `expected`. Of the readings of one word (a group) only the
 * longest kept key survives: 깁슨은 is read as 깁슨 = Gibson, not also as a shorter name.
 */
function keptEntries(ev: DocumentEvidence, side: SideEvidence, other: Occurrences, p: number, expected: number, radius: number): number[] {
  const ids = side.ids[p] ?? new Int32Array(0);
  const groups = side.groups[p] ?? new Int32Array(0);
  const kept: number[] = [];
  const longest = new Map<number, number>();
  ids.forEach((id, e) => {
    const isNumber = ev.kindOf[id] === NUMBER_KIND;
    if (!isNumber && (ev.isCommon[id] === 1 || countBetween(other, id, expected - radius, expected + radius) === 0)) return;
    kept.push(e);
    const group = groups[e] ?? NO_GROUP;
    const best = longest.get(group);
    if (group !== NO_GROUP && (best === undefined || (ev.keys[id]?.length ?? 0) > (ev.keys[ids[best] ?? 0]?.length ?? 0))) longest.set(group, e);
  });
  return kept.filter((e) => (groups[e] ?? NO_GROUP) === NO_GROUP || longest.get(groups[e] ?? NO_GROUP) === e);
}

/** One side's features for a pass, given where each paragraph is expected on the other side. */
function selectSide(ev: DocumentEvidence, side: SideEvidence, other: Occurrences, expectedAt: (p: number) => number, options: SelectOptions): SideFeatures {
  const anchors: Int32Array[] = [];
  const weights: Float64Array[] = [];
  side.ids.forEach((ids, p) => {
    const kept = keptEntries(ev, side, other, p, expectedAt(p), options.searchRadius);
    const sorted = Int32Array.from(kept, (e) => ids[e] ?? 0).sort();
    anchors.push(sorted);
    weights.push(Float64Array.from(sorted, (id) => 1 / Math.max(1, countBetween(side.occurrences, id, p - options.anchorWindow, p + options.anchorWindow))));
  });
  return { length: side.length, sentences: side.sentences, quotes: side.quotes, anchors, weights };
}

/** Features for one pass: anchors whose counterpart lies near the position `map` expects. */
export function selectAnchors(ev: DocumentEvidence, options: SelectOptions, map: PositionMap): DocumentFeatures {
  return {
    ko: selectSide(ev, ev.ko, ev.en.occurrences, (i) => map.koToEn(i), options),
    en: selectSide(ev, ev.en, ev.ko.occurrences, (j) => map.enToKo(j), options),
    kindOf: ev.kindOf,
  };
}
