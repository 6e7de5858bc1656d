/**
 * Anchors: things in a paragraph that survive translation and so tell which Korean paragraph an English
 * one translates. Numbers keep their value (1,000 = 1000; 3만 = 30000 once numbers.ts parses units),
 * Latin-script words inside Korean (IBM, ASCI White) reappear in the English, common news words match
 * through a small hand-written lexicon (경찰 = police), foreign names written in Hangul match their Latin
 * spelling through a consonant skeleton (깁슨 = Gibson), and Hanja glosses of Chinese names match their
 * pinyin (林建 = Lin Jian). Each anchor is a key; a Korean and an English anchor match when keys are equal.
 */
import { findEnglishTerms, findKoreanTerms } from "./align-lexicon.js";
import { hangulSkeleton, latinSkeletons } from "./align-translit.js";
import { findEnglishNumbers, findKoreanNumbers, type NumberMention } from "./numbers.js";
import { glossPinyin } from "./align-hanja.js";

/** What kind of evidence an anchor is; the aligner weighs kinds differently. */
export type AnchorKind = "number" | "latin" | "term" | "name";

export interface Anchor {
  /** Equal keys on the two sides are the same anchor ("n:1000", "w:ibm", "t:12", "p:KPSN"). */
  readonly key: string;
  readonly kind: AnchorKind;
  /**
   * Alternative readings of one word share a group (the prefixes of 깁슨은 are tried as names); at most
   * one anchor of a group should be used.
   */
  readonly group?: number;
}

/** A Latin-script word, with inner dots, apostrophes and hyphens ("U.S.", "Jong-il", "O'Neil"). */
const LATIN_WORD = /[A-Za-z](?:[A-Za-z0-9]|[.'’-](?=[A-Za-z0-9]))*\.?/g;
/** A run of Hangul syllables and Hanja: one Korean word without its spaces. */
const KOREAN_WORD = /[\uAC00-\uD7A3\u4E00-\u9FFF\uF900-\uFAFF]+/g;
/** Dotted capitals ("U.S.", "U.N."), written without dots so they equal "US", "UN". */
const DOTTED_CAPITALS = /^(?:[A-Z]\.)+[A-Z]?\.?$/;
/** An English possessive ending. */
const POSSESSIVE = /['’]s?$/;
/** Capitalised words that start sentences but are not names. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and", "or", "if", "as",
  "this", "that", "these", "those", "there", "his", "her", "their", "its", "for", "of", "to", "by", "with",
  "after", "before", "when", "while", "some", "many", "most", "all", "one", "two", "mr", "mrs", "ms", "dr",
]);
/** Shortest consonant skeleton trusted as a name: two consonants collide too often by chance. */
const MIN_SKELETON = 3;
/** Korean words are tried as names from their first 2 syllables up to this many (particles follow). */
const MAX_NAME_SYLLABLES = 6;
/** Consecutive capitalised English words joined into one name ("Kim Jong-il" = 김정일), at most. */
const MAX_NAME_WORDS = 3;

/** Normalised form of a Latin word: lowercase without a possessive; dotted capitals and acronyms in capitals. */
export function normalizeLatinWord(word: string): string {
  const bare = word.replace(POSSESSIVE, "").replace(/\.$/, "");
  if (DOTTED_CAPITALS.test(word)) return word.replace(/\./g, "");
  if (/^[A-Z]{2,}$/.test(bare)) return bare;
  return bare.toLowerCase();
}

/** Number anchors; only the value is kept, since the two sides may classify the same number differently. */
function numberAnchors(mentions: readonly NumberMention[]): Anchor[] {
  return mentions.filter((m) => Number.isFinite(m.value)).map((m) => ({ key: `n:${+m.value.toPrecision(9)}`, kind: "number" }));
}

/** Latin-word anchors: every word, lowercase except acronyms, so "IBM" in Korean meets "IBM" in English. */
function latinAnchors(words: readonly string[]): Anchor[] {
  return words.filter((w) => w.length > 1).map((w) => ({ key: `w:${w.toLowerCase()}`, kind: "latin" }));
}

/** Lexicon anchors from lexicon row numbers. */
function termAnchors(rows: readonly number[]): Anchor[] {
  return rows.map((row) => ({ key: `t:${row}`, kind: "term" }));
}

/** Name anchors from consonant skeletons long enough to trust, all in one group when `group` is given. */
function nameAnchors(skeletons: Iterable<string>, group?: number): Anchor[] {
  const unique = new Set([...skeletons].filter((s) => s.length >= MIN_SKELETON));
  return [...unique].map((s) => (group === undefined ? { key: `p:${s}`, kind: "name" } : { key: `p:${s}`, kind: "name", group }));
}

/** Skeletons of every prefix of a Hangul word from 2 syllables on: the name is followed by a particle. */
function koreanNameSkeletons(word: string): string[] {
  const out: string[] = [];
  const hangul = word.replace(/[^\uAC00-\uD7A3]/g, "");
  for (let length = 2; length <= Math.min(hangul.length, MAX_NAME_SYLLABLES); length++) {
    out.push(hangulSkeleton(hangul.slice(0, length)));
  }
  return out;
}

/** Anchors of a Korean paragraph. */
export function findKoreanAnchors(text: string): Anchor[] {
  const koreanWords = text.match(KOREAN_WORD) ?? [];
  const latinWords = (text.match(LATIN_WORD) ?? []).map(normalizeLatinWord);
  return [
    ...numberAnchors(findKoreanNumbers(text)),
    ...latinAnchors([...latinWords, ...glossPinyin(text)]),
    ...termAnchors(koreanWords.flatMap(findKoreanTerms)),
    ...koreanWords.flatMap((word, index) => nameAnchors(koreanNameSkeletons(word), index)),
  ];
}

/** Skeletons of capitalised English words and of runs of up to MAX_NAME_WORDS of them joined. */
function englishNameSkeletons(rawWords: readonly string[]): string[] {
  const out: string[] = [];
  for (let start = 0; start < rawWords.length; start++) {
    let joined = "";
    for (let end = start; end < Math.min(rawWords.length, start + MAX_NAME_WORDS); end++) {
      const word = rawWords[end] ?? "";
      if (!/^[A-Z]/.test(word) || NOT_NAMES.has(word.toLowerCase())) break;
      joined += word;
      out.push(...latinSkeletons(joined));
    }
  }
  return out;
}

/** Anchors of an English paragraph. Most are kept only if the Korean side of the document has them too. */
export function findEnglishAnchors(text: string): Anchor[] {
  const rawWords = text.match(LATIN_WORD) ?? [];
  const words = rawWords.map(normalizeLatinWord);
  return [
    ...numberAnchors(findEnglishNumbers(text)),
    ...latinAnchors(words),
    ...termAnchors(findEnglishTerms(words)),
    ...nameAnchors(englishNameSkeletons(rawWords.map((w) => w.replace(POSSESSIVE, "")))),
  ];
}
