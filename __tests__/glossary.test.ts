/** Glossary data (rules/glossary/*.json) and its loader/validator (src/glossary.ts). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";
import {
  BUILTIN_KINDS, GlossaryError, keyField, loadBuiltinGlossary, loadGlossaryFile, mergeGlossaries, validateBuiltinGlossary, validateGlossary,
} from "../src/glossary.js";
import type { GlossaryEntry } from "../src/types.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const GLOSSARY_DIR = join(ROOT, "rules", "glossary");
const glossary = loadBuiltinGlossary();
const entries = (name: string): readonly GlossaryEntry[] => glossary[name] ?? [];
const find = (name: string, ko: string): GlossaryEntry | undefined => entries(name).find((e) => e.ko === ko);
const ofKind = (name: string, kind: string): readonly GlossaryEntry[] => entries(name).filter((e) => e.kind === kind);

/** Runs validateGlossary and returns the GlossaryError message (fails if nothing is thrown). */
function errorOf(name: string, data: unknown, options: { text?: string; isStrict?: boolean } = {}): string {
  try {
    validateGlossary(name, data, "bad.json", options);
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaryError);
    return (error as Error).message;
  }
  throw new Error("expected a GlossaryError");
}

const ok = (ko: string, extra: Record<string, unknown> = {}) => ({ ko, en: `${ko} en`, variants: [], source: "test", ...extra });

describe("built-in glossary data", () => {
  it("loads and validates every file", () => {
    expect(Object.keys(glossary).sort()).toEqual([...BUILTIN_KINDS].sort());
  });

  it("has the minimum number of entries", () => {
    expect(ofKind("titles", "title").length).toBeGreaterThanOrEqual(120);
    expect(ofKind("titles", "modifier").length).toBeGreaterThanOrEqual(10);
    expect(entries("names").length).toBeGreaterThanOrEqual(250);
    expect(entries("terms").length).toBeGreaterThanOrEqual(150);
    expect(ofKind("pairs", "pair").length).toBeGreaterThanOrEqual(40);
    expect(ofKind("pairs", "abbreviation").length).toBeGreaterThanOrEqual(15);
    expect(entries("variants").length).toBeGreaterThanOrEqual(20);
  });

  it.each([...BUILTIN_KINDS])("%s.json is sorted by its key, one entry per line, 2-space indent", (name) => {
    const keys = entries(name).map((e) => String(e[keyField(name)]));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const lines = readFileSync(join(GLOSSARY_DIR, `${name}.json`), "utf8").split("\n");
    expect(lines[0]).toBe("[");
    expect(lines.slice(-2)).toEqual(["]", ""]);
    expect(lines.slice(1, -2).every((line) => /^ {2}\{ .* \},?$/.test(line))).toBe(true);
    expect(lines.length - 3).toBe(entries(name).length);
  });

  it("gives every names entry with hanja a Hangul ko", () => {
    const withHanja = entries("names").filter((e) => e.hanja !== undefined);
    expect(withHanja.length).toBeGreaterThan(100);
    for (const e of withHanja) expect(e.ko).toMatch(/[\uac00-\ud7a3]/);
  });

  it("spells Chinese names as the pinyin of their hanja, traditional and simplified alike", () => {
    // English names not in pinyin, or a polyphone read another way in the name (朝 zhāo in 馬朝旭)
    const NOT_PINYIN = new Set(["Jack Ma", "Sun Yat-sen", "Chiang Kai-shek", "Ma Zhaoxu"]);
    const read = (hanzi: string) => pinyin(hanzi, { toneType: "none", type: "array" }).join("");
    const chinese = entries("names").filter((e) => e.country === "CN" && typeof e.hanja === "string" && !NOT_PINYIN.has(e.en));
    expect(chinese.length).toBeGreaterThan(40);
    for (const e of chinese) {
      expect([e.en, read(String(e.hanja))]).toEqual([e.en, e.en.toLowerCase().replace(/[^a-z]/g, "")]);
      if (typeof e.hanjaSimplified === "string") expect(read(e.hanjaSimplified)).toBe(read(String(e.hanja)));
    }
  });

  it("holds the facts the reference article needs", () => {
    expect(find("titles", "외교장관")).toMatchObject({ en: "Foreign Minister", rank: null });
    expect(find("titles", "외교차관")).toMatchObject({ en: "Vice Foreign Minister", rank: "vice", base: "외교장관" });
    expect(find("titles", "부주석")?.alternatives).toContain("Vice President");
    expect(find("titles", "안보보좌관")).toMatchObject({ en: "National Security Adviser" });
    expect(find("titles", "부")).toMatchObject({ kind: "modifier", rank: "vice", position: "prefix" });
    expect(find("names", "장유샤")).toMatchObject({ en: "Zhang Youxia", hanja: "張又俠", hanjaSimplified: "张又侠" });
    expect(find("names", "숀 사벳")?.variants).toContain("Sean Sabet");
    expect(find("names", "김정은")?.variants).toContain("Kim Jong-eun");
    expect(find("names", "윤석열")?.variants).toContain("Yoon Seok-yeol");
    expect(find("pairs", "미소")).toMatchObject({ en: "U.S.-Soviet", kind: "pair" });
    expect((find("pairs", "미소")?.members as string[][])[1]).toContain("Soviet Union");
    expect(find("terms", "신전략무기감축협정")).toMatchObject({ en: "New START" });
    expect(find("terms", "전략비축유")?.alternatives).toContain("strategic oil reserve");
    expect(entries("variants").find((e) => e.id === "kyiv")).toMatchObject({ en: "Kyiv", deprecated: ["Kiev"] });
  });

  // a run only parses the shipped files (loadBuiltinGlossary); this is where they are validated
  it.each(BUILTIN_KINDS)("ships a strictly valid %s.json, loaded with the same entries as validation gives", (kind) => {
    const validated = validateBuiltinGlossary(kind);
    expect(validated.length).toBeGreaterThan(0);
    expect(entries(kind)).toEqual(validated);
  });

  it("is deep-frozen and loaded once", () => {
    expect(loadBuiltinGlossary()).toBe(glossary);
    expect(Object.isFrozen(glossary)).toBe(true);
    expect(Object.isFrozen(entries("names"))).toBe(true);
    expect(Object.isFrozen(entries("names")[0]?.variants)).toBe(true);
    expect(() => { (entries("terms") as GlossaryEntry[]).push(ok("x")); }).toThrow(TypeError);
  });
});

describe("validateGlossary", () => {
  it("accepts good data and fills in defaults", () => {
    const result = validateGlossary("terms", [{ ko: "가", en: "a" }, { ko: "나", en: "b", variants: ["B1"] }], "t.json");
    expect(result).toEqual([{ ko: "가", en: "a", variants: [] }, { ko: "나", en: "b", variants: ["B1"] }]);
    const variants = validateGlossary("variants", [{ id: "kyiv", en: "Kyiv", variants: ["Kiev"] }], "v.json");
    expect(variants[0]).toMatchObject({ id: "kyiv", ko: "kyiv" });
  });

  it("names the file and line of a duplicate ko", () => {
    const text = '[\n  { "ko": "외교장관", "en": "Foreign Minister" },\n  { "ko": "외교장관", "en": "Foreign Secretary" }\n]\n';
    expect(errorOf("titles", JSON.parse(text), { text })).toBe('bad.json:3: duplicate ko "외교장관"');
    expect(errorOf("titles", JSON.parse(text))).toBe('bad.json: duplicate ko "외교장관" (entry 2)');
  });

  it.each([
    ["an empty ko", [ok("")], /missing or empty "ko"/],
    ["an empty en", [{ ...ok("가"), en: "" }], /empty string/],
    ["an empty variant", [ok("가", { variants: [""] })], /empty string/],
    ["a padded string", [ok("가", { note: " x" })], /leading or trailing spaces/],
    ["a variant equal to en, ignoring case", [ok("가", { en: "Kyiv", variants: ["KYIV"] })], /variant "KYIV" equals en "Kyiv"/],
    ["an alternative equal to en", [ok("가", { en: "a", alternatives: ["A"] })], /alternative "A" equals en/],
    ["a form both accepted and wrong", [ok("가", { alternatives: ["x"], variants: ["X"] })], /both a variant and an alternative/],
    ["variants that are not an array", [ok("가", { variants: "Kiev" })], /"variants" must be an array of strings/],
    ["a non-string en", [{ ko: "가", en: 3, variants: [] }], /"en" must be a string/],
    ["a missing en", [{ ko: "가", variants: [] }], /missing "en"/],
    ["an entry that is not an object", [["가", "a"]], /must be an object/],
    ["an unknown rank", [ok("가", { rank: "deputy-ish" })], /unknown rank "deputy-ish"/],
    ["a non-boolean flag", [ok("가", { isAmbiguous: "yes" })], /must be true or false/],
    ["a ko alias taken by another entry", [ok("가", { koAliases: ["나"] }), ok("나")], /ko alias "나" of "가" is already used by "나"/],
    ["a base that is not an entry", [ok("가", { base: "다" })], /base "다" is not an entry/],
  ])("rejects %s", (_name, data, message) => {
    expect(errorOf("terms", data)).toMatch(message);
  });

  it.each([
    ["titles", "a modifier without position", [ok("부", { kind: "modifier", rank: "vice" })], /modifier needs a rank and a position/],
    ["titles", "an unknown kind", [ok("가", { kind: "office" })], /unknown kind "office"/],
    ["titles", "a byContext rendering that is not accepted", [ok("가", { en: "A", byContext: { US: ["B"] } })], /byContext rendering "B"/],
    ["pairs", "a pair without members", [ok("미소", { kind: "pair" })], /pair needs "members"/],
    ["pairs", "a pair with one member", [ok("미소", { kind: "pair", members: [["U.S."]] })], /at least two/],
    ["pairs", "an abbreviation without forms", [ok("미", { kind: "abbreviation" })], /abbreviation needs "forms"/],
    ["names", "hanja with a non-Hangul ko", [ok("Xi", { hanja: "習近平" })], /has no Hangul/],
    ["names", "a simplified form without traditional", [ok("시진핑", { hanjaSimplified: "习近平" })], /hanjaSimplified/],
    ["variants", "a deprecated form that is not a variant", [{ id: "kyiv", en: "Kyiv", variants: [], deprecated: ["Kiev"] }], /deprecated "Kiev"/],
    ["variants", "a missing id", [{ en: "Kyiv", variants: [] }], /missing or empty "id"/],
  ])("%s: rejects %s", (name, _what, data, message) => {
    expect(errorOf(name, data)).toMatch(message);
  });

  it("rejects a non-array", () => {
    expect(errorOf("terms", { ko: "가" })).toBe("bad.json: expected an array of entries");
  });

  it("in strict mode rejects unsorted entries, unknown fields and entries without note or source", () => {
    const text = '[\n  { "ko": "나", "en": "b", "variants": [], "note": "n" },\n  { "ko": "가", "en": "a", "variants": [], "note": "n" }\n]\n';
    expect(errorOf("terms", JSON.parse(text), { text, isStrict: true })).toBe('bad.json:3: entries are not sorted by ko: "가" comes after "나"');
    expect(() => validateGlossary("terms", JSON.parse(text), "bad.json", { text })).not.toThrow();
    expect(errorOf("terms", [ok("가", { enn: "typo" })], { isStrict: true })).toMatch(/unknown field "enn"/);
    expect(errorOf("terms", [{ ko: "가", en: "a", variants: [] }], { isStrict: true })).toMatch(/needs a "note" or a "source"/);
    expect(errorOf("terms", [{ ko: "가", en: "a", note: "n" }], { isStrict: true })).toMatch(/missing "variants"/);
  });
});

describe("user glossary files", () => {
  // Temporary files live inside the project (git-ignored node_modules/.cache), so the suite reads nothing outside it.
  let dir = "";
  beforeAll(() => {
    mkdirSync(join(ROOT, "node_modules", ".cache"), { recursive: true });
    dir = mkdtempSync(join(ROOT, "node_modules", ".cache", "translint-glossary-test-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("loads TSV with a header, comments, variants and a note; the kind comes from the file name", () => {
    const path = file("names.tsv", "ko\ten\tvariants\tnote\n# people\n\n김정은\tKim Jong Un\tKim Jong-eun | Kim Jung Un\tKCNA spelling\n시진핑\tXi Jinping\n");
    expect(loadGlossaryFile(path)).toEqual({
      name: "names",
      entries: [
        { ko: "김정은", en: "Kim Jong Un", variants: ["Kim Jong-eun", "Kim Jung Un"], note: "KCNA spelling" },
        { ko: "시진핑", en: "Xi Jinping", variants: [] },
      ],
    });
  });

  it("takes the kind from a '# kind:' line, else defaults to terms", () => {
    expect(loadGlossaryFile(file("house.tsv", "# kind: titles\n외교장관\tForeign Minister\n")).name).toBe("titles");
    expect(loadGlossaryFile(file("house-terms.tsv", "비핵화\tdenuclearization\n")).name).toBe("terms");
    const variants = loadGlossaryFile(file("variants.tsv", "adviser\tadviser\tadvisor\n"));
    expect(variants.entries[0]).toMatchObject({ id: "adviser", ko: "adviser", variants: ["advisor"] });
  });

  it("reports TSV errors with their line", () => {
    expect(() => loadGlossaryFile(file("bad1.tsv", "# c\n가\n"))).toThrow("bad1.tsv:2: expected 2 to 4 tab-separated columns, got 1");
    expect(() => loadGlossaryFile(file("bad2.tsv", "가\ta\n\n가\tb\n"))).toThrow(/bad2\.tsv:3: duplicate ko "가"$/);
    expect(() => loadGlossaryFile(file("bad3.tsv", "가\tKyiv\tkyiv\n"))).toThrow(/bad3\.tsv:1: variant "kyiv" equals en "Kyiv"/);
  });

  it("loads JSON as an array or as { kind, entries }", () => {
    expect(loadGlossaryFile(file("terms.json", '[{ "ko": "가", "en": "a" }]')).name).toBe("terms");
    const wrapped = loadGlossaryFile(file("mine.json", '{ "kind": "names", "entries": [{ "ko": "가", "en": "a" }] }'));
    expect(wrapped).toEqual({ name: "names", entries: [{ ko: "가", en: "a", variants: [] }] });
    expect(() => loadGlossaryFile(file("dup.json", '{ "kind": "names", "entries": [\n{ "ko": "가", "en": "a" },\n{ "ko": "가", "en": "b" }] }')))
      .toThrow(/dup\.json:3: duplicate ko "가"/);
    expect(() => loadGlossaryFile(file("broken.json", '[\n{ "ko": }\n]'))).toThrow('broken.json:2:9: glossary is not valid JSON: expected a value, found "}"');
    expect(() => loadGlossaryFile(join(dir, "missing.tsv"))).toThrow(/missing\.tsv: no such file/);
  });

  it("merges user entries over built-in ones with the same key", () => {
    const user = loadGlossaryFile(file("names.json", '[{ "ko": "김정은", "en": "Kim Jong-un", "variants": ["Kim Jong Un"] }, { "ko": "가나다", "en": "Ganada" }]'));
    const merged = mergeGlossaries(glossary, [user]);
    const kim = merged.names?.filter((e) => e.ko === "김정은");
    expect(kim).toEqual([{ ko: "김정은", en: "Kim Jong-un", variants: ["Kim Jong Un"] }]);
    expect(merged.names?.length).toBe(entries("names").length + 1);
    const keys = merged.names?.map((e) => e.ko) ?? [];
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(merged.titles).toBe(glossary.titles);
    expect(find("names", "김정은")?.en).toBe("Kim Jong Un");
    expect(Object.isFrozen(merged.names)).toBe(true);
  });

  it("merges a Glossary object and keeps new kinds", () => {
    const merged = mergeGlossaries({ terms: [{ ko: "가", en: "a", variants: [] }] }, { terms: [{ ko: "가", en: "b", variants: [] }], house: [{ ko: "나", en: "n", variants: [] }] });
    expect(merged.terms).toEqual([{ ko: "가", en: "b", variants: [] }]);
    expect(merged.house).toEqual([{ ko: "나", en: "n", variants: [] }]);
  });
});
