/**
 * Runs every `npx translint …` line of the README's Recipes section with the built CLI on a folder of
 * articles, and checks what each CI system reads: exit code, SARIF, JUnit XML, workflow commands.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "src", "cli.js");

/** The `npx translint …` command lines in README's Recipes section. */
function recipeCommands(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Recipes"), readme.indexOf("## Library API"));
  // Command lines only: a run step ("- run: npx …"), a script item ("- npx …") or a shell line ("npx …").
  return [...section.matchAll(/^\s*(?:- (?:run: )?)?npx translint ([^\n|`]+?)(?:\s*\|\|.*)?$/gm)].map((m) => m[1]!.trim());
}

function articlesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "translint-recipes-"));
  cpSync(join(ROOT, "samples", "us-china-military-talks", "article.txt"), join(dir, "articles", "us-china-military-talks.txt"));
  return dir;
}

describe("README recipes", () => {
  const commands = recipeCommands();
  it("has the GitHub, GitLab and pre-commit commands", () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
  });

  for (const command of commands) {
    it(`runs: translint ${command}`, () => {
      const cwd = articlesFolder();
      const r = spawnSync(process.execPath, [CLI, ...command.split(/\s+/)], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(r.status).toBe(1); // the sample has errors: every recipe fails the job
      if (command.includes("--format github")) {
        for (const line of r.stdout.trim().split("\n")) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+[^:]*::.+/);
      }
      if (command.includes("--format sarif")) {
        const sarif = JSON.parse(readFileSync(join(cwd, "translint.sarif"), "utf8"));
        expect(sarif.version).toBe("2.1.0");
        expect(sarif.runs[0].results.length).toBeGreaterThan(0);
      }
      if (command.includes("--format junit")) {
        const xml = readFileSync(join(cwd, "translint-junit.xml"), "utf8");
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).toContain("<testsuite");
      }
      if (command.includes("--output")) expect(existsSync(join(cwd, command.split("--output ")[1]!.split(" ")[0]!))).toBe(true);
    });
  }
});
