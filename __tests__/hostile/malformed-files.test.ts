/**
 * Issue 6, malformed structured inputs: XLIFF, TMX, TSV/CSV, the config file and user glossaries. Each
 * exits 2 with one line "<file>:<line>[:<column>]: <problem>" (the compiler-style prefix editors and CI
 * understand), through the built CLI.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, EN, escapeRegExp, expectOneLineError, KO, tempFiles } from "./helpers.js";

const XLIFF_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2">\n<file source-language="ko" target-language="en" datatype="plaintext">\n<body>\n';
const XLIFF_TAIL = "</body>\n</file>\n</xliff>\n";
const unit = (id: string, ko: string, en: string | null): string =>
  `<trans-unit id="${id}">\n<source>${ko}</source>\n${en === null ? "" : `<target>${en}</target>\n`}</trans-unit>\n`;
const TITLE_KO = "정부 예산안 발표";
const TITLE_EN = "Government unveils budget";
const BODY_KO = "정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.";
const BODY_EN = "The government said on the 28th that it had set next year's budget at 656 trillion won.";
const TMX = (tuvs: string): string => `<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="ko" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>\n<body>\n${tuvs}</body>\n</tmx>\n`;

/** A line-numbered problem: "<file>:<line>:" (and a column when given) then the problem. */
const at = (file: string, line: number, column?: number): string => `${file}:${line}:${column === undefined ? "" : `${column}:`}`;

describe("malformed XLIFF, TMX and tables: exit 2, naming the file and the line", () => {
  const dir = tempFiles({
    "unclosed.xlf": `${XLIFF_HEAD}${unit("1", TITLE_KO, TITLE_EN)}<trans-unit id="2">\n<source>${BODY_KO}\n</trans-unit>\n${XLIFF_TAIL}`,
    "wrong-root.xlf": `<?xml version="1.0"?>\n\n<html><body><p>${BODY_KO}</p></body></html>\n`,
    "no-targets.xlf": `${XLIFF_HEAD}${unit("1", TITLE_KO, null)}${unit("2", BODY_KO, null)}${XLIFF_TAIL}`,
    "one-target-missing.xlf": `${XLIFF_HEAD}${unit("1", TITLE_KO, TITLE_EN)}${unit("2", BODY_KO, BODY_EN)}${unit("3", "정부는 추가경정예산도 편성했다.", null)}${XLIFF_TAIL}`,
    "unclosed.tmx": TMX(`<tu>\n<tuv xml:lang="ko"><seg>${TITLE_KO}</seg></tuv>\n<tuv xml:lang="en"><seg>${TITLE_EN}</seg>\n</tu>\n`),
    "no-korean.tmx": TMX(`<tu>\n<tuv xml:lang="en"><seg>${TITLE_EN}</seg></tuv>\n<tuv xml:lang="fr"><seg>Budget</seg></tuv>\n</tu>\n`),
    "columns.tsv": `${TITLE_KO}\t${TITLE_EN}\n${BODY_KO}\t${BODY_EN}\textra\n`,
    "quote.csv": `${TITLE_KO},${TITLE_EN}\n\n"${BODY_KO},${BODY_EN}\n`,
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const path = (name: string): string => join(dir, name);

  it("XLIFF with an unclosed tag: the parser's line and column and its reason", async () => {
    expectOneLineError(await cli([path("unclosed.xlf")]), at(path("unclosed.xlf"), 11, 1), /: malformed XML: Expected closing tag 'source' \(opened in line 10, col 1\)/);
  });

  it("XML whose root is not <xliff> or <tmx>: the root element's line", async () => {
    expectOneLineError(await cli([path("wrong-root.xlf")]), at(path("wrong-root.xlf"), 3, 1), /: not an XLIFF or TMX file: the root element is <html>/);
  });

  it("XLIFF where no unit has a <target>: the first unit's line", async () => {
    expectOneLineError(await cli([path("no-targets.xlf")]), at(path("no-targets.xlf"), 6), /: no unit has an English translation/);
  });

  it("XLIFF where one unit lacks its <target> is valid input: checked, the missing translation is a finding", async () => {
    const result = await cli([path("one-target-missing.xlf"), "-f", "compact"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^${escapeRegExp(path("one-target-missing.xlf"))}:14:9: error omission `, "m"));
  });

  it("TMX with an unclosed <tuv>", async () => {
    expectOneLineError(await cli([path("unclosed.tmx")]), `${path("unclosed.tmx")}:`, /:\d+:\d+: malformed XML: .*'tuv'/);
  });

  it("TMX with no Korean <tuv>: the first unit's line", async () => {
    expectOneLineError(await cli([path("no-korean.tmx")]), at(path("no-korean.tmx"), 5, 1), /: no <tuv> is Korean \(xml:lang "ko"\); languages found: en, fr/);
  });

  it("TSV with a row of three columns", async () => {
    expectOneLineError(await cli([path("columns.tsv")]), at(path("columns.tsv"), 2), /: expected 2 columns \(Korean, English\) separated by a tab, found 3/);
  });

  it("CSV with a quoted field never closed: where the quote opens", async () => {
    expectOneLineError(await cli([path("quote.csv")]), at(path("quote.csv"), 3, 1), /: quoted field is never closed$/m);
  });
});

describe("a config file that is not valid, and glossaries with mistakes: exit 2, naming the file and the line", () => {
  const dir = tempFiles({ "ko.txt": KO, "en.txt": EN });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("config with a syntax error: line and column from the text, with what was found there", async () => {
    const config = write("translint.config.json", '{\n  "rules": {\n    "title-mismatch": "warning",\n  }\n}\n');
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", config]), at(config, 4, 3),
      /: config is not valid JSON: expected a property name in double quotes, found "}"$/m);
  });

  it("config found by looking upward from the working directory, cut short", async () => {
    const config = write("translint.config.json", '{\n  "rules": {\n    "title-mismatch": "warning"\n');
    expectOneLineError(await cli(["ko.txt", "en.txt"], { cwd: dir }), at(config, 4, 1), /: config is not valid JSON: expected "," or "}", found the end of the file$/m);
  });

  it("config naming an unknown rule, an unknown option and an unknown top-level key: the key's line", async () => {
    const rule = write("rule.json", '{\n  "rules": {\n    "title-mismatch": "warning",\n    "no-such-rule": "error"\n  }\n}\n');
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", rule]), at(rule, 4), /: rules: unknown rule "no-such-rule"$/m);
    const option = write("option.json", '{\n  "rules": {\n    "name-drift": ["warning", {\n      "minSimilarity": 0.8,\n      "nope": 1\n    }]\n  }\n}\n');
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", option]), at(option, 5), /: rules\.name-drift: unknown option "nope"$/m);
    const key = write("key.json", '{\n  "rules": {},\n  "ruls": {}\n}\n');
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", key]), at(key, 3), /: unknown key "ruls"$/m);
  });

  it("config that is a folder", async () => {
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", dir]), dir, /: is a directory, not a config file$/m);
  });

  it("glossary with a duplicate ko: the duplicate's line", async () => {
    const entries = Array.from({ length: 10 }, (_, i) => `  { "ko": "용어${i}", "en": "term ${i}" },`);
    const glossary = write("glossary.json", `[\n${entries.join("\n")}\n  { "ko": "용어3", "en": "another term" }\n]\n`);
    const config = write("with-glossary.json", JSON.stringify({ glossaries: ["glossary.json"] }));
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", config]), at(glossary, 12), /: duplicate ko "용어3"$/m);
  });

  it("glossary that is not JSON: line and column", async () => {
    const glossary = write("broken-glossary.json", '[\n  { "ko": "용어", "en": "term" }\n  { "ko": "외교", "en": "diplomacy" }\n]\n');
    const config = write("with-broken.json", JSON.stringify({ glossaries: ["broken-glossary.json"] }));
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", config]), at(glossary, 3, 3), /: glossary is not valid JSON: expected "," or "\]", found "\{"$/m);
  });

  it("TSV glossary with a duplicate ko", async () => {
    const glossary = write("terms.tsv", "ko\ten\n용어\tterm\n\n용어\tother term\n");
    const config = write("with-tsv.json", JSON.stringify({ glossaries: ["terms.tsv"] }));
    expectOneLineError(await cli([join(dir, "ko.txt"), join(dir, "en.txt"), "--config", config]), at(glossary, 4), /: duplicate ko "용어"$/m);
  });
});
