/** --baseline, --update-baseline and inline directives through the command line (helpers/cli.ts). */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./helpers/cli.js";

const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n";
const EN_TITLE = "Government unveils budget";
const EN_BODY = "The government said on the 28th that 내년 예산안 was set at 656 trillion won.";
const EN_BAD = `${EN_TITLE}\n\n${EN_BODY}\n`;

const cli = (args: string[]) => runCli(args);

function files(contents: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "translint-baseline-"));
  for (const [name, text] of Object.entries(contents)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("translint --baseline", () => {
  it("accepts recorded findings, keeps them accepted across reflowing, and brings them back when a word changes", async () => {
    const dir = files({ "ko.txt": KO, "en.txt": EN_BAD });
    const ko = join(dir, "ko.txt");
    const en = join(dir, "en.txt");
    const baseline = join(dir, "accepted.json");
    expect((await cli([ko, en])).code).toBe(1);

    const update = await cli([ko, en, "--baseline", baseline, "--update-baseline"]);
    expect(update.code).toBe(0);
    expect(update.stdout).toBe("");
    const written = JSON.parse(readFileSync(baseline, "utf8"));
    expect(written).toEqual({ version: 1, entries: [{ rule: "untranslated", side: "target", paragraphHash: expect.stringMatching(/^[0-9a-f]{64}$/), excerpt: "내년 예산안" }] });
    expect(readFileSync(en, "utf8")).toBe(EN_BAD);

    const accepted = await cli([ko, en, "--baseline", baseline, "--format", "json"]);
    expect(accepted.code).toBe(0);
    const report = JSON.parse(accepted.stdout);
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0 });
    expect(report.files[0].findings).toEqual([]);
    expect(report.files[0].suppressed).toEqual([expect.objectContaining({ rule: "untranslated", target: expect.objectContaining({ line: 3, text: "내년 예산안" }) })]);

    writeFileSync(en, `${EN_TITLE}\n\n\n${EN_BODY.replace("28th that ", "28th\nthat ")}\n`); // moved and re-wrapped
    expect((await cli([ko, en, "--baseline", baseline])).code).toBe(0);

    writeFileSync(en, `${EN_TITLE}\n\n${EN_BODY.replace("was set", "was fixed")}\n`);
    const changed = await cli([ko, en, "--baseline", baseline, "--format", "json"]);
    expect(changed.code).toBe(1);
    const findings = JSON.parse(changed.stdout).files[0].findings;
    expect(findings.map((f: { rule: string; messageId: string; severity: string }) => [f.rule, f.messageId, f.severity])).toEqual([
      ["baseline", "unusedEntry", "warning"], ["untranslated", "hangulInTarget", "error"],
    ]);
    expect((await cli([ko, en, "--baseline", baseline, "--format", "compact"])).stdout).toMatch(/: warning baseline .*내년 예산안/);
  });

  it("keeps the reason of entries still matching when updating", async () => {
    const dir = files({ "ko.txt": KO, "en.txt": EN_BAD });
    const [ko, en, baseline] = [join(dir, "ko.txt"), join(dir, "en.txt"), join(dir, "b.json")];
    expect((await cli([ko, en, "--baseline", baseline, "--update-baseline"])).code).toBe(0);
    const data = JSON.parse(readFileSync(baseline, "utf8"));
    data.entries[0].reason = "the ministry's own wording";
    writeFileSync(baseline, JSON.stringify(data));
    expect((await cli([ko, en, "--baseline", baseline, "--update-baseline"])).code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, "utf8")).entries[0].reason).toBe("the ministry's own wording");
  });

  it("exits 2 with one line for a malformed, missing or input-file baseline", async () => {
    const dir = files({ "ko.txt": KO, "en.txt": EN_BAD, "bad.json": "{ nope", "shape.json": '{"version": 1, "entries": {}}' });
    const [ko, en] = [join(dir, "ko.txt"), join(dir, "en.txt")];
    const cases: [string[], string][] = [
      [["--baseline", join(dir, "bad.json")], "bad.json:1:3: baseline is not valid JSON"],
      [["--baseline", join(dir, "shape.json")], 'shape.json: baseline "entries" must be an array'],
      [["--baseline", join(dir, "none.json")], "none.json: cannot read baseline: no such file"],
      [["--baseline", en, "--update-baseline"], "en.txt: refusing to overwrite an input file with the baseline"],
      [["--update-baseline"], "--update-baseline needs --baseline FILE"],
    ];
    for (const [args, message] of cases) {
      const r = await cli([ko, en, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
    expect(readFileSync(en, "utf8")).toBe(EN_BAD);
    expect(existsSync(join(dir, "none.json"))).toBe(false);
  });
});

describe("translint-disable-next-paragraph", () => {
  it("suppresses the rule in the next paragraph and warns about unknown ids", async () => {
    const en = `${EN_TITLE}\n\n<!-- translint-disable-next-paragraph untranslated, no-such-rule -- quoted as in the source -->\n${EN_BODY}\n`;
    const dir = files({ "ko.txt": KO, "en.txt": en });
    const r = await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--format", "json"]);
    expect(r.code).toBe(0);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.target.paragraphs.map((p: { line: number }) => p.line)).toEqual([1, 4]);
    expect(file.suppressed).toEqual([expect.objectContaining({ rule: "untranslated", target: expect.objectContaining({ line: 4 }) })]);
    expect(file.findings).toEqual([expect.objectContaining({ rule: "directive", messageId: "unknownRule", severity: "warning", actual: "no-such-rule" })]);
  });

  it("warns about a directive that suppresses nothing", async () => {
    const en = `${EN_TITLE}\n\n<!-- translint-disable-next-paragraph number-mismatch -->\n${EN_BODY}\n`;
    const dir = files({ "ko.txt": KO, "en.txt": en });
    const r = await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--format", "compact"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/en\.txt:3:1: warning directive /);
    expect(r.stdout).toMatch(/en\.txt:4:38: error untranslated /);
  });
});
