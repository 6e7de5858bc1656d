/**
 * Batch runs: finding the articles under folders and globs, and checking them in order, in-process or on
 * worker threads. Articles are mixed files (`*.txt`), pairs by naming convention (`name.ko.txt` with
 * `name.en.txt`) and bilingual files (XLIFF, TMX, TSV, CSV). Paths are sorted, so a run is deterministic.
 */
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { isBilingualPath } from "./bilingual/index.js";
import { InputError } from "./errors.js";

/** One article: a mixed or bilingual file, or a Korean source and its English target. */
export interface BatchArticle {
  readonly paths: readonly string[];
}

/** What one article gave: its result, or the input problem that stopped it. */
export type ArticleOutcome<R> =
  | { readonly ok: true; readonly result: R; readonly notes: readonly string[] }
  | { readonly ok: false; readonly file: string; readonly problem: string; readonly line?: number; readonly column?: number; readonly notes: readonly string[] };

export interface Discovery {
  readonly articles: BatchArticle[];
  /** Inputs that could not become an article (no match, a pair missing its other half), in path order. */
  readonly problems: InputError[];
}

const PAIR = /^(.*)\.(ko|en)\.txt$/;
const GLOB_CHARS = /[*?]/;

/** True when the arguments ask for a batch run: a folder, a glob, more than two files, or --batch. */
export function isBatchRequest(paths: readonly string[], batch = false): boolean {
  if (batch || paths.length > 2) return true;
  return paths.some((path) => path !== "-" && (GLOB_CHARS.test(path) || isDirectory(path)));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Files a folder walk picks up: text files and bilingual files; hidden entries are skipped. */
function isArticleFile(path: string): boolean {
  return /\.txt$/i.test(path) || isBilingualPath(path);
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && isArticleFile(path)) out.push(path);
  }
}

/** Turns one glob segment (`*`, `?`, no `/`) into an anchored regular expression. */
export function segmentPattern(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
  return new RegExp(`^${body}$`);
}

function listDir(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir === "" ? "." : dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith("."))
      .map((e) => ({ name: e.name, dir: e.isDirectory() || (e.isSymbolicLink() && isDirectory(join(dir, e.name))) }));
  } catch {
    return [];
  }
}

function matchSegments(dir: string, segments: readonly string[], out: Set<string>): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  if (head === "**") {
    matchSegments(dir, rest, out); // zero folders
    for (const entry of listDir(dir)) if (entry.dir) matchSegments(join(dir, entry.name), segments, out);
    return;
  }
  const last = rest.length === 0;
  if (!GLOB_CHARS.test(head)) {
    const path = dir === "" ? head : join(dir, head);
    if (last) {
      if (!isDirectory(path) && exists(path)) out.add(path);
    } else if (isDirectory(path)) matchSegments(path, rest, out);
    return;
  }
  const pattern = segmentPattern(head);
  for (const entry of listDir(dir)) {
    if (!pattern.test(entry.name)) continue;
    const path = dir === "" ? entry.name : join(dir, entry.name);
    if (last) {
      if (!entry.dir) out.add(path);
    } else if (entry.dir) matchSegments(path, rest, out);
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The files a glob matches (`*` and `?` within a name, `**` for any folders), sorted. */
export function expandGlob(pattern: string): string[] {
  const normalized = pattern.replace(/\\/g, "/");
  const absolute = normalized.startsWith("/");
  const segments = normalized.split("/").filter((s) => s !== "" && s !== ".");
  const out = new Set<string>();
  matchSegments(absolute ? "/" : "", segments, out);
  return [...out].sort();
}

/** Groups files into articles: `x.ko.txt` + `x.en.txt` become one pair, anything else stands alone. */
export function groupArticles(files: readonly string[]): Discovery {
  const unique = [...new Set(files)].sort();
  const given = new Set(unique);
  const seen = new Set<string>();
  const articles: BatchArticle[] = [];
  const problems: InputError[] = [];
  for (const file of unique) {
    const match = PAIR.exec(basename(file));
    if (!match) {
      articles.push({ paths: [file] });
      continue;
    }
    const stem = match[1]!;
    const ko = join(dirname(file), `${stem}.ko.txt`);
    const en = join(dirname(file), `${stem}.en.txt`);
    if (seen.has(ko)) continue;
    seen.add(ko);
    const isKo = match[2] === "ko";
    const other = isKo ? en : ko;
    if (!given.has(other) && !exists(other)) {
      problems.push(new InputError(file, `pair is missing its ${isKo ? "English" : "Korean"} half ${other}`));
      continue;
    }
    articles.push({ paths: [ko, en] });
  }
  articles.sort((a, b) => (a.paths[0]! < b.paths[0]! ? -1 : a.paths[0]! > b.paths[0]! ? 1 : 0));
  return { articles, problems };
}

/** Finds every article named by the arguments: files, folders (searched recursively) and globs. */
export function discoverArticles(args: readonly string[]): Discovery {
  const files: string[] = [];
  const problems: InputError[] = [];
  for (const arg of args) {
    if (arg === "-") problems.push(new InputError("<stdin>", "standard input cannot be part of a batch run"));
    else if (GLOB_CHARS.test(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) problems.push(new InputError(arg, "no files match"));
      files.push(...matches);
    } else if (isDirectory(arg)) {
      const found: string[] = [];
      walk(arg, found);
      if (found.length === 0) problems.push(new InputError(arg, "no articles found in this folder"));
      files.push(...found);
    } else files.push(arg); // a missing file is reported when it is read
  }
  const grouped = groupArticles(files);
  return { articles: grouped.articles, problems: [...problems, ...grouped.problems] };
}

/** The default number of worker threads. */
export function defaultJobs(): number {
  // one core stays with the main thread and V8's garbage collector: in-process checking alone keeps ~1.4
  // cores busy, and on a 2-core machine two workers checked 1,000 articles slower than none (BENCHMARKS.md)
  return Math.max(1, availableParallelism() - 1);
}

/** A message to a worker, and its answer (plain, structured-clone data). */
export interface WorkerRequest<O> {
  readonly index: number;
  readonly paths: readonly string[];
  readonly options: O;
}
export interface WorkerAnswer<R> {
  readonly index: number;
  readonly outcome: ArticleOutcome<R> | { readonly ok: "crash"; readonly message: string; readonly ruleId?: string };
}

/** Raised in the main thread when a worker reports a crash (not an input problem). */
export class WorkerCrash extends Error {
  constructor(message: string, readonly ruleId?: string) {
    super(message);
  }
}

/**
 * Runs `work` for each article in order and returns the outcomes in input order. With jobs > 1 the
 * articles go to worker threads running `workerUrl`, which answers WorkerRequest with WorkerAnswer.
 */
export async function runArticles<O, R>(
  articles: readonly BatchArticle[],
  options: { jobs: number; workerUrl: URL; workerOptions: O; run: (paths: readonly string[]) => ArticleOutcome<R>; onProgress?: (done: number) => void },
): Promise<ArticleOutcome<R>[]> {
  const jobs = Math.max(1, Math.min(Math.floor(options.jobs) || 1, articles.length));
  if (jobs === 1) {
    const outcomes: ArticleOutcome<R>[] = [];
    for (const article of articles) {
      outcomes.push(options.run(article.paths));
      options.onProgress?.(outcomes.length);
    }
    return outcomes;
  }
  const outcomes = new Array<ArticleOutcome<R>>(articles.length);
  let next = 0;
  let done = 0;
  let stopped = false;
  const startWorker = () => new Promise<void>((resolveWorker, rejectWorker) => {
    const worker = new Worker(options.workerUrl);
    const send = () => {
      if (stopped || next >= articles.length) {
        void worker.terminate().then(() => resolveWorker());
        return;
      }
      const index = next++;
      worker.postMessage({ index, paths: articles[index]!.paths, options: options.workerOptions } satisfies WorkerRequest<O>);
    };
    worker.on("message", (answer: WorkerAnswer<R>) => {
      const outcome = answer.outcome;
      if (outcome.ok === "crash") {
        stopped = true;
        void worker.terminate();
        rejectWorker(new WorkerCrash(outcome.message, outcome.ruleId));
        return;
      }
      outcomes[answer.index] = outcome;
      options.onProgress?.(++done);
      send();
    });
    worker.on("error", (error) => {
      stopped = true;
      rejectWorker(error);
    });
    send();
  });
  await Promise.all(Array.from({ length: jobs }, startWorker));
  return outcomes;
}
