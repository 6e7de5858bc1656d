/** src/fix.ts: suggestions -> edits on the raw text, overlap resolution, applying edits, the patch. */
import { applyPatch } from "diff";
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyEdits, createFixPatch, describeSkipped, fixFormat, patchLabel, planFixes, resolveOverlaps, type FixEdit, type PlanOptions } from "../src/fix.js";
import { fixFiles, InputError } from "../src/index.js";
import type { Finding, Severity } from "../src/types.js";

/** Rule order used by these tests (a made-up registry: earlier wins a tie on severity). */
const ORDER = ["first-rule", "second-rule", "third-rule"];
const TEXT_OPTIONS: PlanOptions = { file: "en.txt", format: "text", ruleOrder: ORDER };

interface FindingSpec {
  rule?: string;
  severity?: Severity;
  line: number;
  column: number;
  text: string;
  suggestion: string | null;
  file?: string;
  endLine?: number;
  endColumn?: number;
}

/** A finding whose target is `text` at line:column (single line unless endLine/endColumn say otherwise). */
function finding(spec: FindingSpec): Finding {
  const file = spec.file ?? "en.txt";
  return {
    rule: spec.rule ?? "first-rule", severity: spec.severity ?? "error", category: "test", messageId: "m", message: "m", docs: "",
    source: null,
    target: { file, paragraph: 0, line: spec.line, column: spec.column, endLine: spec.endLine ?? spec.line, endColumn: spec.endColumn ?? spec.column + spec.text.length, text: spec.text },
    suggestion: spec.suggestion, actual: spec.text, expected: spec.suggestion,
  };
}

const fixText = (text: string, findings: Finding[], options: PlanOptions = TEXT_OPTIONS) => {
  const plan = planFixes(findings, text, options);
  return { plan, after: applyEdits(text, plan.edits) };
};

describe("planFixes: placing suggestions", () => {
  it("replaces the target words found at line:column and nothing else", () => {
    const text = "Title\n\nThe the budget is 5 billion won.\n";
    const { plan, after } = fixText(text, [
      finding({ line: 3, column: 1, text: "The the", suggestion: "The" }),
      finding({ line: 3, column: 19, text: "5 billion won", suggestion: "5 trillion won" }),
    ]);
    expect(after).toBe("Title\n\nThe budget is 5 trillion won.\n");
    expect(plan.skipped).toEqual([]);
    expect(plan.edits.map((e) => [e.start, e.end, e.text])).toEqual([[7, 14, "The the"], [25, 38, "5 billion won"]]);
  });

  it("skips a suggestion whose words are not at its location, and says so", () => {
    const text = "Title\n\nThe budget is 5 billion won.\n";
    const stale = finding({ line: 3, column: 14, text: "5 billion won", suggestion: "5 trillion won" }); // one column off
    const noLine = finding({ line: 9, column: 1, text: "Title", suggestion: "Heading" });
    const { plan, after } = fixText(text, [stale, noLine]);
    expect(after).toBe(text);
    expect(plan.skipped.map((s) => s.reason)).toEqual([
      "the file's text at the location differs from the finding's words",
      "the file's text at the location differs from the finding's words",
    ]);
    expect(describeSkipped(plan.skipped[0]!)).toBe("en.txt:3:14 first-rule: skipped, the file's text at the location differs from the finding's words");
  });

  it("skips words that run across a hard-wrapped line (the paragraph joins them with a space, the file with a line break)", () => {
    const text = "Title\n\nSpoke with Sean\n  Sabet on Monday.\n";
    const wrapped = finding({ line: 3, column: 12, endLine: 4, endColumn: 8, text: "Sean Sabet", suggestion: "Sean Savett" });
    expect(fixText(text, [wrapped]).after).toBe(text);
  });

  it("skips a suggestion equal to the current words and one holding a line break", () => {
    const text = "Title\n\nThe US said so.\n";
    const { plan } = fixText(text, [
      finding({ line: 3, column: 5, text: "US", suggestion: "US" }),
      finding({ line: 3, column: 8, text: "said", suggestion: "said\n\nso" }),
    ]);
    expect(plan.edits).toEqual([]);
    expect(plan.skipped.map((s) => s.reason)).toEqual(["the suggestion equals the current text", "the suggestion holds a line break"]);
  });

  it("ignores findings without a suggestion, without a target, or in another file (the Korean source)", () => {
    const text = "Title\n\nThe US said so.\n";
    const korean = finding({ line: 3, column: 5, text: "US", suggestion: "USA", file: "ko.txt" });
    const noTarget = { ...finding({ line: 3, column: 5, text: "US", suggestion: "USA" }), target: null };
    const { plan } = fixText(text, [korean, noTarget, finding({ line: 3, column: 5, text: "US", suggestion: null })]);
    expect(plan).toEqual({ edits: [], skipped: [] });
  });
});

describe("resolveOverlaps", () => {
  const text = "Title\n\nThe U.S. and the U.S. agreed.\n";
  // "the U.S. and the U.S." starts at column 1 of line 3; the second "U.S." at column 18
  const pair = (severity: Severity, rule = "third-rule") => finding({ rule, severity, line: 3, column: 1, text: "The U.S. and the U.S.", suggestion: "The U.S. and the Soviet Union" });
  const inner = (severity: Severity, rule = "first-rule") => finding({ rule, severity, line: 3, column: 18, text: "U.S.", suggestion: "US" });

  it("keeps the more severe edit, whatever the rule order", () => {
    const { plan, after } = fixText(text, [inner("warning"), pair("error")]);
    expect(after).toBe("Title\n\nThe U.S. and the Soviet Union agreed.\n");
    expect(plan.skipped).toHaveLength(1);
    expect(describeSkipped(plan.skipped[0]!)).toBe('en.txt:3:18 first-rule: skipped, overlaps third-rule at 3:1 ("The U.S. and the U.S." -> "The U.S. and the Soviet Union")');
  });

  it("breaks a severity tie by rule order, then by position", () => {
    expect(fixText(text, [pair("error", "second-rule"), inner("error", "first-rule")]).after).toBe("Title\n\nThe U.S. and the US agreed.\n");
    const early = finding({ rule: "first-rule", line: 3, column: 1, text: "The U.S.", suggestion: "The US" });
    const late = finding({ rule: "first-rule", line: 3, column: 5, text: "U.S. and", suggestion: "US and" });
    expect(fixText(text, [late, early]).after).toBe("Title\n\nThe US and the U.S. agreed.\n");
  });

  it("merges identical edits from different rules instead of skipping one", () => {
    const a = finding({ rule: "first-rule", line: 3, column: 18, text: "U.S.", suggestion: "US" });
    const b = finding({ rule: "second-rule", severity: "warning", line: 3, column: 18, text: "U.S.", suggestion: "US" });
    const { plan } = fixText(text, [b, a]);
    expect(plan.skipped).toEqual([]);
    expect(plan.edits).toHaveLength(1);
    expect(plan.edits[0]!.findings.map((f) => f.rule)).toEqual(["first-rule", "second-rule"]);
  });

  it("keeps adjacent edits and treats two insertions at one point as overlapping", () => {
    const edit = (start: number, end: number, replacement: string, rule = "first-rule"): FixEdit =>
      ({ start, end, text: "", replacement, findings: [finding({ rule, line: 1, column: start + 1, text: "", suggestion: replacement })] });
    expect(resolveOverlaps([edit(0, 2, "a"), edit(2, 4, "b")], ORDER).edits).toHaveLength(2);
    const both = resolveOverlaps([edit(3, 3, "x", "second-rule"), edit(3, 3, "y")], ORDER);
    expect(both.edits.map((e) => e.replacement)).toEqual(["y"]);
    expect(both.skipped).toHaveLength(1);
    expect(resolveOverlaps([edit(3, 3, "x"), edit(2, 5, "y", "second-rule")], ORDER).skipped).toHaveLength(1);
  });

  it("is deterministic and never keeps overlapping edits, for any input order (property)", () => {
    const spanArb = fc.record({ start: fc.nat(30), length: fc.nat(6), rule: fc.constantFrom(...ORDER), severity: fc.constantFrom<Severity>("error", "warning", "info"), replacement: fc.constantFrom("a", "b") });
    fc.assert(fc.property(fc.array(spanArb, { maxLength: 12 }), (specs) => {
      const edits: FixEdit[] = specs.map((s) => ({
        start: s.start, end: s.start + s.length, text: "", replacement: s.replacement,
        findings: [finding({ rule: s.rule, severity: s.severity, line: 1, column: s.start + 1, text: "", suggestion: s.replacement })],
      }));
      const forward = resolveOverlaps(edits, ORDER);
      const backward = resolveOverlaps([...edits].reverse(), ORDER);
      expect(backward.edits.map((e) => [e.start, e.end, e.replacement])).toEqual(forward.edits.map((e) => [e.start, e.end, e.replacement]));
      forward.edits.slice(1).forEach((e, i) => expect(e.start).toBeGreaterThanOrEqual(forward.edits[i]!.end));
      const accounted = forward.edits.reduce((n, e) => n + e.findings.length, 0) + forward.skipped.length;
      expect(accounted).toBe(edits.length);
    }));
  });
});

describe("raw text: CRLF, BOM and bytes outside the edits", () => {
  it("keeps CRLF and lone CR line ends, trailing spaces and the missing final newline", () => {
    const text = "Title \r\n\r\nThe the budget.\rNext line  \r\nLast";
    const { after } = fixText(text, [finding({ line: 3, column: 1, text: "The the", suggestion: "The" })]);
    expect(after).toBe("Title \r\n\r\nThe budget.\rNext line  \r\nLast");
  });

  it("writes a patch whose lines keep CR and the BOM, and which reproduces the fixed text", () => {
    const before = "\uFEFFTitle\r\n\r\nThe the budget.\r\n";
    const after = "\uFEFFTitle\r\n\r\nThe budget.\r\n";
    const patch = createFixPatch("dir/en.txt", before, after);
    expect(patch.startsWith("--- a/dir/en.txt\n+++ b/dir/en.txt\n@@ -1,3 +1,3 @@\n")).toBe(true);
    expect(patch).toContain(" \uFEFFTitle\r\n");
    expect(patch).toContain("-The the budget.\r\n+The budget.\r\n");
    expect(applyPatch(before, patch)).toBe(after);
    expect(createFixPatch("en.txt", before, before)).toBe("");
  });

  it("fixFiles keeps the BOM, CRLF and every byte outside the edits, and leaves the Korean file alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "translint-fix-unit-"));
    const ko = join(dir, "ko.txt");
    const en = join(dir, "en.txt");
    writeFileSync(ko, "정부 예산안 발표\r\n\r\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\r\n");
    const original = Buffer.from("\uFEFFGovernment unveils budget\r\n\r\nThe government said on the 28th that it had set the the budget at 656 trillion won.  \r\n", "utf8");
    writeFileSync(en, original);
    const fix = fixFiles([ko, en], { cwd: dir });
    expect(fix.path).toBe(en);
    expect(Buffer.from(fix.original).equals(original)).toBe(true);
    const expected = Buffer.from("\uFEFFGovernment unveils budget\r\n\r\nThe government said on the 28th that it had set the budget at 656 trillion won.  \r\n", "utf8");
    expect(Buffer.from(fix.fixed).equals(expected)).toBe(true);
    expect(fix.patch.split("\n").slice(0, 2)).toEqual(["--- a/en.txt", "+++ b/en.txt"]);
    expect(readFileSync(en).equals(original)).toBe(true); // fixFiles writes nothing
  });

  it("fixFiles refuses a non-UTF-8 English file that has something to fix", () => {
    const dir = mkdtempSync(join(tmpdir(), "translint-fix-unit-"));
    writeFileSync(join(dir, "ko.txt"), "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다.\n");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Government unveils budget\n\nThe government set the the budget at 656 trillion won.\n", "utf16le")]);
    writeFileSync(join(dir, "en.txt"), utf16);
    expect(() => fixFiles([join(dir, "ko.txt"), join(dir, "en.txt")])).toThrow(InputError);
    expect(() => fixFiles([join(dir, "ko.txt"), join(dir, "en.txt")])).toThrow(/en\.txt: fix writes UTF-8 files only and this one is utf-16le/);
  });
});

describe("bilingual files: escaping the replacement", () => {
  it("escapes &, < and > in XML text, and writes CDATA content literally", () => {
    const xml = '<?xml version="1.0"?>\n<tmx><seg>Smith and Sons</seg><seg><![CDATA[Smith and Sons]]></seg></tmx>\n';
    const options: PlanOptions = { file: "en.tmx", format: "xml", ruleOrder: ORDER };
    const plain = finding({ file: "en.tmx", line: 2, column: 11, text: "Smith and Sons", suggestion: "Smith & Sons <Ltd>" });
    const cdata = finding({ file: "en.tmx", rule: "second-rule", line: 2, column: 45, text: "Smith and Sons", suggestion: "Smith & Sons" });
    expect(fixText(xml, [plain, cdata], options).after).toBe('<?xml version="1.0"?>\n<tmx><seg>Smith &amp; Sons &lt;Ltd&gt;</seg><seg><![CDATA[Smith & Sons]]></seg></tmx>\n');
    const closing = finding({ file: "en.tmx", line: 2, column: 45, text: "Smith and Sons", suggestion: "a]]>b" });
    expect(fixText(xml, [closing], options).plan.skipped.map((s) => s.reason)).toEqual(['the suggestion holds "]]>" inside a CDATA section']);
  });

  it("skips XML words that contain an entity reference (the file has &amp; where the finding has &)", () => {
    const xml = "<tmx><seg>A &amp; B met</seg></tmx>\n";
    const options: PlanOptions = { file: "en.tmx", format: "xml", ruleOrder: ORDER };
    expect(fixText(xml, [finding({ file: "en.tmx", line: 1, column: 11, text: "A & B", suggestion: "A and B" })], options).plan.edits).toEqual([]);
  });

  it("doubles quotes inside a quoted CSV field and refuses CSV specials in an unquoted one", () => {
    const csv = 'ko,en\n"가, 나","He said ""yes"" to Smith"\n다,Smith agreed\n';
    const options: PlanOptions = { file: "t.csv", format: "csv", ruleOrder: ORDER };
    const quoted = finding({ file: "t.csv", line: 2, column: 28, text: "Smith", suggestion: 'Smith "Jr"' });
    expect(fixText(csv, [quoted], options).after).toBe('ko,en\n"가, 나","He said ""yes"" to Smith ""Jr"""\n다,Smith agreed\n');
    const bare = finding({ file: "t.csv", line: 3, column: 3, text: "Smith", suggestion: "Smith, Jr" });
    expect(fixText(csv, [bare], options).plan.skipped.map((s) => s.reason)).toEqual(["the suggestion needs CSV quoting in an unquoted field"]);
    const plain = finding({ file: "t.csv", line: 3, column: 3, text: "Smith", suggestion: "Smyth" });
    expect(fixText(csv, [plain], options).after).toBe('ko,en\n"가, 나","He said ""yes"" to Smith"\n다,Smyth agreed\n');
  });

  it("refuses a tab in a TSV cell", () => {
    const tsv = "ko\ten\n가\tSmith agreed\n";
    const options: PlanOptions = { file: "t.tsv", format: "tsv", ruleOrder: ORDER };
    expect(fixText(tsv, [finding({ file: "t.tsv", line: 2, column: 3, text: "Smith", suggestion: "A\tB" })], options).plan.skipped).toHaveLength(1);
  });

  it("tells the formats apart as the reader does", () => {
    expect(fixFormat("a.txt", "<?xml version='1.0'?>")).toBe("text");
    expect(fixFormat("a.XLF", "<xliff/>")).toBe("xml");
    expect(fixFormat("a.csv", "ko,en\n")).toBe("csv");
    expect(fixFormat("a.csv", '<?xml version="1.0"?><tmx/>')).toBe("xml");
    expect(fixFormat("dir.v2/a", "x")).toBe("text");
  });
});

describe("patchLabel", () => {
  it("names a file relative to the working folder, else as given", () => {
    expect(patchLabel("/work/x/en.txt", "/work/x")).toBe("en.txt");
    expect(patchLabel("sub/en.txt", "/work/x")).toBe("sub/en.txt");
    expect(patchLabel("/elsewhere/en.txt", "/work/x")).toBe("/elsewhere/en.txt");
  });
});
