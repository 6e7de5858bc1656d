#!/usr/bin/env node
// Paragraph-alignment benchmark. For each seed it generates the small set (74 articles) and the large
// set (one article, all 3,000 sentence pairs) with <shared>/bench/align/make-align-bench.mjs into
// bench/out/ (gitignored), aligns every document with the compiled aligner (dist/src/align.js; build
// first with `npx tsc -p tsconfig.json`), writes <doc>/pred.json ([[koIdx...],[enIdx...]] beads) and
// scores the set with score-align.mjs --json. A scale row aligns the large documents of all seeds
// concatenated (repeated up to --scale paragraphs) to show time on a long document.
//
//   node bench/align.mjs [--shared DIR] [--seeds 1,2,3,4,5] [--sets small,large,short] [--scale N] [--dist DIR] [--json]
//
// The `short` set (not run by default) holds articles of 4-12 sentence pairs in paragraphs of 1-2
// sentences, about 5 paragraphs a side: the size of a news article a user checks, where a dropped or
// added paragraph cannot hide in the length statistics of a long document. "pred" after a recovered
// count is how many beads of that type the aligner predicted (its precision: found / pred).
// --shared defaults to ../shared relative to the project root, --dist to dist/, --scale to 20000
// Korean paragraphs (0 = no scale row). Prints a markdown table, or the results as JSON.
// bench/run.mjs imports `section` from here to write the "## Alignment" section of BENCHMARKS.md.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "bench", "out");
// Sets: name -> extra make-align-bench.mjs arguments.
const SETS = { small: [], large: ["--single"], short: ["--doc-min", "4", "--doc-max", "12", "--para-max", "2"] };
// Sets run when --sets is not given.
const DEFAULT_SETS = ["small", "large"];
// Default size of the scale row's document (Korean paragraphs).
const DEFAULT_SCALE = 20000;
// Published figures on seed 1 (shared/bench/README.md), for comparison.
const BASELINES = [
  ["hunalign (C++), empty dictionary", "0.56", "0.45", "1/43, 15/51", "0.31 s"],
  ["hunalign with `-realign`", "0.60", "0.49", "1/43, 17/51", "1.81 s"],
  ["Gale-Church length DP, published parameters", "0.76", "0.72", "1/43, 0/51", "0.21 s"],
  ["Gale-Church, ratio per document, variance 27", "0.76", "0.74", "1/43, 0/51", "0.20 s"],
];

const HELP = `usage: node bench/align.mjs [--shared DIR] [--seeds 1,2,3,4,5] [--sets ${Object.keys(SETS).join(",")}] [--scale N] [--dist DIR] [--json]
Aligns the generated benchmark sets with dist/src/align.js (build first: npx tsc -p tsconfig.json) and
prints strict P/R/F1 and recovered 1-0 / 0-1 / 2-1 / 1-2 beads per seed and set (default sets:
${DEFAULT_SETS.join(",")}; "short" = articles of about 5 paragraphs a side).
`;

/** Default options: the shared folder beside the project, seeds 1-5, both sets. */
export function defaultOptions() {
  return { shared: path.resolve(ROOT, "..", "shared"), seeds: [1, 2, 3, 4, 5], sets: DEFAULT_SETS,
    scale: DEFAULT_SCALE, dist: path.join(ROOT, "dist"), json: false };
}

function parseArgs(argv) {
  const o = defaultOptions();
  for (let k = 0; k < argv.length; k++) {
    const [flag, inline] = argv[k].split("=", 2);
    const value = () => inline ?? argv[++k];
    if (flag === "--shared") o.shared = path.resolve(value());
    else if (flag === "--seeds") o.seeds = value().split(",").map(Number);
    else if (flag === "--sets") o.sets = value().split(",");
    else if (flag === "--scale") o.scale = Number(value());
    else if (flag === "--dist") o.dist = path.resolve(value());
    else if (flag === "--json") o.json = true;
    else if (flag === "--help") { process.stdout.write(HELP); process.exit(0); }
    else throw new Error(`align bench: unknown argument ${flag}`);
  }
  return o;
}

function readLines(file) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// Generates a set into bench/out (the generator replaces what was there).
function generate(shared, seed, set) {
  const dir = path.join(OUT, `seed-${seed}`, set);
  const script = path.join(shared, "bench", "align", "make-align-bench.mjs");
  execFileSync(process.execPath, [script, "--out", dir, "--seed", String(seed), ...SETS[set]], { stdio: ["ignore", "ignore", "inherit"] });
  return dir;
}

function writePred(file, beads) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(beads.map((b) => [b.ko, b.en])) + "\n");
}

// Aligns every document of a set into predDir; returns the slowest document's time (ms).
function alignSet(alignParagraphs, dir, predDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  let slowest = 0;
  for (const doc of manifest.docs) {
    const ko = readLines(path.join(dir, doc.dir, "ko.txt"));
    const en = readLines(path.join(dir, doc.dir, "en.txt"));
    const start = performance.now();
    const beads = alignParagraphs(ko, en);
    slowest = Math.max(slowest, performance.now() - start);
    writePred(path.join(predDir, doc.id, "pred.json"), beads);
  }
  return slowest;
}

function scoreAlign(shared, args) {
  const script = path.join(shared, "bench", "align", "score-align.mjs");
  return JSON.parse(execFileSync(process.execPath, [script, ...args, "--json"], { encoding: "utf8", maxBuffer: 1 << 26 }));
}

function row(seed, set, result, ms) {
  const types = result.goldRecallByType;
  const none = { found: 0, gold: 0 };
  const predicted = result.predBeadTypes ?? {};
  return { seed, set, strict: result.strict, drop10: { ...(types["1-0"] ?? none), pred: predicted["1-0"] ?? 0 },
    drop01: { ...(types["0-1"] ?? none), pred: predicted["0-1"] ?? 0 },
    merge: types["2-1"] ?? none, split: types["1-2"] ?? none, ms, problems: result.problems.length };
}

// The large documents of the seeds, concatenated (and repeated) until the Korean side has `target` paragraphs.
function scaleDocument(dirs, target) {
  const doc = { ko: [], en: [], gold: [] };
  for (let k = 0; doc.ko.length < target; k = (k + 1) % dirs.length) {
    const dir = path.join(dirs[k], "docs", "d000");
    const koBase = doc.ko.length;
    const enBase = doc.en.length;
    doc.ko.push(...readLines(path.join(dir, "ko.txt")));
    doc.en.push(...readLines(path.join(dir, "en.txt")));
    for (const [ko, en] of JSON.parse(fs.readFileSync(path.join(dir, "gold.json"), "utf8"))) {
      doc.gold.push([ko.map((i) => i + koBase), en.map((j) => j + enBase)]);
    }
  }
  return doc;
}

// Aligns the scale document once and scores it.
function scaleRow(alignParagraphs, shared, largeDirs, target) {
  const doc = scaleDocument(largeDirs, target);
  const dir = path.join(OUT, "scale");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "gold.json"), JSON.stringify(doc.gold) + "\n");
  const start = performance.now();
  const beads = alignParagraphs(doc.ko, doc.en);
  const ms = performance.now() - start;
  writePred(path.join(dir, "pred.json"), beads);
  const result = scoreAlign(shared, ["--gold", path.join(dir, "gold.json"), "--pred", path.join(dir, "pred.json")]);
  return { ...row("all", `scale ${doc.ko.length} / ${doc.en.length}`, result, ms), paragraphs: doc.ko.length + doc.en.length };
}

/** Runs the benchmark; returns one row per (seed, set), then the scale row if asked for. */
export async function runAlignBench(options = {}) {
  const o = { ...defaultOptions(), ...options };
  const { alignParagraphs } = await import(pathToFileURL(path.join(o.dist, "src", "align.js")).href);
  const rows = [];
  const largeDirs = [];
  for (const seed of o.seeds) {
    for (const set of o.sets) {
      const dir = generate(o.shared, seed, set);
      if (set === "large") largeDirs.push(dir);
      const predDir = path.join(OUT, `seed-${seed}`, `${set}-pred`);
      fs.rmSync(predDir, { recursive: true, force: true });
      const ms = alignSet(alignParagraphs, dir, predDir);
      rows.push(row(seed, set, scoreAlign(o.shared, ["--bench", dir, "--pred-dir", predDir]), ms));
    }
  }
  if (o.scale > 0 && largeDirs.length > 0) rows.push(scaleRow(alignParagraphs, o.shared, largeDirs, o.scale));
  return rows;
}

const f3 = (x) => x.toFixed(3);
const ratio = (x) => `${x.found}/${x.gold}` + (x.pred === undefined ? "" : ` (${x.pred} pred)`);

/** Markdown table of benchmark rows. */
export function alignTable(rows) {
  const lines = [
    "| seed | set | strict P | strict R | strict F1 | 1-0 recovered | 0-1 recovered | 2-1 / 1-2 found | time (slowest doc) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) {
    lines.push(`| ${r.seed} | ${r.set} | ${f3(r.strict.precision)} | ${f3(r.strict.recall)} | ${f3(r.strict.f1)} | ` +
      `${ratio(r.drop10)} | ${ratio(r.drop01)} | ${ratio(r.merge)}, ${ratio(r.split)} | ${(r.ms / 1000).toFixed(2)} s |` +
      (r.problems ? ` ${r.problems} problems |` : ""));
  }
  return lines.join("\n");
}

// Mean strict F1 and pooled drop recovery of the rows of one set.
function summary(rows, set) {
  const mine = rows.filter((r) => r.set === set);
  if (mine.length === 0) return null;
  const f1 = mine.map((r) => r.strict.f1);
  const found = mine.reduce((t, r) => t + r.drop10.found + r.drop01.found, 0);
  const gold = mine.reduce((t, r) => t + r.drop10.gold + r.drop01.gold, 0);
  return { mean: f1.reduce((a, b) => a + b, 0) / f1.length, min: Math.min(...f1), drops: found / Math.max(1, gold) };
}

function summaryLines(rows) {
  return ["small", "large"].map((set) => {
    const s = summary(rows, set);
    return s ? `- ${set}: strict F1 mean ${f3(s.mean)}, lowest seed ${f3(s.min)}; dropped paragraphs recovered ${(100 * s.drops).toFixed(0)}%` : null;
  }).filter(Boolean);
}

/** The "## Alignment" section of BENCHMARKS.md for these options. */
export async function section(options = {}) {
  const o = { ...defaultOptions(), ...options };
  const rows = await runAlignBench(o);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return [
    "## Alignment",
    "",
    "Paragraph aligner (`src/align.ts`) on `shared/bench/align`: strict F1 (exact bead match) and recovered",
    "omissions (1-0 = English paragraph left out, 0-1 = English paragraph with no Korean source).",
    "Seeds change the draw of merges, splits and omissions; targets: F1 >= 0.90 small, >= 0.88 large,",
    "at least half of the dropped paragraphs recovered, on every seed.",
    "",
    `Command: \`npm run bench\` (= \`npm run build && node bench/run.mjs\`), or for this section alone`,
    `\`node bench/align.mjs --seeds ${o.seeds.join(",")}\`.`,
    `Machine: ${os.availableParallelism()} CPUs (${cpu}), Node ${process.version}, ${os.platform()} ${os.arch()}; ` +
      `measured ${new Date().toISOString().slice(0, 10)}. Times are wall-clock inside one Node process.`,
    "",
    alignTable(rows),
    "",
    ...summaryLines(rows),
    "",
    "Published baselines on this benchmark (seed 1, `shared/bench/README.md`):",
    "",
    "| method | strict F1 small | strict F1 large | 1-0 / 0-1 recovered (small) | time, large doc |",
    "| --- | --- | --- | --- | --- |",
    ...BASELINES.map((b) => `| ${b.join(" | ")} |`),
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = parseArgs(process.argv.slice(2));
  const rows = await runAlignBench(options);
  process.stdout.write(options.json ? JSON.stringify(rows, null, 2) + "\n" : alignTable(rows) + "\n");
}
