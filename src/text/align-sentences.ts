/**
 * Sentence and quotation counts per paragraph, used by the aligner as evidence: translators of news
 * mostly keep sentence boundaries (one Korean sentence becomes one English sentence) and keep every
 * quotation as a quotation. distinctTexts lists a side's distinct paragraph texts (each is read once);
 * sideCounts gathers the counts with the paragraph lengths for a whole side.
 */

/**
 * A Korean sentence end: a Hangul syllable then terminal punctuation (평서형 "…다." / "…요." / "…까?"),
 * then optional closing quotes or brackets, then space or the end. Requiring Hangul before the period
 * skips decimals (64.5), initials (조지 W. 부시) and Latin abbreviations quoted inside Korean text.
 */
const KO_SENTENCE_END = /[\uAC00-\uD7A3][.?!]+["'”’」』)\]]*(?=\s|$)/g;

/**
 * An English sentence end candidate: the word before it, the terminal punctuation, optional closing
 * quotes, then either white space followed by something that can start a sentence (capital, digit,
 * opening quote) or the end of the paragraph.
 */
const EN_SENTENCE_END = /([A-Za-z0-9.'’-]*)([.?!]+)["'”’)\]]*(?=\s+["'“‘([]*[A-Z0-9]|\s*$)/g;

/** Abbreviations that end in a period without ending the sentence ("Mr. Kim", "U.S. forces"). */
const EN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen", "rep", "gov", "prof", "jr", "sr", "inc", "corp",
  "co", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
  "u.s", "u.n", "u.k", "a.m", "p.m", "capt", "sgt", "maj", "adm", "rev", "ft", "mt", "messrs", "gens",
]);

/** A word-final period, dropped before looking the word up as an abbreviation. */
const FINAL_PERIOD = /\.$/;
/** A single letter ("George W. Bush") or dotted initials ("U.S", "e.g") before the period. */
const EN_INITIALS = /^(?:[a-z]|(?:[a-z]\.)+[a-z])$/;

/** Opening quotation marks; a straight double quote counts half, since it both opens and closes. */
const OPENING_QUOTES = /[“‘「『]/g;
/** Straight double quotes, counted in pairs. */
const STRAIGHT_QUOTES = /"/g;

/** Sentence ends in a Korean paragraph; 0 for a fragment (a title, a byline, a list of keywords). */
export function countKoreanSentenceEnds(text: string): number {
  return text.match(KO_SENTENCE_END)?.length ?? 0;
}

/** Number of sentences in a Korean paragraph (at least 1: a title or a fragment is one unit). */
export function countKoreanSentences(text: string): number {
  return Math.max(1, countKoreanSentenceEnds(text));
}

/** Number of sentences in an English paragraph (at least 1), skipping abbreviations and initials. */
export function countEnglishSentences(text: string): number {
  return Math.max(1, countEnglishSentenceEnds(text));
}

/** Sentence ends in an English paragraph (0 for a fragment), skipping abbreviations and initials. */
export function countEnglishSentenceEnds(text: string): number {
  let count = 0;
  for (const match of text.matchAll(EN_SENTENCE_END)) {
    const word = (match[1] ?? "").toLowerCase().replace(FINAL_PERIOD, "");
    const isAbbreviation = match[2] === "." && (EN_ABBREVIATIONS.has(word) || EN_INITIALS.test(word));
    if (!isAbbreviation) count++;
  }
  return count;
}

/**
 * Number of quotations in a paragraph of either language: opening curly quotes plus half the straight
 * double quotes. Closing curly single quotes are not counted because English uses ’ as an apostrophe.
 */
export function countQuotations(text: string): number {
  const curly = text.match(OPENING_QUOTES)?.length ?? 0;
  const straight = text.match(STRAIGHT_QUOTES)?.length ?? 0;
  return curly + Math.ceil(straight / 2);
}

/** Characters of a text that are not white space (what /\s/ matches). */
function nonSpaceLength(text: string): number {
  let spaces = 0;
  for (let k = 0; k < text.length; k++) if (isWhiteSpace(text.charCodeAt(k))) spaces++;
  return text.length - spaces;
}

/** Whether a UTF-16 code unit is white space as /\s/ defines it (ECMAScript WhiteSpace and LineTerminator). */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * A side's distinct texts in order of first occurrence, and per paragraph the index of its text: a
 * paragraph repeated word for word (a dateline, a boilerplate line) is read once, since everything the
 * aligner reads from a paragraph depends on its text alone.
 */
export interface DistinctTexts {
  readonly texts: readonly string[];
  readonly indexOf: Int32Array;
}

/** Indexes a side's paragraphs by distinct text. */
export function distinctTexts(paragraphs: readonly string[]): DistinctTexts {
  const index = new Map<string, number>();
  const texts: string[] = [];
  const indexOf = new Int32Array(paragraphs.length);
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? "";
    let k = index.get(text);
    if (k === undefined) {
      k = texts.length;
      index.set(text, k);
      texts.push(text);
    }
    indexOf[p] = k;
  }
  return { texts, indexOf };
}

/** fn of each paragraph's text, computed once per distinct text. */
function perParagraph(side: DistinctTexts, fn: (text: string) => number): Float64Array {
  const values = side.texts.map(fn);
  const out = new Float64Array(side.indexOf.length);
  for (let p = 0; p < out.length; p++) out[p] = values[side.indexOf[p] ?? 0] ?? 0;
  return out;
}

/** Counts of one side, per paragraph: non-space length, sentences (a fragment counts as one), fragments, quotations. */
export function sideCounts(side: DistinctTexts, countSentenceEnds: (text: string) => number) {
  const ends = Int32Array.from(perParagraph(side, countSentenceEnds));
  return {
    length: perParagraph(side, nonSpaceLength),
    sentences: ends.map((count) => Math.max(1, count)),
    fragments: ends.map((count) => (count === 0 ? 1 : 0)),
    quotes: Int32Array.from(perParagraph(side, countQuotations)),
  };
}
