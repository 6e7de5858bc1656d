/**
 * Issue 6, property-based: the json format written in pieces (src/formatters/json-pieces.ts, used by the
 * CLI so a book-length report never exists as one string) joins to exactly JSON.stringify(value, null, 2),
 * for arbitrary JSON values and for reports shaped like translint's.
 */
import fc from "fast-check";
import json from "../../src/formatters/json.js";
import { jsonPieces } from "../../src/formatters/json-pieces.js";
import type { Report } from "../../src/types.js";
import { REPORT } from "../helpers/report-fixture.js";

const joined = (value: unknown) => [...jsonPieces(value)].join("");
const SEED = 20261129;

describe("jsonPieces", () => {
  it("joins to JSON.stringify(value, null, 2) for any JSON value, Hangul and escapes included", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(joined(value)).toBe(JSON.stringify(value, null, 2));
    }), { seed: SEED, numRuns: 500 });
  });

  it("drops undefined and function properties and writes them as null in arrays, as JSON.stringify does", () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { d: undefined }, e: [[], {}], f: "줄\n바꿈 \"따옴표\"", g: new Date(0), h: null };
    expect(joined(value)).toBe(JSON.stringify(value, null, 2));
    expect(joined([{ x: [1, { y: [2, [3, { z: "깊이" }]] }] }])).toBe(JSON.stringify([{ x: [1, { y: [2, [3, { z: "깊이" }]] }] }], null, 2));
  });

  it("gives the json formatter's text for a report with many files, paragraphs and findings", () => {
    const file = REPORT.files[0]!;
    const report: Report = {
      ...REPORT,
      files: Array.from({ length: 3 }, (_, n) => ({
        ...file,
        path: `article-${n}.txt`,
        findings: Array.from({ length: 1200 }, (_, k) => file.findings[k % file.findings.length]!),
      })),
    };
    expect(`${joined(report)}\n`).toBe(json(report, { color: false, verbose: false, width: 80 }));
    // in pieces: none holds as much as half of one file's findings
    const longest = Math.max(...[...jsonPieces(report)].map((piece) => piece.length));
    expect(longest).toBeLessThan(JSON.stringify(report.files[0]!.findings, null, 2).length / 2);
  });
});
