#!/usr/bin/env node
// corpus-rules.mjs — false-alarm rates of every rule on the real corpus of faithful translations.
//
// Reads the 3,000 Korean-English sentence pairs of ../shared/data/ko-en-news (CC BY-SA 3.0, Park et al.
// 2016), cuts them into articles of about --chunk consecutive pairs (one pair = one paragraph; never inside a
// quotation, see articleStarts), aligns each
// article with its KNOWN 1-1 alignment (so that alignment errors do not count against the rules), runs
// every rule, and reports per rule the share of aligned pairs with an error finding and with a warning.
// These are faithful professional translations: every finding is, to a first approximation, a false alarm.
//
//   node bench/corpus-rules.mjs [--data DIR] [--chunk 40] [--rule ID] [--show N] [--json]
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { RULES } = await import(join(ROOT, "dist/rules/index.js"));
const { documentFromPair } = await import(join(ROOT, "dist/src/document.js"));
const { checkDocument } = await import(join(ROOT, "dist/src/check.js"));
const { resolveRules, EMPTY_CONFIG } = await import(join(ROOT, "dist/src/config.js"));
const { loadBuiltinGlossary } = await import(join(ROOT, "dist/src/glossary.js"));
const { detectLanguage } = await import(join(ROOT, "dist/src/lang.js"));

function args(argv) {
  const out = { data: join(ROOT, "../shared/data/ko-en-news"), chunk: 40, rule: null, show: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    if (key === "json") out.json = true;
    else out[key] = ["chunk", "show"].includes(key) ? Number(argv[++i]) : argv[++i];
  }
  return out;
}

/** Reads the dev and test splits as parallel line arrays. */
export function readCorpus(dir) {
  const read = (split, lang) => readFileSync(join(dir, `korean-english-park.${split}.${lang}`), "utf8").split("\n").filter((_, i, a) => i < a.length - 1 || a[i] !== "");
  const ko = [...read("dev", "ko"), ...read("test", "ko")];
  const en = [...read("dev", "en"), ...read("test", "en")];
  if (ko.length !== en.length) throw new Error(`corpus sides differ: ${ko.length} vs ${en.length}`);
  return { ko, en };
}

/** The headline each corpus article gets (the corpus has none); findings on it are not counted. */
export const TITLE = { ko: "뉴스", en: "News" };

/** Double quotation marks, counted to keep a quotation inside one article when cutting the corpus. */
const DOUBLE_QUOTES = /["“”]/g;

/**
 * Where to cut the corpus into articles of about `chunk` pairs: the corpus has one sentence per line,
 * so a quotation of several sentences spans lines; an article boundary never falls inside one (the
 * count of double quotation marks on both sides so far is even), or the cut itself would create the
 * unbalanced quotes the quote rule exists to report.
 */
export function articleStarts(corpus, chunk) {
  const starts = [0];
  let open = { ko: 0, en: 0 };
  for (let i = 0; i < corpus.ko.length; i++) {
    open = { ko: open.ko + (corpus.ko[i].match(DOUBLE_QUOTES) ?? []).length, en: open.en + (corpus.en[i].match(DOUBLE_QUOTES) ?? []).length };
    const length = i + 1 - starts[starts.length - 1];
    const balanced = open.ko % 2 === 0 && open.en % 2 === 0;
    if ((length >= chunk && balanced) || length >= chunk * 2) {
      starts.push(i + 1);
      open = { ko: 0, en: 0 };
    }
  }
  return starts.filter((s) => s < corpus.ko.length);
}

/** Runs every rule over the corpus and returns per-rule counts of pairs with an error/warning/info. */
export function measureRules(corpus, { chunk = 40, rule = null } = {}) {
  const registry = rule ? RULES.filter((r) => r.meta.id === rule) : RULES;
  const rules = resolveRules(registry, EMPTY_CONFIG);
  const glossary = loadBuiltinGlossary();
  const perRule = Object.fromEntries(registry.map((r) => [r.meta.id, { error: new Set(), warning: new Set(), info: new Set(), examples: [] }]));
  let pairs = 0;
  const started = performance.now();
  const starts = articleStarts(corpus, chunk);
  for (const [n, start] of starts.entries()) {
    const end = starts[n + 1] ?? corpus.ko.length;
    const ko = corpus.ko.slice(start, end);
    const en = corpus.en.slice(start, end);
    // The corpus has no headlines; rules treat paragraph 0 as the title, so each article gets a neutral one.
    const doc = documentFromPair({ path: "ko.txt", text: [TITLE.ko, ...ko].join("\n") }, { path: "en.txt", text: [TITLE.en, ...en].join("\n") });
    if (doc.ko.paragraphs.length !== ko.length + 1 || doc.en.paragraphs.length !== en.length + 1) continue;
    const beads = [TITLE, ...ko].map((_, i) => ({ ko: [i], en: [i], score: 1 }));
    const result = checkDocument(doc, { rules, glossary, detectLanguage }, beads);
    pairs += ko.length;
    for (const f of result.findings) {
      const paragraph = (f.target ?? f.source).paragraph - 1;
      if (paragraph < 0) continue;
      const stats = perRule[f.rule];
      stats[f.severity].add(start + paragraph);
      stats.examples.push({ line: start + paragraph + 1, severity: f.severity, message: f.message, ko: ko[paragraph], en: en[paragraph] });
    }
  }
  return { pairs, seconds: (performance.now() - started) / 1000, perRule };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const opts = args(process.argv.slice(2));
  const { pairs, seconds, perRule } = measureRules(readCorpus(opts.data), opts);
  const pct = (n) => `${((100 * n) / pairs).toFixed(2)}%`;
  if (opts.json) {
    console.log(JSON.stringify({ pairs, seconds, rules: Object.fromEntries(Object.entries(perRule).map(([id, s]) => [id, { error: s.error.size, warning: s.warning.size, info: s.info.size }])) }, null, 2));
  } else {
    console.log(`${pairs} pairs in ${seconds.toFixed(1)} s`);
    console.log("rule                 error    warning  info");
    for (const [id, s] of Object.entries(perRule)) console.log(`${id.padEnd(20)} ${pct(s.error.size).padEnd(8)} ${pct(s.warning.size).padEnd(8)} ${pct(s.info.size)}`);
    for (const [id, s] of Object.entries(perRule)) {
      for (const e of s.examples.slice(0, opts.show)) console.log(`\n[${id} ${e.severity}] line ${e.line}: ${e.message}\n  KO: ${e.ko}\n  EN: ${e.en}`);
    }
  }
}
