/**
 * The library API: the CLI is a thin layer over these functions.
 *
 *   import { checkFiles, formatters } from "translint";
 *   const report = checkFiles(["article.ko.txt", "article.en.txt"]);
 *   process.stdout.write(formatters.json(report, { color: false, width: 100, verbose: false }));
 */
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { RULES, ruleDocPath } from "../rules/index.js";
import { isBilingualPath, readBilingual } from "./bilingual/index.js";
import { discoverArticles, defaultJobs, runArticles, WorkerCrash, type ArticleOutcome } from "./batch.js";
import { createAnalysis, type ArticleAnalysis } from "./analysis/index.js";
import type { Bead } from "./align.js";
import { alignDocument, checkDocument, makeReport } from "./check.js";
import { RuleError } from "./engine.js";
import { EMPTY_CONFIG, loadConfig, resolveRules, type Config, type SeveritySetting } from "./config.js";
import { documentFromMixed, documentFromPair, type BilingualDocument, type SourceText } from "./document.js";
import { InputError } from "./errors.js";
import { loadBuiltinGlossary, loadGlossaryFile, mergeGlossaries } from "./glossary.js";
import { detectLanguage } from "./lang.js";
import { packageRoot, packageVersion } from "./package-info.js";
import { decodeInput, readInputFile, STDIN_NAME, type Encoding } from "./read-input.js";
import { applyEdits, createFixPatch, fixFormat, patchLabel, planFixes, type FixEdit, type SkippedFix } from "./fix.js";
import { alignAlongsideFacts, OVERLAP_MIN_PARAGRAPHS } from "./overlap.js";
import { applySuppressions, stripDirectives, type Baseline, type Directive } from "./suppressions.js";
import type { FileResult, Glossary, Report, RuleSummary } from "./types.js";

export { FORMATTERS as formatters } from "./formatters/index.js";
export { RULES as rules } from "../rules/index.js";
export { InputError } from "./errors.js";
export { createBaseline, hashParagraph, parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from "./suppressions.js";
export { RuleError } from "./engine.js";
export { describeSkipped, type FixEdit, type SkippedFix } from "./fix.js";
export type * from "./types.js";

export interface CheckOptions {
  /** A Config object, or the path of a config file. */
  readonly config?: Config | string;
  /** Severity overrides by rule id, as --rule gives them. */
  readonly overrides?: Readonly<Record<string, SeveritySetting>>;
  /** Notes about the input (such as an encoding that was detected) are passed here. */
  readonly onNote?: (note: string) => void;
  /** Accepted findings (README, "Accepted findings"): matching findings go to FileResult.suppressed. */
  readonly baseline?: Baseline;
}

/** A document whose inputs had their inline suppression directives blanked (line numbers kept). */
export interface DirectedDocument extends BilingualDocument {
  readonly directives?: readonly Directive[];
}

/** Moves findings accepted by directives or the baseline to `suppressed`, adding warnings for stale ones. */
function suppress(result: FileResult, doc: DirectedDocument, baseline: Baseline | undefined): FileResult {
  return applySuppressions(result, { directives: doc.directives, baseline, knownRules: RULES.map((rule) => rule.meta.id) });
}

function resolveConfig(config: Config | string | undefined): Config {
  if (config === undefined) return EMPTY_CONFIG;
  return typeof config === "string" ? loadConfig(config, RULES) : config;
}

function glossaryFor(config: Config): Glossary {
  const extras = config.glossaries.map((file) => loadGlossaryFile(file));
  return extras.length > 0 ? mergeGlossaries(loadBuiltinGlossary(), extras) : loadBuiltinGlossary();
}

/** Every registered rule as a report describes it (Report.tool.rules). */
function ruleSummaries(): RuleSummary[] {
  return RULES.map(({ meta }) => ({ id: meta.id, description: meta.description, category: meta.category, defaultSeverity: meta.defaultSeverity, docs: ruleDocPath(meta.id) }));
}

/** Builds a document from one mixed text or a source and a target text. */
export function toDocument(first: SourceText, second?: SourceText): DirectedDocument {
  if (!second && isBilingualPath(first.path)) return { ...readBilingual(first), directives: [] }; // XLIFF, TMX, TSV, CSV: units come paired
  const bilingual = second ? [first, second].find((input) => isBilingualPath(input.path)) : undefined;
  if (bilingual) throw new InputError(bilingual.path, "a bilingual file (XLIFF, TMX, TSV, CSV) holds both languages; give it alone");
  const stripped = (second ? [first, second] : [first]).map((input) => ({ input, ...stripDirectives(input.path, input.text) }));
  const [a, b] = stripped.map((s) => ({ ...s.input, text: s.text }));
  const doc = b ? documentFromPair(a!, b) : documentFromMixed(a!);
  return { ...doc, directives: stripped.flatMap((s) => s.directives) };
}

/** Reads one mixed file or a Korean and an English file ("-" is standard input) into a document. */
export function readDocument(paths: readonly string[], onNote?: (note: string) => void): DirectedDocument {
  if (paths.length < 1 || paths.length > 2) throw new InputError("translint", `expected 1 file (mixed) or 2 files (source, target), got ${paths.length}`);
  const inputs = paths.map((path) => readInputFile(path));
  for (const input of inputs) for (const note of input.notes) onNote?.(`${input.path}: ${note}`);
  return toDocument(inputs[0]!, inputs[1]);
}

/** Checks texts already in memory: one mixed text, or a source and a target. */
export function check(first: SourceText, second?: SourceText, options: CheckOptions = {}): FileResult {
  const config = resolveConfig(options.config);
  const rules = resolveRules(RULES, config, options.overrides);
  const doc = toDocument(first, second);
  return suppress(checkDocument(doc, { rules, glossary: glossaryFor(config), detectLanguage }, doc.beads), doc, options.baseline);
}

/** One article's rules, document and glossary (config errors first, then input, then glossary errors). */
function prepareCheck(paths: readonly string[], options: CheckOptions) {
  const config = resolveConfig(options.config);
  const rules = resolveRules(RULES, config, options.overrides);
  const doc = readDocument(paths, options.onNote);
  return { rules, doc, glossary: glossaryFor(config) };
}

/** The Report of one checked article, its suppressions applied. */
function articleReport(result: FileResult, doc: DirectedDocument, baseline: Baseline | undefined): Report {
  return makeReport(packageVersion(), [suppress(result, doc, baseline)], ruleSummaries());
}

/** Reads and checks one article (one mixed file, or source and target files) and returns the Report. */
export function checkFiles(paths: readonly string[], options: CheckOptions = {}): Report {
  const { rules, doc, glossary } = prepareCheck(paths, options);
  return articleReport(checkDocument(doc, { rules, glossary, detectLanguage }, doc.beads), doc, options.baseline);
}

/** Options of checkLargeFiles: CheckOptions, and how a large article may use a second thread. */
export interface LargeCheckOptions extends CheckOptions {
  /** Threads the check may use: 1 keeps everything on this one; more (the default with 2 cores or more) lets a large article align on a worker. */
  readonly jobs?: number;
  /** Paragraphs on the longer side from which the article is aligned on a worker (default: OVERLAP_MIN_PARAGRAPHS). */
  readonly minParagraphs?: number;
  /** The align worker's script (default: align-worker.js next to the library). */
  readonly workerUrl?: URL;
}

/**
 * checkFiles with the same report, for an article that may be book-length: one of `minParagraphs` or
 * more is aligned on a worker thread while this thread finds the rules' facts (src/overlap.ts), so the
 * two take the time of the longer instead of their sum.
 */
export async function checkLargeFiles(paths: readonly string[], options: LargeCheckOptions = {}): Promise<Report> {
  const { rules, doc, glossary } = prepareCheck(paths, options);
  const threads = options.jobs ?? availableParallelism();
  // a pair or mixed file has paragraphs on both sides (reading refuses an empty side); bilingual files come aligned
  const isLarge = Math.max(doc.ko.paragraphs.length, doc.en.paragraphs.length) >= (options.minParagraphs ?? OVERLAP_MIN_PARAGRAPHS);
  let beads: readonly Bead[] | undefined = doc.beads;
  let analysis: ArticleAnalysis | undefined;
  if (beads === undefined && isLarge && threads > 1 && rules.length > 0) {
    analysis = createAnalysis(glossary);
    const [ko, en] = [doc.ko, doc.en].map((side) => side.paragraphs.map((p) => p.text)) as [string[], string[]];
    beads = await alignAlongsideFacts(ko, en, analysis, [doc.ko, doc.en], { workerUrl: options.workerUrl });
  }
  return articleReport(checkDocument(doc, { rules, glossary, detectLanguage, analysis }, beads), doc, options.baseline);
}

/** Reads one article and returns its alignment as a Report with no findings. */
export function alignFiles(paths: readonly string[], onNote?: (note: string) => void): Report {
  const doc = readDocument(paths, onNote);
  const result = checkDocument(doc, { rules: [], glossary: {}, detectLanguage }, doc.beads ?? alignDocument(doc));
  return makeReport(packageVersion(), [result]);
}

/** Options of fixFiles: CheckOptions plus the folder patch paths are relative to. */
export interface FixOptions extends CheckOptions {
  /** Patch headers name the file relative to this folder when it lies inside (default: process.cwd()). */
  readonly cwd?: string;
}

/** The suggested fixes of one article's English file (README, "Suggested fixes"). */
export interface FileFix {
  /** The English file, as given. */
  readonly path: string;
  readonly encoding: Encoding;
  /** The file's bytes as read, and with the edits applied (the same bytes when there is nothing to fix). */
  readonly original: Uint8Array;
  readonly fixed: Uint8Array;
  /** Unified diff with a/ and b/ headers, "" when there is nothing to fix. */
  readonly patch: string;
  readonly edits: readonly FixEdit[];
  readonly skipped: readonly SkippedFix[];
}

/** Encodings fix can write back byte for byte. */
const FIXABLE_ENCODINGS: readonly Encoding[] = ["utf-8", "utf-8-bom"];
/**
 * Fix rounds: one fix can make another rule's finding fixable (a rebuilt phrase keeps a spelling that
 * another rule changes elsewhere), so the fixed text is checked again until nothing more is fixable.
 */
const MAX_FIX_ROUNDS = 4;

/** A skipped suggestion in any round: the same finding skipped again later is reported once. */
const skipKey = ({ finding }: SkippedFix): string => [finding.rule, finding.messageId, finding.actual, finding.target?.line].join("\u0000");

/** Checks the article again with the English file's text replaced by `english` (in memory). */
function recheck(paths: readonly string[], englishPath: string, english: string, options: FixOptions): FileResult {
  const inputs = paths.map((path) => (path === englishPath ? { path, text: english } : readInputFile(path)));
  return check(inputs[0]!, inputs[1], options);
}

/**
 * Checks one article like checkFiles and applies every derivable suggestion (not of suppressed findings)
 * to the English file's text in memory, re-checking the fixed text until no more fixes apply; writes
 * nothing. Throws InputError for bad input, for standard input, and for a non-UTF-8 English file that
 * has something to fix. `skipped` lists every suggestion not applied in some round, once.
 */
export function fixFiles(paths: readonly string[], options: FixOptions = {}): FileFix {
  const result = checkFiles(paths, options).files[0]!;
  const path = result.targetPath;
  if (path === STDIN_NAME) throw new InputError(path, "fix needs a named file, not standard input");
  const original = new Uint8Array(readFileSync(path));
  const { text, encoding } = decodeInput(path, original);
  const planOptions = { file: path, format: fixFormat(path, text), ruleOrder: RULES.map((rule) => rule.meta.id) };
  let plan = planFixes(result.findings, text, planOptions);
  const bom = encoding === "utf-8-bom" ? "\uFEFF" : "";
  const unchanged = { path, encoding, original, fixed: original, patch: "", edits: [], skipped: plan.skipped };
  if (plan.edits.length === 0) return unchanged;
  if (!FIXABLE_ENCODINGS.includes(encoding) || !Buffer.from(bom + text, "utf8").equals(original)) {
    throw new InputError(path, `fix writes UTF-8 files only and this one is ${encoding}; convert it to UTF-8 first`);
  }
  const edits: FixEdit[] = [];
  const skipped = new Map(plan.skipped.map((skip) => [skipKey(skip), skip])); // every round's, reported once
  let after = text;
  for (let round = 0; round < MAX_FIX_ROUNDS && plan.edits.length > 0; round++) {
    edits.push(...plan.edits);
    after = applyEdits(after, plan.edits);
    plan = planFixes(recheck(paths, path, after, options).findings, after, planOptions);
    for (const skip of plan.skipped) if (!skipped.has(skipKey(skip))) skipped.set(skipKey(skip), skip);
  }
  const patch = createFixPatch(patchLabel(path, options.cwd ?? process.cwd()), bom + text, bom + after);
  return { ...unchanged, fixed: new Uint8Array(Buffer.from(bom + after, "utf8")), patch, edits, skipped: [...skipped.values()] };
}

/** Options of a batch run (checkBatch): CheckOptions plus the worker count and progress/problem callbacks. */
export interface BatchOptions extends CheckOptions {
  /** Worker threads; 1 checks in-process (default: os.availableParallelism()). */
  readonly jobs?: number;
  /** An input that could not be checked (unreadable, a pair missing its other half, a bad file). */
  readonly onProblem?: (error: InputError) => void;
  /** Called after each article, and once with done = 0 when the articles are known. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Checks one article and returns its FileResult, or the input problem that stopped it (used by workers). */
export function checkArticle(paths: readonly string[], options: CheckOptions = {}): ArticleOutcome<FileResult> {
  const notes: string[] = [];
  try {
    const report = checkFiles(paths, { ...options, onNote: (note) => notes.push(note) });
    return { ok: true, result: report.files[0]!, notes };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, file: error.file, problem: error.problem, line: error.line, column: error.column, notes };
    throw error;
  }
}

/**
 * Checks every article named by files, folders and globs (README, "Batch runs") and returns one Report
 * with a FileResult per article, in sorted path order whatever the number of jobs. Inputs that cannot be
 * checked go to onProblem (or, without it, the first one is thrown after the others are checked).
 */
export async function checkBatch(paths: readonly string[], options: BatchOptions = {}): Promise<Report> {
  const { jobs, onProblem, onProgress, onNote, ...rest } = options;
  const shared: CheckOptions = { ...rest, config: resolveConfig(rest.config) };
  const problems: InputError[] = [];
  const report = (error: InputError) => (onProblem ? onProblem(error) : problems.push(error));
  const { articles, problems: found } = discoverArticles(paths);
  found.forEach(report);
  onProgress?.(0, articles.length);
  let outcomes: ArticleOutcome<FileResult>[];
  try {
    outcomes = await runArticles(articles, {
      jobs: jobs ?? defaultJobs(), workerUrl: new URL("./worker.js", import.meta.url), workerOptions: shared,
      run: (files) => checkArticle(files, shared), onProgress: (done) => onProgress?.(done, articles.length),
    });
  } catch (error) {
    if (error instanceof WorkerCrash) {
      throw error.ruleId === undefined ? new Error(error.message) : new RuleError(error.ruleId, error.message.replace(`rule ${error.ruleId}: `, ""));
    }
    throw error;
  }
  const results: FileResult[] = [];
  for (const outcome of outcomes) {
    for (const note of outcome.notes) onNote?.(note);
    if (outcome.ok) results.push(outcome.result);
    else report(new InputError(outcome.file, outcome.problem, outcome.line === undefined ? undefined : { line: outcome.line, column: outcome.column }));
  }
  if (problems.length > 0) throw problems[0]!;
  return makeReport(packageVersion(), results, ruleSummaries());
}

/** The documentation of one rule (rules/<id>.md): why, bad and good examples, options. */
export function explainRule(id: string): string {
  const rule = RULES.find((r) => r.meta.id === id);
  if (!rule) throw new InputError("translint explain", `unknown rule "${id}" (known: ${RULES.map((r) => r.meta.id).join(", ")})`);
  return readFileSync(join(packageRoot(), "rules", `${rule.meta.id}.md`), "utf8");
}
