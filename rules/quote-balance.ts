/**
 * quote-balance: quotation marks that do not pair by order (“…‘, a “ never closed, a ” with no opener) on
 * either side, and straight and curly marks mixed on one side. Source texts have these errors too, so the
 * Korean side is checked as well. Pairing itself lives in src/analysis/quotes.ts; this rule calls it on
 * a whole side's paragraphs rather than reading ctx.analysis, whose facts are per segment, because a
 * quotation may be carried from one paragraph (and segment) into the next.
 */
import { analyzeQuotes, closingMarkFor, type QuoteAnalysis, type QuoteMark, type QuoteProblem } from "../src/analysis/quotes.js";
import { spanOf } from "../src/text/spans.js";
import { isAfterWordAndSpace } from "../src/text/words.js";
import { defineRule, type Article, type RuleReport, type Segment, type Side, type Span } from "../src/types.js";

interface Options {
  /** Paragraph breaks a quotation may stay open over (not closed, not reopened) before it is reported. */
  maxOpenParagraphs: number;
  /** Do not report straight and curly quotation marks mixed on one side. */
  allowMixedStyle: boolean;
}
type MessageId = "mismatchedQuote" | "unclosedQuote" | "unopenedQuote" | "quoteRunsOn" | "mixedQuoteStyle";

/**
 * Paragraphs of one side in document order: the text of each, its segment and where the text starts in
 * that segment. Parallel lists, not an object per paragraph: a long document has 100,000 paragraphs a
 * side, and they live through the whole check, long enough to be promoted out of the young generation.
 */
interface Part {
  readonly texts: string[];
  readonly segments: Segment[];
  readonly offsets: number[];
}

/** Adds the paragraph `paragraph` of `segment` (null: its only one) to the first part while it is empty, else to the second. */
function addParagraph(parts: readonly [Part, Part], segment: Segment, paragraph: number | null): void {
  let start = Infinity;
  let end = -Infinity;
  for (const piece of segment.pieces) {
    if (paragraph !== null && piece.paragraph !== paragraph) continue;
    start = Math.min(start, piece.textStart);
    end = Math.max(end, piece.textStart + piece.length);
  }
  if (start > end) return; // no piece
  const part = parts[0].texts.length === 0 ? parts[0] : parts[1];
  part.texts.push(start === 0 && end === segment.text.length ? segment.text : segment.text.slice(start, end));
  part.segments.push(segment);
  part.offsets.push(start);
}

/** One side's paragraphs from the pieces of each segment: the first (the title) apart from the rest (the body). */
function sideParts(article: Article, side: Side): [Part, Part] {
  const parts: [Part, Part] = [{ texts: [], segments: [], offsets: [] }, { texts: [], segments: [], offsets: [] }];
  for (const pair of article.pairs) {
    const segment = pair[side];
    if (!segment) continue;
    if (segment.paragraphs.length === 1) addParagraph(parts, segment, null);
    else for (const index of segment.paragraphs) addParagraph(parts, segment, index);
  }
  return parts;
}

/** Where a report goes: Korean problems are `source` spans, English ones `target` spans. */
function placed(side: Side, span: Span): Pick<RuleReport<MessageId>, "source" | "target"> {
  return side === "ko" ? { source: span } : { target: span };
}

function markSpan(part: Part, mark: QuoteMark): Span {
  const offset = part.offsets[mark.paragraph]!;
  return spanOf(part.segments[mark.paragraph]!, offset + mark.start, offset + mark.end);
}

/**
 * Whether a lone mark stands at its paragraph's edge: the first mark of the paragraph for a closer, the
 * last for an opener. There it may belong to a quotation that runs over paragraphs whose other mark was
 * lost or moved (sentence-per-line texts cut quotations this way), so the texts do not prove an error
 * and it is reported as a warning; a lone mark between other marks of its paragraph is an error.
 */
function isAtParagraphEdge(mark: QuoteMark, marks: readonly QuoteMark[]): boolean {
  return mark.role === "close" ? marks[firstMarkOf(marks, mark.paragraph)] === mark : marks[firstMarkOf(marks, mark.paragraph + 1) - 1] === mark;
}

/** The index of the first mark of `paragraph` or a later one in `marks` (in paragraph order, as analyzeQuotes gives them), by binary search. */
function firstMarkOf(marks: readonly QuoteMark[], paragraph: number): number {
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (marks[middle]!.paragraph < paragraph) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Single closing marks that are also the apostrophe: alone, with nothing open, more likely an apostrophe. */
const APOSTROPHE_LIKE = new Set(["’", "'"]);

/** A lone closer: a hint when it is also the apostrophe glyph, else as any lone mark. */
function unopenedSeverity(mark: QuoteMark, marks: readonly QuoteMark[]): Pick<RuleReport<MessageId>, "severity"> {
  return APOSTROPHE_LIKE.has(mark.text) ? { severity: "info" } : edgeSeverity(mark, marks);
}

function edgeSeverity(mark: QuoteMark, marks: readonly QuoteMark[]): Pick<RuleReport<MessageId>, "severity"> {
  return isAtParagraphEdge(mark, marks) ? { severity: "warning" } : {};
}

/** Speech attribution after a quotation: ", he said", ", told reporters", ", according to"; Korean "…고 말했다", "…며 밝혔다". */
const ATTRIBUTION: Record<Side, RegExp> = {
  en: /,\s+(?:[\w.'’-]+\s+){0,4}(?:said|says|say|told|tells|added|adds|asked|wrote|warned|stressed|noted|explained|reported|announced|insisted|according\s+to)\b/i,
  ko: /(?:고|라고|며|라며|면서)\s*(?:\S+\s+){0,3}(?:말했|밝혔|전했|강조했|덧붙였|주장했|설명했|지적했|말하|밝히)/,
};

/** Whether the paragraph attributes the speech after an opener: the quotation should have closed before it. */
function isAttributedAfter(open: QuoteMark, part: Part, side: Side): boolean {
  const text = part.texts[open.paragraph];
  return text !== undefined && ATTRIBUTION[side].test(text.slice(open.end));
}


/**
 * Whether a quotation opens inside a sentence (after a word, as a quoted phrase does), not at its start or
 * after "said," as a quotation that runs on to the next paragraph does.
 */
function isPhraseOpener(open: QuoteMark, part: Part): boolean {
  const text = part.texts[open.paragraph];
  return text !== undefined && isAfterWordAndSpace(text, open.start);
}

function toReport(problem: QuoteProblem, part: Part, side: Side, marks: readonly QuoteMark[]): RuleReport<MessageId> {
  const at = (mark: QuoteMark) => placed(side, markSpan(part, mark));
  switch (problem.type) {
    case "mismatched": {
      const { open, close } = problem;
      return { messageId: "mismatchedQuote", data: { open: open.text, close: close.text }, actual: close.text, expected: closingMarkFor(open), ...at(close) };
    }
    case "unopened":
      return { messageId: "unopenedQuote", data: { close: problem.close.text }, actual: problem.close.text, ...unopenedSeverity(problem.close, marks), ...at(problem.close) };
    case "unclosed":
      return { messageId: "unclosedQuote", data: { open: problem.open.text }, expected: closingMarkFor(problem.open), ...edgeSeverity(problem.open, marks), ...at(problem.open) };
    case "runsOn": {
      // News convention leaves a quotation open at a paragraph's end when the next one goes on quoting: a
      // hint only, unless the words after the opener attribute the speech, which ends any quotation, or the
      // quotation opens inside a sentence: a quoted phrase does not run on into the next paragraph.
      const isProven = isAttributedAfter(problem.open, part, side) || isPhraseOpener(problem.open, part);
      const severity = isProven ? "warning" : "info";
      return { messageId: "quoteRunsOn", data: { open: problem.open.text }, expected: closingMarkFor(problem.open), severity, ...at(problem.open) };
    }
  }
}

/** A side's marks with the part each was found in: the title's, then the body's. */
type SideMarks = readonly { readonly part: Part; readonly marks: readonly QuoteMark[] }[];

/**
 * One warning per side when straight and curly marks of one kind are mixed, at the
 * first mark of the less used style. Kinds are compared apart: Korean news routinely sets emphasis and
 * titles in single marks ('…') and speech in double ones (“…”), which is a house style, not a mix.
 */
function mixedStyle(sideMarks: SideMarks, side: Side): RuleReport<MessageId>[] {
  for (const kind of MIXABLE_KINDS) {
    const report = mixedStyleOfKind(sideMarks, kind, side);
    if (report) return [report]; // once per side: one style decision fixes both kinds
  }
  return [];
}

/** Quotation kinds whose straight and curly forms are compared for a mix. */
const MIXABLE_KINDS: readonly QuoteMark["kind"][] = ["double", "single"];

/** The first mark of one style and how many there are (counted, not collected: a long side has 100,000 marks). */
interface StyleCount { count: number; first: { readonly mark: QuoteMark; readonly part: Part } | null }

function mixedStyleOfKind(sideMarks: SideMarks, kind: QuoteMark["kind"], side: Side): RuleReport<MessageId> | null {
  const curly: StyleCount = { count: 0, first: null };
  const straight: StyleCount = { count: 0, first: null };
  let isCurlyFirst = false;
  for (const { part, marks } of sideMarks) {
    for (const mark of marks) {
      if (mark.kind !== kind) continue;
      const style = mark.style === "curly" ? curly : mark.style === "straight" ? straight : null;
      if (!style) continue;
      if (!curly.first && !straight.first) isCurlyFirst = style === curly;
      style.first ??= { mark, part };
      style.count += 1;
    }
  }
  if (curly.count === 0 || straight.count === 0) return null;
  const isCurlyMinority = curly.count < straight.count || (curly.count === straight.count && !isCurlyFirst);
  const [minority, majority] = isCurlyMinority ? [curly, straight] : [straight, curly];
  const { mark, part } = minority.first!;
  return {
    messageId: "mixedQuoteStyle", severity: "warning", actual: mark.text, ...placed(side, markSpan(part, mark)),
    data: {
      mark: mark.text, minorityCount: minority.count, majorityCount: majority.count,
      minority: isCurlyMinority ? "curly" : "straight", majority: isCurlyMinority ? "straight" : "curly",
    },
  };
}

/**
 * Quotations carried into the next paragraph (it reopens, by the multi-paragraph convention) although
 * their own paragraph attributes the speech after the opener: an attribution ends a quotation, so the
 * next paragraph's mark opens a new one and this one's closing mark is missing.
 */
function attributedCarries(analysis: QuoteAnalysis, part: Part, side: Side): RuleReport<MessageId>[] {
  const reported = new Set(analysis.problems.map((p) => ("open" in p ? p.open : p.close)));
  return analysis.quotations
    .filter((q) => q.close === null && !reported.has(q.open) && isAttributedAfter(q.open, part, side))
    .map((q) => ({
      messageId: "quoteRunsOn" as const, data: { open: q.open.text }, expected: closingMarkFor(q.open), severity: "warning" as const,
      ...placed(side, markSpan(part, q.open)),
    }));
}

/** Checks one side: the title on its own (a headline never continues a quotation), then the body. */
function checkSide(article: Article, side: Side, options: Options): RuleReport<MessageId>[] {
  const sideMarks: { part: Part; marks: readonly QuoteMark[] }[] = [];
  const reports: RuleReport<MessageId>[] = [];
  for (const part of sideParts(article, side)) {
    const analysis = analyzeQuotes(part.texts, side, options);
    for (const problem of analysis.problems) reports.push(toReport(problem, part, side, analysis.marks));
    for (const report of attributedCarries(analysis, part, side)) reports.push(report);
    sideMarks.push({ part, marks: analysis.marks });
  }
  return options.allowMixedStyle ? reports : [...reports, ...mixedStyle(sideMarks, side)];
}

export default defineRule({
  meta: {
    id: "quote-balance",
    description: "Quotation marks must pair up in order on both sides",
    category: "fluency/punctuation",
    defaultSeverity: "error",
    messages: {
      mismatchedQuote: 'Quotation opened with "{{open}}" is closed with "{{close}}"',
      unclosedQuote: 'Quotation opened with "{{open}}" is never closed',
      unopenedQuote: 'Closing "{{close}}" has no opening mark',
      quoteRunsOn: 'Quotation opened with "{{open}}" runs past the end of its paragraph without being closed or reopened',
      mixedQuoteStyle: 'Straight and curly quotation marks are mixed: {{minorityCount}} {{minority}} against {{majorityCount}} {{majority}}, first "{{mark}}"',
    },
  },
  defaultOptions: { maxOpenParagraphs: 5, allowMixedStyle: false },
  check: ({ article, options }) => [...checkSide(article, "ko", options), ...checkSide(article, "en", options)],
});
