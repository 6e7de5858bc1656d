/**
 * The library API: the CLI is a thin layer over these functions.
 *
 *   import { checkFiles, formatters } from "translint";
 *   const report = checkFiles(["article.ko.txt", "article.en.txt"]);
 *   process.stdout.write(formatters.json(report, { color: false, width: 100, verbose: false }));
 */
import { RULES } from "../rules/index.js";
import { isBilingualPath, readBilingual } from "./bilingual/index.js";
import { alignDocument, checkDocument, makeReport } from "./check.js";
import { EMPTY_CONFIG, loadConfig, resolveRules, type Config, type SeveritySetting } from "./config.js";
import { documentFromMixed, documentFromPair, type BilingualDocument, type SourceText } from "./document.js";
import { InputError } from "./errors.js";
import { loadBuiltinGlossary, loadGlossaryFile, mergeGlossaries } from "./glossary.js";
import { detectLanguage } from "./lang.js";
import { packageVersion } from "./package-info.js";
import { readInputFile } from "./read-input.js";
import { applySuppressions, stripDirectives, type Baseline, type Directive } from "./suppressions.js";
import type { FileResult, Glossary, Report } from "./types.js";

export { FORMATTERS as formatters } from "./formatters/index.js";
export { RULES as rules } from "../rules/index.js";
export { InputError } from "./errors.js";
export { createBaseline, hashParagraph, parseBaseline, serializeBaseline, type Baseline, type BaselineEntry } from "./suppressions.js";
export { RuleError } from "./engine.js";
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

/** Reads and checks one article (one mixed file, or source and target files) and returns the Report. */
export function checkFiles(paths: readonly string[], options: CheckOptions = {}): Report {
  const config = resolveConfig(options.config);
  const rules = resolveRules(RULES, config, options.overrides);
  const doc = readDocument(paths, options.onNote);
  const result = checkDocument(doc, { rules, glossary: glossaryFor(config), detectLanguage }, doc.beads);
  return makeReport(packageVersion(), [suppress(result, doc, options.baseline)]);
}

/** Reads one article and returns its alignment as a Report with no findings. */
export function alignFiles(paths: readonly string[], onNote?: (note: string) => void): Report {
  const doc = readDocument(paths, onNote);
  const result = checkDocument(doc, { rules: [], glossary: {}, detectLanguage }, doc.beads ?? alignDocument(doc));
  return makeReport(packageVersion(), [result]);
}
