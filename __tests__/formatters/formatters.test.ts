import compact from "../../src/formatters/compact.js";
import { FORMATTERS } from "../../src/formatters/index.js";
import json from "../../src/formatters/json.js";
import table from "../../src/formatters/table.js";
import alignView from "../../src/formatters/align-view.js";
import { displayWidth, wrap } from "../../src/formatters/width.js";
import type { FormatOptions, Report } from "../../src/types.js";
import { REPORT } from "../helpers/report-fixture.js";

const PLAIN: FormatOptions = { color: false, width: 100, verbose: false };
/** An ANSI escape sequence (ESC is a control character on purpose). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe("json", () => {
  it("round-trips the report with a trailing newline", () => {
    const text = json(REPORT, PLAIN);
    expect(text.endsWith("}\n")).toBe(true);
    expect(JSON.parse(text) as Report).toEqual(REPORT);
  });
});

describe("compact", () => {
  it("prints path:line:col: severity rule message per finding", () => {
    expect(compact(REPORT, PLAIN)).toMatchSnapshot();
    expect(compact(REPORT, PLAIN).split("\n")[0]).toBe('article.txt:7:20: error untranslated Korean text "예산안" left untranslated in the English');
  });
});

describe("table", () => {
  it("renders one row per finding and a summary", () => {
    const text = table(REPORT, PLAIN);
    expect(text).toMatchSnapshot();
    expect(text).toContain("1 error, 0 warnings, 1 info in 1 file");
  });

  it("keeps every line within the terminal width, counting Hangul as two columns", () => {
    for (const width of [80, 120]) {
      const lines = table(REPORT, { ...PLAIN, width }).split("\n");
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it("draws a long report as one table: one top and bottom border, a line between every two findings, every row as wide", () => {
    const base = REPORT.files[0]!;
    // 40 findings: more than one of the chunks the table is drawn in, with multi-line Hangul cells
    const findings = Array.from({ length: 40 }, (_, k) => ({ ...base.findings[k % 2]!, message: `m${k}. ${"긴 설명 ".repeat(k % 7)}` }));
    const report: Report = { ...REPORT, files: [{ ...base, findings }] };
    for (const width of [80, 120]) {
      const lines = table(report, { ...PLAIN, width }).split("\n");
      const rows = lines.filter((line) => /^[┌├└│]/.test(line));
      expect(rows.filter((line) => line.startsWith("┌"))).toHaveLength(1);
      expect(rows.filter((line) => line.startsWith("└"))).toHaveLength(1);
      // the line under the headings, then one between each two findings
      expect(rows.filter((line) => line.startsWith("├"))).toHaveLength(1 + findings.length - 1);
      expect(new Set(rows.map(displayWidth)).size).toBe(1);
      const text = lines.join("\n");
      for (let k = 0; k < findings.length; k++) expect(text).toContain(` m${k}. `);
      // findings keep their order
      const order = findings.map((_, k) => text.indexOf(` m${k}. `));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("colours only when asked", () => {
    expect(table(REPORT, PLAIN)).not.toMatch(ANSI);
    expect(table(REPORT, { ...PLAIN, color: true })).toMatch(ANSI);
  });
});

describe("align view", () => {
  it("shows each bead and marks the low-confidence one", () => {
    const text = alignView(REPORT, { ...PLAIN, width: 80 });
    expect(text).toMatchSnapshot();
    expect(text).toContain("2 beads, 0 unaligned, 1 below 0.5 confidence");
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });
});

describe("width", () => {
  it("counts Hangul as two columns and wraps without losing characters", () => {
    expect(displayWidth("가a")).toBe(3);
    const text = "가나다라마바사아자차카타파하 정부는 내년 예산안을";
    const lines = wrap(text, 9);
    expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(9);
  });
});

describe("registry", () => {
  it("offers table first", () => {
    expect(Object.keys(FORMATTERS)[0]).toBe("table");
  });
});
