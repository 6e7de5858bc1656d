/**
 * Issue 6, fuzzing every reader with random bytes from a fixed-seed generator: the plain text reader,
 * the XLIFF, TMX and TSV/CSV readers, the config loader and the glossary loader. Each either returns a
 * value or throws the project's InputError (src/errors.ts) - never any other exception, which the CLI
 * would report as an internal error. Random bytes rarely get past a format's first check, so most inputs
 * are real files with a few random mutations.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RULES } from "../../rules/index.js";
import { readBilingual } from "../../src/bilingual/index.js";
import fc from "fast-check";
import { loadConfig, validateConfig } from "../../src/config.js";
import { InputError } from "../../src/errors.js";
import { loadGlossaryFile, validateGlossary } from "../../src/glossary.js";
import { check, toDocument } from "../../src/index.js";
import { decodeInput, readInputFile } from "../../src/read-input.js";
import { seededRandom } from "../helpers/seeded-random.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "bilingual");
const encoder = new TextEncoder();
/** Seed of the generator; a failure names the case number, and the same seed gives the same bytes. */
const SEED = 0x7e57ab1e;

/** Byte strings that matter to some reader: markup, entities, quotes, separators, line ends, BOMs, bad UTF-8, NUL. */
const TOKENS = ["<", ">", "</", "/>", "&", "&amp;", "&#x110000;", "&#0;", "<![CDATA[", "]]>", "<!--", "-->", '"', "'", "\t", ",", "\n", "\r\n", "\r",
  "{", "}", "[", "]", ":", "\\", "\ufeff", "\u200b", "<tu>", "<tuv xml:lang=\"ko\">", "<seg>", "<target>", "<source>", "<trans-unit>", "<xliff version=\"2.0\">",
  "ko\ten", "가", "외교장관".normalize("NFD"), "１２억", "😀"].map((token) => encoder.encode(token))
  .concat([Uint8Array.of(0xff), Uint8Array.of(0xc3), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0), Uint8Array.of(0xfe, 0xff)]);

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** `count` random bytes. */
function randomBytes(random: Random, count: number): Uint8Array {
  return Uint8Array.from({ length: count }, () => Math.floor(random() * 256));
}

/** Applies a few random edits to bytes: flip, insert a byte or a token, delete, or duplicate a stretch. */
function mutate(random: Random, bytes: Uint8Array): Uint8Array {
  let out = Array.from(bytes);
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const length = Math.floor(random() * 40);
    switch (Math.floor(random() * 5)) {
      case 0: out[at] = Math.floor(random() * 256); break;
      case 1: out.splice(at, 0, ...pick(random, TOKENS)); break;
      case 2: out.splice(at, length); break;
      case 3: out.splice(at, 0, ...out.slice(at, at + length)); break;
      default: out.splice(at, 0, ...randomBytes(random, 1 + Math.floor(random() * 8)));
    }
  }
  if (out.length > 200_000) out = out.slice(0, 200_000);
  return Uint8Array.from(out);
}

/** Random input for a reader: pure random bytes, random tokens glued together, or a mutated seed file. */
function fuzzInput(random: Random, seeds: readonly Uint8Array[]): Uint8Array {
  const kind = random();
  if (kind < 0.15) return randomBytes(random, Math.floor(random() * 300));
  if (kind < 0.3) return Uint8Array.from(Array.from({ length: Math.floor(random() * 60) }, () => Array.from(pick(random, TOKENS))).flat());
  return mutate(random, pick(random, seeds));
}

/** Runs `read` and returns "ok", or "input" for an InputError; any other exception fails the test, naming the case. */
function outcome(name: string, index: number, read: () => unknown): "ok" | "input" {
  try {
    read();
    return "ok";
  } catch (error) {
    if (error instanceof InputError) return "input";
    throw new Error(`${name} case ${index} (seed ${SEED}) threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

/** Fuzzes one reader; both outcomes must occur, or the inputs did not reach past the first check. */
function fuzz(name: string, cases: number, seeds: readonly Uint8Array[], read: (bytes: Uint8Array, index: number) => unknown): void {
  const random = seededRandom(SEED);
  const seen = new Set<string>();
  for (let i = 0; i < cases; i++) {
    const bytes = fuzzInput(random, seeds);
    seen.add(outcome(name, i, () => read(bytes, i)));
  }
  expect([...seen].sort()).toEqual(["input", "ok"]);
}

const fixture = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));
const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n";
const EN = "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n";
const MIXED = encoder.encode(`${KO}\n${EN}`);

describe("fuzzing the readers: a value or an InputError, never another exception", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "translint-fuzz-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the plain text reader and the paragraph splitter (readInputFile, then a mixed-file document)", () => {
    fuzz("text", 400, [MIXED, encoder.encode(KO), fixture("ko.txt")], (bytes, i) => {
      const file = join(dir, `article-${i}.txt`);
      writeFileSync(file, bytes);
      return toDocument(readInputFile(file));
    });
  });

  it("a pair of text files through every rule (check)", () => {
    fuzz("check", 60, [encoder.encode(KO), MIXED], (bytes) => check(decodeInput("ko.txt", bytes), { path: "en.txt", text: EN }));
  });

  it.each([
    ["XLIFF 1.2", "excerpt.xlf", "a.xlf"],
    ["XLIFF 2.0", "excerpt-2.0.xlf", "a.xlf"],
    ["TMX", "excerpt.tmx", "a.tmx"],
    ["TSV", "excerpt.tsv", "a.tsv"],
    ["CSV", "excerpt.csv", "a.csv"],
  ])("the %s reader", (name, seed, path) => {
    fuzz(name, 250, [fixture(seed)], (bytes) => readBilingual(decodeInput(path, bytes)));
  });

  it("the config loader", () => {
    const seed = encoder.encode(JSON.stringify({ rules: { "title-mismatch": "warning", "name-drift": ["warning", { minSimilarity: 0.85 }] }, categories: { fluency: "warning" }, failOn: "error" }, null, 2));
    fuzz("config", 300, [seed], (bytes, i) => {
      const file = join(dir, `config-${i}.json`);
      writeFileSync(file, bytes);
      return loadConfig(file, RULES);
    });
  });

  it("the glossary loader, JSON and TSV", () => {
    const json = encoder.encode('[\n  { "ko": "외교부", "en": "Foreign Ministry", "variants": ["Ministry of Foreign Affairs"] },\n  { "ko": "국방부", "en": "Defense Ministry" }\n]\n');
    const tsv = encoder.encode("ko\ten\tvariants\tnote\n외교부\tForeign Ministry\tMinistry of Foreign Affairs|MOFA\tministry\n# kind: terms\n국방부\tDefense Ministry\n");
    fuzz("glossary", 300, [json, tsv], (bytes, i) => {
      const file = join(dir, `glossary-${i}.${i % 2 === 0 ? "json" : "tsv"}`);
      writeFileSync(file, bytes);
      return loadGlossaryFile(file);
    });
  });

  it("config and glossary validation on arbitrary JSON values, shaped like the real thing or not", () => {
    const rules = fc.dictionary(fc.constantFrom(...RULES.map((r) => r.meta.id), "no-such-rule"), fc.oneof(fc.constantFrom("off", "info", "warning", "error"), fc.jsonValue()));
    const config = fc.oneof(fc.jsonValue(), fc.record({ rules, categories: fc.jsonValue(), failOn: fc.jsonValue(), glossaries: fc.jsonValue() }, { requiredKeys: [] }));
    const entry = fc.record({ ko: fc.oneof(fc.string(), fc.jsonValue()), en: fc.oneof(fc.string(), fc.jsonValue()), variants: fc.jsonValue(), kind: fc.jsonValue(), base: fc.jsonValue() }, { requiredKeys: [] });
    const glossary = fc.oneof(fc.jsonValue(), fc.array(fc.oneof(entry, fc.jsonValue()), { maxLength: 5 }));
    fc.assert(fc.property(config, glossary, fc.constantFrom("names", "titles", "terms", "pairs", "variants", "custom"), (c, g, kind) => {
      outcome("validateConfig", 0, () => validateConfig(c, "c.json", RULES, JSON.stringify(c, null, 2)));
      outcome("validateGlossary", 0, () => validateGlossary(kind, g, "g.json", { text: JSON.stringify(g, null, 2) }));
    }), { seed: 42, numRuns: 1000 });
  });
});
