/**
 * Anchors: things in a paragraph that survive translation and so tell which Korean paragraph an English
 * one translates. Numbers keep their value (1,000 = 1000; 3만 = 30000 once numbers.ts parses units),
 * Latin-script words inside Korean (IBM, ASCI White) reappear in the English, common news words match
 * through a small hand-written lexicon (경찰 = police), foreign names written in Hangul match their Latin
 * spelling through a consonant skeleton (깁슨 = Gibson), and Hanja glosses of Chinese names match their
 * pinyin (王毅 = Wang Yi). E-mail addresses and web addresses are copied character for character, so
 * they are one anchor each ("verbatim"), not a run of Latin words. Each anchor is a key; a Korean and an
 * English anchor match when keys are equal.
 */
import { findEnglishTerms, findKoreanTerms } from "./align-terms.js";
import { hangulPrefixSkeletons, latinSkeletons } from "./align-translit.js";
import { findEnglishNumbers, findKoreanNumbers, type NumberMention } from "./numbers.js";
import { glossPinyin } from "./align-hanja.js";

/** What kind of evidence an anchor is; the aligner weighs kinds differently. */
export type AnchorKind = "number" | "smallNumber" | "latin" | "term" | "name" | "verbatim";

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

/** An e-mail address or a web address (scheme or www. prefix), up to white space, brackets or quotes. */
const VERBATIM = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|(?:https?:\/\/|www\.)[^\s<>()[\]"'“”‘’]+/g;
/** What every address has: a cheap test that spares most paragraphs the address pattern. */
const ADDRESS_HINT = /@|https?:\/\/|www\./;
/** Punctuation that ends a sentence after an address rather than belonging to it. */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
/** A Latin-script word, with inner dots, apostrophes and hyphens ("U.S.", "Jong-il", "O'Neil"). */
const LATIN_WORD = /[A-Za-z](?:[A-Za-z0-9]|[.'’-](?=[A-Za-z0-9]))*\.?/g;
/** A run of Hangul syllables and Hanja: one Korean word without its spaces. */
const KOREAN_WORD = /[\uAC00-\uD7A3\u4E00-\u9FFF\uF900-\uFAFF]+/g;
/** Dotted capitals ("U.S.", "U.N."), written without dots so they equal "US", "UN". */
const DOTTED_CAPITALS = /^(?:[A-Z]\.)+[A-Z]?\.?$/;
/** An English possessive ending. */
const POSSESSIVE = /['’]s?$/;
/** A word-final period (an abbreviation's or the sentence's). */
const FINAL_PERIOD = /\.$/;
/** Periods, removed from dotted capitals. */
const DOTS = /\./g;
/** An acronym: two or more capitals (IBM, NATO). */
const ACRONYM = /^[A-Z]{2,}$/;
/** A capitalised word, the only kind that can start an English name. */
const CAPITALISED = /^[A-Z]/;
/** Largest small number: a day of the month (and any count up to it). */
const MAX_SMALL_NUMBER = 31;
/** Significant digits of a number key: enough for any amount, few enough that 0.1 + 0.2 equals 0.3. */
const NUMBER_KEY_DIGITS = 9;
/** Capitalised words that start sentences but are not names. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and", "or", "if", "as",
  "this", "that", "these", "those", "there", "his", "her", "their", "its", "for", "of", "to", "by", "with",
  "after", "before", "when", "while", "some", "many", "most", "all", "one", "two", "mr", "mrs", "ms", "dr",
]);
/** Shortest consonant skeleton trusted as a name: two consonants collide too often by chance. */
const MIN_SKELETON = 3;
/** Korean words are tried as names from their first MIN_NAME_SYLLABLES up to MAX_NAME_SYLLABLES syllables (particles follow). */
const MIN_NAME_SYLLABLES = 2;
const MAX_NAME_SYLLABLES = 6;
/** Consecutive capitalised English words joined into one name ("Kim Jong-il" = 김정일), at most. */
const MAX_NAME_WORDS = 3;

/**
 * Word-level results memoised for one document: news repeats its words, so each distinct word is
 * analysed once. Create one per document (or let each call make its own); never share across documents
 * that must not see each other.
 */
export class AnchorMemo {
  /** Korean word -> its lexicon term keys and its name skeleton keys. */
  readonly koreanWords = new Map<string, { readonly terms: readonly string[]; readonly names: readonly string[] }>();
  /** Latin word as written -> normalised form and anchor key. */
  readonly latinWords = new Map<string, LatinWord>();
  /** Capitalised word or joined run -> name skeleton keys. */
  readonly englishNames = new Map<string, readonly string[]>();
}

/** Normalised form of a Latin word: lowercase without a possessive; dotted capitals and acronyms in capitals. */
export function normalizeLatinWord(word: string): string {
  const bare = word.replace(POSSESSIVE, "").replace(FINAL_PERIOD, "");
  if (DOTTED_CAPITALS.test(word)) return word.replace(DOTS, "");
  if (ACRONYM.test(bare)) return bare;
  return bare.toLowerCase();
}

/** A Latin word read once: its normalised form and its anchor key (null below two letters). */
interface LatinWord {
  readonly normalized: string;
  readonly key: string | null;
}

/** Reads a Latin word as written. */
function readLatinWord(word: string): LatinWord {
  const normalized = normalizeLatinWord(word);
  return { normalized, key: normalized.length > 1 ? `w:${normalized.toLowerCase()}` : null };
}

/** Latin-word anchors of read words, keeping only keys `isWanted` accepts. */
function latinAnchors(words: readonly LatinWord[], isWanted: (key: string) => boolean = () => true): Anchor[] {
  const out: Anchor[] = [];
  for (const { key } of words) if (key !== null && isWanted(key)) out.push({ key, kind: "latin" });
  return out;
}

/** Looks `key` up in `memo`, computing and storing it on a miss. */
function remember<V>(memo: Map<string, V>, key: string, compute: (key: string) => V): V {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  memo.set(key, value);
  return value;
}

/** Verbatim anchors (e-mail and web addresses) of a text, keyed in lower case without trailing punctuation. */
function verbatimAnchors(text: string): Anchor[] {
  if (!ADDRESS_HINT.test(text)) return [];
  return (text.match(VERBATIM) ?? []).map((address) => ({ key: `v:${address.replace(TRAILING_PUNCTUATION, "").toLowerCase()}`, kind: "verbatim" }));
}

/** The text with its e-mail and web addresses blanked, so their parts are not also read as words. */
function withoutAddresses(text: string): string {
  return ADDRESS_HINT.test(text) ? text.replace(VERBATIM, " ") : text;
}

/**
 * Number anchors; only the value is kept, since the two sides may classify the same number differently.
 * Whole numbers up to MAX_SMALL_NUMBER are "smallNumber": days of the month and small counts recur in
 * unrelated paragraphs, while 656조, 2.8% or 1931 almost never do.
 */
function numberAnchors(mentions: readonly NumberMention[]): Anchor[] {
  return mentions.filter((m) => Number.isFinite(m.value)).map((m) => ({
    key: `n:${+m.value.toPrecision(NUMBER_KEY_DIGITS)}`,
    kind: Number.isInteger(m.value) && Math.abs(m.value) <= MAX_SMALL_NUMBER ? "smallNumber" : "number",
  }));
}

/** Name keys from consonant skeletons long enough to trust, without repeats. */
function nameKeys(skeletons: readonly string[]): string[] {
  return [...new Set(skeletons.filter((s) => s.length >= MIN_SKELETON))].map((s) => `p:${s}`);
}

/** Lexicon term keys and name keys of one Korean word (names: every prefix from 2 syllables, as particles follow). */
function analyzeKoreanWord(word: string) {
  return {
    terms: findKoreanTerms(word).map((row) => `t:${row}`),
    names: nameKeys(hangulPrefixSkeletons(word, MIN_NAME_SYLLABLES, MAX_NAME_SYLLABLES)),
  };
}

/** The Korean words of a paragraph: runs of Hangul syllables and Hanja. */
export function findKoreanWords(text: string): string[] {
  return text.match(KOREAN_WORD) ?? [];
}

/** Term and name anchors of one Korean word; its name readings carry `group`. */
export function koreanWordAnchors(word: string, group: number, memo: AnchorMemo = new AnchorMemo()): Anchor[] {
  const { terms, names } = remember(memo.koreanWords, word, analyzeKoreanWord);
  return [...terms.map((key): Anchor => ({ key, kind: "term" })), ...names.map((key): Anchor => ({ key, kind: "name", group }))];
}

/** Number anchors of a Korean paragraph. */
export function findKoreanNumberAnchors(text: string): Anchor[] {
  return numberAnchors(findKoreanNumbers(withoutAddresses(text)));
}

/**
 * Latin-script anchors of a Korean paragraph: e-mail and web addresses, Latin-script words and the
 * pinyin of Hanja glosses.
 */
export function findKoreanLatinAnchors(text: string, memo: AnchorMemo = new AnchorMemo()): Anchor[] {
  const latinWords = (withoutAddresses(text).match(LATIN_WORD) ?? []).map((w) => remember(memo.latinWords, w, readLatinWord));
  return [...verbatimAnchors(text), ...latinAnchors([...latinWords, ...glossPinyin(text).map(readLatinWord)])];
}

/** Anchors of a Korean paragraph; the name readings of its k-th word have group k. */
export function findKoreanAnchors(text: string, memo: AnchorMemo = new AnchorMemo()): Anchor[] {
  return [
    ...findKoreanNumberAnchors(text),
    ...findKoreanLatinAnchors(text, memo),
    ...findKoreanWords(text).flatMap((word, group) => koreanWordAnchors(word, group, memo)),
  ];
}

/** Name keys of a capitalised English word or joined run of them. */
function englishNameKeys(joined: string): string[] {
  return nameKeys(latinSkeletons(joined));
}

/** Name anchors of capitalised English words and of runs of up to MAX_NAME_WORDS of them joined. */
function englishNameAnchors(rawWords: readonly string[], memo: AnchorMemo): Anchor[] {
  const out: Anchor[] = [];
  for (let start = 0; start < rawWords.length; start++) {
    let joined = "";
    for (let end = start; end < Math.min(rawWords.length, start + MAX_NAME_WORDS); end++) {
      const word = (rawWords[end] ?? "").replace(POSSESSIVE, "");
      if (!CAPITALISED.test(word) || NOT_NAMES.has(word.toLowerCase())) break;
      joined += word;
      for (const key of remember(memo.englishNames, joined, englishNameKeys)) out.push({ key, kind: "name" });
    }
  }
  return out;
}

/**
 * Anchors of an English paragraph. Every word could be a Latin word of the Korean; `koreanLatin`, when
 * given, lists the Latin-word keys the Korean has, and other words are skipped (it saves most of the work).
 */
export function findEnglishAnchors(text: string, memo: AnchorMemo = new AnchorMemo(), koreanLatin?: ReadonlySet<string>): Anchor[] {
  const rawWords = withoutAddresses(text).match(LATIN_WORD) ?? [];
  const words = rawWords.map((w) => remember(memo.latinWords, w, readLatinWord));
  return [
    ...numberAnchors(findEnglishNumbers(withoutAddresses(text))),
    ...verbatimAnchors(text),
    ...latinAnchors(words, koreanLatin ? (key) => koreanLatin.has(key) : undefined),
    ...findEnglishTerms(words.map((w) => w.normalized)).map((row): Anchor => ({ key: `t:${row}`, kind: "term" })),
    ...englishNameAnchors(rawWords, memo),
  ];
}
