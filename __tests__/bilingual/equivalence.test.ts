/**
 * Acceptance: the same excerpt as plain ko.txt/en.txt and as files written by real tools (XLIFF 1.1 from
 * po2xliff, TMX from po2tmx, CSV from po2csv, TSV from paste, hand-written XLIFF 2.0) gives the same
 * findings, and every finding's line and column point at its words inside the bilingual file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { check } from "../../src/index.js";
import { lineStarts } from "../../src/paragraphs.js";
import type { Finding, Location } from "../../src/types.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/bilingual/", import.meta.url));
const read = (name: string) => ({ path: FIXTURES + name, text: readFileSync(FIXTURES + name, "utf8") });
/** Bilingual fixtures holding the ko.txt/en.txt excerpt. */
const BILINGUAL_FILES = ["excerpt.xlf", "excerpt-2.0.xlf", "excerpt.tmx", "excerpt.csv", "excerpt.tsv"];

const key = (f: Finding): string => JSON.stringify([f.rule, f.messageId, f.source?.text ?? null, f.target?.text ?? null, f.actual, f.expected]);
const plain = check(read("ko.txt"), read("en.txt")).findings;

/** The file text at a location's line and column (1-based, UTF-16 columns). */
function textAt(fileText: string, location: Location): string {
  const start = (lineStarts(fileText)[location.line - 1] ?? 0) + location.column - 1;
  return fileText.slice(start, start + location.text.length);
}

describe("bilingual files give the findings of the same text as plain files", () => {
  it("has findings to compare on the plain excerpt", () => {
    expect(plain.length).toBeGreaterThanOrEqual(10);
    expect(new Set(plain.map((f) => f.rule)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(BILINGUAL_FILES)("%s: same rule, messageId and text", (name) => {
    const result = check(read(name));
    expect(result.findings.map(key).sort()).toEqual(plain.map(key).sort());
    expect(result.alignment.every((bead) => bead.source.length === 1 && bead.target.length === 1)).toBe(true);
    expect(result.alignment).toHaveLength(6);
  });

  it.each(BILINGUAL_FILES)("%s: each finding points at its words in the file", (name) => {
    const input = read(name);
    const locations = check(input).findings.flatMap((f) => [f.source, f.target]).filter((l): l is Location => l !== null);
    expect(locations.length).toBeGreaterThanOrEqual(10);
    for (const location of locations) {
      expect(location.file).toBe(input.path);
      expect(textAt(input.text, location)).toBe(location.text);
    }
  });

  it("points the hanja finding at the XLIFF line of unit 3's <source>", () => {
    const input = read("excerpt.xlf");
    const finding = check(input).findings.find((f) => f.rule === "name-drift");
    const lines = input.text.split("\n");
    const line = lines.findIndex((l) => l.includes("張眞夏")) + 1;
    expect(lines[line - 1]).toContain('<trans-unit xml:space="preserve" id="5"');
    expect(finding?.source).toMatchObject({ line, column: (lines[line - 1] ?? "").indexOf("張眞夏") + 1, text: "張眞夏", paragraph: 2, unit: "5" });
  });

  it("names the unit of every finding in a bilingual file, and none in a text file", () => {
    for (const name of ["excerpt.xlf", "excerpt-2.0.xlf", "excerpt.tmx", "excerpt.tsv", "excerpt.csv"]) {
      const locations = check(read(name)).findings.flatMap((f) => [f.source, f.target]).filter((l): l is Location => l !== null);
      for (const location of locations) expect(location.unit).toEqual(expect.any(String));
    }
    const tsv = check(read("excerpt.tsv")).findings.flatMap((f) => [f.source, f.target]).filter((l): l is Location => l !== null);
    for (const location of tsv) expect(location.unit).toBe(`row ${location.line}`);
    for (const finding of plain) expect(finding.target?.unit ?? finding.source?.unit).toBeUndefined();
  });
});
