/**
 * quote-balance: quotation marks that do not pair by order (“…‘, a “ never closed, a ” with no opener) on
 * either side, and straight and curly marks mixed on one side. Source texts have these errors too, so the
 * Korean side is checked as well. Pairing itself lives in src/analysis/quotes.ts; this rule calls it on
 * a whole side's paragraphs rather than reading ctx.analysis, whose facts are per segment, because a
 * quotation may be carried from one paragraph (and segment) into the next.
 */
import { analyzeQuotes, closingMarkFor, type QuoteAnalysis, type QuoteMark, type QuoteProblem } from "../src/analysis/quotes.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type Article, type RuleReport, type Segment, type Side, type Span } from "../src/types.js";

interface Options {
  /** Paragraph breaks a quotation may stay open over (not closed, not reopened) before it is reported. */
  maxOpenParagraphs: number;
  /** Do not report straight and curly quotation marks mixed on one side. */
  allowMixedStyle: boolean;
}
type MessageId = "mismatchedQuote" | "unclosedQuote" | "unopenedQuote" | "quoteRunsOn" | "mixedQuoteStyle";

/** One paragraph of a side: where its text sits in its segment. */
interface Paragraph {
  readonly segment: Segment;
  readonly offset: number;
  readonly text: string;
}

/** The paragraphs of one side in document order, from the pieces of each segment. */
function sideParagraphs(article: Article, side: Side): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const segment of article.pairs.map((pair) => pair[side])) {
    if (!segment) continue;
    for (const index of segment.paragraphs) {
      const pieces = segment.paragraphs.length === 1 ? segment.pieces : segment.pieces.filter((piece) => piece.paragraph === index);
      if (pieces.length === 0) continue;
      const start = Math.min(...pieces.map((piece) => piece.textStart));
      const end = Math.max(...pieces.map((piece) => piece.textStart + piece.length));
      paragraphs.push({ segment, offset: start, text: segment.text.slice(start, end) });
    }
  }
  return paragraphs;
}

/** Where a report goes: Korean problems are `source` spans, English ones `target` spans. */
function placed(side: Side, span: Span): Pick<RuleReport<MessageId>, "source" | "target"> {
  return side === "ko" ? { source: span } : { target: span };
}

function markSpan(paragraphs: readonly Paragraph[], mark: QuoteMark): Span {
  const paragraph = paragraphs[mark.paragraph]!;
  return spanOf(paragraph.segment, paragraph.offset + mark.start, paragraph.offset + mark.end);
}

/**
 * Whether a lone mark stands at its paragraph's edge: the first mark of the paragraph for a closer, the
 * last for an opener. There it may belong to a quotation that runs over paragraphs whose other mark was
 * lost or moved (sentence-per-line texts cut quotations this way), so the texts do not prove an error
 * and it is reported as a warning; a lone mark between other marks of its paragraph is an error.
 */
function isAtParagraphEdge(mark: QuoteMark, marks: readonly QuoteMark[]): boolean {
  const edge = paragraphEdges(marks).get(mark.paragraph);
  return mark.role === "close" ? edge?.first === mark : edge?.last === mark;
}

/** The first and last mark of each paragraph, found once per list of marks (a long text has thousands of lone marks). */
const EDGES = new WeakMap<readonly QuoteMark[], Map<number, { first: QuoteMark; last: QuoteMark }>>();

function paragraphEdges(marks: readonly QuoteMark[]): Map<number, { first: QuoteMark; last: QuoteMark }> {
  let edges = EDGES.get(marks);
  if (!edges) {
    edges = new Map();
    for (const m of marks) {
      const edge = edges.get(m.paragraph);
      if (edge) edge.last = m;
      else edges.set(m.paragraph, { first: m, last: m });
    }
    EDGES.set(marks, edges);
  }
  return edges;
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
function isAttributedAfter(open: QuoteMark, paragraphs: readonly Paragraph[], side: Side): boolean {
  const paragraph = paragraphs[open.paragraph];
  return paragraph !== undefined && ATTRIBUTION[side].test(paragraph.text.slice(open.end));
}

/** A letter, comma-free, right before an opening mark: the quotation starts inside a sentence ("called “…"). */
const PHRASE_OPENER_BEFORE = /\p{L}\s+$/u;

/**
 * Whether a quotation opens inside a sentence (after a word, as a quoted phrase does), not at its start or
 * after "said," as a quotation that runs on to the next paragraph does.
 */
function isPhraseOpener(open: QuoteMark, paragraphs: readonly Paragraph[]): boolean {
  const paragraph = paragraphs[open.paragraph];
  return paragraph !== undefined && PHRASE_OPENER_BEFORE.test(paragraph.text.slice(0, open.start));
}

function toReport(problem: QuoteProblem, paragraphs: readonly Paragraph[], side: Side, marks: readonly QuoteMark[]): RuleReport<MessageId> {
  const at = (mark: QuoteMark) => placed(side, markSpan(paragraphs, mark));
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
      const isProven = isAttributedAfter(problem.open, paragraphs, side) || isPhraseOpener(problem.open, paragraphs);
      const severity = isProven ? "warning" : "info";
      return { messageId: "quoteRunsOn", data: { open: problem.open.text }, expected: closingMarkFor(problem.open), severity, ...at(problem.open) };
    }
  }
}

/**
 * One warning per side when straight and curly marks of one kind are mixed, at the
 * first mark of the less used style. Kinds are compared apart: Korean news routinely sets emphasis and
 * titles in single marks ('…') and speech in double ones (“…”), which is a house style, not a mix.
 */
function mixedStyle(marks: readonly { mark: QuoteMark; span: Span }[], side: Side): RuleReport<MessageId>[] {
  const reports = MIXABLE_KINDS.flatMap((kind) => mixedStyleOfKind(marks.filter(({ mark }) => mark.kind === kind), side));
  return reports.slice(0, 1); // once per side: one style decision fixes both kinds
}

/** Quotation kinds whose straight and curly forms are compared for a mix. */
const MIXABLE_KINDS: readonly QuoteMark["kind"][] = ["double", "single"];

function mixedStyleOfKind(marks: readonly { mark: QuoteMark; span: Span }[], side: Side): RuleReport<MessageId>[] {
  const curly = marks.filter(({ mark }) => mark.style === "curly");
  const straight = marks.filter(({ mark }) => mark.style === "straight");
  if (curly.length === 0 || straight.length === 0) return [];
  const isCurlyFirst = marks.indexOf(curly[0]!) < marks.indexOf(straight[0]!);
  const isCurlyMinority = curly.length < straight.length || (curly.length === straight.length && !isCurlyFirst);
  const [minority, majority] = isCurlyMinority ? [curly, straight] : [straight, curly];
  const first = minority[0]!;
  return [{
    messageId: "mixedQuoteStyle", severity: "warning", actual: first.mark.text, ...placed(side, first.span),
    data: {
      mark: first.mark.text, minorityCount: minority.length, majorityCount: majority.length,
      minority: isCurlyMinority ? "curly" : "straight", majority: isCurlyMinority ? "straight" : "curly",
    },
  }];
}

/**
 * Quotations carried into the next paragraph (it reopens, by the multi-paragraph convention) although
 * their own paragraph attributes the speech after the opener: an attribution ends a quotation, so the
 * next paragraph's mark opens a new one and this one's closing mark is missing.
 */
function attributedCarries(analysis: QuoteAnalysis, paragraphs: readonly Paragraph[], side: Side): RuleReport<MessageId>[] {
  const reported = new Set(analysis.problems.map((p) => ("open" in p ? p.open : p.close)));
  return analysis.quotations
    .filter((q) => q.close === null && !reported.has(q.open) && isAttributedAfter(q.open, paragraphs, side))
    .map((q) => ({
      messageId: "quoteRunsOn" as const, data: { open: q.open.text }, expected: closingMarkFor(q.open), severity: "warning" as const,
      ...placed(side, markSpan(paragraphs, q.open)),
    }));
}

/** Checks one side: the title on its own (a headline never continues a quotation), then the body. */
function checkSide(article: Article, side: Side, options: Options): RuleReport<MessageId>[] {
  const paragraphs = sideParagraphs(article, side);
  const parts = [paragraphs.slice(0, 1), paragraphs.slice(1)];
  const analyses: [QuoteAnalysis, Paragraph[]][] = parts.map((part) => [analyzeQuotes(part.map((p) => p.text), side, options), part]);
  const reports = analyses.flatMap(([analysis, part]) => [
    ...analysis.problems.map((problem) => toReport(problem, part, side, analysis.marks)),
    ...attributedCarries(analysis, part, side),
  ]);
  const marks = analyses.flatMap(([analysis, part]) => analysis.marks.map((mark) => ({ mark, span: markSpan(part, mark) })));
  return options.allowMixedStyle ? reports : [...reports, ...mixedStyle(marks, side)];
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
