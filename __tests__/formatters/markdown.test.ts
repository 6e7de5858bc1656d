/** markdown: summary, one table per article, escaping, and collapsing of long tables. */
import markdown, { COLLAPSE_AFTER, escapeCell } from "../../src/formatters/markdown.js";
import type { FileResult, FormatOptions, Report } from "../../src/types.js";
import { REPORT } from "../helpers/report-fixture.js";

const PLAIN: FormatOptions = { color: false, width: 100, verbose: false };

function tableRows(text: string): string[] {
  return text.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| Severity") && !line.startsWith("| ---"));
}

/** Splits a row into cells on "|" not preceded by a backslash. */
function cells(row: string): string[] {
  return row.slice(2, -2).split(/(?<!\\) \| /);
}

describe("markdown", () => {
  it("prints a summary line and one row per finding", () => {
    const text = markdown(REPORT, PLAIN);
    expect(text).toMatchSnapshot();
    expect(text.split("\n")[0]).toBe("**translint**: 1 error, 0 warnings, 1 info in 1 file");
    expect(text).toContain("### article.txt");
    const rows = tableRows(text);
    expect(rows).toHaveLength(2);
    expect(cells(rows[0]!)).toEqual(["error", "untranslated", "EN 7:20", '"예산안"', 'Korean text "예산안" left untranslated in the English']);
    expect(text).not.toContain("<details>");
  });

  it("escapes pipes, backticks and HTML so a cell stays one cell", () => {
    const finding = { ...REPORT.files[0]!.findings[0]!, message: "a | b `code` <img src=x>\nsecond line" };
    const report: Report = { ...REPORT, files: [{ ...REPORT.files[0]!, findings: [finding] }] };
    const [row] = tableRows(markdown(report, PLAIN));
    expect(cells(row!)).toHaveLength(5);
    expect(cells(row!)[4]).toBe("a \\| b \\`code\\` &lt;img src=x&gt; second line");
    expect(escapeCell("x\\|y")).toBe("x\\\\\\|y");
  });

  it(`collapses a table of more than ${COLLAPSE_AFTER} findings`, () => {
    const many = Array.from({ length: COLLAPSE_AFTER + 1 }, () => REPORT.files[0]!.findings[0]!);
    const at = (findings: FileResult["findings"]) => markdown({ ...REPORT, files: [{ ...REPORT.files[0]!, findings }] }, PLAIN);
    expect(at(many.slice(1))).not.toContain("<details>");
    const collapsed = at(many);
    expect(collapsed).toContain(`<details>\n<summary>${COLLAPSE_AFTER + 1} findings</summary>`);
    expect(tableRows(collapsed)).toHaveLength(COLLAPSE_AFTER + 1);
  });

  it("says when an article has no findings and counts suppressed ones", () => {
    const report: Report = { ...REPORT, files: [{ ...REPORT.files[0]!, findings: [], suppressed: [REPORT.files[0]!.findings[0]!] }] };
    const text = markdown(report, PLAIN);
    expect(text).toContain("No findings.");
    expect(text).toContain("1 suppressed finding not shown.");
    expect(tableRows(text)).toEqual([]);
  });
});
