/** `translint fix` through the command line (helpers/cli.ts): the patch, git apply, --write, backups, errors. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFiles } from "../src/index.js";
import type { Finding } from "../src/types.js";
import { ROOT, runCli, spawnCli, type CliResult } from "./helpers/cli.js";

const SAMPLE = join(ROOT, "samples", "us-china-military-talks", "article.txt");
const BILINGUAL = join(ROOT, "__tests__", "fixtures", "bilingual");
const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n";
/** A BOM, CRLF line ends, a repeated word and a wrong unit (billion for 조). */
const EN_BAD = "\uFEFFGovernment unveils budget\r\n\r\nThe government said on the 28th that it had set the the budget at 656 billion won.\r\n";
const EN_FIXED = "\uFEFFGovernment unveils budget\r\n\r\nThe government said on the 28th that it had set the budget at 656 trillion won.\r\n";
/** A time in the past, so that a rewritten file would show a new mtime. */
const PAST = new Date("2020-01-02T03:04:05Z");
const HAS_GIT = spawnSync("git", ["--version"]).status === 0;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", GIT_CONFIG_NOSYSTEM: "1", HOME: cwd } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** translint in this process (helpers/cli.ts); standard input only through the built bin. */
const cli = (args: string[], cwd: string): Promise<CliResult> => Promise.resolve(args.includes("-") ? spawnCli(args, undefined, cwd) : runCli(args, cwd));

function folder(contents: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "translint-fix-"));
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Every file in a folder with its bytes and mtime, to prove that nothing was written. */
function snapshot(dir: string): Record<string, { bytes: string; mtime: number }> {
  return Object.fromEntries(readdirSync(dir).filter((name) => name !== ".git").map((name) => {
    const path = join(dir, name);
    return [name, { bytes: readFileSync(path).toString("base64"), mtime: statSync(path).mtimeMs }];
  }));
}

/** The findings of a check of the files, in-process (a CLI spawn per check would double this suite's time). */
function findings(names: string[], cwd: string): Finding[] {
  return checkFiles(names.map((name) => join(cwd, name))).files[0]!.findings;
}

/** Skipped suggestions named on stderr ("file:line:col rule: skipped, ..."), as "line:col rule". */
function skippedKeys(stderr: string): Set<string> {
  return new Set([...stderr.matchAll(/^\S+?:(\d+):(\d+) ([\w-]+): skipped, .+$/gm)].map((m) => `${m[1]}:${m[2]} ${m[3]}`));
}

const key = (f: Finding) => `${f.rule}|${f.messageId}|${f.actual ?? ""}`;

describe("translint fix on the sample (a mixed file)", () => {
  const dir = folder();
  copyFileSync(SAMPLE, join(dir, "article.txt"));
  utimesSync(join(dir, "article.txt"), PAST, PAST);
  const original = readFileSync(SAMPLE);
  const before = findings(["article.txt"], dir);
  const untouched = snapshot(dir);
  let fix: CliResult;
  beforeAll(async () => {
    fix = await cli(["fix", "article.txt"], dir);
  });

  it("prints a patch with a/ and b/ headers, names every skipped suggestion and ends with a summary", async () => {
    expect(fix.code).toBe(0);
    expect(fix.stdout.split("\n").slice(0, 2)).toEqual(["--- a/article.txt", "+++ b/article.txt"]);
    const lines = fix.stderr.trimEnd().split("\n");
    const summary = /^translint: (\d+) fix(?:es)? proposed, (\d+) skipped$/.exec(lines.at(-1)!);
    expect(summary).not.toBeNull();
    expect(Number(summary![1])).toBeGreaterThan(0);
    expect(lines.slice(0, -1)).toEqual(lines.slice(0, -1).filter((line) => /^article\.txt:\d+:\d+ [\w-]+: skipped, .+$/.test(line)));
    expect(lines.length - 1).toBe(Number(summary![2]));
    expect(fix.stderr).toMatch(/: skipped, overlaps [\w-]+ at \d+:\d+ /); // the sample has nested suggestions
  });

  it("writes nothing without --write", async () => {
    expect(snapshot(dir)).toEqual(untouched);
  });

  (HAS_GIT ? it : it.skip)("is accepted by git apply; the fixed findings are gone, no new error appears, the Korean lines are unchanged", async () => {
    const repo = folder();
    copyFileSync(SAMPLE, join(repo, "article.txt"));
    writeFileSync(join(repo, "fix.patch"), fix.stdout);
    expect(run("git", ["init", "-q"], repo).code).toBe(0);
    expect(run("git", ["apply", "--check", "fix.patch"], repo)).toMatchObject({ code: 0, stderr: "" });
    expect(run("git", ["apply", "fix.patch"], repo).code).toBe(0);

    const after = findings(["article.txt"], repo);
    const skipped = skippedKeys(fix.stderr);
    const fixed = before.filter((f) => f.suggestion !== null && !skipped.has(`${f.target!.line}:${f.target!.column} ${f.rule}`));
    expect(fixed.length).toBeGreaterThan(0);
    const reappearing = after.filter((f) => fixed.some((g) => key(g) === key(f)));
    // One fix can make another finding fixable (garbled-pair rebuilds a pair with the writer's "U.S." while
    // variant-consistency turns the other "U.S." into "US"); fix re-checks its own result, so nothing comes back.
    expect(reappearing.map((f) => [f.rule, f.messageId, f.actual])).toEqual([]);
    const beforeKeys = new Set(before.map(key));
    expect(after.filter((f) => f.severity === "error" && !beforeKeys.has(key(f)))).toEqual([]);

    const patched = readFileSync(join(repo, "article.txt"), "utf8").split("\n");
    const lines = original.toString("utf8").split("\n");
    expect(patched).toHaveLength(lines.length);
    const report = checkFiles([join(repo, "article.txt")]);
    const englishLines = new Set(report.files[0]!.target.paragraphs.map((p) => p.line));
    const changed = lines.flatMap((line, i) => (line === patched[i] ? [] : [i + 1]));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((n) => !englishLines.has(n))).toEqual([]); // only English lines change
    for (const p of report.files[0]!.source.paragraphs) expect(patched[p.line - 1]).toBe(lines[p.line - 1]);

    expect(await cli(["fix", "article.txt"], repo)).toMatchObject({ code: 0, stdout: "", stderr: "translint: no fixes\n" });
  });

  (HAS_GIT ? it : it.skip)("--write keeps the original in article.txt.bak and gives the same bytes as git apply", async () => {
    const repo = folder();
    copyFileSync(SAMPLE, join(repo, "article.txt"));
    writeFileSync(join(repo, "fix.patch"), fix.stdout);
    run("git", ["init", "-q"], repo);
    expect(run("git", ["apply", "fix.patch"], repo).code).toBe(0);
    const applied = readFileSync(join(repo, "article.txt"));

    const work = folder();
    copyFileSync(SAMPLE, join(work, "article.txt"));
    const written = await cli(["fix", "article.txt", "--write"], work);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("");
    expect(written.stderr).toMatch(/^translint: article\.txt: fixed; the original is in article\.txt\.bak$/m);
    expect(written.stderr).toMatch(/^translint: \d+ fix(?:es)? applied, \d+ skipped$/m);
    expect(readFileSync(join(work, "article.txt.bak")).equals(original)).toBe(true);
    expect(readFileSync(join(work, "article.txt")).equals(applied)).toBe(true);

    expect(await cli(["fix", "article.txt", "--write"], work)).toMatchObject({ code: 0, stderr: "translint: no fixes\n" }); // nothing left, nothing written
    expect(readdirSync(work).sort()).toEqual(["article.txt", "article.txt.bak"]);
    copyFileSync(SAMPLE, join(work, "article.txt")); // the errors are back, and the backup name is taken: the next free one is used
    const again = await cli(["fix", "article.txt", "--write"], work);
    expect(again.stderr).toMatch(/the original is in article\.txt\.bak\.1$/m);
    expect(readFileSync(join(work, "article.txt.bak")).equals(original)).toBe(true);
    expect(readFileSync(join(work, "article.txt.bak.1")).equals(original)).toBe(true);
    expect(readFileSync(join(work, "article.txt")).equals(applied)).toBe(true);
  });
});

describe("translint fix on a Korean and an English file", () => {
  it("fixes only the English file, keeping its BOM and CRLF; the Korean file keeps its bytes and mtime", async () => {
    const dir = folder({ "ko.txt": KO, "en.txt": EN_BAD });
    utimesSync(join(dir, "ko.txt"), PAST, PAST);
    const dry = await cli(["fix", "ko.txt", "en.txt"], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe("--- a/en.txt\n+++ b/en.txt\n@@ -1,3 +1,3 @@\n \uFEFFGovernment unveils budget\r\n \r\n"
      + "-The government said on the 28th that it had set the the budget at 656 billion won.\r\n"
      + "+The government said on the 28th that it had set the budget at 656 trillion won.\r\n");
    expect(dry.stderr).toBe("translint: 2 fixes proposed, 0 skipped\n");

    const written = await cli(["fix", "ko.txt", "en.txt", "--write"], dir);
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, "en.txt"), "utf8")).toBe(EN_FIXED);
    expect(readFileSync(join(dir, "en.txt.bak"), "utf8")).toBe(EN_BAD);
    expect(readFileSync(join(dir, "ko.txt"), "utf8")).toBe(KO);
    expect(statSync(join(dir, "ko.txt")).mtimeMs).toBe(PAST.getTime());
    expect(readdirSync(dir).sort()).toEqual(["en.txt", "en.txt.bak", "ko.txt"]);
  });

  it("--output writes the patch to a file, and never onto an input file", async () => {
    const dir = folder({ "ko.txt": KO, "en.txt": EN_BAD });
    const written = await cli(["fix", "ko.txt", "en.txt", "--output", "fix.patch"], dir);
    expect(written).toMatchObject({ code: 0, stdout: "" });
    expect(readFileSync(join(dir, "fix.patch"), "utf8")).toContain("+The government said on the 28th that it had set the budget at 656 trillion won.\r\n");
    const onto = await cli(["fix", "ko.txt", "en.txt", "--output", "ko.txt"], dir);
    expect(onto).toMatchObject({ code: 2, stdout: "", stderr: "translint: ko.txt: refusing to overwrite an input file\n" });
    expect(readFileSync(join(dir, "ko.txt"), "utf8")).toBe(KO);
    expect(readFileSync(join(dir, "en.txt"), "utf8")).toBe(EN_BAD);
  });

  it("does not fix what --rule turns off or the baseline accepts", async () => {
    const dir = folder({ "ko.txt": KO, "en.txt": EN_BAD });
    const partial = await cli(["fix", "ko.txt", "en.txt", "--rule", "repeated-word=off"], dir);
    expect(partial.stdout).toContain("+The government said on the 28th that it had set the the budget at 656 trillion won.\r\n");
    expect(partial.stderr).toBe("translint: 1 fix proposed, 0 skipped\n");
    expect((await cli(["ko.txt", "en.txt", "--baseline", "accepted.json", "--update-baseline"], dir)).code).toBe(0);
    expect(await cli(["fix", "ko.txt", "en.txt", "--baseline", "accepted.json"], dir)).toMatchObject({ code: 0, stdout: "", stderr: "translint: no fixes\n" });
    const config = await cli(["fix", "ko.txt", "en.txt", "--config", "missing.json"], dir);
    expect(config.code).toBe(2);
    expect(config.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("prints nothing and says so when there is nothing to fix", async () => {
    const dir = folder({ "ko.txt": KO, "en.txt": EN_FIXED });
    const before = snapshot(dir);
    expect(await cli(["fix", "ko.txt", "en.txt", "--write"], dir)).toMatchObject({ code: 0, stdout: "", stderr: "translint: no fixes\n" });
    expect(snapshot(dir)).toEqual(before);
  });

  it("exits 2 with one line for bad input", async () => {
    const dir = folder({ "ko.txt": KO, "en.txt": EN_BAD, "utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN_BAD.slice(1), "utf16le")]) });
    const before = snapshot(dir);
    const cases: [string[], RegExp][] = [
      [["fix", "ko.txt", "nope.txt"], /^translint: nope\.txt: no such file\n$/],
      [["fix", "ko.txt", "-"], /^translint: <stdin>: fix needs named files, not standard input\n$/],
      [["fix", "ko.txt", "en.txt", "en.txt"], /^translint: translint fix: expected 1 file \(mixed or bilingual\) or 2 files \(source, target\), got 3\n$/],
      [["fix", "ko.txt", "utf16.txt", "--write"], /^translint: utf16\.txt: fix writes UTF-8 files only and this one is utf-16le; convert it to UTF-8 first\n$/],
    ];
    for (const [args, stderr] of cases) {
      const result = await cli(args, dir);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(stderr);
    }
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("translint fix on bilingual files", () => {
  (HAS_GIT ? it.each(["excerpt.xlf", "excerpt-2.0.xlf", "excerpt.tmx", "excerpt.csv", "excerpt.tsv"]) : it.skip.each(["-"]))(
    "%s: the patch applies, the file still reads and the fixed findings are gone", async (name) => {
      const dir = folder();
      copyFileSync(join(BILINGUAL, name), join(dir, name));
      const before = findings([name], dir);
      const fix = await cli(["fix", name], dir);
      expect(fix.code).toBe(0);
      writeFileSync(join(dir, "fix.patch"), fix.stdout);
      run("git", ["init", "-q"], dir);
      expect(run("git", ["apply", "fix.patch"], dir)).toMatchObject({ code: 0, stderr: "" });
      const skipped = skippedKeys(fix.stderr);
      const fixed = before.filter((f) => f.suggestion !== null && !skipped.has(`${f.target!.line}:${f.target!.column} ${f.rule}`));
      expect(fixed.length).toBeGreaterThan(0);
      const after = findings([name], dir);
      expect(after.filter((f) => fixed.some((g) => key(g) === key(f)))).toEqual([]);
      const beforeKeys = new Set(before.map(key));
      expect(after.filter((f) => f.severity === "error" && !beforeKeys.has(key(f)))).toEqual([]);
    });
});
