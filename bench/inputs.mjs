// Inputs of the performance sections, built from the real corpus into bench/out/perf/ (gitignored) and
// reused when already there: the 3,000 pairs as one document, long documents of N paragraphs a side,
// a folder of short articles, and config files that turn rules on and off.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { OUT } from "./measure.mjs";

const PERF = path.join(OUT, "perf");
// Neutral headline given to documents cut from the corpus (it has none; paragraph 0 is the title).
const TITLE = { ko: "뉴스", en: "News" };
// Generator arguments of the long documents: the whole corpus as one document, paragraphs of 1-3
// sentences, the generator's default merges, splits and drops; each seed groups it differently.
const LONG_DOC_ARGS = ["--single", "--para-min", "1", "--para-max", "3"];
// Generator arguments of the batch articles: news-sized articles of 4-12 sentence pairs in paragraphs of 1-2.
const ARTICLE_ARGS = ["--doc-min", "4", "--doc-max", "12", "--para-max", "2"];

function readLines(file) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function writeLines(file, lines) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(`${file}.tmp`, lines.join("\n") + "\n");
  fs.renameSync(`${file}.tmp`, file); // a run killed half-way leaves no truncated input to reuse
}

/** The 3,000 real sentence pairs (dev then test split), line N of ko with line N of en. */
export function readCorpus(shared) {
  const dir = path.join(shared, "data", "ko-en-news");
  const side = (lang) => ["dev", "test"].flatMap((split) => readLines(path.join(dir, `korean-english-park.${split}.${lang}`)));
  const corpus = { ko: side("ko"), en: side("en") };
  if (corpus.ko.length !== corpus.en.length) throw new Error(`corpus sides differ: ${corpus.ko.length} vs ${corpus.en.length}`);
  return corpus;
}

/** The corpus as one article: ko.txt and en.txt, a neutral headline then one sentence per line (= paragraph). */
export function corpusDocument(o) {
  const dir = path.join(PERF, "corpus");
  const files = { ko: path.join(dir, "ko.txt"), en: path.join(dir, "en.txt") };
  if (!fs.existsSync(files.en)) {
    const corpus = readCorpus(o.shared);
    writeLines(files.ko, [TITLE.ko, ...corpus.ko]);
    writeLines(files.en, [TITLE.en, ...corpus.en]);
  }
  return { ...files, paragraphs: { ko: readLines(files.ko).length, en: readLines(files.en).length } };
}

// Runs the shared generator into dir (it replaces dir/docs).
function generate(o, dir, args) {
  const script = path.join(o.shared, "bench", "align", "make-align-bench.mjs");
  execFileSync(process.execPath, [script, "--out", dir, ...args], { stdio: ["ignore", "ignore", "pipe"] });
}

// Appends one generated whole-corpus document to doc, stopping at the bead where Korean reaches `target`.
function appendSeed(o, doc, seed, target) {
  const dir = path.join(PERF, "seeds", `seed-${seed}`);
  const docDir = path.join(dir, "docs", "d000");
  if (!fs.existsSync(path.join(docDir, "gold.json"))) generate(o, dir, [...LONG_DOC_ARGS, "--seed", String(seed)]);
  const ko = readLines(path.join(docDir, "ko.txt"));
  const en = readLines(path.join(docDir, "en.txt"));
  for (const [koIdx, enIdx] of JSON.parse(fs.readFileSync(path.join(docDir, "gold.json"), "utf8"))) {
    if (doc.ko.length >= target) return;
    doc.ko.push(...koIdx.map((i) => ko[i]));
    doc.en.push(...enIdx.map((j) => en[j]));
  }
}

/**
 * A long document of about `size` Korean paragraphs: whole-corpus documents of the shared generator with
 * seeds 1, 2, ... (each groups the 3,000 pairs into different paragraphs of 1-3 sentences, with merged,
 * split and dropped paragraphs) concatenated and cut at a bead boundary. One paragraph per line.
 */
export function longDocument(o, size) {
  const dir = path.join(PERF, "long", String(size));
  const files = { ko: path.join(dir, "ko.txt"), en: path.join(dir, "en.txt") };
  if (!fs.existsSync(files.en)) {
    const doc = { ko: [], en: [] };
    for (let seed = 1; doc.ko.length < size; seed++) appendSeed(o, doc, seed, size);
    writeLines(files.ko, doc.ko);
    writeLines(files.en, doc.en);
  }
  return { ...files, paragraphs: { ko: readLines(files.ko).length, en: readLines(files.en).length } };
}

/**
 * A folder of `count` articles as NAME.ko.txt + NAME.en.txt pairs (paragraphs separated by blank lines):
 * short articles of the shared generator, seeds 1, 2, ... until there are enough.
 */
export function articleFolder(o, total) {
  const dir = path.join(PERF, "articles", String(total));
  const done = path.join(dir, ".complete");
  if (!fs.existsSync(done)) {
    fs.rmSync(dir, { recursive: true, force: true });
    let written = 0;
    for (let seed = 1; written < total; seed++) {
      const genDir = path.join(PERF, "article-seeds", `seed-${seed}`);
      if (!fs.existsSync(path.join(genDir, "manifest.json"))) generate(o, genDir, [...ARTICLE_ARGS, "--seed", String(seed)]);
      const manifest = JSON.parse(fs.readFileSync(path.join(genDir, "manifest.json"), "utf8"));
      for (const d of manifest.docs) {
        if (written >= total) break;
        const name = path.join(dir, `a${String(written).padStart(4, "0")}`);
        for (const side of ["ko", "en"]) writeLines(`${name}.${side}.txt`, [readLines(path.join(genDir, d.dir, `${side}.txt`)).join("\n\n")]);
        written++;
      }
    }
    fs.writeFileSync(done, `${total}\n`);
  }
  return dir;
}

/**
 * Writes a config file that turns off every rule not in `enabled` (the others keep their default
 * severity) and returns its path. `enabled` = "all" turns every rule on.
 */
export function ruleConfig(ruleIds, enabled, name) {
  const file = path.join(PERF, "config", `${name}.json`);
  const on = enabled === "all" ? new Set(ruleIds) : new Set(enabled);
  const rules = Object.fromEntries(ruleIds.filter((id) => !on.has(id)).map((id) => [id, "off"]));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ rules }, null, 2) + "\n");
  return file;
}

/** Rule ids of the build under test, in registry order. */
export async function ruleIds(o) {
  const { RULES } = await import(pathToFileURL(path.join(o.dist, "rules", "index.js")).href);
  return RULES.map((rule) => rule.meta.id);
}
