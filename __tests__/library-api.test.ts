/** The README's library example, run as a user would: `import … from "translint"` from a built package. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");

/** The first ```js block under "## Library API" in README.md. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Library API"));
  const match = /```js\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error("README has no Library API example");
  return match[1]!;
}

describe("library API", () => {
  it("runs the README example through the package name", () => {
    const example = readmeExample()
      .replace('["article.ko.txt", "article.en.txt"]', '["samples/us-china-military-talks/article.txt"]')
      .replace('{ config: "translint.config.json" }', "{}");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", example], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.some((line) => /article\.txt:\d+:\d+: error title-mismatch/.test(line))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^\d+ \d+$/);
    const [findings, errors] = lines[lines.length - 1]!.split(" ").map(Number);
    expect(findings).toBe(0);
    expect(errors).toBeGreaterThan(0);
  });
});
