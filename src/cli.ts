#!/usr/bin/env node
/**
 * The command line: arguments, output and exit codes. The only module that touches process.argv,
 * process.exit and standard output. Exit codes: 0 clean, 1 findings at or above --fail-on (or too many
 * warnings), 2 usage, config or input error, or a rule crash.
 *
 * `run(args, io)` is the whole command line with its streams, environment and working folder passed in,
 * returning the exit code; started as the bin, this module runs it on the process's own. Tests run most
 * commands through `run` in their own process (a spawned CLI costs ~0.3 s of start-up each) and spawn
 * the bin for what only a process shows (standard input, a closed pipe, the heap-limited re-run, --help).
 *
 * Start-up: only yargs, the formatters and this module load before the arguments are parsed; the rules,
 * the engine and the config loader (with their ~100 ms of modules) are imported by the commands that
 * use them, so --version, --help and explain start quickly.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, realpathSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import type { Config } from "./config.js";
import { InputError } from "./errors.js";
import { FORMATTERS } from "./formatters/index.js";
import { formatPieces as jsonReportPieces } from "./formatters/json.js";
import { cappedEnv, heapCapFor, isOutOfMemoryExit } from "./heap-cap.js";
import type { CheckOptions, FileFix } from "./index.js";
import { packageRoot } from "./package-info.js";
import type { ProgressStream } from "./progress.js";
import type { FormatOptions, Report, Severity } from "./types.js";

/** What a run writes to and reads of its surroundings: the process's own for the bin, buffers in tests. */
export interface CliIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
  readonly env: NodeJS.ProcessEnv;
  /** The folder a config file is looked for from (relative paths are the process's, as always). */
  readonly cwd: () => string;
  /** The script to start again under a heap limit for a large input (src/heap-cap.ts); none: never. */
  readonly script?: string;
}

/** The surroundings of the run in progress (one at a time: runs are awaited one after another). */
let io: CliIo;
/** The arguments of the run in progress, for its heap-limited re-run. */
let runArgs: readonly string[] = [];

/** Exit codes (README, "Exit codes"). */
const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;
/** Width used when standard output is not a terminal. */
const DEFAULT_WIDTH = 120;
const SEVERITIES: readonly Severity[] = ["info", "warning", "error"];

interface CommonArgs {
  files: string[];
  format: string;
  output?: string;
  color?: boolean;
  verbose: boolean;
}

interface CheckArgs extends CommonArgs {
  config?: string;
  rule: string[];
  failOn?: Severity;
  maxWarnings: number;
  baseline?: string;
  updateBaseline?: boolean;
  batch?: boolean;
  jobs?: number;
}

interface FixArgs extends CommonArgs {
  config?: string;
  rule: string[];
  baseline?: string;
  write?: boolean;
}

function formatOptions(args: CommonArgs): FormatOptions {
  const isTty = Boolean(io.stdout.isTTY) && !args.output;
  const color = args.color ?? (isTty && !io.env.NO_COLOR);
  return { color, verbose: args.verbose, width: isTty ? (io.stdout.columns ?? DEFAULT_WIDTH) : DEFAULT_WIDTH };
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Throws when `output` names one of the input files: translint never overwrites an input unless told to. */
function refuseInputAsOutput(args: CommonArgs, output: string, problem = "refusing to overwrite an input file"): void {
  if (args.files.some((file) => file !== "-" && existsSync(output) && samePath(file, output))) throw new InputError(output, problem);
}

function outputError(output: string, error: unknown): InputError {
  return new InputError(output, `cannot write output (${(error as NodeJS.ErrnoException).code ?? "error"})`);
}

/** Writes text to standard output or --output (see emitPieces). */
function emit(text: string, args: CommonArgs): void {
  emitPieces([text], args);
}

/**
 * Characters gathered before each write of a report written in pieces: small enough that the joined
 * string stays a young-generation object (a large one goes straight to the old generation, where a
 * 100 MB report's worth of them waits for a full collection).
 */
const WRITE_BATCH = 1 << 15;

/** Writes text given in pieces, about WRITE_BATCH characters at a time, so it never exists whole. */
function emitPieces(pieces: Iterable<string>, args: CommonArgs): void {
  const output = args.output;
  if (output) refuseInputAsOutput(args, output);
  let fd: number | undefined;
  try {
    fd = output ? openSync(output, "w") : undefined;
    const write = (text: string) => (fd === undefined ? io.stdout.write(text) : writeSync(fd, text));
    let batch: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      batch.push(piece);
      size += piece.length;
      if (size >= WRITE_BATCH) { write(batch.join("")); batch = []; size = 0; }
    }
    write(batch.join(""));
  } catch (error) {
    if (output) throw outputError(output, error);
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a report: json in pieces (a book-length document's report is over 100 MB of it), other formats whole. */
function emitReport(report: Report, args: CommonArgs): void {
  if (args.format === "json") emitPieces(jsonReportPieces(report), args);
  else emit(FORMATTERS[args.format]!(report, formatOptions(args)), args);
}

function note(message: string): void {
  io.stderr.write(`translint: ${message}\n`);
}

/** The library, the rule registry and the config loader: loaded by the commands that check. */
async function loadChecker() {
  const [library, config] = await Promise.all([import("./index.js"), import("./config.js")]);
  return { ...library, ...config, RULES: library.rules };
}

type Checker = Awaited<ReturnType<typeof loadChecker>>;

function loadCliConfig(checker: Checker, args: { config?: string }): Config | undefined {
  const file = args.config ?? checker.findConfigFile(io.cwd());
  return file ? checker.loadConfig(file, checker.RULES) : undefined;
}

function exitCode(report: Report, failOn: Severity, maxWarnings: number): number {
  const threshold = SEVERITIES.indexOf(failOn);
  const failing = report.files.flatMap((f) => f.findings).some((f) => SEVERITIES.indexOf(f.severity) >= threshold);
  if (failing) return EXIT_FINDINGS;
  return maxWarnings >= 0 && report.summary.warnings > maxWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** --update-baseline: records every current finding in the baseline file (keeping reasons) and exits 0. */
async function updateBaseline(checker: Checker, args: CheckArgs, path: string, options: CheckOptions): Promise<number> {
  refuseInputAsOutput(args, path, "refusing to overwrite an input file with the baseline");
  const { readBaselineIfExists, writeBaseline } = await import("./baseline.js");
  const previous = readBaselineIfExists(path);
  const baseline = checker.createBaseline((await checker.checkLargeFiles(args.files, { ...options, jobs: args.jobs })).files, previous);
  writeBaseline(path, baseline);
  note(`${path}: baseline written with ${baseline.entries.length} accepted finding(s)`);
  return EXIT_OK;
}

/** --jobs, if given, is a whole number of at least 1. */
function checkJobs(jobs: number | undefined): void {
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
    throw new InputError("translint", `--jobs must be a whole number of at least 1, got ${String(jobs)}`);
  }
}

/** A batch run (README, "Batch runs"): every article found; unreadable inputs are named on stderr and make the code 2. */
async function runBatch(checker: Checker, args: CheckArgs, options: CheckOptions): Promise<number> {
  if (args.updateBaseline && args.baseline === undefined) throw new InputError("translint", "--update-baseline needs --baseline FILE");
  let broken = 0;
  const [{ createProgress }, { readBaselineIfExists, writeBaseline }] = await Promise.all([import("./progress.js"), import("./baseline.js")]);
  const progress = createProgress(io.stderr);
  const report = await checker.checkBatch(args.files, {
    ...options, baseline: args.updateBaseline ? undefined : options.baseline, jobs: args.jobs,
    onProblem: (error) => {
      broken += 1;
      progress.finish();
      note(error.message);
    },
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  if (args.updateBaseline) {
    const baseline = checker.createBaseline(report.files, readBaselineIfExists(args.baseline!));
    writeBaseline(args.baseline!, baseline);
    note(`${args.baseline!}: baseline written with ${baseline.entries.length} accepted finding(s)`);
    return broken > 0 ? EXIT_ERROR : EXIT_OK;
  }
  emitReport(report, args);
  const code = exitCode(report, args.failOn ?? (options.config as Config | undefined)?.failOn ?? "error", args.maxWarnings);
  return broken > 0 ? EXIT_ERROR : code;
}

/** Total size of the named files; standard input and paths that are not files count 0 (the run reports those). */
function inputBytes(files: readonly string[]): number {
  let total = 0;
  for (const file of files) {
    if (file === "-") continue;
    try {
      const stats = statSync(file);
      if (stats.isFile()) total += stats.size;
    } catch {
      // a missing or unreadable file is reported by the run itself
    }
  }
  return total;
}

/**
 * For a large single-article input (heap-cap.ts): runs this same command again under a heap limit and
 * returns its exit code, or null to run the command here: the input is small, a limit is set already,
 * the child could not start, or it ran out of its limit (said on stderr; the check then runs uncapped).
 * The child's standard error is passed on when it ends, without V8's report if it ran out of memory.
 */
async function runCapped(files: readonly string[]): Promise<number | null> {
  const script = io.script; // a run in a test process never starts itself again
  if (script === undefined) return null;
  const cap = heapCapFor(inputBytes(files), io.env, process.execArgv);
  if (cap === null) return null;
  const child = spawn(process.execPath, [`--max-old-space-size=${cap}`, ...process.execArgv, script, ...runArgs], {
    stdio: ["inherit", "inherit", "pipe"], env: cappedEnv(io.env),
  });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  const end = await new Promise<{ status: number | null; signal: NodeJS.Signals | null } | null>((resolveEnd) => {
    child.on("error", () => resolveEnd(null));
    child.on("close", (status, signal) => resolveEnd({ status, signal }));
  });
  if (end === null) return null;
  if (isOutOfMemoryExit(end.status, end.signal)) {
    note(`the check outgrew its ${cap} MB heap limit; checking again without a limit`);
    return null;
  }
  io.stderr.write(Buffer.concat(stderr).toString());
  return end.status ?? EXIT_ERROR;
}

async function runCheck(args: CheckArgs): Promise<number> {
  const [{ readBaseline }, { isBatchRequest }] = await Promise.all([import("./baseline.js"), import("./batch.js")]);
  const isBatch = isBatchRequest(args.files, args.batch);
  if (!isBatch) {
    const code = await runCapped(args.files);
    if (code !== null) return code;
  }
  const checker = await loadChecker();
  const config = loadCliConfig(checker, args);
  const overrides = checker.parseRuleOverrides(args.rule, checker.RULES);
  checkJobs(args.jobs);
  if (isBatch) {
    const baseline = args.baseline === undefined || args.updateBaseline ? undefined : readBaseline(args.baseline);
    return runBatch(checker, args, { config, overrides, onNote: note, baseline });
  }
  if (args.updateBaseline) {
    if (args.baseline === undefined) throw new InputError("translint", "--update-baseline needs --baseline FILE");
    return updateBaseline(checker, args, args.baseline, { config, overrides, onNote: note });
  }
  const baseline = args.baseline === undefined ? undefined : readBaseline(args.baseline);
  const report = await checker.checkLargeFiles(args.files, { config, overrides, onNote: note, baseline, jobs: args.jobs });
  emitReport(report, args);
  return exitCode(report, args.failOn ?? config?.failOn ?? "error", args.maxWarnings);
}

async function runAlign(args: CommonArgs): Promise<number> {
  const code = await runCapped(args.files);
  if (code !== null) return code;
  const [{ alignFiles }, { default: alignView }] = await Promise.all([import("./index.js"), import("./formatters/align-view.js")]);
  const report = alignFiles(args.files, note);
  if (args.format === "json") emitReport(report, args);
  else emit(alignView(report, formatOptions(args)), args);
  return EXIT_OK;
}

/** Backups tried before giving up: <file>.bak, then <file>.bak.1 ... */
const MAX_BACKUPS = 100;

/** Writes the original bytes to the first free name of <file>.bak, <file>.bak.1, ... (never overwriting) and returns it. */
function writeBackup(path: string, bytes: Uint8Array): string {
  for (let n = 0; n < MAX_BACKUPS; n += 1) {
    const backup = n === 0 ? `${path}.bak` : `${path}.bak.${n}`;
    try {
      writeFileSync(backup, bytes, { flag: "wx" }); // wx: fails if the name exists
      return backup;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw new InputError(backup, `cannot write backup (${code ?? "error"})`);
    }
  }
  throw new InputError(path, `no free backup name (${path}.bak to ${path}.bak.${MAX_BACKUPS - 1} exist); remove old backups`);
}

/** --write: the original bytes go to a backup first, then the fixed bytes replace the file's content. */
function writeFix(fix: FileFix): void {
  const backup = writeBackup(fix.path, fix.original);
  try {
    writeFileSync(fix.path, fix.fixed);
  } catch (error) {
    throw new InputError(fix.path, `cannot write (${(error as NodeJS.ErrnoException).code ?? "error"}); the original is in ${backup}`);
  }
  note(`${fix.path}: fixed; the original is in ${backup}`);
}

const plural = (n: number, word: string, many: string): string => `${n} ${n === 1 ? word : many}`;

/** translint fix: prints (or with --write applies) a patch of every derivable suggestion; skipped ones go to stderr. */
async function runFix(args: FixArgs): Promise<number> {
  const { STDIN_NAME } = await import("./read-input.js");
  if (args.files.length > 2) throw new InputError("translint fix", `expected 1 file (mixed or bilingual) or 2 files (source, target), got ${args.files.length}`);
  if (args.files.includes("-")) throw new InputError(STDIN_NAME, "fix needs named files, not standard input");
  const code = await runCapped(args.files);
  if (code !== null) return code;
  const checker = await loadChecker();
  const { readBaseline } = await import("./baseline.js");
  const config = loadCliConfig(checker, args);
  const overrides = checker.parseRuleOverrides(args.rule, checker.RULES);
  const baseline = args.baseline === undefined ? undefined : readBaseline(args.baseline);
  const fix = checker.fixFiles(args.files, { config, overrides, onNote: note, baseline });
  for (const skipped of fix.skipped) io.stderr.write(`${checker.describeSkipped(skipped)}\n`);
  const skippedText = `${fix.skipped.length} skipped`;
  if (args.output || !args.write) emit(fix.patch, args); // first, so a backup never takes the --output name
  if (args.write && fix.edits.length > 0) writeFix(fix);
  if (fix.edits.length === 0) note(fix.skipped.length > 0 ? `no fixes, ${skippedText}` : "no fixes");
  else note(`${plural(fix.edits.length, "fix", "fixes")} ${args.write ? "applied" : "proposed"}, ${skippedText}`);
  return EXIT_OK;
}

/** True for a RuleError; it can only come from the engine, which is loaded by then (Node does not load it twice). */
async function isRuleCrash(error: unknown): Promise<boolean> {
  return import("./engine.js").then((engine) => error instanceof engine.RuleError, () => false);
}

/** Turns any failure into one line on stderr and exit code 2; a stack trace only with TRANSLINT_DEBUG. */
async function fail(error: unknown): Promise<number> {
  if (error instanceof InputError) note(error.message);
  else if (await isRuleCrash(error)) note(`internal error in ${(error as Error).message}`);
  else note(`internal error: ${error instanceof Error ? error.message : String(error)}`);
  if (io.env.TRANSLINT_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ""}\n`);
  return EXIT_ERROR;
}

/** A command's exit code: its result, or 2 with a one-line message for a failure. */
async function guarded(command: () => number | Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    return fail(error);
  }
}

/** A rule id's shape (STYLE.md §2), which is also its file name in rules/. */
const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * translint explain: the doc of a registered rule (rules/<id>.md), read without loading the rules when
 * the rule's module and doc exist (every rules/*.ts but index.ts is registered: rule-files.test.ts);
 * anything else goes to explainRule, which lists the known ids.
 */
async function runExplain(id: string): Promise<number> {
  const doc = join(packageRoot(), "rules", `${id}.md`);
  const isRuleFile = RULE_ID.test(id) && id !== "index" && existsSync(new URL(`../rules/${id}.js`, import.meta.url)) && existsSync(doc);
  io.stdout.write(isRuleFile ? readFileSync(doc, "utf8") : (await import("./index.js")).explainRule(id));
  return EXIT_OK;
}

/** yargs drops a bare "-" argument, so it is swapped for this token before parsing and back after. */
const STDIN_TOKEN = "\u0000stdin";

function restoreStdin<T extends { files: string[] }>(argv: T): T {
  return { ...argv, files: argv.files.map((f) => (f === STDIN_TOKEN ? "-" : f)) };
}

const FILES_DESCRIPTION = "one mixed Korean/English file, or a Korean source and its English translation ('-' = standard input)";

/**
 * A reader that stops early (`translint check … | head`) closes the pipe: the rest of the output is
 * dropped without a stack trace and the exit code stays the run's. Any other failure to write standard
 * output is one line and exit code 2.
 */
function guardStdout(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
    note(`cannot write to standard output (${error.code ?? error.message})`);
    process.exit(EXIT_ERROR);
  });
}

/** Flags that make yargs print its help or the version instead of running a command. */
const HELP_FLAGS = new Set(["--help", "--version"]);

/**
 * `translint check FILE…` runs as `translint FILE…`, the same command and options: yargs lays out the
 * whole help text (~20 ms, a tenth of a short check's start-up) whenever a command is named, in case
 * its handler asks for help, and not for the default command. Asked for help, `check` stays named.
 */
function asDefaultCommand(args: readonly string[]): string[] {
  return args[0] === "check" && args.length > 1 && !args.some((arg) => HELP_FLAGS.has(arg)) ? args.slice(1) : [...args];
}

/** A usage error (yargs' message is said already): exit code 2. */
class UsageError extends Error {}

/** The command line: runs `args` (what follows `translint`) with `surroundings` and gives the exit code. */
export async function run(args: readonly string[], surroundings: CliIo): Promise<number> {
  io = surroundings;
  runArgs = args;
  let code = EXIT_OK;
  const settle = async (command: () => number | Promise<number>) => { code = await guarded(command); };
  try {
    await yargs(asDefaultCommand(args).map((arg) => (arg === "-" ? STDIN_TOKEN : arg)))
      .scriptName("translint")
      // yargs' own messages in English like the rest of translint's output, whatever the locale (the bundled CLI ships no yargs locale files)
      .locale("en")
      .usage("$0 [check] <files..>  Check an English translation of a Korean article")
      .command(["check <files..>", "$0 <files..>"], "check a translation and report errors", (y) => y
        .positional("files", { type: "string", array: true, demandOption: true, describe: `${FILES_DESCRIPTION}; or folders, globs or more than 2 files for a batch run` })
        .option("config", { type: "string", describe: "config file (default: nearest translint.config.json)" })
        .option("rule", { type: "string", array: true, default: [] as string[], describe: "override a rule's severity: id=off|info|warning|error" })
        .option("fail-on", { choices: SEVERITIES, describe: "lowest severity that makes the exit code 1 (default: error)" })
        .option("max-warnings", { type: "number", default: -1, describe: "exit 1 when there are more warnings than this (-1: no limit)" })
        .option("baseline", { type: "string", describe: "ignore the accepted findings recorded in this file (see README, Accepted findings)" })
        .option("update-baseline", { type: "boolean", describe: "write every current finding to the --baseline file and exit 0" })
        .option("batch", { type: "boolean", describe: "check every article in the given files, folders and globs (automatic for a folder, a glob or more than 2 files)" })
        .option("jobs", { alias: "j", type: "number", describe: "worker threads for a batch run; 1 = in-process (default: one fewer than the number of CPUs, at least 1); for one article of 5,000 paragraphs or more, 1 keeps its alignment on the main thread" }),
      (argv) => settle(() => runCheck(restoreStdin(argv as unknown as CheckArgs))))
      .command("fix <files..>", "print a patch applying every derivable suggestion (--write: apply it, keeping a backup)", (y) => y
        .positional("files", { type: "string", array: true, demandOption: true, describe: "one mixed or bilingual file, or a Korean source and its English translation" })
        .option("config", { type: "string", describe: "config file (default: nearest translint.config.json)" })
        .option("rule", { type: "string", array: true, default: [] as string[], describe: "override a rule's severity: id=off|info|warning|error (off: not fixed)" })
        .option("baseline", { type: "string", describe: "accepted findings in this file are not fixed" })
        .option("write", { type: "boolean", describe: "apply the fixes to the English file after saving the original as <file>.bak (or .bak.1, ...)" }),
      (argv) => settle(() => runFix(restoreStdin(argv as unknown as FixArgs))))
      .command("explain <rule>", "print a rule's documentation: why, bad and good examples, options", (y) => y
        .positional("rule", { type: "string", demandOption: true, describe: "rule id, e.g. title-mismatch" }),
      (argv) => settle(() => runExplain(String(argv.rule))))
      .command("align <files..>", "show how the Korean and English paragraphs align", (y) => y
        .positional("files", { type: "string", array: true, demandOption: true, describe: FILES_DESCRIPTION }),
      (argv) => settle(() => runAlign(restoreStdin(argv as unknown as CommonArgs))))
      .option("format", { alias: "f", choices: Object.keys(FORMATTERS), default: "table", describe: "output format" })
      .option("output", { alias: "o", type: "string", describe: "write the report to this file instead of standard output" })
      .option("color", { type: "boolean", describe: "force colour on or off (default: on for a terminal unless NO_COLOR)" })
      .option("verbose", { type: "boolean", default: false, describe: "show each finding's sentence in the table, its words highlighted" })
      .strict()
      .demandCommand(1, "give a file to check (see --help)")
      .fail((message, error) => {
        if (error) throw error;
        note(`${message} (see --help)`);
        throw new UsageError(message);
      })
      .help()
      .version()
      .exitProcess(false)
      .parseAsync();
  } catch (error) {
    code = error instanceof UsageError ? EXIT_ERROR : await fail(error);
  }
  return code;
}

/** True when this module is the script Node was started with (the bin), not a module imported by a test. */
function isBin(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isBin()) {
  guardStdout();
  const surroundings: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: () => process.cwd(), script: process.argv[1] };
  void run(hideBin(process.argv), surroundings).then((code) => { process.exitCode = code; });
}
