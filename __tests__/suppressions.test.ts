/** Baselines and inline directives: hashing, matching, unused detection, the file format. */
import { InputError } from "../src/errors.js";
import { check } from "../src/index.js";
import {
  applySuppressions, createBaseline, hashParagraph, parseBaseline, serializeBaseline, stripDirectives,
  type Baseline, type BaselineEntry, type Directive,
} from "../src/suppressions.js";
import type { FileResult, Finding, Location } from "../src/types.js";

const KNOWN = ["untranslated", "number-mismatch"];
const EN_PARAGRAPH = "The government said that 내년 예산안 was set at 656 trillion won.";
const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n";
const EN_TITLE = "Government unveils budget";

function at(file: string, paragraph: number, line: number, column: number, text: string): Location {
  return { file, paragraph, line, column, endLine: line, endColumn: column + text.length, text };
}

function finding(rule: string, target: Location | null, source: Location | null = null): Finding {
  return {
    rule, severity: "error", category: "accuracy/x", messageId: "m", message: `${rule} at ${target?.column ?? 0}`, docs: `rules/${rule}.md`,
    source, target, suggestion: null, actual: null, expected: null,
  };
}

/** A two-paragraph pair (ko.txt, en.txt) with the given English paragraph 1 and findings. */
function result(findings: Finding[], enText = EN_PARAGRAPH): FileResult {
  return {
    path: "en.txt", sourcePath: "ko.txt", targetPath: "en.txt",
    source: { lang: "ko", paragraphs: [{ index: 0, line: 1, text: "정부 예산안 발표" }, { index: 1, line: 3, text: "정부는 …" }] },
    target: { lang: "en", paragraphs: [{ index: 0, line: 1, text: EN_TITLE }, { index: 1, line: 4, text: enText }] },
    alignment: [], findings, suppressed: [],
  };
}

const UNTRANSLATED = finding("untranslated", at("en.txt", 1, 4, 27, "내년 예산안"));
const ENTRY: BaselineEntry = { rule: "untranslated", side: "target", paragraphHash: hashParagraph(EN_PARAGRAPH), excerpt: "내년 예산안" };
const baseline = (...entries: BaselineEntry[]): Baseline => ({ version: 1, entries });

describe("hashParagraph", () => {
  it("ignores how the paragraph is wrapped and indented", () => {
    expect(hashParagraph("The government  said\n  that it\twould")).toBe(hashParagraph("The government said that it would "));
  });
  it("changes when a word changes", () => {
    expect(hashParagraph("The budget was set")).not.toBe(hashParagraph("The budget was fixed"));
  });
  it("is a sha256 hex digest", () => {
    expect(hashParagraph("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

describe("stripDirectives", () => {
  const text = "Title\r\n\r\n  <!-- translint-disable-next-paragraph untranslated, number-mismatch -- quoted as said -->\r\nBody text\n";
  const stripped = stripDirectives("en.txt", text);

  it("blanks the directive line, keeping every offset and line break", () => {
    expect(stripped.text).toHaveLength(text.length);
    expect(stripped.text.split(/\r\n|\n/)).toEqual(["Title", "", " ".repeat(text.split("\r\n")[2]!.length), "Body text", ""]);
  });
  it("parses the rules, the reason and the line", () => {
    expect(stripped.directives).toEqual<Directive[]>([{
      file: "en.txt", line: 3, rules: ["untranslated", "number-mismatch"], reason: "quoted as said",
      text: "<!-- translint-disable-next-paragraph untranslated, number-mismatch -- quoted as said -->",
    }]);
  });
  it("leaves other comments and mentions inside a paragraph alone", () => {
    const other = "Title\n\n<!-- a note -->\nHe wrote <!-- translint-disable-next-paragraph x --> inline.\n";
    expect(stripDirectives("en.txt", other)).toEqual({ text: other, directives: [] });
  });
});

describe("applySuppressions with a baseline", () => {
  it("moves a matching finding to suppressed without counting it", () => {
    const out = applySuppressions(result([UNTRANSLATED]), { baseline: baseline(ENTRY), knownRules: KNOWN });
    expect(out.findings).toEqual([]);
    expect(out.suppressed).toEqual([UNTRANSLATED]);
  });
  it("still matches after the paragraph moved and was re-wrapped", () => {
    const moved = finding("untranslated", at("en.txt", 1, 9, 3, "내년 예산안"));
    const rewrapped = EN_PARAGRAPH.replace("said that", "said\nthat");
    const out = applySuppressions(result([moved], rewrapped), { baseline: baseline(ENTRY), knownRules: KNOWN });
    expect(out.suppressed).toEqual([moved]);
  });
  it("does not match once a word of the paragraph changed, and reports the entry as unused", () => {
    const out = applySuppressions(result([UNTRANSLATED], EN_PARAGRAPH.replace("set", "fixed")), { baseline: baseline(ENTRY), knownRules: KNOWN });
    expect(out.suppressed).toEqual([]);
    expect(out.findings.map((f) => [f.rule, f.messageId, f.severity])).toEqual([
      ["baseline", "unusedEntry", "warning"], ["untranslated", "m", "error"],
    ]);
    expect(out.findings[0]).toMatchObject({ category: "other/baseline", source: null, target: null, actual: "내년 예산안" });
  });
  it("needs the same rule, side and excerpt", () => {
    for (const entry of [{ ...ENTRY, rule: "number-mismatch" }, { ...ENTRY, side: "source" as const }, { ...ENTRY, excerpt: "예산안" }]) {
      expect(applySuppressions(result([UNTRANSLATED]), { baseline: baseline(entry), knownRules: KNOWN }).suppressed).toEqual([]);
    }
  });
  it("accepts one occurrence per entry", () => {
    const twice = [UNTRANSLATED, finding("untranslated", at("en.txt", 1, 4, 50, "내년 예산안"))];
    const out = applySuppressions(result(twice), { baseline: baseline(ENTRY), knownRules: KNOWN });
    expect(out.suppressed).toHaveLength(1);
    expect(out.findings).toHaveLength(1);
  });
  it("uses the Korean side when the finding has no English words", () => {
    const omission = finding("omission", null, at("ko.txt", 0, 1, 1, "정부 예산안 발표"));
    const entry = createBaseline([result([omission])]).entries[0];
    expect(entry).toEqual({ rule: "omission", side: "source", paragraphHash: hashParagraph("정부 예산안 발표"), excerpt: "정부 예산안 발표" });
  });
});

describe("applySuppressions with directives", () => {
  const directive = (rules: string[], line = 3): Directive => ({ file: "en.txt", line, text: "<!-- … -->", rules, reason: null });

  it("suppresses the listed rules in the next paragraph of the file only", () => {
    const title = finding("untranslated", at("en.txt", 0, 1, 1, "Government"));
    const out = applySuppressions(result([title, UNTRANSLATED]), { directives: [directive(["untranslated"])], knownRules: KNOWN });
    expect(out.suppressed).toEqual([UNTRANSLATED]);
    expect(out.findings).toEqual([title]);
  });
  it("warns about an unknown rule id and a directive that suppresses nothing", () => {
    const out = applySuppressions(result([UNTRANSLATED]), { directives: [directive(["number-mismatch", "no-such-rule"])], knownRules: KNOWN });
    expect(out.findings.map((f) => [f.rule, f.messageId, f.severity, f.target?.line])).toEqual([
      ["directive", "unusedDirective", "warning", 3], ["directive", "unknownRule", "warning", 3], ["untranslated", "m", "error", 4],
    ]);
  });
  it("does not apply to another file", () => {
    const out = applySuppressions(result([UNTRANSLATED]), { directives: [{ ...directive(["untranslated"]), file: "ko.txt" }], knownRules: KNOWN });
    expect(out.suppressed).toEqual([]);
  });
});

describe("baseline files", () => {
  it("creates a sorted baseline of current findings, keeping reasons and leaving out suppression warnings", () => {
    const number = finding("number-mismatch", at("en.txt", 1, 4, 40, "656 trillion won"));
    const unused = applySuppressions(result([]), { baseline: baseline({ ...ENTRY, excerpt: "gone" }), knownRules: KNOWN }).findings;
    const created = createBaseline([result([UNTRANSLATED, number, ...unused])], baseline({ ...ENTRY, reason: "quoted" }));
    expect(created).toEqual(baseline(
      { rule: "number-mismatch", side: "target", paragraphHash: ENTRY.paragraphHash, excerpt: "656 trillion won" },
      { ...ENTRY, reason: "quoted" },
    ));
  });
  it("writes stable 2-space JSON that reads back", () => {
    const text = serializeBaseline(baseline({ ...ENTRY, reason: "quoted" }));
    expect(text).toBe(`{\n  "version": 1,\n  "entries": [\n    {\n      "rule": "untranslated",\n      "side": "target",\n      "paragraphHash": "${ENTRY.paragraphHash}",\n      "excerpt": "내년 예산안",\n      "reason": "quoted"\n    }\n  ]\n}\n`);
    expect(parseBaseline("b.json", text)).toEqual(baseline({ ...ENTRY, reason: "quoted" }));
  });
  it.each([
    ["{ nope", /^b\.json:1:3: baseline is not valid JSON: expected a property name in double quotes, found "n"$/],
    ["[]", /^b\.json: baseline must be a JSON object/],
    ['{"version": 2, "entries": []}', /^b\.json: baseline "version" must be 1$/],
    ['{"version": 1}', /^b\.json: baseline "entries" must be an array$/],
    ['{"version": 1, "entries": [{"rule": "x", "side": "en", "paragraphHash": "0", "excerpt": ""}]}', /^b\.json: baseline entries\[0\] "side" must be/],
    ['{"version": 1, "entries": [{"rule": "x", "side": "target", "paragraphHash": "0", "excerpt": ""}]}', /^b\.json: baseline entries\[0\] "paragraphHash" must be/],
    [`{"version": 1, "entries": [{"rule": "x", "side": "target", "paragraphHash": "${"a".repeat(64)}", "excerpt": "", "line": 3}]}`, /^b\.json: baseline entries\[0\] has unknown key "line"$/],
  ])("rejects %s with one line naming the file", (text, message) => {
    expect(() => parseBaseline("b.json", text)).toThrow(InputError);
    expect(() => parseBaseline("b.json", text)).toThrow(message);
  });
});

describe("check() with directives in the text", () => {
  const en = `${EN_TITLE}\n\n<!-- translint-disable-next-paragraph untranslated -- quoted as in the source -->\n${EN_PARAGRAPH}\n`;

  it("does not make the directive a paragraph and keeps line numbers", () => {
    const out = check({ path: "ko.txt", text: KO }, { path: "en.txt", text: en });
    expect(out.target.paragraphs.map((p) => [p.index, p.line])).toEqual([[0, 1], [1, 4]]);
    expect(out.findings.filter((f) => f.rule === "untranslated")).toEqual([]);
    expect(out.suppressed).toEqual([expect.objectContaining({ rule: "untranslated", target: expect.objectContaining({ line: 4, column: 26 }) })]);
  });
  it("applies a baseline passed in the options", () => {
    const plain = check({ path: "ko.txt", text: KO }, { path: "en.txt", text: `${EN_TITLE}\n\n${EN_PARAGRAPH}\n` });
    const accepted = createBaseline([plain]);
    expect(accepted.entries.length).toBeGreaterThan(0);
    const again = check({ path: "ko.txt", text: KO }, { path: "en.txt", text: `${EN_TITLE}\n\n${EN_PARAGRAPH}\n` }, { baseline: accepted });
    expect(again.findings).toEqual([]);
    expect(again.suppressed).toEqual(plain.findings);
  });
});
