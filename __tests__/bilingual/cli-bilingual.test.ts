/** Spawns the built CLI (npm test builds first) on bilingual files: exit codes and positions in the file. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "src", "cli.js");
const FIXTURES = join(ROOT, "__tests__", "fixtures", "bilingual");

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("translint CLI on bilingual files", () => {
  const dir = mkdtempSync(join(tmpdir(), "translint-bilingual-"));
  writeFileSync(join(dir, "broken.xlf"), '<xliff version="1.2">\n<file source-language="ko"><body>\n<trans-unit id="1"><source>제목</source></trans-unit>\n</body></fil>\n</xliff>\n');
  writeFileSync(join(dir, "clean.tsv"), "ko\ten\n정부 예산안 발표\tGovernment unveils budget\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\tThe government said on the 28th that it had set next year's budget at 656 trillion won.\n");

  it("exits 1 on an XLIFF file with errors and prints its lines and columns", () => {
    const r = cli([join(FIXTURES, "excerpt.xlf"), "--format", "compact"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/excerpt\.xlf:36:\d+: error name-drift/);
  });

  it("exits 0 on a clean TSV file", () => {
    const r = cli([join(dir, "clean.tsv")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("exits 2 with one line naming the file, the line and the reason for malformed XML", () => {
    const r = cli([join(dir, "broken.xlf")]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^translint: ${join(dir, "broken.xlf").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:4:\\d+: malformed XML: `));
  });

  it("exits 2 when a bilingual file is given with a second file", () => {
    const r = cli([join(FIXTURES, "ko.txt"), join(FIXTURES, "excerpt.tmx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("excerpt.tmx: a bilingual file (XLIFF, TMX, TSV, CSV) holds both languages; give it alone");
  });
});
