/**
 * Suppression of accepted findings (STYLE.md §4), the only module that knows about baselines and
 * inline directives. A baseline entry names a finding by rule, side, a hash of its paragraph's text and
 * its excerpt, never by line, so moving or reflowing paragraphs keeps it matching while changing a word
 * does not. A directive line `<!-- translint-disable-next-paragraph rule-id[, rule-id] -- reason -->`
 * suppresses those rules in the next paragraph of its file. Suppressed findings move to
 * FileResult.suppressed; stale entries and directives become warnings of their own. No I/O here.
 */
import { createHash } from "node:crypto";
import { InputError } from "./errors.js";
import { parseJsonFile } from "./json-text.js";
import { lineStarts, toLineColumn } from "./paragraphs.js";
import type { FileResult, Finding, Location, ParagraphInfo, Severity } from "./types.js";

/** Version of the baseline file format; bumped only on incompatible changes. */
export const BASELINE_VERSION = 1;
/** Pseudo rule id of findings about the baseline itself (not a registered rule). */
export const BASELINE_RULE = "baseline";
/** Pseudo rule id of findings about inline directives (not a registered rule). */
export const DIRECTIVE_RULE = "directive";
/** Where the pseudo rules are documented. */
const SUPPRESSION_DOCS = "README.md#accepted-findings";
/** Category of the pseudo rules' findings. */
const BASELINE_CATEGORY = "other/baseline";
const DIRECTIVE_CATEGORY = "other/directive";
/** Severity of every finding about a stale or wrong suppression. */
const SUPPRESSION_SEVERITY: Severity = "warning";
/** A whole line holding a directive comment (the m flag makes ^/$ match at CR and LF). */
const DIRECTIVE_LINE = /^[ \t]*<!--[ \t]*translint-disable-next-paragraph\b(.*?)-->[ \t]*$/gm;
/** Separates the rule list from the reason inside a directive. */
const REASON_SEPARATOR = /\s--\s?/;
/** Any run of whitespace, folded to one space before hashing. */
const WHITESPACE = /\s+/g;
/** Characters of a line that blanking replaces (everything but line breaks). */
const NOT_LINE_BREAK = /[^\r\n]/g;

export type BaselineSide = "source" | "target";

/** One accepted finding. */
export interface BaselineEntry {
  rule: string;
  side: BaselineSide;
  /** sha256 (hex) of the whitespace-folded text of the paragraph the finding is in. */
  paragraphHash: string;
  /** The finding's words (its Location.text). */
  excerpt: string;
  reason?: string;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

/** An inline directive found (and blanked) in an input file. */
export interface Directive {
  file: string;
  /** 1-based line of the directive. */
  line: number;
  /** The directive line as written, trimmed. */
  text: string;
  rules: string[];
  reason: string | null;
}

/** What applySuppressions needs besides the result. */
export interface SuppressionInput {
  readonly directives?: readonly Directive[];
  readonly baseline?: Baseline;
  /** Ids of every registered rule, to flag unknown ids in directives. */
  readonly knownRules: readonly string[];
}

/** sha256 hex of the text with whitespace runs folded to one space and the ends trimmed. */
export function hashParagraph(text: string): string {
  return createHash("sha256").update(text.replace(WHITESPACE, " ").trim()).digest("hex");
}

function parseDirective(file: string, line: number, raw: string, body: string): Directive {
  const [ruleList = "", ...reasonParts] = body.split(REASON_SEPARATOR);
  const reason = reasonParts.join(" -- ").trim();
  const rules = ruleList.split(/[\s,]+/).filter((id) => id.length > 0);
  return { file, line, text: raw.trim(), rules, reason: reason.length > 0 ? reason : null };
}

/**
 * Finds directive lines and replaces their characters with spaces, so the paragraph splitter sees a
 * blank line while every offset, line and column of the rest of the file stays the same.
 */
export function stripDirectives(file: string, text: string): { text: string; directives: Directive[] } {
  const starts = lineStarts(text);
  const directives: Directive[] = [];
  const blanked = text.replace(DIRECTIVE_LINE, (raw: string, body: string, offset: number) => {
    directives.push(parseDirective(file, toLineColumn(starts, offset).line, raw, body));
    return raw.replace(NOT_LINE_BREAK, " ");
  });
  return { text: blanked, directives };
}

// ---- matching ----

interface Located {
  readonly side: BaselineSide;
  readonly location: Location;
  readonly paragraph: ParagraphInfo | undefined;
}

function locate(result: FileResult, side: BaselineSide, location: Location | null): Located | null {
  if (!location) return null;
  const paragraphs = side === "source" ? result.source.paragraphs : result.target.paragraphs;
  const at = paragraphs[location.paragraph]; // paragraphs are listed by index; find() only for any other order
  return { side, location, paragraph: at?.index === location.paragraph ? at : paragraphs.find((p) => p.index === location.paragraph) };
}

/** The finding's primary side: the English words when it has them, else the Korean. */
function primary(result: FileResult, finding: Finding): Located | null {
  return locate(result, "target", finding.target) ?? locate(result, "source", finding.source);
}

/** The baseline entry that records this finding (reason not set). */
export function entryFor(result: FileResult, finding: Finding): BaselineEntry | null {
  const where = primary(result, finding);
  if (!where) return null;
  return { rule: finding.rule, side: where.side, paragraphHash: hashParagraph(where.paragraph?.text ?? ""), excerpt: where.location.text };
}

function sameKey(a: BaselineEntry, b: BaselineEntry): boolean {
  return a.rule === b.rule && a.side === b.side && a.paragraphHash === b.paragraphHash && a.excerpt === b.excerpt;
}

function isPseudo(finding: Finding): boolean {
  return finding.rule === BASELINE_RULE || finding.rule === DIRECTIVE_RULE;
}

/**
 * Pairs findings with baseline entries one to one (an entry accepts one occurrence): returns, per
 * finding, the index of its entry or -1, and which entries were used.
 */
export function matchBaseline(result: FileResult, findings: readonly Finding[], entries: readonly BaselineEntry[]): { matches: number[]; used: boolean[] } {
  const used = entries.map(() => false);
  if (entries.length === 0) return { matches: findings.map(() => -1), used }; // no baseline: nothing to match
  const matches = findings.map((finding) => {
    const key = isPseudo(finding) ? null : entryFor(result, finding);
    if (!key) return -1;
    const index = entries.findIndex((entry, i) => !used[i] && sameKey(entry, key));
    if (index >= 0) used[index] = true;
    return index;
  });
  return { matches, used };
}

// ---- directives ----

/** The first paragraph of the directive's file that starts below it: its side and index. */
function nextParagraph(result: FileResult, directive: Directive): { side: BaselineSide; paragraph: ParagraphInfo } | null {
  const candidates = (["source", "target"] as const)
    .filter((side) => (side === "source" ? result.sourcePath : result.targetPath) === directive.file)
    .flatMap((side) => (side === "source" ? result.source : result.target).paragraphs.map((paragraph) => ({ side, paragraph })))
    .filter((c) => c.paragraph.line > directive.line);
  return candidates.sort((a, b) => a.paragraph.line - b.paragraph.line)[0] ?? null;
}

function isInParagraph(finding: Finding, side: BaselineSide, paragraph: ParagraphInfo, file: string): boolean {
  const location = side === "source" ? finding.source : finding.target;
  return location !== null && location.file === file && location.paragraph === paragraph.index;
}

function pseudoFinding(rule: string, category: string, messageId: string, message: string, location: Location | null, side: BaselineSide, actual: string | null): Finding {
  return {
    rule, severity: SUPPRESSION_SEVERITY, category, messageId, message, docs: SUPPRESSION_DOCS,
    source: side === "source" ? location : null, target: side === "target" ? location : null,
    suggestion: null, actual, expected: null,
  };
}

function directiveFinding(directive: Directive, next: { side: BaselineSide; paragraph: ParagraphInfo } | null, messageId: string, message: string, actual: string | null): Finding {
  const location: Location = {
    file: directive.file, paragraph: next?.paragraph.index ?? 0, line: directive.line, column: 1,
    endLine: directive.line, endColumn: directive.text.length + 1, text: directive.text,
  };
  return pseudoFinding(DIRECTIVE_RULE, DIRECTIVE_CATEGORY, messageId, message, location, next?.side ?? "target", actual);
}

/** Splits findings by the directives; returns kept, suppressed and the directives' own warnings. */
function applyDirectives(result: FileResult, findings: readonly Finding[], directives: readonly Directive[], knownRules: readonly string[]) {
  const suppressed = new Set<Finding>();
  const warnings: Finding[] = [];
  for (const directive of directives) {
    const next = nextParagraph(result, directive);
    for (const id of directive.rules.filter((rule) => !knownRules.includes(rule))) {
      warnings.push(directiveFinding(directive, next, "unknownRule", `Unknown rule "${id}" in a translint-disable-next-paragraph directive`, id));
    }
    const hits = next ? findings.filter((f) => directive.rules.includes(f.rule) && isInParagraph(f, next.side, next.paragraph, directive.file)) : [];
    for (const hit of hits) suppressed.add(hit);
    if (hits.length === 0) warnings.push(directiveFinding(directive, next, "unusedDirective", `Directive suppresses nothing in the next paragraph; remove it`, null));
  }
  return { kept: findings.filter((f) => !suppressed.has(f)), suppressed: findings.filter((f) => suppressed.has(f)), warnings };
}

function unusedEntryFinding(entry: BaselineEntry): Finding {
  const message = `Baseline entry for ${entry.rule} "${entry.excerpt}" matches no finding any more; remove it (or run --update-baseline)`;
  return pseudoFinding(BASELINE_RULE, BASELINE_CATEGORY, "unusedEntry", message, null, "target", entry.excerpt);
}

/** String order of findings: the default locale's, as String.prototype.localeCompare, without a collator lookup per call. */
const COLLATOR = new Intl.Collator();

/** Orders findings by file, line, column (of the English location, else the Korean one), then rule and message. */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.target ?? a.source;
  const lb = b.target ?? b.source;
  return COLLATOR.compare(la?.file ?? "", lb?.file ?? "") || (la?.line ?? 0) - (lb?.line ?? 0)
    || (la?.column ?? 0) - (lb?.column ?? 0) || COLLATOR.compare(a.rule, b.rule) || COLLATOR.compare(a.message, b.message);
}

/**
 * Applies directives, then the baseline, to one file's findings. Suppressed findings move to
 * `suppressed`; unknown or unused directives and unused baseline entries are added as warnings.
 */
export function applySuppressions(result: FileResult, input: SuppressionInput): FileResult {
  const byDirective = applyDirectives(result, result.findings, input.directives ?? [], input.knownRules);
  const entries = input.baseline?.entries ?? [];
  const { matches, used } = matchBaseline(result, byDirective.kept, entries);
  const kept = byDirective.kept.filter((_, i) => matches[i]! < 0);
  const byBaseline = byDirective.kept.filter((_, i) => matches[i]! >= 0);
  const unused = entries.filter((_, i) => !used[i]).map(unusedEntryFinding);
  return {
    ...result,
    findings: [...kept, ...byDirective.warnings, ...unused].sort(compareFindings),
    suppressed: [...result.suppressed, ...byDirective.suppressed, ...byBaseline].sort(compareFindings),
  };
}

// ---- baseline files ----

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.rule.localeCompare(b.rule) || a.side.localeCompare(b.side) || a.excerpt.localeCompare(b.excerpt)
    || a.paragraphHash.localeCompare(b.paragraphHash) || (a.reason ?? "").localeCompare(b.reason ?? "");
}

/**
 * A baseline of every current finding of the results (not the suppression warnings), sorted, keeping
 * the reason of each entry of `previous` that still matches.
 */
export function createBaseline(results: readonly FileResult[], previous?: Baseline): Baseline {
  const old = previous?.entries ?? [];
  const taken = old.map(() => false);
  const entries = results.flatMap((result) => result.findings.filter((f) => !isPseudo(f)).flatMap((finding) => {
    const entry = entryFor(result, finding);
    if (!entry) return [];
    const index = old.findIndex((candidate, i) => !taken[i] && sameKey(candidate, entry));
    if (index < 0) return [entry];
    taken[index] = true;
    const reason = old[index]!.reason;
    return [reason === undefined ? entry : { ...entry, reason }];
  }));
  return { version: BASELINE_VERSION, entries: entries.sort(compareEntries) };
}

/** The baseline as written to disk: 2-space JSON, fixed key order, trailing newline. */
export function serializeBaseline(baseline: Baseline): string {
  const entries = baseline.entries.map((e) => ({
    rule: e.rule, side: e.side, paragraphHash: e.paragraphHash, excerpt: e.excerpt, ...(e.reason === undefined ? {} : { reason: e.reason }),
  }));
  return `${JSON.stringify({ version: baseline.version, entries }, null, 2)}\n`;
}

const ENTRY_KEYS = new Set(["rule", "side", "paragraphHash", "excerpt", "reason"]);
/** A sha256 digest in lower-case hex. */
const SHA256_HEX = /^[0-9a-f]{64}$/;

function entryProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "is not an object";
  const entry = value as Record<string, unknown>;
  const extra = Object.keys(entry).find((key) => !ENTRY_KEYS.has(key));
  if (extra !== undefined) return `has unknown key "${extra}"`;
  if (typeof entry.rule !== "string" || entry.rule === "") return `"rule" must be a non-empty string`;
  if (entry.side !== "source" && entry.side !== "target") return `"side" must be "source" or "target"`;
  if (typeof entry.paragraphHash !== "string" || !SHA256_HEX.test(entry.paragraphHash)) return `"paragraphHash" must be a sha256 hex digest`;
  if (typeof entry.excerpt !== "string") return `"excerpt" must be a string`;
  if (entry.reason !== undefined && typeof entry.reason !== "string") return `"reason" must be a string`;
  return null;
}

/** Parses and validates a baseline file's text; any problem is an InputError naming the file. */
export function parseBaseline(file: string, text: string): Baseline {
  const data = parseJsonFile(file, text, "baseline"); // "<file>:<line>:<column>: baseline is not valid JSON: <what was found>"
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new InputError(file, "baseline must be a JSON object with \"version\" and \"entries\"");
  const { version, entries } = data as Record<string, unknown>;
  if (version !== BASELINE_VERSION) throw new InputError(file, `baseline "version" must be ${BASELINE_VERSION}`);
  if (!Array.isArray(entries)) throw new InputError(file, "baseline \"entries\" must be an array");
  entries.forEach((entry, i) => {
    const problem = entryProblem(entry);
    if (problem) throw new InputError(file, `baseline entries[${i}] ${problem}`);
  });
  return { version, entries: entries as BaselineEntry[] };
}
