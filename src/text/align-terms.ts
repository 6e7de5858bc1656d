/**
 * Finds the rows of the aligner's lexicon (align-lexicon.ts) that a Korean word or a run of English
 * words mentions: Korean forms as substrings of the word, longest first (particles attach to nouns:
 * 경찰은, 경찰이), English forms as whole words or phrases, longest first, each word optionally with a
 * plural s.
 */
import { ALIGN_LEXICON } from "./align-lexicon.js";

/** A form of one side and the lexicon rows it belongs to. */
interface Form {
  readonly text: string;
  /** English forms split into words. */
  readonly words: readonly string[];
  readonly rows: readonly number[];
}

/** Forms of one side (0 = Korean, 1 = English), each once, with all the rows that list it. */
function collectForms(side: 0 | 1): Form[] {
  const rows = new Map<string, number[]>();
  ALIGN_LEXICON.forEach((row, index) => {
    for (const form of row[side].split("|")) rows.set(form, [...(rows.get(form) ?? []), index]);
  });
  return [...rows].map(([text, list]) => ({ text, words: text.split(" "), rows: list }));
}

/** Forms indexed by their first character (Korean) or first word (English), longest first. */
function indexBy(forms: readonly Form[], keyOf: (form: Form) => string): ReadonlyMap<string, readonly Form[]> {
  const index = new Map<string, Form[]>();
  for (const form of forms) index.set(keyOf(form), [...(index.get(keyOf(form)) ?? []), form]);
  for (const list of index.values()) list.sort((x, y) => y.text.length - x.text.length || (x.text < y.text ? -1 : 1));
  return index;
}

/** Korean forms by first character. */
const KO_BY_FIRST_CHAR = indexBy(collectForms(0), (form) => form.text[0] ?? "");
/** English forms (lowercase, or capitals for acronyms) by first word. */
const EN_BY_FIRST_WORD = indexBy(collectForms(1), (form) => form.words[0] ?? "");
/** A Hangul syllable: one-syllable Hangul forms would match inside unrelated words, so only Hanja may be that short. */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;

/** Longest Korean form starting at `start` of `word`. */
function longestKoreanForm(word: string, start: number): Form | undefined {
  const candidates = KO_BY_FIRST_CHAR.get(word[start] ?? "") ?? [];
  return candidates.find((form) => word.startsWith(form.text, start) && (form.text.length > 1 || !HANGUL_SYLLABLE.test(form.text)));
}

/** Lexicon rows mentioned in a Korean word (Hangul or Hanja, no spaces), scanning left to right. */
export function findKoreanTerms(word: string): number[] {
  const found: number[] = [];
  for (let start = 0; start < word.length; ) {
    const form = longestKoreanForm(word, start);
    if (form) found.push(...form.rows);
    start += form ? form.text.length : 1;
  }
  return found;
}

/** Whether the English form matches the words from `start`; any word may carry a plural s. */
function matchesAt(form: Form, words: readonly string[], start: number): boolean {
  const wants = form.words;
  for (let k = 0; k < wants.length; k++) {
    const word = words[start + k], want = wants[k]!;
    // word === want or word === want + "s", without building the plural (this runs for every word of a long document)
    if (word !== want && !(word !== undefined && word.length === want.length + 1 && word.endsWith("s") && word.startsWith(want))) return false;
  }
  return true;
}

/** The first form of `key`'s list that matches the words from `start`. */
function firstMatch(key: string, words: readonly string[], start: number): Form | undefined {
  const forms = EN_BY_FIRST_WORD.get(key);
  if (forms) for (const form of forms) if (matchesAt(form, words, start)) return form;
  return undefined;
}

/** Longest English form at `start`, looked up by the word and by the word without a plural s. */
function longestEnglishForm(words: readonly string[], start: number): Form | undefined {
  const word = words[start] ?? "";
  const best = firstMatch(word, words, start);
  if (!word.endsWith("s")) return best;
  const singular = firstMatch(word.slice(0, -1), words, start);
  return singular && (!best || singular.words.length > best.words.length) ? singular : best;
}

/**
 * Lexicon rows mentioned in a list of normalised English words (lowercase, acronyms in capitals),
 * longest phrase first, so "north korea" is not also "korea".
 */
export function findEnglishTerms(words: readonly string[]): number[] {
  const found: number[] = [];
  for (let start = 0; start < words.length; ) {
    const form = longestEnglishForm(words, start);
    if (form) found.push(...form.rows);
    start += form ? form.words.length : 1;
  }
  return found;
}
