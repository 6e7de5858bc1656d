/**
 * The engine: enabled rules x Article -> Finding[]. It validates every report (spans in bounds,
 * known messageId, filled placeholders, suggestions only from rules that declare them), resolves spans
 * to file locations, sorts and de-duplicates. A rule that breaks a guarantee or throws is a RuleError.
 */
import { createAnalysis, type ArticleAnalysis } from "./analysis/index.js";
import type { DocumentSide } from "./document.js";
import { toLineColumn } from "./paragraphs.js";
import { compareFindings } from "./suppressions.js";
import type {
  Article, Finding, Glossary, Location, Rule, RuleContext, RuleReport, Severity, Span,
} from "./types.js";

/** A rule as configured for a run: its effective severity and validated options. */
export interface ConfiguredRule {
  readonly rule: Rule<object, string>;
  readonly severity: Severity;
  readonly options: object;
}

/** A rule crashed or broke an engine guarantee. */
export class RuleError extends Error {
  constructor(readonly ruleId: string, problem: string) {
    super(`rule ${ruleId}: ${problem}`);
  }
}

export interface EngineInput {
  readonly article: Article;
  readonly ko: DocumentSide;
  readonly en: DocumentSide;
  readonly glossary: Glossary;
  readonly detectLanguage: (text: string) => string;
}

/** Severities from most to least severe; a report may lower its rule's severity, never raise it. */
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** A {{placeholder}} in a message template. */
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Maps a segment-relative offset to a file offset through the segment's pieces. */
function fileOffsetOf(span: Span, offset: number, isEnd: boolean): { offset: number; paragraph: number } {
  const pieces = span.segment.pieces;
  const probe = isEnd && offset > span.start ? offset - 1 : offset;
  let chosen = pieces[0];
  let next: (typeof pieces)[number] | undefined;
  for (const piece of pieces) {
    if (piece.textStart > probe) {
      next = piece;
      break;
    }
    chosen = piece;
  }
  if (!chosen) return { offset: span.segment.fileOffset + offset, paragraph: span.segment.index };
  // An end where the next piece starts with no gap in the text (after a normalised cluster such as NFD
  // Hangul, or a dropped zero-width character) is where that piece starts in the file.
  const isFlush = isEnd && next !== undefined && next.paragraph === chosen.paragraph && next.textStart === offset && chosen.textStart + chosen.length === offset;
  if (isFlush) return { offset: next!.fileOffset, paragraph: chosen.paragraph };
  const inside = Math.min(offset - chosen.textStart, chosen.length);
  return { offset: chosen.fileOffset + Math.max(0, inside), paragraph: chosen.paragraph };
}

/**
 * The span as offsets in its first paragraph's own text (a merged bead joins several paragraphs, so
 * segment offsets are shifted by the paragraphs before); a span that runs past that paragraph is cut at its end.
 */
function paragraphOffsets(span: Span, paragraph: number): { start: number; end: number } {
  const pieces = span.segment.pieces.filter((p) => p.paragraph === paragraph);
  const first = pieces[0];
  if (!first) return { start: span.start, end: span.end };
  const last = pieces[pieces.length - 1] ?? first;
  const length = last.textStart + last.length - first.textStart;
  const start = Math.max(0, span.start - first.textStart);
  return { start, end: Math.min(length, Math.max(start, span.end - first.textStart)) };
}

/** Resolves a span to its 1-based line and column in the input file. */
export function resolveSpan(span: Span, side: DocumentSide): Location {
  const start = fileOffsetOf(span, span.start, false);
  const end = fileOffsetOf(span, span.end, true);
  const from = toLineColumn(side.lineStarts, start.offset);
  const to = toLineColumn(side.lineStarts, end.offset);
  const unit = side.units?.[start.paragraph];
  const inParagraph = paragraphOffsets(span, start.paragraph);
  return {
    file: side.path, paragraph: start.paragraph, line: from.line, column: from.column,
    endLine: to.line, endColumn: to.column, text: span.segment.text.slice(span.start, span.end),
    start: inParagraph.start, end: inParagraph.end,
    ...(unit === undefined ? {} : { unit }),
  };
}

function checkSpan(ruleId: string, span: Span | undefined, expected: "ko" | "en"): void {
  if (!span) return;
  const { segment, start, end } = span;
  if (segment.side !== expected) throw new RuleError(ruleId, `${expected === "ko" ? "source" : "target"} span is on the ${segment.side} side`);
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= segment.text.length)) {
    throw new RuleError(ruleId, `span [${start}, ${end}) is out of bounds`);
  }
}

function fillMessage(ruleId: string, template: string, report: RuleReport<string>): string {
  const values: Record<string, string | number | undefined> = { actual: report.actual, expected: report.expected, ...report.data };
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new RuleError(ruleId, `message "${report.messageId}" needs {{${key}}}`);
    return String(value);
  });
}

function validateReport(rule: Rule<object, string>, report: RuleReport<string>): string {
  const id = rule.meta.id;
  const template = (rule.meta.messages as Record<string, string>)[report.messageId];
  if (template === undefined) throw new RuleError(id, `unknown messageId "${report.messageId}"`);
  if (!report.source && !report.target) throw new RuleError(id, "a report needs a source or a target span");
  checkSpan(id, report.source, "ko");
  checkSpan(id, report.target, "en");
  if (report.replacement !== undefined && !rule.meta.hasSuggestions) throw new RuleError(id, "sets a replacement without meta.hasSuggestions");
  return fillMessage(id, template, report);
}

function effectiveSeverity(configured: Severity, requested: Severity | undefined): Severity {
  if (!requested) return configured;
  return SEVERITY_RANK[requested] > SEVERITY_RANK[configured] ? requested : configured;
}

function toFinding(configured: ConfiguredRule, report: RuleReport<string>, input: EngineInput): Finding {
  const { rule } = configured;
  const message = validateReport(rule, report);
  return {
    rule: rule.meta.id,
    severity: effectiveSeverity(configured.severity, report.severity),
    category: rule.meta.category,
    messageId: report.messageId,
    message,
    docs: `rules/${rule.meta.id}.md`,
    source: report.source ? resolveSpan(report.source, input.ko) : null,
    target: report.target ? resolveSpan(report.target, input.en) : null,
    suggestion: report.replacement ?? null,
    actual: report.actual ?? null,
    expected: report.expected ?? null,
  };
}

function runRule(configured: ConfiguredRule, input: EngineInput, analysis: ArticleAnalysis): Finding[] {
  const ctx: RuleContext<object> = {
    article: input.article, analysis, options: configured.options, glossary: input.glossary, detectLanguage: input.detectLanguage,
  };
  let reports: RuleReport<string>[];
  try {
    reports = configured.rule.check(ctx);
  } catch (error) {
    throw new RuleError(configured.rule.meta.id, `crashed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(reports)) throw new RuleError(configured.rule.meta.id, "check() did not return an array");
  return reports.map((report) => toFinding(configured, report, input));
}

/**
 * Runs every configured rule over the article; findings come back sorted with exact duplicates dropped.
 * `analysis`: one made for this run (createAnalysis with input.glossary) whose facts were found ahead,
 * while the document was being aligned; by default a fresh one.
 */
export function runRules(rules: readonly ConfiguredRule[], input: EngineInput, analysis: ArticleAnalysis = createAnalysis(input.glossary)): Finding[] {
  const findings = rules.flatMap((configured) => runRule(configured, input, analysis));
  const seen = new Set<string>();
  return findings.sort(compareFindings).filter((finding) => {
    const key = JSON.stringify(finding);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
