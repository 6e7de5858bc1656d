#!/usr/bin/env node
// Injected-error recall section of BENCHMARKS.md. For each rule with a corrupter in bench/inject/<id>.mjs,
// it corrupts faithful sentence pairs of the real corpus with that rule's kind of error and counts how
// often the rule reports it (warning or error) on the corrupted paragraph. A pair counts only when the
// rule said nothing there before the corruption. Target (issue "Rules"): recall >= 90% per rule.
//
// A corrupter exports either inject(ko, en, rng, glossary) -> { en, ko? } | null (one pair), or
// injectDocument(koLines, enLines, index, rng, glossary) -> { ko, en } | null (whole article, for
// consistency rules that need the rest of the text), returning null when it has nothing to corrupt.
//
//   node bench/recall.mjs [--shared DIR] [--max N] [--rule ID]
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readCorpus, TITLE } from "./corpus-rules.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => pathToFileURL(path.join(ROOT, "dist", p)).href;
const { RULES } = await import(dist("rules/index.js"));
const { documentFromPair } = await import(dist("src/document.js"));
const { checkDocument } = await import(dist("src/check.js"));
const { loadBuiltinGlossary } = await import(dist("src/glossary.js"));
const { detectLanguage } = await import(dist("src/lang.js"));

// Pairs of context around the corrupted pair in each test article.
const CONTEXT = 10;
// Injected cases per rule (spread over the corpus).
const DEFAULT_MAX = 300;
// Recall the issue asks for.
const TARGET = 0.9;

/** A small deterministic PRNG (mulberry32), seeded per pair. */
function rngFor(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function findingsAt(rule, glossary, koLines, enLines, lineIndex) {
  // A neutral headline first: rules treat paragraph 0 as the title and the corpus has none.
  const [ko, en, index] = [[TITLE.ko, ...koLines], [TITLE.en, ...enLines], lineIndex + 1];
  const doc = documentFromPair({ path: "ko.txt", text: ko.join("\n") }, { path: "en.txt", text: en.join("\n") });
  if (doc.ko.paragraphs.length !== ko.length || doc.en.paragraphs.length !== en.length) return null;
  const beads = ko.map((_, i) => ({ ko: [i], en: [i], score: 1 }));
  const rules = [{ rule, severity: rule.meta.defaultSeverity, options: Object.freeze({ ...rule.defaultOptions }) }];
  const result = checkDocument(doc, { rules, glossary, detectLanguage }, beads);
  return result.findings.filter((f) => f.severity !== "info" && [f.target?.paragraph, f.source?.paragraph].includes(index));
}

function corrupt(module, ko, en, index, rng, glossary) {
  if (module.injectDocument) return module.injectDocument(ko, en, index, rng, glossary);
  const out = module.inject(ko[index], en[index], rng, glossary);
  if (!out) return null;
  const koLines = [...ko];
  const enLines = [...en];
  koLines[index] = out.ko ?? ko[index];
  enLines[index] = out.en;
  return { ko: koLines, en: enLines };
}

/** Recall of one rule over up to `max` injected pairs. */
export async function measureRecall(id, corpus, glossary, max = DEFAULT_MAX) {
  const rule = RULES.find((r) => r.meta.id === id);
  const module = await import(pathToFileURL(path.join(ROOT, "bench", "inject", `${id}.mjs`)).href);
  let injected = 0;
  let caught = 0;
  const step = Math.max(1, Math.floor(corpus.ko.length / (max * 3)));
  for (let i = CONTEXT; i < corpus.ko.length - CONTEXT && injected < max; i += step) {
    const ko = corpus.ko.slice(i - CONTEXT, i + CONTEXT);
    const en = corpus.en.slice(i - CONTEXT, i + CONTEXT);
    const clean = findingsAt(rule, glossary, ko, en, CONTEXT);
    if (!clean || clean.length > 0) continue;
    const bad = corrupt(module, ko, en, CONTEXT, rngFor(i), glossary);
    if (!bad) continue;
    const found = findingsAt(rule, glossary, bad.ko, bad.en, CONTEXT);
    if (!found) continue;
    injected++;
    if (found.length > 0) caught++;
  }
  return { id, injected, caught };
}

function injectedRules() {
  const dir = path.join(ROOT, "bench", "inject");
  const ids = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".mjs")).map((f) => f.replace(/\.mjs$/, "")) : [];
  return ids.filter((id) => RULES.some((r) => r.meta.id === id)).sort();
}

/** Markdown for the "## Injected errors" section. */
export async function section(options = {}) {
  const shared = options.shared ?? path.resolve(ROOT, "..", "shared");
  const corpus = readCorpus(path.join(shared, "data", "ko-en-news"));
  const glossary = loadBuiltinGlossary();
  const rows = [];
  for (const id of options.rule ? [options.rule] : injectedRules()) {
    const { injected, caught } = await measureRecall(id, corpus, glossary, options.max ?? DEFAULT_MAX);
    const recall = injected ? caught / injected : 0;
    rows.push(`| ${id} | ${injected} | ${caught} | ${(100 * recall).toFixed(1)}% | ${recall >= TARGET ? "met" : "NOT met"} |`);
  }
  const missing = RULES.map((r) => r.meta.id).filter((id) => !injectedRules().includes(id));
  return [
    "## Injected errors (recall)",
    "",
    "Each rule's corrupter (`bench/inject/<id>.mjs`) plants that rule's kind of error in one faithful pair of",
    `the real corpus, inside an article of ${2 * CONTEXT} consecutive pairs with the known alignment; a case counts`,
    "when the rule reported nothing on that pair before, and is caught when the rule reports a warning or an",
    `error on it after. Target: recall >= ${TARGET * 100}% per rule.`,
    "",
    "Command: `npm run bench` (or `node bench/recall.mjs` after `npm run build`).",
    "",
    "| rule | injected | caught | recall | target |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
    missing.length ? `No corrupter (not measured): ${missing.join(", ")}.` : "Every rule has a corrupter.",
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  console.log(await section({ shared: arg("--shared") && path.resolve(arg("--shared")), max: arg("--max") && Number(arg("--max")), rule: arg("--rule") }));
}
