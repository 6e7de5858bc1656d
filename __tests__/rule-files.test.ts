/** One id = code + registry entry + doc + test + README row (STYLE.md §6, §7). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../rules/index.js";
import { runRule } from "./helpers/rule-tester.js";

const ROOT = join(import.meta.dirname, "..");
const RULE_FILES = readdirSync(join(ROOT, "rules")).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
const REQUIRED_HEADINGS = ["Why", "Bad", "Good", "Options", "Known false positives", "When to turn it off"];
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The fenced code blocks of a doc whose info string is e.g. "ko bad". */
function blocks(doc: string, info: string): string[] {
  const fence = new RegExp("```" + info + "\\n([\\s\\S]*?)```", "g");
  return [...doc.matchAll(fence)].map((m) => m[1]!);
}

describe("rule files", () => {
  it("registers every rule file, with meta.id equal to the file name", () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...RULE_FILES].sort());
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      const docPath = join(ROOT, "rules", `${id}.md`);
      const doc = existsSync(docPath) ? readFileSync(docPath, "utf8") : "";
      it("has a doc whose H1 is the id and line 3 the description", () => {
        const lines = doc.split("\n");
        expect(lines[0]).toBe(`# ${id}`);
        expect(lines[2]).toBe(rule.meta.description);
        expect(rule.meta.description).not.toMatch(/\.$/);
      });
      it("has the required headings in order and no others", () => {
        const headings = [...doc.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings).toEqual(REQUIRED_HEADINGS);
      });
      it("states category, severity and suggestions in the doc", () => {
        expect(doc).toContain(`Category: ${rule.meta.category} · Default severity: ${rule.meta.defaultSeverity} · Suggests a fix: ${rule.meta.hasSuggestions ? "yes" : "no"}`);
      });
      it("has a test file and a README row", () => {
        expect(existsSync(join(ROOT, "__tests__", "rules", `${id}.test.ts`))).toBe(true);
        expect(README).toContain(`| [${id}](rules/${id}.md) | ${rule.meta.category} | ${rule.meta.defaultSeverity} | ${rule.meta.description} |`);
      });
      it("reports its bad example and not its good one", () => {
        const [koBad, enBad, koGood, enGood] = [blocks(doc, "ko bad"), blocks(doc, "en bad"), blocks(doc, "ko good"), blocks(doc, "en good")];
        expect(koBad.length).toBeGreaterThan(0);
        expect(koBad).toHaveLength(enBad.length);
        expect(koGood).toHaveLength(enGood.length);
        koBad.forEach((ko, i) => expect(runRule(rule, ko, enBad[i]!).length).toBeGreaterThan(0));
        koGood.forEach((ko, i) => expect(runRule(rule, ko, enGood[i]!)).toEqual([]));
      });
    });
  }

  it("names fixture folders after known rule ids", () => {
    const dir = join(ROOT, "__tests__", "rules", "fixtures");
    const folders = existsSync(dir) ? readdirSync(dir) : [];
    const ids = RULES.map((r) => r.meta.id);
    expect(folders.filter((f) => !ids.includes(f))).toEqual([]);
  });
});
