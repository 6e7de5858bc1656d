/**
 * Finding every occurrence of many fixed strings (glossary spellings of people and titles) in one text with
 * one pass over the text instead of one search per string: the strings are indexed by a hash of their
 * first two UTF-16 code units, so each position of the text is looked up once and only the strings that
 * may start there are compared. The occurrences come back in the order a search string by string would
 * find them.
 */
import { addTo } from "./maps.js";

/** Strings indexed by how they begin. */
export interface FormIndex {
  readonly needles: readonly string[];
  /** Indexes of the strings of two or more code units, by pairKey of their first two units. */
  readonly byPair: ReadonlyMap<number, readonly number[]>;
  /** Indexes of the strings of one code unit, by that unit. */
  readonly bySingle: ReadonlyMap<number, readonly number[]>;
  /** Per code unit: whether some string starts with it (most positions of a text start none, and are passed over). */
  readonly isFirst: Uint8Array;
  /** Per pairKey: whether byPair holds it (most pairs of units start no string, and need no map lookup). */
  readonly hasPair: Uint8Array;
}

/** One occurrence: which string (its index in the needles) and where it starts. */
export interface FormHit {
  readonly form: number;
  readonly at: number;
}

/** Low bits of each code unit kept in a pair's key: a small integer key hashes fast, and a shared key only adds candidates to compare. */
const KEY_BITS = 10;
/** The low KEY_BITS bits of a code unit. */
const KEY_MASK = (1 << KEY_BITS) - 1;

/** Distinct UTF-16 code units. */
const UNITS = 0x10000;

const pairKey = (first: number, second: number): number => ((first & KEY_MASK) << KEY_BITS) | (second & KEY_MASK);

/** Indexes the strings (an empty string never occurs: it is left out). */
export function indexForms(needles: readonly string[]): FormIndex {
  const byPair = new Map<number, number[]>(), bySingle = new Map<number, number[]>();
  const isFirst = new Uint8Array(UNITS);
  const hasPair = new Uint8Array(1 << (2 * KEY_BITS));
  needles.forEach((needle, k) => {
    if (needle.length >= 2) {
      const key = pairKey(needle.charCodeAt(0), needle.charCodeAt(1));
      addTo(byPair, key, k);
      hasPair[key] = 1;
    }
    else if (needle.length === 1) addTo(bySingle, needle.charCodeAt(0), k);
    if (needle.length > 0) isFirst[needle.charCodeAt(0)] = 1;
  });
  return { needles, byPair, bySingle, isFirst, hasPair };
}

/**
 * Every occurrence of every indexed string in the text, overlapping ones included, ordered by string
 * (its index) and then by position: what `for each string, indexOf from each hit + 1` gives. Positions
 * `at` where `isSkippedAfter` holds for the code unit at - 1 of `guard` are left out (the caller would
 * reject them); `guard` is the text itself or the text it was derived from (lower-cased) with its offsets.
 */
export function findForms(text: string, index: FormIndex, guard: string, isSkippedAfter: (unit: number) => boolean): FormHit[] {
  const hits: FormHit[] = [];
  const { needles, byPair, bySingle, isFirst, hasPair } = index;
  for (let at = 0; at < text.length; at++) {
    const first = text.charCodeAt(at);
    if (isFirst[first] === 0 || (at > 0 && isSkippedAfter(guard.charCodeAt(at - 1)))) continue;
    const singles = bySingle.get(first);
    if (singles) for (const form of singles) hits.push({ form, at });
    if (at + 1 >= text.length) continue;
    const key = pairKey(first, text.charCodeAt(at + 1));
    if (hasPair[key] === 0) continue;
    const candidates = byPair.get(key);
    if (candidates) for (const form of candidates) if (text.startsWith(needles[form]!, at)) hits.push({ form, at });
  }
  return hits.sort((a, b) => a.form - b.form || a.at - b.at);
}
