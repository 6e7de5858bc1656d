/**
 * The command line's exit codes, streams and files: run in this process (helpers/cli.ts), the built bin
 * spawned where only a process shows the behaviour, and the two compared.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, ROOT, runCli, spawnCli, type CliResult } from "./helpers/cli.js";

const SAMPLE = join(ROOT, "samples", "us-china-military-talks", "article.txt");
const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n";
const EN_OK = "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n";
const EN_BAD = "Government unveils budget\n\nThe government said on the 28th that 내년 예산안 was set at 656 trillion won.\n";

/** The CLI in this process; with standard input, the built bin. */
async function cli(args: string[], input?: string, cwd = ROOT): Promise<CliResult> {
  return input === undefined ? runCli(args, cwd) : spawnCli(args, input, cwd);
}

function files(contents: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "translint-cli-"));
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("translint CLI", () => {
  const dir = files({ "ko.txt": KO, "ok.txt": EN_OK, "bad.txt": EN_BAD, "empty.txt": "  \n\n", "bin.txt": Buffer.from([0, 1, 2, 3, 255, 0]), "en-only.txt": EN_OK, "bad-config.json": "{ nope", "empty-config.json": "{}" });

  it("exits 0 on a clean translation", async () => {
    const r = await cli([join(dir, "ko.txt"), join(dir, "ok.txt")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 errors");
  });

  it("exits 1 when an error is found, whatever the format", async () => {
    for (const format of ["table", "json", "compact"]) {
      const r = await cli([join(dir, "ko.txt"), join(dir, "bad.txt"), "--format", format]);
      expect(r.code).toBe(1);
    }
  });

  it("prints the JSON contract", async () => {
    const r = await cli([join(dir, "ko.txt"), join(dir, "bad.txt"), "--format", "json"]);
    const report = JSON.parse(r.stdout);
    expect(report.tool.name).toBe("translint");
    expect(report.tool.rules.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(["omission", "untranslated", "name-drift"]));
    expect(report.tool.rules.find((r: { id: string }) => r.id === "untranslated")).toMatchObject({ category: expect.any(String), defaultSeverity: "error", docs: "rules/untranslated.md" });
    expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
    expect(report.files[0].findings[0]).toMatchObject({ rule: "untranslated", target: { line: 3, column: 38, text: "내년 예산안" } });
    expect(report.files[0].alignment).toEqual([{ source: [0], target: [0], score: expect.any(Number) }, { source: [1], target: [1], score: expect.any(Number) }]);
  });

  it("runs `check FILES` as the default command, and still shows check's own help", async () => {
    const named = await cli(["check", join(dir, "ko.txt"), join(dir, "bad.txt"), "--format", "json"]);
    const plain = await cli([join(dir, "ko.txt"), join(dir, "bad.txt"), "--format", "json"]);
    expect(named.code).toBe(1);
    expect(named.stdout).toBe(plain.stdout);
    const help = spawnCli(["check", "--help"]); // yargs prints help itself: the bin
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^translint check <files\.\.>/);
    expect(help.stdout).toContain("--max-warnings");
  });

  it("honours --fail-on and --rule", async () => {
    expect((await cli([join(dir, "ko.txt"), join(dir, "bad.txt"), "--rule", "untranslated=warning"])).code).toBe(0);
    expect((await cli([join(dir, "ko.txt"), join(dir, "bad.txt"), "--rule", "untranslated=warning", "--fail-on", "warning"])).code).toBe(1);
    expect((await cli([join(dir, "ko.txt"), join(dir, "bad.txt"), "--rule", "untranslated=warning", "--max-warnings", "0"])).code).toBe(1);
  });

  it("reads standard input for '-'", async () => {
    const r = await cli([join(dir, "ko.txt"), "-", "--format", "compact"], EN_BAD);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<stdin>:3:38: error untranslated/m);
  });

  it("gives the table format's exit code in the sarif, junit, github, markdown and html formats", async () => {
    const input = [join(dir, "ko.txt"), join(dir, "bad.txt")];
    const expected = (await cli(input)).code;
    expect(expected).toBe(1);
    for (const format of ["sarif", "junit", "github", "markdown", "html"]) {
      const r = await cli([...input, "--format", format]);
      expect([format, r.code, r.stderr]).toEqual([format, expected, ""]);
      expect(r.stdout.length).toBeGreaterThan(0);
      if (format === "sarif") expect(JSON.parse(r.stdout).version).toBe("2.1.0");
    }
  });

  it("runs the sample as a mixed file", async () => {
    const r = await cli([SAMPLE, "--format", "json"]);
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].source.paragraphs.length).toBeGreaterThan(20);
    expect(report.files[0].target.paragraphs.length).toBeGreaterThan(20);
  });

  it("decodes an EUC-KR file and says so on stderr", async () => {
    const fixture = join(ROOT, "__tests__", "fixtures", "input", "euc-kr-crlf.txt");
    const r = await cli([fixture, "--format", "json"]);
    expect(r.stderr).toMatch(/euc-kr-crlf\.txt: decoded as EUC-KR \(CP949\)/);
    expect(r.code).not.toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].source.paragraphs[0]).toEqual({ index: 0, line: 1, text: "미국 중국 첫 고위 군사회담" });
    expect(report.files[0].source.paragraphs[1].line).toBe(3);
  });

  it("merges a user glossary named in the config file", async () => {
    const own = files({
      "names.tsv": "# kind: names\n홍길동\tHong Gil-dong\tHong Kil-dong\ta fictional person for this test\n",
      "translint.config.json": JSON.stringify({ glossaries: ["names.tsv"] }),
      "ko.txt": "정부 예산안 발표\n\n홍길동 대변인은 정부가 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n",
      "en.txt": "Government unveils budget\n\nSpokesperson Hong Kil-dong said on the 28th that the government had set next year's budget at 656 trillion won.\n",
    });
    const without = await cli([join(own, "ko.txt"), join(own, "en.txt"), "-f", "json", "--config", join(dir, "empty-config.json")]);
    expect(JSON.parse(without.stdout).files[0].findings.filter((f: { rule: string }) => f.rule === "name-drift")).toEqual([]);
    const r = await cli(["ko.txt", "en.txt", "-f", "json"], undefined, own);
    const drift = JSON.parse(r.stdout).files[0].findings.filter((f: { rule: string }) => f.rule === "name-drift");
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ suggestion: "Hong Gil-dong", target: { text: "Hong Kil-dong" } });
  });

  it("explains a rule, and exits 2 for an unknown one", async () => {
    const r = await cli(["explain", "title-mismatch"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("# title-mismatch");
    expect(r.stdout).toContain("## Bad");
    const bad = await cli(["explain", "no-such-rule"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/unknown rule "no-such-rule"/);
  });

  it("shows the alignment", async () => {
    const r = await cli(["align", SAMPLE, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].findings).toEqual([]);
    const view = await cli(["align", SAMPLE]);
    expect(view.stdout).toMatch(/beads, \d+ unaligned/);
  });

  it("writes --output and refuses to overwrite an input", async () => {
    const out = join(dir, "report.json");
    expect((await cli([join(dir, "ko.txt"), join(dir, "ok.txt"), "-f", "json", "-o", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).summary.files).toBe(1);
    const r = await cli([join(dir, "ko.txt"), join(dir, "ok.txt"), "-o", join(dir, "ok.txt")]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "ok.txt"), "utf8")).toBe(EN_OK);
  });

  const BAD_INPUTS: [string, () => string[], RegExp][] = [
    ["a missing file", () => [join(dir, "nope.txt"), join(dir, "ok.txt")], /nope\.txt: no such file/],
    ["an empty file", () => [join(dir, "ko.txt"), join(dir, "empty.txt")], /empty\.txt: empty file/],
    ["a binary file", () => [join(dir, "bin.txt")], /bin\.txt: binary file/],
    ["only one language", () => [join(dir, "en-only.txt")], /en-only\.txt: only English text found/],
    ["a source with no Korean", () => [join(dir, "ok.txt"), join(dir, "ok.txt")], /ok\.txt: no Korean text found/],
    ["a config that is not JSON", () => [join(dir, "ko.txt"), join(dir, "ok.txt"), "--config", join(dir, "bad-config.json")], /bad-config\.json:1:3: config is not valid JSON: expected a property name in double quotes, found "n"$/m],
    ["an unknown rule", () => [join(dir, "ko.txt"), join(dir, "ok.txt"), "--rule", "no-such-rule=error"], /unknown rule "no-such-rule"/],
    ["an unknown option", () => [join(dir, "ko.txt"), "--frobnicate"], /Unknown argument/],
    // A folder, a glob or more than two files start a batch run instead: see __tests__/batch.test.ts.
  ];
  for (const [name, args, message] of BAD_INPUTS) {
    it(`exits 2 with one line for ${name}`, async () => {
      const r = await cli(args());
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it("stops quietly when the reader closes the pipe early, keeping the run's exit code", async () => {
    // `| true` exits without reading, so every write to the pipe fails with EPIPE
    for (const format of ["table", "json"]) {
      const script = `"${process.execPath}" "${CLI}" check "${SAMPLE}" --format ${format} | true; exit \${PIPESTATUS[0]}`;
      const r = spawnSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(1); // the sample has errors
    }
  });

  it("gives the same code, output and messages as the built bin", async () => {
    const cases = [
      [join(dir, "ko.txt"), join(dir, "bad.txt"), "--format", "json"],
      [join(dir, "ko.txt"), join(dir, "ok.txt")],
      ["check", join(dir, "bin.txt")],
      ["align", join(dir, "ko.txt"), join(dir, "ok.txt")],
      ["explain", "omission"],
      [join(dir, "ko.txt"), "--frobnicate"],
    ];
    for (const args of cases) expect([args, await runCli(args)]).toEqual([args, spawnCli(args)]);
  });

  it("writes nothing next to the inputs", async () => {
    const before = readdirSync(dir).sort();
    await cli([join(dir, "ko.txt"), join(dir, "bad.txt")]);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
