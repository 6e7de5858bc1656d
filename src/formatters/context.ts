/**
 * The sentence around a finding's words, for terminal formatters: a small sentence splitter for Korean
 * and English news text, and an excerpt of that sentence trimmed around the words with "…".
 */
import { displayWidth } from "./width.js";

/** A half-open [start, end) range of UTF-16 offsets in a paragraph's text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The words with the rest of their sentence on each side; before/after start or end with "…" when cut. */
export interface Excerpt {
  readonly before: string;
  readonly words: string;
  readonly after: string;
}

/** Sentence-final marks: full stop, question and exclamation marks (ASCII and full-width), the ellipsis. */
const TERMINAL = /[.?!。？！…]/;
/** Closing quotes and brackets that belong to the sentence they end ("…했다.” 그는", "…said.) Then"). */
const CLOSERS = /["'”’」』)\]»]/;
/** Whitespace between sentences. */
const SPACE = /\s/;
/** A Hangul syllable: "다." directly followed by one starts a new sentence even without a space. */
const HANGUL = /[\uac00-\ud7a3]/;
/** A lower-case Latin letter: a mark followed by one ends no sentence ("approx. the", '"Why?" he asked'). */
const LOWER_LATIN = /[a-z]/;
/** Initials and dotted initialisms before a full stop: "F", "U.S", "U.N", "p.m". */
const INITIALISM = /^(?:[A-Za-z]\.)*[A-Za-z]$/;
/** Leading quotes and brackets stripped from the token before a full stop. */
const OPENERS = /^["'“‘([«「『]+/;
/** Abbreviations (lower case, no final stop) whose full stop does not end a sentence: titles, months, company forms. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "sen", "rep", "gov", "pres",
  "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "approx", "dept", "est", "fig",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** True when the full stop at `dot` closes an abbreviation or initial rather than a sentence. */
function isAbbreviationStop(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && !SPACE.test(text[from - 1] ?? " ")) from -= 1;
  const token = text.slice(from, dot).replace(OPENERS, "");
  return token.length > 0 && (ABBREVIATIONS.has(token.toLowerCase()) || INITIALISM.test(token));
}

/** Where the sentence whose final mark is at `at` ends (after its closers), or -1 when it is no sentence end. */
function sentenceEndAt(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && TERMINAL.test(text[end] ?? "")) end += 1;
  while (end < text.length && CLOSERS.test(text[end] ?? "")) end += 1;
  if (end >= text.length) return text.length;
  const next = text[end] ?? "";
  if (!SPACE.test(next)) {
    // Korean "…했다.그러나": a full stop after a syllable and right before one (no closers) still ends it.
    const isKoreanJoin = text[at] === "." && end === at + 1 && HANGUL.test(text[at - 1] ?? "") && HANGUL.test(next);
    return isKoreanJoin ? end : -1;
  }
  if (text[at] === "." && isAbbreviationStop(text, at)) return -1;
  const following = text.slice(end).trimStart()[0] ?? "";
  return LOWER_LATIN.test(following) ? -1 : end; // '"No!" she said.' is one sentence
}

/**
 * Splits a paragraph into sentences: at ., ?, ! (and their full-width forms) and "…", keeping closing quotes
 * with the sentence, but not inside decimals ("3.5"), initialisms ("U.S."), titles ("Mr.") or before a
 * lower-case word. Ranges cover the text without its surrounding whitespace.
 */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!TERMINAL.test(text[i] ?? "")) continue;
    const end = sentenceEndAt(text, i);
    if (end < 0) continue;
    ranges.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges.map((r) => trimRange(text, r)).filter((r) => r.end > r.start);
}

function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && SPACE.test(text[start] ?? "")) start += 1;
  while (end > start && SPACE.test(text[end - 1] ?? "")) end -= 1;
  return { start, end };
}

/** The sentence (or run of sentences) of `text` that holds [start, end). */
export function sentenceAround(text: string, start: number, end: number): TextRange {
  const sentences = splitSentences(text);
  const first = sentences.find((s) => s.end > start) ?? sentences[sentences.length - 1];
  const last = [...sentences].reverse().find((s) => s.start < Math.max(end, start + 1)) ?? first;
  if (!first || !last) return { start, end };
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}

/** The last `width` columns of `text`, cut at a space when one is near, led by "…" when cut. */
function keepEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let kept = "";
  while (chars.length > 0 && displayWidth(chars[chars.length - 1] + kept) <= width - 1) kept = chars.pop() + kept;
  const space = kept.indexOf(" ");
  const atWord = space >= 0 && space < kept.length / 2 ? kept.slice(space + 1) : kept;
  return `…${atWord}`;
}

/** The first `width` columns of `text`, cut at a space when one is near, followed by "…" when cut. */
function keepStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let kept = "";
  while (chars.length > 0 && displayWidth(kept + chars[0]) <= width - 1) kept += chars.shift();
  const space = kept.lastIndexOf(" ");
  const atWord = space > kept.length / 2 ? kept.slice(0, space) : kept;
  return `${atWord}…`;
}

/**
 * The sentence around [start, end) of `text`, split into the words and what comes before and after,
 * with the two sides trimmed (the side with less text keeps all of it) so the whole fits `maxWidth` columns
 * when the words themselves do.
 */
export function excerptAround(text: string, start: number, end: number, maxWidth: number): Excerpt {
  const sentence = sentenceAround(text, start, end);
  const before = text.slice(sentence.start, start).replace(/\s+/g, " ").trimStart();
  const words = text.slice(start, end);
  const after = text.slice(end, sentence.end).replace(/\s+/g, " ").trimEnd();
  const room = Math.max(0, maxWidth - displayWidth(words));
  const beforeWidth = displayWidth(before);
  const afterWidth = displayWidth(after);
  const half = Math.floor(room / 2);
  const beforeRoom = afterWidth < half ? room - afterWidth : Math.max(half, room - afterWidth);
  const afterRoom = room - Math.min(beforeWidth, beforeRoom);
  return { before: keepEnd(before, beforeRoom), words, after: keepStart(after, afterRoom) };
}
