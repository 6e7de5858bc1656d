/**
 * Per-paragraph evidence for the aligner. `analyzeDocument` runs once per document: lengths, sentence
 * and quotation counts, and anchors interned as integer ids, keeping only anchors whose key occurs on
 * both sides somewhere, plus lone anchors of telling kinds (numbers, terms, addresses, and Korean Latin
 * words, whose absence from the other text is evidence). `selectAnchors` then keeps, for one alignment
 * pass, the anchors whose counterpart lies near the expected position on the other side or nowhere at
 * all, sorted and weighted so the dynamic programme can intersect them fast. Memory stays linear in the
 * text: ids, not strings.
 */
import {
  AnchorMemo, findEnglishAnchors, findKoreanLatinAnchors, findKoreanNumberAnchors, findKoreanWords, koreanWordAnchors,
  type Anchor, type AnchorKind,
} from "./anchors.js";
import { countEnglishSentenceEnds, countKoreanSentenceEnds, distinctTexts, sideCounts, type DistinctTexts } from "./align-sentences.js";
import { buildOccurrences, countBetween, countOf, hasBetween, RaggedBuilder, type Occurrences, type RaggedInts } from "./align-ragged.js";

/** Anchor kinds in index order; kindOf values index the per-kind weight tables. */
export const ANCHOR_KINDS: readonly AnchorKind[] = ["number", "smallNumber", "latin", "term", "name", "verbatim"];
/** 1 for the number kinds (flags in ANCHOR_KINDS order): kept in every pass, never common. */
const IS_NUMBER_KIND = Uint8Array.from(ANCHOR_KINDS, (kind) => (kind === "number" || kind === "smallNumber" ? 1 : 0));
/**
 * Kinds (flags in ANCHOR_KINDS order) kept on the Korean side even when the English lacks them: an
 * anchor a translation keeps (a number, a Latin-script word, an address, a lexicon term) but the
 * whole English text lacks says its paragraph may not be translated at all, the evidence that tells a
 * dropped paragraph from one merged into its neighbour. Name readings are guesses, never kept alone.
 */
const IS_TELLING_ON_KO = Uint8Array.from(ANCHOR_KINDS, (kind) => (kind === "name" ? 0 : 1));
/** The same for the English side, where every word is Latin script, so only Latin words the Korean has count. */
const IS_TELLING_ON_EN = Uint8Array.from(ANCHOR_KINDS, (kind) => (kind === "name" || kind === "latin" ? 0 : 1));
/** Group value of an anchor that is not one of several readings of a word. */
const NO_GROUP = -1;

/** Evidence for the paragraphs of one side, as used by the bead cost in one pass. */
export interface SideFeatures {
  /** Characters per paragraph, white space excluded (spacing differs between the languages). */
  readonly length: Float64Array;
  readonly sentences: Int32Array;
  /** 1 for a fragment: a paragraph with no sentence end (a title, a byline, a keyword line), else 0. */
  readonly fragments: Int32Array;
  readonly quotes: Int32Array;
  /** Sorted anchor ids per paragraph (an id may repeat: a number said twice). */
  readonly anchors: RaggedInts;
  /**
   * Weight of each entry of `anchors.values` (same order): 1 / the number of paragraphs near this one,
   * on the same side, that have the anchor. An anchor repeated in neighbouring paragraphs tells less
   * about which of them is the counterpart.
   */
  readonly weights: Float64Array;
  /** 1 for each entry of `anchors.values` that the other side has nowhere (a lone anchor), else 0. */
  readonly isLone: Uint8Array;
}

/** Evidence for a whole document in one pass. */
export interface DocumentFeatures {
  readonly ko: SideFeatures;
  readonly en: SideFeatures;
  /** Kind of each anchor id, as an index into ANCHOR_KINDS. */
  readonly kindOf: Uint8Array;
}

/** One side of a document before any pass: counts and interned anchors with their word groups. */
interface SideEvidence {
  readonly length: Float64Array;
  readonly sentences: Int32Array;
  /** 1 for a fragment: a paragraph with no sentence end (a title, a byline, a keyword line), else 0. */
  readonly fragments: Int32Array;
  readonly quotes: Int32Array;
  /** Anchor ids per paragraph, unsorted. */
  readonly ids: RaggedInts;
  /** Word group of each entry of ids.values (NO_GROUP when not one of a word's readings). */
  readonly groups: Int32Array;
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

/**
 * Fewest paragraphs an anchor must be in before it can count as common: in a short article a share of
 * 30% is one paragraph, and 야당 = "opposition" in one paragraph of three pins it, never drowns it out.
 */
const MIN_COMMON_PARAGRAPHS = 3;

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

/** A Korean word's anchors that the English has: ids, and whether each is a name reading (grouped by word). */
interface KoreanWordIds {
  readonly ids: readonly number[];
  readonly isName: readonly boolean[];
}

/** Interned ids of one Korean paragraph and their groups; each distinct word is filtered once, through `words`. */
function koreanParagraphIds(text: string, memo: AnchorMemo, interner: Interner, words: Map<string, KoreanWordIds>) {
  const ids: number[] = [];
  const groups: number[] = [];
  const wanted = (a: Anchor) => IS_TELLING_ON_KO[ANCHOR_KINDS.indexOf(a.kind)] === 1 || interner.ids.has(a.key);
  for (const a of [...findKoreanNumberAnchors(text), ...findKoreanLatinAnchors(text, memo)].filter(wanted)) {
    ids.push(interner.add(a));
    groups.push(NO_GROUP);
  }
  findKoreanWords(text).forEach((word, group) => {
    let known = words.get(word);
    if (!known) {
      const kept = koreanWordAnchors(word, group, memo).filter(wanted);
      known = { ids: kept.map((a) => interner.add(a)), isName: kept.map((a) => a.group !== undefined) };
      words.set(word, known);
    }
    ids.push(...known.ids);
    for (const isName of known.isName) groups.push(isName ? group : NO_GROUP);
  });
  return { ids, groups };
}

/**
 * Interns English anchors (Latin words only if the Korean has them), then Korean anchors whose key the
 * English has or whose kind is telling (IS_TELLING_ON_KO: an anchor with no counterpart is itself
 * evidence of an omission), then drops English anchors the Korean lacks unless their kind is telling.
 * Most English words never appear in Latin script in the Korean, and most Korean word skeletons are not
 * names, so this keeps time and memory small.
 */
function internAnchors(ko: DistinctTexts, en: DistinctTexts, interner: Interner) {
  const memo = new AnchorMemo();
  const koreanLatin = new Set<string>();
  for (const text of ko.texts) for (const a of findKoreanLatinAnchors(text, memo)) koreanLatin.add(a.key);
  const enRead = en.texts.map((text) => findEnglishAnchors(text, memo, koreanLatin).map((a) => interner.add(a)));
  const enAll = new RaggedBuilder();
  for (const k of en.indexOf) enAll.push(enRead[k] ?? []);
  const words = new Map<string, KoreanWordIds>();
  // the kinds a Korean paragraph keeps only when the English has them (names) are all interned by now
  const koRead = ko.texts.map((text) => koreanParagraphIds(text, memo, interner, words));
  const koIds = new RaggedBuilder();
  const koGroups = new RaggedBuilder();
  for (const k of ko.indexOf) {
    const read = koRead[k];
    koIds.push(read?.ids ?? []);
    koGroups.push(read?.groups ?? []);
  }
  const koLists = koIds.build();
  const isInKorean = new Uint8Array(interner.keys.length);
  for (const id of koLists.values) isInKorean[id] = 1;
  const enLists = filterLists(enAll.build(), (id) => IS_TELLING_ON_EN[interner.kinds[id] ?? 0] === 1 || isInKorean[id] === 1);
  return { koLists, koGroups: koGroups.build().values, enLists };
}

/** The lists with only the ids `keep` accepts. */
function filterLists(lists: RaggedInts, keep: (id: number) => boolean): RaggedInts {
  const out = new RaggedBuilder();
  const kept: number[] = [];
  for (let p = 0; p + 1 < lists.offsets.length; p++) {
    kept.length = 0;
    for (let e = lists.offsets[p] ?? 0; e < (lists.offsets[p + 1] ?? 0); e++) {
      const id = lists.values[e] ?? 0;
      if (keep(id)) kept.push(id);
    }
    out.push(kept);
  }
  return out.build();
}

/**
 * Marks ids other than numbers found in more than `maxShare` of either side's paragraphs, and in at least
 * MIN_COMMON_PARAGRAPHS of them ("the" quoted once in the Korean would otherwise match nearly every
 * English paragraph).
 */
function markCommon(ko: Occurrences, en: Occurrences, n: number, m: number, kinds: readonly number[], maxShare: number): Uint8Array {
  const isCommon = new Uint8Array(kinds.length);
  const isFrequent = (count: number, paragraphs: number) => count >= MIN_COMMON_PARAGRAPHS && count > maxShare * paragraphs;
  for (let id = 0; id < kinds.length; id++) {
    const koCount = (ko.offsets[id + 1] ?? 0) - (ko.offsets[id] ?? 0);
    const enCount = (en.offsets[id + 1] ?? 0) - (en.offsets[id] ?? 0);
    if (IS_NUMBER_KIND[kinds[id] ?? 0] !== 1 && (isFrequent(koCount, n) || isFrequent(enCount, m))) isCommon[id] = 1;
  }
  return isCommon;
}

/** Analyses a document once: counts and anchors of every paragraph. */
export function analyzeDocument(ko: readonly string[], en: readonly string[], maxAnchorShare: number): DocumentEvidence {
  const interner = new Interner();
  const koTexts = distinctTexts(ko);
  const enTexts = distinctTexts(en);
  const { koLists, koGroups, enLists } = internAnchors(koTexts, enTexts, interner);
  const idCount = interner.keys.length;
  const koOcc = buildOccurrences(koLists, idCount);
  const enOcc = buildOccurrences(enLists, idCount);
  return {
    ko: { ...sideCounts(koTexts, countKoreanSentenceEnds), ids: koLists, groups: koGroups, occurrences: koOcc },
    en: { ...sideCounts(enTexts, countEnglishSentenceEnds), ids: enLists, groups: new Int32Array(enLists.values.length).fill(NO_GROUP), occurrences: enOcc },
    kindOf: Uint8Array.from(interner.kinds),
    keys: interner.keys,
    isCommon: markCommon(koOcc, enOcc, ko.length, en.length, interner.kinds, maxAnchorShare),
  };
}

/**
 * Whether a pass keeps anchor `id` of a paragraph whose counterpart is expected at `expected` on the other
 * side: numbers always; other anchors unless common, when the other side has them within `radius`, or,
 * for telling kinds, when the other side has them nowhere (an anchor far off would only be noise).
 */
function isKept(ev: DocumentEvidence, id: number, other: Occurrences, expected: number, radius: number, isTelling: Uint8Array): boolean {
  const kind = ev.kindOf[id] ?? 0;
  if (IS_NUMBER_KIND[kind] === 1) return true;
  if (ev.isCommon[id] === 1) return false;
  if (hasBetween(other, id, expected - radius, expected + radius)) return true;
  return isTelling[kind] === 1 && countOf(other, id) === 0;
}

/**
 * Entries (indices into side.ids.values) of one paragraph kept for a pass (isKept). Of the readings of
 * one word (a group) only the longest kept key survives: 깁슨은 is read as 깁슨 = Gibson, not also as a
 * shorter name.
 */
function keptEntries(ev: DocumentEvidence, side: SideEvidence, other: Occurrences, p: number, expected: number, radius: number): number[] {
  const kept: number[] = [];
  let longest: Map<number, number> | undefined; // made only for a paragraph with grouped readings
  const keyLength = (e: number) => ev.keys[side.ids.values[e] ?? 0]?.length ?? 0;
  const isTelling = side === ev.ko ? IS_TELLING_ON_KO : IS_TELLING_ON_EN;
  for (let e = side.ids.offsets[p] ?? 0; e < (side.ids.offsets[p + 1] ?? 0); e++) {
    if (!isKept(ev, side.ids.values[e] ?? 0, other, expected, radius, isTelling)) continue;
    kept.push(e);
    const group = side.groups[e] ?? NO_GROUP;
    if (group === NO_GROUP) continue;
    longest ??= new Map<number, number>();
    const best = longest.get(group);
    if (best === undefined || keyLength(e) > keyLength(best)) longest.set(group, e);
  }
  const readings = longest;
  if (!readings) return kept;
  return kept.filter((e) => (side.groups[e] ?? NO_GROUP) === NO_GROUP || readings.get(side.groups[e] ?? NO_GROUP) === e);
}

/** One side's features for a pass, given where each paragraph is expected on the other side. */
function selectSide(ev: DocumentEvidence, side: SideEvidence, other: Occurrences, expectedAt: (p: number) => number, options: SelectOptions): SideFeatures {
  const anchors = new RaggedBuilder();
  let ids = new Int32Array(0);
  for (let p = 0; p < side.length.length; p++) {
    const kept = keptEntries(ev, side, other, p, expectedAt(p), options.searchRadius);
    if (ids.length < kept.length) ids = new Int32Array(2 * kept.length);
    for (let k = 0; k < kept.length; k++) ids[k] = side.ids.values[kept[k] ?? 0] ?? 0;
    anchors.push(ids.subarray(0, kept.length).sort());
  }
  const lists = anchors.build();
  const weights = new Float64Array(lists.values.length);
  const isLone = new Uint8Array(lists.values.length);
  for (let p = 0; p < side.length.length; p++) {
    for (let e = lists.offsets[p] ?? 0; e < (lists.offsets[p + 1] ?? 0); e++) {
      const id = lists.values[e] ?? 0;
      weights[e] = 1 / Math.max(1, countBetween(side.occurrences, id, p - options.anchorWindow, p + options.anchorWindow));
      isLone[e] = countOf(other, id) === 0 ? 1 : 0;
    }
  }
  return { length: side.length, sentences: side.sentences, fragments: side.fragments, quotes: side.quotes, anchors: lists, weights, isLone };
}

/** Features for one pass: anchors whose counterpart lies near the position `map` expects. */
export function selectAnchors(ev: DocumentEvidence, options: SelectOptions, map: PositionMap): DocumentFeatures {
  return {
    ko: selectSide(ev, ev.ko, ev.en.occurrences, (i) => map.koToEn(i), options),
    en: selectSide(ev, ev.en, ev.ko.occurrences, (j) => map.enToKo(j), options),
    kindOf: ev.kindOf,
  };
}
