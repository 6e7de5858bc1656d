/**
 * Suggested fixes (`translint fix`): findings' suggestions become edits of the decoded English file
 * text, overlapping edits are resolved deterministically, and the result is applied and written as a
 * unified diff that `git apply` accepts. Pure: no I/O; the caller reads and writes the files.
 */
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from "diff";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { bilingualKind, isBilingualPath } from "./bilingual/index.js";
import { normalizeText } from "./normalize.js";
import { lineStarts } from "./paragraphs.js";
import type { Finding, Location, Severity } from "./types.js";

/** How replacement text is written into the file: as is, or escaped for XML, a CSV field or a TSV cell. */
export type FixFormat = "text" | "xml" | "csv" | "tsv";

/** One replacement in the decoded file text (offsets in UTF-16 code units, BOM not counted). */
export interface FixEdit {
  readonly start: number;
  readonly end: number;
  /** The words replaced, as in the file. */
  readonly text: string;
  /** What is written instead, escaped for the file's format. */
  readonly replacement: string;
  /** The finding the edit fixes first, then any finding that asked for the identical edit. */
  readonly findings: readonly Finding[];
}

/** A suggestion that was not applied, and why (e.g. "overlaps title-mismatch at 59:237"). */
export interface SkippedFix {
  readonly finding: Finding;
  readonly reason: string;
}

export interface FixPlan {
  /** Non-overlapping edits in file order. */
  readonly edits: readonly FixEdit[];
  /** Suggestions not applied, in file order. */
  readonly skipped: readonly SkippedFix[];
}

export interface PlanOptions {
  /** The path findings name for the file being fixed (Location.file); findings elsewhere are ignored. */
  readonly file: string;
  readonly format: FixFormat;
  /** Rule ids in registry order (rules/index.ts), the second tie-breaker between overlapping edits. */
  readonly ruleOrder: readonly string[];
}

/** Severities from most to least severe: the first tie-breaker between overlapping edits. */
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** A line break: a replacement holding one would change the paragraph structure. */
const LINE_BREAK = /[\r\n]/;
/** Characters escaped in XML character data. */
const XML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** Characters that force quoting in a CSV field (RFC 4180). */
const CSV_SPECIAL = /[",]/;
/** The escaping a file needs: as the reader reads it (src/bilingual), plain text for any other file. */
export function fixFormat(path: string, text: string): FixFormat {
  return isBilingualPath(path) ? bilingualKind(path, text) : "text";
}

/** Offset of a 1-based line and UTF-16 column, or -1 when the file has no such line. */
function offsetOf(starts: readonly number[], line: number, column: number): number {
  const lineStart = starts[line - 1];
  return lineStart === undefined || column < 1 ? -1 : lineStart + column - 1;
}

/** True when `offset` lies inside a CDATA section (its text is literal: no references). */
function isInCdata(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return before.lastIndexOf("<![CDATA[") > before.lastIndexOf("]]>");
}

/** True when `offset` lies inside a double-quoted CSV field (RFC 4180, as src/bilingual/tabular.ts reads it). */
function isInQuotedCsvField(text: string, offset: number): boolean {
  let isQuoted = false;
  let atCellStart = true;
  for (let i = 0; i < offset; i += 1) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') i += 1;
      else if (char === '"') isQuoted = false;
      continue;
    }
    isQuoted = atCellStart && char === '"';
    atCellStart = char === "," || char === "\n" || char === "\r";
  }
  return isQuoted;
}

/** The replacement as written into the file, or the reason it cannot be written there. */
function encodeReplacement(replacement: string, text: string, offset: number, format: FixFormat): { value: string } | { reason: string } {
  if (LINE_BREAK.test(replacement)) return { reason: "the suggestion holds a line break" };
  if (format === "xml") {
    if (!isInCdata(text, offset)) return { value: replacement.replace(/[&<>]/g, (char) => XML_ESCAPES[char] ?? char) };
    return replacement.includes("]]>") ? { reason: 'the suggestion holds "]]>" inside a CDATA section' } : { value: replacement };
  }
  if (format === "csv") {
    if (isInQuotedCsvField(text, offset)) return { value: replacement.replaceAll('"', '""') };
    return CSV_SPECIAL.test(replacement) ? { reason: "the suggestion needs CSV quoting in an unquoted field" } : { value: replacement };
  }
  if (format === "tsv" && replacement.includes("\t")) return { reason: "the suggestion holds a tab" };
  return { value: replacement };
}

/** The edit a finding's suggestion asks for, or why it cannot be made. */
function toEdit(finding: Finding, target: Location, text: string, starts: readonly number[], format: FixFormat): FixEdit | SkippedFix {
  const suggestion = finding.suggestion ?? "";
  const start = offsetOf(starts, target.line, target.column);
  const end = offsetOf(starts, target.endLine, target.endColumn);
  // locations hold normalised words (NFC, no zero-width characters, folded spaces); the file has them as written
  if (start < 0 || end < start || normalizeText(text.slice(start, end)) !== target.text) {
    return { finding, reason: "the file's text at the location differs from the finding's words" };
  }
  if (suggestion === target.text) return { finding, reason: "the suggestion equals the current text" };
  const encoded = encodeReplacement(suggestion, text, start, format);
  if ("reason" in encoded) return { finding, reason: encoded.reason };
  return { start, end, text: text.slice(start, end), replacement: encoded.value, findings: [finding] };
}

/** Orders candidate edits by who wins an overlap: severity, then rule order, then position, then text. */
function compareCandidates(a: FixEdit, b: FixEdit, ruleOrder: readonly string[]): number {
  const [fa, fb] = [a.findings[0]!, b.findings[0]!];
  const rank = (rule: string) => (ruleOrder.includes(rule) ? ruleOrder.indexOf(rule) : ruleOrder.length);
  return SEVERITY_RANK[fa.severity] - SEVERITY_RANK[fb.severity]
    || rank(fa.rule) - rank(fb.rule)
    || a.start - b.start
    || a.end - b.end
    || (a.replacement < b.replacement ? -1 : a.replacement > b.replacement ? 1 : 0);
}

/** True when two edits touch the same text, or insert at the same point, so that applying both is ambiguous. */
function overlaps(a: FixEdit, b: FixEdit): boolean {
  if (a.start < b.end && b.start < a.end) return true;
  return a.start === b.start && (a.start === a.end || b.start === b.end);
}

const where = (edit: FixEdit): string => `${edit.findings[0]!.target!.line}:${edit.findings[0]!.target!.column}`;

/**
 * Keeps the highest-priority edit of every overlapping group (see compareCandidates). An edit identical
 * to a kept one (same words, same replacement) joins it instead of being skipped.
 */
export function resolveOverlaps(candidates: readonly FixEdit[], ruleOrder: readonly string[]): FixPlan {
  const kept: FixEdit[] = [];
  const skipped: SkippedFix[] = [];
  for (const candidate of [...candidates].sort((a, b) => compareCandidates(a, b, ruleOrder))) {
    const twin = kept.findIndex((e) => e.start === candidate.start && e.end === candidate.end && e.replacement === candidate.replacement);
    if (twin >= 0) {
      kept[twin] = { ...kept[twin]!, findings: [...kept[twin]!.findings, ...candidate.findings] };
      continue;
    }
    const winner = kept.find((e) => overlaps(e, candidate));
    if (!winner) kept.push(candidate);
    else skipped.push({ finding: candidate.findings[0]!, reason: `overlaps ${winner.findings[0]!.rule} at ${where(winner)} ("${winner.text}" -> "${winner.replacement}")` });
  }
  return { edits: kept.sort((a, b) => a.start - b.start), skipped };
}

/** Orders skipped suggestions by position, then rule. */
function compareSkipped(a: SkippedFix, b: SkippedFix): number {
  const [la, lb] = [a.finding.target!, b.finding.target!];
  return la.line - lb.line || la.column - lb.column || a.finding.rule.localeCompare(b.finding.rule);
}

/**
 * Turns the suggestions of findings into edits of `text` (the decoded file, BOM removed): each target
 * location is mapped to offsets through the file's line starts and must hold exactly the finding's
 * words; suggestions that cannot be placed or overlap a stronger one are returned as skipped.
 */
export function planFixes(findings: readonly Finding[], text: string, options: PlanOptions): FixPlan {
  const starts = lineStarts(text);
  const candidates: FixEdit[] = [];
  const skipped: SkippedFix[] = [];
  for (const finding of findings) {
    const target = finding.target;
    if (finding.suggestion === null || !target || target.file !== options.file) continue;
    const edit = toEdit(finding, target, text, starts, options.format);
    if ("reason" in edit) skipped.push(edit);
    else candidates.push(edit);
  }
  const resolved = resolveOverlaps(candidates, options.ruleOrder);
  return { edits: resolved.edits, skipped: [...skipped, ...resolved.skipped].sort(compareSkipped) };
}

/** Applies non-overlapping edits to text; everything outside the edits is kept as it is. */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
  let out = "";
  let last = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.start < last) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(last, edit.start) + edit.replacement;
    last = edit.end;
  }
  return out + text.slice(last);
}

/** The path a patch names a file by: relative to `cwd` with "/" separators when inside it, else as given. */
export function patchLabel(path: string, cwd: string): string {
  const inside = relative(cwd, resolve(cwd, path));
  const label = inside === "" || inside.startsWith("..") || isAbsolute(inside) ? path : inside;
  return label.split(sep).join("/");
}

/**
 * A unified diff from `before` to `after` with `a/<label>` and `b/<label>` headers, as `git apply` and
 * `patch -p1` take it; "" when nothing changed. Line endings (CRLF too) and a BOM are kept in the lines.
 */
export function createFixPatch(label: string, before: string, after: string): string {
  if (before === after) return "";
  return createTwoFilesPatch(`a/${label}`, `b/${label}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}

/** The stderr line for a skipped suggestion: `file:line:col rule: skipped, reason`. */
export function describeSkipped({ finding, reason }: SkippedFix): string {
  const at = finding.target!;
  return `${at.file}:${at.line}:${at.column} ${finding.rule}: skipped, ${reason}`;
}
