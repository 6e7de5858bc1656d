/**
 * Issue 6: nothing is ever written next to the inputs (or into the working directory) unless a flag asks
 * for it. check in every format and on every input kind, a batch run, align and explain run on inputs in a
 * temporary folder, and the folder's listing, bytes and modification times stay exactly as they were.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { FORMATTERS } from "../../src/formatters/index.js";
import { EN, KO, spawnCli as cli, tempFiles } from "./helpers.js";

const XLIFF = `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="ko" target-language="en" datatype="plaintext"><body>\n` +
  `<trans-unit id="1"><source>정부 예산안 발표</source><target>Government unveils budget</target></trans-unit>\n` +
  `<trans-unit id="2"><source>정부는 내년 예산안을 656조 원으로 확정했다.</source><target>The government set the budget at 656 billion won.</target></trans-unit>\n</body></file></xliff>\n`;
const TMX = `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ko" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>\n` +
  `<tu><tuv xml:lang="ko"><seg>정부 예산안 발표</seg></tuv><tuv xml:lang="en"><seg>Government unveils budget</seg></tuv></tu>\n</body></tmx>\n`;

/** Every entry of a folder, recursively, with its bytes (files) and modification time. */
function snapshot(dir: string): Record<string, { mtimeMs: number; bytes: string | null }> {
  // the folder's own mtime changes when anything is created in it, even if it is deleted again
  const result: Record<string, { mtimeMs: number; bytes: string | null }> = { ".": { mtimeMs: statSync(dir).mtimeMs, bytes: null } };
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    const stats = statSync(path);
    result[name] = { mtimeMs: stats.mtimeMs, bytes: stats.isFile() ? readFileSync(path).toString("base64") : null };
  }
  return result;
}

describe("nothing is written next to the inputs", () => {
  const dir = tempFiles({
    "article.ko.txt": KO, "article.en.txt": EN.replace("656 trillion", "656 billion"), "mixed.txt": `${KO}\n${EN}`,
    "units.xlf": XLIFF, "units.tmx": TMX, "units.tsv": "정부 예산안 발표\tGovernment unveils budget\n", "units.csv": "정부 예산안 발표,Government unveils budget\n",
    "translint.config.json": '{ "rules": { "title-mismatch": "warning" } }\n',
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const before = snapshot(dir);
  const run = (args: string[]) => cli(args, { cwd: dir });

  it("has inputs to protect", () => {
    expect(Object.keys(before).sort()).toEqual([".", "article.en.txt", "article.ko.txt", "mixed.txt", "translint.config.json", "units.csv", "units.tmx", "units.tsv", "units.xlf"]);
  });

  it.each(Object.keys(FORMATTERS))("check --format %s on a pair", (format) => {
    expect(run(["check", "article.ko.txt", "article.en.txt", "--format", format]).code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each(["mixed.txt", "units.xlf", "units.tmx", "units.tsv", "units.csv"])("check on %s", (file) => {
    expect([0, 1]).toContain(run(["check", file, "--format", "json"]).code);
    expect(snapshot(dir)).toEqual(before);
  });

  it("a batch run over the folder", () => {
    expect([0, 1, 2]).toContain(run(["check", ".", "--jobs", "1", "--format", "compact"]).code);
    expect(snapshot(dir)).toEqual(before);
  });

  it("align, in both views, and explain", () => {
    expect(run(["align", "article.ko.txt", "article.en.txt"]).code).toBe(0);
    expect(run(["align", "units.xlf", "--format", "json"]).code).toBe(0);
    expect(run(["explain", "number-mismatch"]).code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
});
