/**
 * translint align view: marks for omissions (1-0), additions (0-1) and low-confidence beads that read
 * without colour and are coloured with it, and an 80-column layout where Hangul's double width never
 * moves the separator.
 */
import { join } from "node:path";
import alignView, { beadMark, LOW_CONFIDENCE } from "../../src/formatters/align-view.js";
import { displayWidth } from "../../src/formatters/width.js";
import { alignFiles } from "../../src/index.js";
import type { AlignmentBead, FormatOptions, Report } from "../../src/types.js";

/** ANSI SGR sequences (ESC is a control character on purpose). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const PLAIN: FormatOptions = { color: false, width: 80, verbose: false };
const SAMPLES = join(import.meta.dirname, "..", "..", "samples");
const SEPARATOR = "│";

const KO = [
  "북한, 남측 대화 제의 거절",
  "북한의 노동당 기관지 노동신문은 논평에서 이명박 대통령의 대북대화 제의는 일고의 가치도 없다고 밝혔다.",
  "정부는 이번 사건의 조사가 끝날 때까지 금강산 관광을 중단했다.",
  "북한은 금강산 관광 관계자에게 사과를 요구했다.",
  "그러나 북한은 남측의 어떤 조사도 협조하지 않겠다고 밝혔다.",
  "이 문단은 영어에 없다.",
];
const EN = [
  "North Korea rejects talks offer",
  "North Korea's main newspaper, Rodong Sinmun, said President Lee Myung-bak's proposal was not worth considering.",
  "The South Korean government suspended tours to the resort pending an inquiry, and the North demanded an apology.",
  "However, the North has refused to cooperate in any investigation.",
  "This paragraph has no Korean counterpart.",
];
/** One bead of each kind: 1-1, 1-1 below LOW_CONFIDENCE, 2-1, 1-1, 1-0 (omission), 0-1 (addition). */
const BEADS: AlignmentBead[] = [
  { source: [0], target: [0], score: 0.95 },
  { source: [1], target: [1], score: 0.31 },
  { source: [2, 3], target: [2], score: 0.88 },
  { source: [4], target: [3], score: 0.97 },
  { source: [5], target: [], score: 0.7 },
  { source: [], target: [4], score: 0.2 },
];

function report(path = "en.txt"): Report {
  return {
    tool: { name: "translint", version: "0.0.0-test" },
    files: [{
      path, sourcePath: "ko.txt", targetPath: "en.txt",
      source: { lang: "ko", paragraphs: KO.map((text, index) => ({ index, line: 1 + 2 * index, text })) },
      target: { lang: "en", paragraphs: EN.map((text, index) => ({ index, line: 1 + 2 * index, text })) },
      alignment: BEADS, findings: [], suppressed: [],
    }],
    summary: { files: 1, errors: 0, warnings: 0, infos: 0 },
  };
}

/** The display column of the separator on a line (ANSI removed), or -1. */
function separatorColumn(line: string): number {
  const plain = line.replace(ANSI, "");
  const at = plain.indexOf(SEPARATOR);
  return at < 0 ? -1 : displayWidth(plain.slice(0, at));
}

/** Every line within the width and the separator at one display column on every bead line. */
function expectAligned(text: string, width: number, beads: number): void {
  const lines = text.split("\n");
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  const columns = lines.map(separatorColumn).filter((c) => c >= 0);
  expect(columns).toHaveLength(beads);
  expect(new Set(columns).size).toBe(1);
}

function beadLines(text: string): string[] {
  return text.split("\n").filter((line) => line.includes(SEPARATOR));
}

describe("align view on a crafted Korean report", () => {
  it("marks each bead in the first column without colour: - omission, + addition, ? low score", () => {
    const lines = beadLines(alignView(report(), PLAIN));
    expect(lines.map((line) => line[0])).toEqual([" ", "?", " ", " ", "-", "+"]);
    expect(lines[2]).toMatch(/^ {4}2-3:2 {5}2-1 0\.88 /);
    expect(lines[5]).toContain("—");
  });

  it("explains the marks that appear and keeps the counts line", () => {
    const text = alignView(report(), PLAIN);
    expect(text).toContain("6 beads, 2 unaligned, 2 below 0.5 confidence");
    expect(text).toContain("- omission (Korean only), + addition (English only), ? score below 0.5");
    const clean = { ...report(), files: [{ ...report().files[0]!, alignment: [BEADS[0]!] }] };
    expect(alignView(clean, PLAIN)).not.toContain("omission");
  });

  it("colours the marks when colour is on: red for 1-0 and 0-1, yellow for a low score", () => {
    const lines = beadLines(alignView(report(), { ...PLAIN, color: true }));
    expect(lines[1]!.startsWith("\u001b[33m?\u001b[0m")).toBe(true);
    expect(lines[1]).toContain("\u001b[33m0.31\u001b[0m");
    expect(lines[4]!.startsWith("\u001b[31m-\u001b[0m")).toBe(true);
    expect(lines[5]!.startsWith("\u001b[31m+\u001b[0m")).toBe(true);
    expect(lines[4]).toContain("\u001b[31m이 문단은 영어에 없다.");
    expect(lines[0]).not.toContain("\u001b[31m");
    expect(alignView(report(), PLAIN)).not.toMatch(ANSI);
  });

  for (const width of [80, 120]) {
    for (const color of [false, true]) {
      it(`fits ${width} columns with the separator in one column, colour ${color ? "on" : "off"}`, () => {
        expectAligned(alignView(report(), { ...PLAIN, width, color }), width, BEADS.length);
      });
    }
  }

  it("renders the crafted alignment at 80 columns", () => {
    expect(alignView(report(), PLAIN)).toMatchSnapshot();
  });

  it("cuts a long path from the left to fit the width", () => {
    const path = `${"very-long-folder-name/".repeat(5)}article.en.txt`;
    const first = alignView(report(path), PLAIN).split("\n")[0]!;
    expect(first.startsWith("…")).toBe(true);
    expect(first.endsWith("article.en.txt")).toBe(true);
    expect(displayWidth(first)).toBeLessThanOrEqual(80);
  });

  it("beadMark prefers an unaligned side over a low score", () => {
    expect(beadMark({ source: [1], target: [], score: 0 })).toBe("omission");
    expect(beadMark({ source: [], target: [1], score: 0 })).toBe("addition");
    expect(beadMark({ source: [1], target: [1], score: LOW_CONFIDENCE - 0.01 })).toBe("low");
    expect(beadMark({ source: [1], target: [1], score: LOW_CONFIDENCE })).toBeNull();
  });
});

describe("align view on the samples", () => {
  const samples = [
    alignFiles([join(SAMPLES, "us-china-military-talks", "article.txt")]),
    alignFiles([join(SAMPLES, "north-korea-rejects-talks", "ko.txt"), join(SAMPLES, "north-korea-rejects-talks", "en.txt")]),
  ];

  for (const width of [80, 120]) {
    for (const color of [false, true]) {
      it(`fits ${width} columns with the separator in one column, colour ${color ? "on" : "off"}`, () => {
        for (const sample of samples) {
          const relative = { ...sample, files: sample.files.map((f) => ({ ...f, path: "en.txt" })) };
          expectAligned(alignView(relative, { ...PLAIN, width, color }), width, sample.files[0]!.alignment.length);
        }
      });
    }
  }

  it("marks the sample's unaligned English line with + and explains it", () => {
    const text = alignView(samples[0]!, { ...PLAIN, width: 80 });
    const marked = beadLines(text).filter((line) => line[0] !== " ");
    const gaps = samples[0]!.files[0]!.alignment.filter((b) => b.source.length === 0 || b.target.length === 0);
    expect(gaps.length).toBeGreaterThan(0);
    expect(marked.filter((line) => line[0] === "+" || line[0] === "-")).toHaveLength(gaps.length);
    expect(text).toContain("+ addition (English only)");
  });

});
