/** Script facts about text that rules share: runs of Hangul, white space folded. */

/** A run of Hangul words (Hangul with inner spaces and the punctuation that binds them). */
export const HANGUL_RUN = /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uD7B0-\uD7FF]+(?:[ \t]+[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uD7B0-\uD7FF]+)*/g;

/** Spans [start, end) of every run of Hangul words in `text`. */
export function findHangulRuns(text: string): { start: number; end: number }[] {
  return [...text.matchAll(HANGUL_RUN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Text with runs of white space folded to one space and trimmed, for comparing paragraphs. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** True for the UTF-16 code unit of a Hangul syllable (가..힣): a Korean name does not start right after one. */
export const isHangulSyllableUnit = (unit: number): boolean => unit >= 0xac00 && unit <= 0xd7a3;

/** A character that is not white space (as foldWhitespace counts it). */
const VISIBLE = /\S/;

/** First character that is not white space (as \s counts it), or "" for none. */
function firstVisible(text: string): string {
  const at = text.search(VISIBLE);
  return at < 0 ? "" : text.charAt(at);
}

/** Same text up to white space; texts whose first visible characters differ are told apart without folding them. */
export function isSameUpToWhitespace(a: string, b: string): boolean {
  return firstVisible(a) === firstVisible(b) && foldWhitespace(a) === foldWhitespace(b);
}
