/** Batch runs: finding articles (folders, globs, pairs), the progress bar, and the built CLI end to end. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discoverArticles, expandGlob, groupArticles, isBatchRequest, segmentPattern } from "../src/batch.js";
import { checkBatch } from "../src/index.js";
import { createProgress, PROGRESS_DELAY_MS, renderBar } from "../src/progress.js";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "src", "cli.js");
const FIXTURES = join("__tests__", "fixtures", "batch");
const MIXED = join(FIXTURES, "mixed");
const ERRORS = join(FIXTURES, "errors");

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  files: { path: string; sourcePath: string; targetPath: string }[];
  summary: { files: number; errors: number };
}

describe("finding articles", () => {
  const cwd = process.cwd();
  beforeAll(() => process.chdir(ROOT));
  afterAll(() => process.chdir(cwd));

  it("asks for a batch for a folder, a glob, more than two files or --batch", () => {
    expect(isBatchRequest([MIXED])).toBe(true);
    expect(isBatchRequest(["x/*.txt"])).toBe(true);
    expect(isBatchRequest(["a.txt", "b.txt", "c.txt"])).toBe(true);
    expect(isBatchRequest(["a.txt"], true)).toBe(true);
    expect(isBatchRequest(["a.txt", "b.txt"])).toBe(false);
    expect(isBatchRequest(["-"])).toBe(false);
  });

  it("matches * and ? within one name only", () => {
    expect(segmentPattern("*.txt").test("a.ko.txt")).toBe(true);
    expect(segmentPattern("*.txt").test("a/b.txt")).toBe(false);
    expect(segmentPattern("?.txt").test("ab.txt")).toBe(false);
    expect(segmentPattern("a+(b).txt").test("a+(b).txt")).toBe(true);
  });

  it("expands ** over any number of folders, sorted", () => {
    expect(expandGlob(`${FIXTURES}/**/budget.ko.txt`)).toEqual([join(ERRORS, "budget.ko.txt"), join(MIXED, "budget.ko.txt")]);
    expect(expandGlob(`${MIXED}/b?????.txt`)).toEqual([join(MIXED, "broken.txt")]);
    expect(expandGlob(`${MIXED}/*.xlf`)).toEqual([]);
  });

  it("pairs name.ko.txt with name.en.txt and keeps other files alone", () => {
    const { articles, problems } = discoverArticles([MIXED]);
    expect(articles.map((a) => a.paths)).toEqual([
      [join(MIXED, "article.txt")],
      [join(MIXED, "broken.txt")],
      [join(MIXED, "budget.ko.txt"), join(MIXED, "budget.en.txt")],
    ]);
    expect(problems).toEqual([]);
  });

  it("finds a pair from either half and reports a half without its partner", () => {
    expect(groupArticles([join(MIXED, "budget.en.txt")]).articles.map((a) => a.paths)).toEqual([[join(MIXED, "budget.ko.txt"), join(MIXED, "budget.en.txt")]]);
    const lonely = groupArticles(["nowhere/lonely.ko.txt"]);
    expect(lonely.articles).toEqual([]);
    expect(lonely.problems.map((p) => p.message)).toEqual([`nowhere/lonely.ko.txt: pair is missing its English half ${join("nowhere", "lonely.en.txt")}`]);
  });

  it("reports a glob with no match and a folder with no article", () => {
    const empty = mkdtempSync(join(tmpdir(), "translint-batch-"));
    const { problems } = discoverArticles([`${MIXED}/*.nope`, empty]);
    expect(problems.map((p) => p.problem)).toEqual(["no files match", "no articles found in this folder"]);
  });
});

describe("checkBatch (in-process)", () => {
  it("returns one FileResult per good article and passes the broken ones to onProblem", async () => {
    const problems: string[] = [];
    const progress: [number, number][] = [];
    const report = await checkBatch([join(ROOT, MIXED)], { jobs: 1, onProblem: (e) => problems.push(e.file), onProgress: (d, t) => progress.push([d, t]) });
    expect(report.files.map((f) => f.path)).toEqual([join(ROOT, MIXED, "article.txt"), join(ROOT, MIXED, "budget.en.txt")]);
    expect(report.summary.files).toBe(2);
    expect(problems).toEqual([join(ROOT, MIXED, "broken.txt")]);
    expect(progress).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
  });

  it("throws the first input problem when there is no onProblem", async () => {
    await expect(checkBatch([join(ROOT, MIXED)], { jobs: 1 })).rejects.toThrow(/broken\.txt: only English text found/);
  });
});

describe("progress bar", () => {
  function stream(isTTY: boolean) {
    const written: string[] = [];
    return { written, isTTY, columns: 80, write: (text: string) => written.push(text) };
  }

  it("draws nothing when the stream is not a terminal", () => {
    const out = stream(false);
    let time = 0;
    const bar = createProgress(out, () => time);
    time = 10_000;
    bar.update(1, 5);
    bar.finish();
    expect(out.written).toEqual([]);
  });

  it("waits a moment, skips single articles, then draws and erases the bar", () => {
    const out = stream(true);
    let time = 0;
    const bar = createProgress(out, () => time);
    bar.update(1, 4);
    expect(out.written).toEqual([]);
    time = PROGRESS_DELAY_MS + 1;
    bar.update(1, 1);
    expect(out.written).toEqual([]);
    bar.update(2, 4);
    expect(out.written).toEqual([`\r${renderBar(2, 4)}\u001b[K`]);
    bar.finish();
    expect(out.written.at(-1)).toBe("\r\u001b[K");
  });

  it("renders the share done", () => {
    expect(renderBar(1, 4, 8)).toBe("[##------] 1/4 articles");
  });
});

describe("translint check in batch mode (built CLI)", () => {
  it("checks the good articles, names the broken file on stderr and exits 2", () => {
    const r = cli(["check", MIXED, "--format", "json", "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`translint: ${join(MIXED, "broken.txt")}: only English text found; a mixed file needs both languages (or give two files: source then target)\n`);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => [f.sourcePath, f.targetPath])).toEqual([
      [join(MIXED, "article.txt"), join(MIXED, "article.txt")],
      [join(MIXED, "budget.ko.txt"), join(MIXED, "budget.en.txt")],
    ]);
    expect(report.summary).toMatchObject({ files: 2, errors: 0 });
  });

  it("gives identical output for any number of jobs", () => {
    const one = cli(["check", FIXTURES, "-f", "json", "--jobs", "1"]);
    const two = cli(["check", FIXTURES, "-f", "json", "--jobs", "2"]);
    const four = cli(["check", FIXTURES, "-f", "json", "-j", "4"]);
    expect(one.code).toBe(2);
    expect((JSON.parse(one.stdout) as JsonReport).files).toHaveLength(5);
    expect(two.stdout).toBe(one.stdout);
    expect(four.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect([two.code, four.code]).toEqual([2, 2]);
  });

  it("checks only what a glob selects", () => {
    const r = cli(["check", `${FIXTURES}/**/budget.*.txt`, "-f", "json", "-j", "2"]);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => f.targetPath)).toEqual([join(ERRORS, "budget.en.txt"), join(MIXED, "budget.en.txt")]);
    expect(r.code).toBe(1);
  });

  it("exits 1 when an article has errors and nothing is broken, 0 when all are clean", () => {
    const errors = cli(["check", ERRORS, "-f", "compact"]);
    expect(errors.stderr).toBe("");
    expect(errors.code).toBe(1);
    expect(errors.stdout).toContain(`${join(ERRORS, "budget.en.txt")}:3:38: error untranslated`);
    const clean = cli(["check", join(ERRORS, "clean.txt"), join(ERRORS, "units.tsv"), "--batch", "-f", "json"]);
    expect(clean.code).toBe(0);
    expect((JSON.parse(clean.stdout) as JsonReport).summary).toMatchObject({ files: 2, errors: 0 });
  });

  it("writes no progress output when stderr is piped", () => {
    const r = cli(["check", ERRORS, "-f", "json", "-j", "2"]);
    expect(r.stderr).toBe("");
    expect(r.stderr).not.toContain("articles");
  });

  it("reports a missing file but still writes the report of the others to --output", () => {
    const out = join(mkdtempSync(join(tmpdir(), "translint-batch-")), "report.json");
    const r = cli(["check", join(ERRORS, "clean.txt"), join(ERRORS, "nope.txt"), join(ERRORS, "units.tsv"), "-f", "json", "-o", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^translint: ${join(ERRORS, "nope.txt").replace(/[.\\]/g, "\\$&")}: `));
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
    expect((JSON.parse(readFileSync(out, "utf8")) as JsonReport).files.map((f) => f.path)).toEqual([join(ERRORS, "clean.txt"), join(ERRORS, "units.tsv")]);
  });

  it("writes a baseline from every article and then accepts its findings", () => {
    const baseline = join(mkdtempSync(join(tmpdir(), "translint-batch-")), "baseline.json");
    const update = cli(["check", ERRORS, "--baseline", baseline, "--update-baseline", "-j", "2"]);
    expect(update.code).toBe(0);
    expect(update.stderr).toContain("baseline written with 1 accepted finding(s)");
    const r = cli(["check", ERRORS, "--baseline", baseline, "-f", "json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).summary).toMatchObject({ files: 3, errors: 0 });
  });

  it("rejects a bad --jobs value with exit 2", () => {
    const r = cli(["check", ERRORS, "--jobs", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--jobs must be a whole number");
  });
});
