/**
 * table --verbose: each word cell shows the sentence around the finding's words with the words highlighted
 * («words» without colour, bold inverse with it), similar actual/expected get a character diff, and the
 * table stays aligned with Hangul and ANSI codes inside at 80 and 120 columns.
 */
import { join } from "node:path";
import table from "../../src/formatters/table.js";
import { displayWidth } from "../../src/formatters/width.js";
import { checkFiles } from "../../src/index.js";
import type { Finding, FormatOptions, Location, Report } from "../../src/types.js";

/** ANSI SGR sequences (ESC is a control character on purpose). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const VERBOSE: FormatOptions = { color: false, width: 120, verbose: true };
const SAMPLES = join(import.meta.dirname, "..", "..", "samples");
/** Box-drawing characters cli-table3 draws borders with. */
const BORDERS = new Set([..."│┌┐└┘├┤┬┴┼"]);

const KO = [
  "북한, 남측 대화 제의 거절",
  "북한은 13일 남측의 제안을 거절했다. 노동신문은 “이명박 대통령의 제의는 가치가 없다”고 밝혔다. 정부는 금강산 관광을 중단했다.",
];
const LONG = `${"The ministry said the measures, which were announced after weeks of talks with unions and employers, ".repeat(3)}would cut spending by 14 percent this year, and ${"officials said the rest of the plan would follow in stages over the coming months and years ".repeat(3)}as planned.`;
const EN = [
  "North Korea rejects talks offer",
  "North Korea rejected the offer on Sunday. Rodong Sinmun said President Lee Myoung-bak's proposal was not worth considering. The U.S. envoy, Mr. Kim, said growth was 3.5 percent lower.",
  LONG,
];

function at(side: "ko" | "en", paragraph: number, words: string): Location {
  const text = (side === "ko" ? KO : EN)[paragraph]!;
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in paragraph ${paragraph}`);
  const line = 1 + 2 * paragraph;
  return { file: `${side}.txt`, paragraph, line, column: start + 1, endLine: line, endColumn: start + words.length + 1, text: words, start, end: start + words.length };
}

function finding(rule: string, source: Location | null, target: Location | null, extra: Partial<Finding> = {}): Finding {
  return {
    rule, severity: "warning", category: "accuracy/mistranslation", messageId: "m", message: `${rule} message`, docs: `rules/${rule}.md`,
    source, target, suggestion: null, actual: null, expected: null, ...extra,
  };
}

const NAME = finding("name-drift", at("ko", 1, "이명박"), at("en", 1, "Lee Myoung-bak"), { actual: "Lee Myoung-bak", expected: "Lee Myung-bak", message: 'Name "Lee Myoung-bak" is a known misspelling of "Lee Myung-bak"' });
const NUMBER = finding("number-mismatch", null, at("en", 1, "3.5 percent"));
const DIRECTIVE_TEXT = "<!-- translint-disable-next-paragraph addition -- reason -->";
const DIRECTIVE = finding("directive", null, { file: "en.txt", paragraph: 1, line: 2, column: 1, endLine: 2, endColumn: 61, text: DIRECTIVE_TEXT });
const IN_LONG = finding("number-mismatch", null, at("en", 2, "14 percent"));

function report(findings: Finding[]): Report {
  return {
    tool: { name: "translint", version: "0.0.0-test" },
    files: [{
      path: "en.txt", sourcePath: "ko.txt", targetPath: "en.txt",
      source: { lang: "ko", paragraphs: KO.map((text, index) => ({ index, line: 1 + 2 * index, text })) },
      target: { lang: "en", paragraphs: EN.map((text, index) => ({ index, line: 1 + 2 * index, text })) },
      alignment: [{ source: [0], target: [0], score: 0.9 }, { source: [1], target: [1], score: 0.9 }, { source: [], target: [2], score: 0.6 }],
      findings, suppressed: [],
    }],
    summary: { files: 1, errors: 0, warnings: findings.length, infos: 0 },
  };
}

const CRAFTED = report([NAME, NUMBER, DIRECTIVE, IN_LONG]);

/** The body rows of a rendered table, each as its cells with the cell's lines joined by a space (ANSI removed). */
function rows(text: string): string[][] {
  const result: string[][] = [];
  let current: string[][] | null = null;
  for (const raw of text.replace(ANSI, "").split("\n")) {
    if (raw.startsWith("├") || raw.startsWith("└")) {
      if (current) result.push(current.map((lines) => lines.join(" ").replace(/\s+/g, " ").trim()));
      current = [];
    } else if (raw.startsWith("│") && current) {
      raw.slice(1, -1).split("│").forEach((cell, i) => (current![i] ??= []).push(cell.trim()));
    }
  }
  return result;
}

/** Display columns of the border characters on a line (ANSI removed). */
function borderColumns(line: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (const ch of line.replace(ANSI, "")) {
    if (BORDERS.has(ch)) columns.push(column);
    column += displayWidth(ch);
  }
  return columns;
}

/** Every line within the width, and every table line with its borders at the same columns. */
function expectAligned(text: string, width: number): void {
  const lines = text.split("\n");
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  const tableLines = lines.filter((line) => BORDERS.has(line.replace(ANSI, "")[0] ?? ""));
  expect(tableLines.length).toBeGreaterThan(3);
  const expected = borderColumns(tableLines[0]!);
  for (const line of tableLines) expect(borderColumns(line)).toEqual(expected);
  expect(expected[expected.length - 1]).toBeLessThan(width);
}

/** Compares ignoring whitespace, since cells wrap (mid-word when a word is wider than the cell). */
function squash(text: string): string {
  return text.replace(/\s/g, "");
}

describe("table --verbose on a crafted Korean report", () => {
  const byRule = (text: string) => rows(text);

  it("shows the Korean and English sentences around the words, the words in « »", () => {
    const [name, number] = byRule(table(CRAFTED, VERBOSE));
    // wide layout: severity, rule, KO place, EN place, Korean words, English words, message
    expect(squash(name![4]!)).toBe(squash("노동신문은 “«이명박» 대통령의 제의는 가치가 없다”고 밝혔다."));
    expect(squash(name![5]!)).toBe(squash("Rodong Sinmun said President «Lee Myoung-bak»'s proposal was not worth considering."));
    expect(squash(number![5]!)).toBe(squash("The U.S. envoy, Mr. Kim, said growth was «3.5 percent» lower."));
    expect(number![4]).toBe("");
  });

  it("adds a character diff of actual and expected to the message", () => {
    const [name, number] = byRule(table(CRAFTED, VERBOSE));
    expect(squash(name![6]!)).toContain(squash("Lee My[o]ung-bak → Lee Myung-bak"));
    expect(name![6]).not.toContain("[o]ung-bak]");
    expect(number![6]).not.toContain("→");
  });

  it("shows a location without offsets (a directive line) as its text, unmarked", () => {
    const directive = byRule(table(CRAFTED, VERBOSE))[2]!;
    expect(squash(directive[5]!)).toBe(squash(DIRECTIVE_TEXT));
    expect(directive[5]).not.toContain("«");
  });

  it("trims a long sentence around the words with ellipses", () => {
    const long = byRule(table(CRAFTED, VERBOSE))[3]!;
    expect(long[5]!.startsWith("…")).toBe(true);
    expect(long[5]!.endsWith("…")).toBe(true);
    expect(squash(long[5]!)).toContain(squash("cut spending by «14 percent» this year"));
    expect(squash(long[5]!).length).toBeLessThan(squash(LONG).length / 2);
  });

  it("shows only the words without --verbose", () => {
    const [name, number] = byRule(table(CRAFTED, { ...VERBOSE, verbose: false }));
    expect(name![4]).toBe("이명박");
    expect(name![5]).toBe("Lee Myoung-bak");
    expect(number![5]).toBe("3.5 percent");
  });

  it("highlights with bold inverse and coloured diff letters when colour is on, with no brackets", () => {
    const text = table(CRAFTED, { ...VERBOSE, color: true });
    expect(text).toContain("\u001b[1;7m이명박\u001b[0m");
    expect(text).toContain("\u001b[7;31mo\u001b[0m");
    expect(text).not.toContain("«");
    expect(text).not.toContain("[o]");
  });

  it("every colour opened on a line is closed on that line", () => {
    for (const line of table(CRAFTED, { ...VERBOSE, color: true, width: 80 }).split("\n")) {
      const codes = line.match(ANSI) ?? [];
      if (codes.length > 0) expect(codes[codes.length - 1]).toBe("\u001b[0m");
    }
  });

  for (const width of [80, 120]) {
    for (const color of [false, true]) {
      it(`stays aligned within ${width} columns with colour ${color ? "on" : "off"}`, () => {
        expectAligned(table(CRAFTED, { color, width, verbose: true }), width);
      });
    }
  }

  it("stacks severity, rule and both locations in one cell below 110 columns, leaving room for the sentences", () => {
    const [name] = byRule(table(CRAFTED, { ...VERBOSE, width: 80 }));
    expect(name).toHaveLength(4);
    expect(name![0]).toBe("warning name-drift KO 3:30 EN 3:72");
    expect(squash(name![1]!)).toBe(squash("노동신문은 “«이명박» 대통령의 제의는 가치가 없다”고 밝혔다."));
    expect(byRule(table(CRAFTED, { ...VERBOSE, width: 80, verbose: false }))[0]).toHaveLength(5);
  });

  it("renders a small verbose table at 80 columns", () => {
    expect(table(report([NAME]), { ...VERBOSE, width: 80 })).toMatchSnapshot();
  });
});

describe("table --verbose on the samples", () => {
  const samples = [
    checkFiles([join(SAMPLES, "us-china-military-talks", "article.txt")]),
    checkFiles([join(SAMPLES, "north-korea-rejects-talks", "ko.txt"), join(SAMPLES, "north-korea-rejects-talks", "en.txt")]),
  ];

  for (const width of [80, 120]) {
    for (const color of [false, true]) {
      it(`stays aligned within ${width} columns with colour ${color ? "on" : "off"}`, () => {
        for (const sample of samples) {
          const relative = { ...sample, files: sample.files.map((f) => ({ ...f, path: "en.txt", sourcePath: "ko.txt" })) };
          expectAligned(table(relative, { color, width, verbose: true }), width);
        }
      });
    }
  }

  it("marks the words of every located side of every finding", () => {
    for (const sample of samples) {
      const findings = sample.files[0]!.findings;
      const located = findings.flatMap((f) => [f.source, f.target]).filter((l) => l?.start !== undefined).length;
      expect(located).toBeGreaterThan(0);
      const text = table(sample, { color: false, width: 120, verbose: true });
      expect(text.split("«").length - 1).toBe(located);
    }
  });
});
