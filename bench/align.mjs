#!/usr/bin/env node
// Paragraph-alignment benchmark: for each seed, generates the small (74 articles) and large (one
// article, all 3,000 sentence pairs) sets with ../shared/bench/align/make-align-bench.mjs into
// bench/out/, aligns every document with the compiled aligner (dist/src/align.js; build first with
// `npx tsc -p tsconfig.json`), writes pred.json per document and scores it with score-align.mjs --json.
//
//   node bench/align.mjs [--shared DIR] [--seeds 1,2,3,4,5] [--sets small,large] [--dist DIR] [--json]
//
// --shared defaults to ../shared relative to the project root; --dist (the compiled project) to dist/. Prints a table (or the results as JSON).
// Also exports runAlignBench() and alignTable() for bench/run.mjs.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "bench", "out");
// Sets: directory name -> extra generator arguments.
const SETS = { small: [], large: ["--single"] };
// Published baselines on seed 1 (shared/bench/README.md): strict F1 small / large, 1-0 and 0-1 recovered (small), large-doc time.
export const BASELINES = [
  { method: "hunalign (C++), empty dictionary", small: "0.56", large: "0.45", drops: "1/43, 15/51", time: "0.31 s" },
  { method: "hunalign with `-realign`", small: "0.60", large: "0.49", drops: "1/43, 17/51", time: "1.81 s" },
  { method: "Gale-Church length DP, published parameters", small: "0.76", large: "0.72", drops: "1/43, 0/51", time: "0.21 s" },
  { method: "Gale-Church, ratio per document, variance 27", small: "0.76", large: "0.74", drops: "1/43, 0/51", time: "0.20 s" },
];

function parseArgs(argv) {
  const o = { shared: path.resolve(ROOT, "..", "shared"), seeds: [1, 2, 3, 4, 5], sets: Object.keys(SETS), dist: path.join(ROOT, "dist"), json: false };
  for (let k = 0; k < argv.length; k++) {
    const [flag, inline] = argv[k].split("=", 2);
    const value = () => inline ?? argv[++k];
    if (flag === "--shared") o.shared = path.resolve(value());
    else if (flag === "--seeds") o.seeds = value().split(",").map(Number);
    else if (flag === "--sets") o.sets = value().split(",");
    else if (flag === "--dist") o.dist = path.resolve(value());
    else if (flag === "--json") o.json = true;
    else throw new Error(`align bench: unknown argument ${flag}`);
  }
  return o;
}

function readLines(file) {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// Generates a set unless bench/out already holds it for this seed.
function generate(shared, seed, set) {
  const dir = path.join(OUT, `seed-${seed}`, set);
  const manifest = path.join(dir, "manifest.json");
  if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, "utf8")).options?.seed === seed) return dir;
  const script = path.join(shared, "bench", "align", "make-align-bench.mjs");
  execFileSync(process.execPath, [script, "--out", dir, "--seed", String(seed), ...SETS[set]], { stdio: ["ignore", "ignore", "inherit"] });
  return dir;
}

// Aligns every document of a set; returns the prediction directory and the slowest document's time (ms).
function alignSet(alignParagraphs, dir, predDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
  let slowest = 0;
  for (const doc of manifest.docs) {
    const ko = readLines(path.join(dir, doc.dir, "ko.txt"));
    const en = readLines(path.join(dir, doc.dir, "en.txt"));
    const start = performance.now();
    const beads = alignParagraphs(ko, en);
    slowest = Math.max(slowest, performance.now() - start);
    fs.mkdirSync(path.join(predDir, doc.id), { recursive: true });
    fs.writeFileSync(path.join(predDir, doc.id, "pred.json"), JSON.stringify(beads.map((b) => [b.ko, b.en])) + "\n");
  }
  return slowest;
}

function score(shared, dir, predDir) {
  const script = path.join(shared, "bench", "align", "score-align.mjs");
  return JSON.parse(execFileSync(process.execPath, [script, "--bench", dir, "--pred-dir", predDir, "--json"], { encoding: "utf8" }));
}

/** Runs the benchmark; returns one row per (seed, set). */
export async function runAlignBench({ shared, seeds, sets = Object.keys(SETS), dist = path.join(ROOT, "dist") }) {
  const { alignParagraphs } = await import(pathToFileURL(path.join(dist, "src", "align.js")).href);
  const rows = [];
  for (const seed of seeds) {
    for (const set of sets) {
      const dir = generate(shared, seed, set);
      const predDir = path.join(OUT, `seed-${seed}`, `${set}-pred`);
      fs.rmSync(predDir, { recursive: true, force: true });
      const ms = alignSet(alignParagraphs, dir, predDir);
      const result = score(shared, dir, predDir);
      const types = result.goldRecallByType;
      rows.push({ seed, set, strict: result.strict, lax: result.lax, drop10: types["1-0"] ?? { found: 0, gold: 0 },
        drop01: types["0-1"] ?? { found: 0, gold: 0 }, byType: types, ms, problems: result.problems.length });
    }
  }
  return rows;
}

const f2 = (x) => x.toFixed(3);

/** Markdown table of benchmark rows. */
export function alignTable(rows) {
  const lines = [
    "| seed | set | strict P | strict R | strict F1 | 1-0 recovered | 0-1 recovered | 2-1 / 1-2 found | time (slowest doc) |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ];
  for (const r of rows) {
    const merge = r.byType["2-1"] ?? { found: 0, gold: 0 };
    const split = r.byType["1-2"] ?? { found: 0, gold: 0 };
    lines.push(`| ${r.seed} | ${r.set} | ${f2(r.strict.precision)} | ${f2(r.strict.recall)} | ${f2(r.strict.f1)} | ` +
      `${r.drop10.found}/${r.drop10.gold} | ${r.drop01.found}/${r.drop01.gold} | ${merge.found}/${merge.gold}, ${split.found}/${split.gold} | ` +
      `${(r.ms / 1000).toFixed(2)} s |` + (r.problems ? ` ${r.problems} problems |` : ""));
  }
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const options = parseArgs(process.argv.slice(2));
  const rows = await runAlignBench(options);
  process.stdout.write(options.json ? JSON.stringify(rows, null, 2) + "\n" : alignTable(rows) + "\n");
}
