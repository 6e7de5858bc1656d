/**
 * sarif: validated against the SARIF 2.1.0 JSON schema that Microsoft's SARIF Multitool ships (the npm
 * package @microsoft/sarif-multitool-linux, a dev dependency; JSON Schema 2020-12 edition), and the mapping
 * checked field by field.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type * as Sarif from "sarif";
import sarif, { pathToUri } from "../../src/formatters/sarif.js";
import { checkFiles } from "../../src/index.js";
import type { Finding, FormatOptions, Report } from "../../src/types.js";
import { REPORT } from "../helpers/report-fixture.js";

const ROOT = join(import.meta.dirname, "..", "..");
const SCHEMA = JSON.parse(readFileSync(join(ROOT, "node_modules", "@microsoft", "sarif-multitool-linux", "sarif-2.1.0.json"), "utf8")) as object;
const SAMPLE = relative(process.cwd(), join(ROOT, "samples", "us-china-military-talks", "article.txt"));
const PLAIN: FormatOptions = { color: false, width: 100, verbose: false };

// unicodeRegExp off: the official schema's "language" pattern ("...]?$") is invalid with the u flag.
const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats.default(ajv);
const validate = ajv.compile(SCHEMA);

function parse(report: Report): Sarif.Log {
  const text = sarif(report, PLAIN);
  expect(text.endsWith("}\n")).toBe(true);
  return JSON.parse(text) as Sarif.Log;
}

function expectValid(log: Sarif.Log): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

/** The fixture with one finding moved to suppressed and a Korean-only finding added. */
function withSuppressedAndSourceOnly(): Report {
  const file = REPORT.files[0]!;
  const sourceOnly: Finding = {
    ...file.findings[0]!, rule: "omission", messageId: "paragraphOmitted", severity: "warning", category: "accuracy/omission",
    message: "Korean paragraph has no English counterpart", docs: "rules/omission.md", target: null,
    source: { file: "article.txt", paragraph: 1, line: 3, column: 1, endLine: 3, endColumn: 27, text: "정부는 내년 예산안을 656조 원으로 확정했다." },
  };
  return { ...REPORT, files: [{ ...file, findings: [file.findings[1]!, sourceOnly], suppressed: [file.findings[0]!] }] };
}

describe("sarif", () => {
  it("the schema is the SARIF 2.1.0 schema", () => {
    expect(SCHEMA).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", title: expect.stringContaining("SARIF) Version 2.1.0") });
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false); // driver.name is required
  });

  it("validates against the schema for the shared fixture", () => {
    expectValid(parse(REPORT));
    expectValid(parse(withSuppressedAndSourceOnly()));
  });

  it("validates against the schema for the repository sample", () => {
    const report = checkFiles([SAMPLE]);
    expect(report.files[0]!.findings.length).toBeGreaterThan(0);
    const log = parse(report);
    expectValid(log);
    expect(log.runs[0]!.results).toHaveLength(report.files[0]!.findings.length + report.files[0]!.suppressed.length);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(SAMPLE.split("\\").join("/"));
  });

  it("describes each rule by its one-line description and default level when the report lists its rules", () => {
    const report = checkFiles([SAMPLE]);
    const summaries = report.tool.rules ?? [];
    expect(summaries.map((r) => r.id)).toContain("name-drift");
    const rules = parse(report).runs[0]!.tool.driver.rules!;
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      const summary = summaries.find((r) => r.id === rule.id)!;
      expect(rule.shortDescription!.text).toBe(summary.description);
      expect(rule.defaultConfiguration!.level).toBe({ error: "error", warning: "warning", info: "note" }[summary.defaultSeverity]);
    }
  });

  it("describes the tool, the column unit and one rule per id", () => {
    const run = parse(REPORT).runs[0]!;
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.tool.driver).toMatchObject({ name: "translint", version: "0.0.0-test" });
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(["untranslated", "addition"]);
    expect(run.tool.driver.rules![0]).toMatchObject({ shortDescription: { text: expect.stringContaining("accuracy/untranslated") }, help: { text: expect.stringContaining("rules/untranslated.md") } });
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([["untranslated", 0, "error"], ["addition", 1, "note"]]);
  });

  it("puts the English words first and the Korean words in relatedLocations", () => {
    const [untranslated, addition] = parse(REPORT).runs[0]!.results!;
    expect(untranslated!.message.text).toBe('Korean text "예산안" left untranslated in the English');
    expect(untranslated!.locations![0]!.physicalLocation).toEqual({
      artifactLocation: { uri: "article.txt" },
      region: { startLine: 7, startColumn: 20, endLine: 7, endColumn: 23, snippet: { text: "예산안" } },
    });
    expect(untranslated!.relatedLocations).toBeUndefined();
    expect(addition!.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 9, startColumn: 1, endColumn: 16 });
    expect(addition!.relatedLocations![0]!.physicalLocation!.region).toMatchObject({ startLine: 3, startColumn: 1, endColumn: 27 });
    expect(addition!.fixes![0]!.artifactChanges[0]!.replacements![0]!.insertedContent!.text).toBe("budget");
  });

  it("uses the Korean words when there are no English ones, and marks suppressed findings", () => {
    const results = parse(withSuppressedAndSourceOnly()).runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.suppressions])).toEqual([["addition", undefined], ["omission", undefined], ["untranslated", [{ kind: "external" }]]]);
    expect(results[1]!.level).toBe("warning");
    expect(results[1]!.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 3, endColumn: 27 });
    expect(results[1]!.relatedLocations).toBeUndefined();
  });

  it("fingerprints by rule and words, not by position", () => {
    const first = parse(REPORT).runs[0]!.results!;
    const moved: Report = JSON.parse(JSON.stringify(REPORT)) as Report;
    moved.files[0]!.findings[0]!.target!.line = 12;
    const second = parse(moved).runs[0]!.results!;
    expect(second[0]!.partialFingerprints).toEqual(first[0]!.partialFingerprints);
    expect(first[0]!.partialFingerprints).not.toEqual(first[1]!.partialFingerprints);
    expect(Object.values(first[0]!.partialFingerprints!)[0]).toMatch(/^[0-9a-f]{16}:1$/);
    const twice: Report = { ...REPORT, files: [{ ...REPORT.files[0]!, findings: [REPORT.files[0]!.findings[0]!, REPORT.files[0]!.findings[0]!] }] };
    const [a, b] = parse(twice).runs[0]!.results!;
    expect(a!.partialFingerprints).not.toEqual(b!.partialFingerprints);
  });

  it("points each side at its own file for a source/target pair", () => {
    const addition = REPORT.files[0]!.findings[1]!;
    const pair: Finding = { ...addition, source: { ...addition.source!, file: "기사/ko.txt" }, target: { ...addition.target!, file: "기사/en.txt" } };
    const log = parse({ ...REPORT, files: [{ ...REPORT.files[0]!, path: "기사/en.txt", findings: [pair] }] });
    expectValid(log);
    const [result] = log.runs[0]!.results!;
    expect(result!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("%EA%B8%B0%EC%82%AC/en.txt");
    expect(result!.relatedLocations![0]!.physicalLocation!.artifactLocation!.uri).toBe("%EA%B8%B0%EC%82%AC/ko.txt");
  });

  it("turns paths into URI references", () => {
    expect(pathToUri("samples/기사 1/article.txt")).toBe("samples/%EA%B8%B0%EC%82%AC%201/article.txt");
    expect(pathToUri("dir\\en.txt")).toBe("dir/en.txt");
    expect(pathToUri("/tmp/a b.txt")).toBe("file:///tmp/a%20b.txt");
    expect(pathToUri("C:\\work\\en.txt")).toBe("file:///C:/work/en.txt");
  });
});
