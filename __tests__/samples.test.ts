/**
 * Runs the full pipeline on every samples/<slug>/ and compares with its expected.json, which a person
 * wrote by reading the article (never generated from the tool's output and then trusted).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkFiles } from "../src/index.js";
import { stableFindings, type StableFinding } from "./helpers/expected-findings.js";

const SAMPLES = join(import.meta.dirname, "..", "samples");

function inputs(dir: string): string[] {
  if (existsSync(join(dir, "article.txt"))) return [join(dir, "article.txt")];
  return [join(dir, "ko.txt"), join(dir, "en.txt")];
}

describe("samples", () => {
  const slugs = readdirSync(SAMPLES).filter((name) => !name.startsWith("."));
  it("has at least one sample", () => expect(slugs.length).toBeGreaterThan(0));

  for (const slug of slugs) {
    const dir = join(SAMPLES, slug);
    it(`${slug} has SOURCE.md and expected.json`, () => {
      expect(existsSync(join(dir, "SOURCE.md"))).toBe(true);
      expect(existsSync(join(dir, "expected.json"))).toBe(true);
    });

    it(`${slug} gives exactly the expected findings`, () => {
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as StableFinding[];
      const report = checkFiles(inputs(dir));
      expect(stableFindings(report.files[0]!.findings)).toEqual(expected);
    });
  }
});
