/**
 * Sentence and quotation counts per paragraph, used by the aligner as evidence: translators of news
 * mostly keep sentence boundaries (one Korean sentence becomes one English sentence) and keep every
 * quotation as a quotation.
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
