/** junit: parsed back with fast-xml-parser; counts, attributes and escaping checked. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import junit, { escapeAttribute, escapeText } from "../../src/formatters/junit.js";
import type { FileResult, FormatOptions, Report } from "../../src/types.js";
import { REPORT } from "../helpers/report-fixture.js";

const PLAIN: FormatOptions = { color: false, width: 100, verbose: false };
/** Text with every XML special character, a CDATA terminator, Hangul and control characters. */
const NASTY = 'Quote "<b>예산 & co</b>" ends ]]> here\u0001\u001f';
/** NASTY after the formatter drops the characters XML cannot hold. */
const NASTY_CLEAN = 'Quote "<b>예산 & co</b>" ends ]]> here';

interface TestCase { "@_classname": string; "@_name": string; "@_file": string; failure?: { "@_message": string; "@_type": string; "#text": string }; skipped?: { "@_message": string } }
interface TestSuite { "@_name": string; "@_tests": string; "@_failures": string; "@_errors": string; "@_skipped": string; testcase: TestCase[] }
interface Parsed { testsuites: { "@_tests": string; "@_failures": string; testsuite: TestSuite[] } }

function parse(report: Report): Parsed {
  const xml = junit(report, PLAIN);
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, parseAttributeValue: false, parseTagValue: false, isArray: (name) => name === "testsuite" || name === "testcase" });
  return parser.parse(xml) as Parsed;
}

const CLEAN_FILE: FileResult = { ...REPORT.files[0]!, path: "clean.txt", findings: [], suppressed: [] };
const NASTY_FILE: FileResult = {
  ...REPORT.files[0]!, path: "a&b <1>.txt",
  findings: [{ ...REPORT.files[0]!.findings[0]!, message: NASTY, target: { ...REPORT.files[0]!.findings[0]!.target!, text: NASTY } }],
  suppressed: [REPORT.files[0]!.findings[1]!],
};
const REPORT3: Report = { ...REPORT, files: [REPORT.files[0]!, CLEAN_FILE, NASTY_FILE], summary: { files: 3, errors: 2, warnings: 0, infos: 1 } };

describe("junit", () => {
  it("writes one testsuite per article with its counts", () => {
    const { testsuites } = parse(REPORT3);
    expect([testsuites["@_tests"], testsuites["@_failures"]]).toEqual(["5", "3"]);
    expect(testsuites.testsuite.map((s) => [s["@_name"], s["@_tests"], s["@_failures"], s["@_errors"], s["@_skipped"]])).toEqual([
      ["article.txt", "2", "2", "0", "0"],
      ["clean.txt", "1", "0", "0", "0"],
      ["a&b <1>.txt", "2", "1", "0", "1"],
    ]);
  });

  it("writes one failing testcase per finding named by rule and position", () => {
    const [first, second] = parse(REPORT).testsuites.testsuite[0]!.testcase;
    expect(first).toMatchObject({ "@_classname": "untranslated", "@_name": '7:20 Korean text "예산안" left untranslated in the English', "@_file": "article.txt" });
    expect(first!.failure).toMatchObject({ "@_type": "error", "@_message": 'Korean text "예산안" left untranslated in the English' });
    expect(first!.failure!["#text"]).toContain('English: article.txt:7:20: "예산안"');
    expect(second!.failure!["@_type"]).toBe("info");
    expect(second!.failure!["#text"]).toContain('Suggestion: "budget"');
  });

  it("writes a passing testcase for an article with no findings", () => {
    const clean = parse(REPORT3).testsuites.testsuite[1]!.testcase;
    expect(clean).toHaveLength(1);
    expect(clean[0]!.failure).toBeUndefined();
    expect(clean[0]!.skipped).toBeUndefined();
  });

  it("escapes markup, quotes and ]]>, keeps Hangul and drops control characters", () => {
    const xml = junit(REPORT3, PLAIN);
    expect(xml).toContain("예산");
    expect(xml).not.toContain("]]>");
    expect(xml.includes("\u0001") || xml.includes("\u001f")).toBe(false);
    const suite = parse(REPORT3).testsuites.testsuite[2]!;
    expect(suite["@_name"]).toBe("a&b <1>.txt");
    const [failing, skipped] = suite.testcase;
    expect(failing!["@_name"]).toBe(`7:20 ${NASTY_CLEAN}`);
    expect(failing!.failure!["@_message"]).toBe(NASTY_CLEAN);
    expect(failing!.failure!["#text"]).toContain(`"${NASTY_CLEAN}"`);
    expect(skipped!.skipped!["@_message"]).toContain("suppressed");
  });

  it("escapes attribute values and text", () => {
    expect(escapeAttribute(`a"b'c\nd<&>`)).toBe("a&quot;b&apos;c&#10;d&lt;&amp;&gt;");
    expect(escapeText("x]]>y\u0000")).toBe("x]]&gt;y");
    expect(escapeText("lone \ud800 surrogate")).toBe("lone  surrogate");
  });
});
