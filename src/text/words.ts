/**
 * Words of English and Korean text with their offsets, and the apostrophe facts that tell a word's
 * apostrophe (don't, Xi's, '90s) from a quotation mark. A Korean word is an eojeol, a stem with its
 * particles written between spaces (정부는, 말했다), unless punctuation splits it ("(EU)이" gives "EU", "이").
 */

/** A word of text: [start, end) in UTF-16 code units. */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A word: letters or digits, with inner apostrophes or hyphens (don't, so-so, Xi's). */
const WORD = /[\p{L}\p{N}]+(?:['’`´\u2010\u2011-][\p{L}\p{N}]+)*/gu;
/** WORD for hasEqualNeighbours and firstWords, which run it with exec: findWords' matchAll starts where WORD's lastIndex stands. */
const WORD_SCAN = new RegExp(WORD.source, WORD.flags);
/** A Latin letter or digit, the characters an English apostrophe stands between. */
const LATIN_ALNUM = /[A-Za-z0-9\u00C0-\u024F]/;
/** A letter or digit of any script. */
const ALNUM = /[\p{L}\p{N}]/u;
/** A capital letter at the start of a word. */
const INITIAL_CAPITAL = /^\p{Lu}/u;
/** A letter ending a text. */
const LETTER_AT_END = /\p{L}$/u;
/** Only digits, with group or decimal separators. */
const NUMBER_WORD = /^\p{N}+(?:[.,]\p{N}+)*$/u;
/** Characters that can serve as an apostrophe in English news copy. */
export const APOSTROPHES = "'’`´";
/** Words that begin with an apostrophe standing for dropped letters ('em, 'til, rock 'n' roll). */
const ELISIONS = /^(?:em|til|tis|twas|cause|bout|round|n)(?![\p{L}\p{N}])/iu;
/** Characters after an apostrophe enough to recognise the longest elision ('twas) and what follows it. */
const ELISION_WINDOW = 7;
/** An abbreviated year or decade after an apostrophe: '90s, ’07. */
const YEAR_ELISION = /^\d{2}(?:s\b|(?!\d))/;

/** Every word of `text` with its offsets. */
export function findWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The first `count` words of `text` that `isSkipped` does not reject: findWords' words, without finding the rest. */
export function firstWords(text: string, count: number, isSkipped: (word: string) => boolean): Word[] {
  const words: Word[] = [];
  WORD_SCAN.lastIndex = 0;
  for (let m = WORD_SCAN.exec(text); m && words.length < count; m = WORD_SCAN.exec(text)) {
    if (!isSkipped(m[0])) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  WORD_SCAN.lastIndex = 0;
  return words;
}

/**
 * True when some word equals the word before it, ignoring case and whatever stands between them: a cheap
 * test (no word objects) that a text may hold a doubled word. Only İ changes length when lower-cased, and what
 * it becomes (i + a combining dot) cannot be part of a word, so words of different lengths never match.
 */
export function hasEqualNeighbours(text: string): boolean {
  let previous = "";
  WORD_SCAN.lastIndex = 0;
  for (let m = WORD_SCAN.exec(text); m; m = WORD_SCAN.exec(text)) {
    const word = m[0];
    if (word.length === previous.length && (word === previous || word.toLowerCase() === previous.toLowerCase())) {
      WORD_SCAN.lastIndex = 0;
      return true;
    }
    previous = word;
  }
  return false;
}

/** True for a letter or digit of any script. */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ALNUM.test(ch);
}

/** True for a Latin letter or digit. */
export function isLatinWordChar(ch: string | undefined): boolean {
  return ch !== undefined && LATIN_ALNUM.test(ch);
}

/** True when a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  // an ASCII first letter (most words) is told without the regex
  const first = word.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true; // A-Z
  if (first >= 0x61 && first <= 0x7a) return false; // a-z
  return INITIAL_CAPITAL.test(word);
}

/** True when a word is a number (10, 3.5, 1,000). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORD.test(word);
}

/** True when the apostrophe-like character at `index` joins two Latin letters or digits (don't, Xi's, 1990's). */
export function isInnerApostrophe(text: string, index: number): boolean {
  return APOSTROPHES.includes(text[index] ?? "") && isLatinWordChar(text[index - 1]) && isLatinWordChar(text[index + 1]);
}

/** True when the character at `index` opens a word with dropped letters ('90s, 'em, rock 'n' roll). */
export function isLeadingElision(text: string, index: number): boolean {
  if (!APOSTROPHES.includes(text[index] ?? "") || isWordChar(text[index - 1])) return false;
  const rest = text.slice(index + 1, index + 1 + ELISION_WINDOW);
  return YEAR_ELISION.test(rest) || ELISIONS.test(rest);
}

/** True when the character at `index` ends "rock 'n' roll" style elisions: the closing apostrophe of 'n'. */
export function isTrailingElision(text: string, index: number): boolean {
  return (text[index - 1] === "n" || text[index - 1] === "N") && isLeadingElision(text, index - 2) && !isWordChar(text[index + 1]);
}

/** A white-space character. */
const WHITE_SPACE = /\s/;
/** Marks that end a sentence, and quotation marks that may close it after them. */
const SENTENCE_MARKS = ".!?";
const CLOSING_QUOTES = "\"'”’";

/**
 * True when `at` opens the text or follows a sentence end and white space (what /(?:^|[.!?]["'”’]?\s+)$/
 * tests of the text before it), read backwards from `at` instead of matching the whole text before it.
 */
export function isAfterSentenceEnd(text: string, at: number): boolean {
  if (at === 0) return true;
  let i = at - 1;
  while (i >= 0 && WHITE_SPACE.test(text[i]!)) i--;
  if (i === at - 1 || i < 0) return false;
  if (SENTENCE_MARKS.includes(text[i]!)) return true;
  return CLOSING_QUOTES.includes(text[i]!) && i > 0 && SENTENCE_MARKS.includes(text[i - 1]!);
}

/**
 * True when white space stands right before `at` and a letter right before that: a phrase follows a word
 * (called "..."), read backwards from `at` (a regex anchored at $ would try every start).
 */
export function isAfterWordAndSpace(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && WHITE_SPACE.test(text[end - 1]!)) end -= 1;
  if (end === at || end === 0) return false;
  return LETTER_AT_END.test(text.slice(Math.max(0, end - 2), end)); // two code units hold any letter (a surrogate pair)
}
