/** Small span helpers every rule needs. */
import type { Segment, Span } from "../types.js";

/** Characters an excerpt keeps before it is cut with an ellipsis. */
const EXCERPT_LENGTH = 40;

/** The span covering a whole segment's text, trimmed of white space at either end. */
export function segmentSpan(segment: Segment): Span {
  const start = segment.text.length - segment.text.trimStart().length;
  const end = segment.text.trimEnd().length;
  return { segment, start, end: Math.max(start, end) };
}

/** The span covering the first paragraph only of a (possibly merged) segment. */
export function firstParagraphSpan(segment: Segment): Span {
  const second = segment.pieces.find((p) => p.paragraph !== segment.index);
  const end = second ? segment.text.lastIndexOf("\n\n", second.textStart) : segment.text.length;
  return { segment, start: 0, end: Math.max(0, end) };
}

/** A span of segment text from start to end. */
export function spanOf(segment: Segment, start: number, end: number): Span {
  return { segment, start, end };
}

/** The first words of a text, cut at a word boundary with an ellipsis, for messages. */
export function excerpt(text: string, maxLength = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
