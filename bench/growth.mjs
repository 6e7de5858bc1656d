// "## Growth with document size" section of BENCHMARKS.md: long documents of 1k, 10k and 100k paragraphs
// a side built from the real corpus (bench/inputs.mjs longDocument), each aligned and checked with every
// rule in one CLI run, then aligned alone (`translint align`): wall time, peak RSS, and the growth ratio
// between consecutive sizes next to the ratio n·log n would give. Target (issue 6): 100k paragraphs
// checked in < 20 s and < 1 GiB. The target run is repeated (TARGET_RUNS): wall time on this shared
// machine varies by ±10% from run to run, so the time is judged on the median run, the memory on the
// largest peak of all runs.
//
//   node bench/run.mjs --only growth [--quick] [--shared DIR] [--dist DIR] [--timeout S]   (build first)
import { longDocument, ruleConfig, ruleIds } from "./inputs.mjs";
import { buildStamp, checkArgs, count, cpu, mark, mib, oneLine, perfOptions, preamble, rebuildWarning, rel, runCli, seconds, showCommand } from "./measure.mjs";

// Korean paragraphs per document, full run and --quick.
const SIZES = [1000, 10000, 100000];
const QUICK_SIZES = [1000, 5000];
// Targets for the largest full-run document, checked with every rule.
const TARGET_SIZE = 100000;
const TARGET_MS = 20000;
const TARGET_RSS_KB = 1024 * 1024;
// Runs of the target check (full run); the table shows the median run.
const TARGET_RUNS = 3;

// n·log n growth from size a to size b.
function nLogNRatio(a, b) {
  return (b * Math.log(b)) / (a * Math.log(a));
}

const short = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));

// Growth ratio of a measured figure between consecutive sizes, or "—" when one is missing.
function ratioCell(prev, run, pick) {
  if (!prev || !prev.ok || !run.ok) return "—";
  const a = pick(prev);
  const b = pick(run);
  return a && b ? `${(b / a).toFixed(1)}×` : "—";
}

function targetCells(size, run) {
  if (size !== TARGET_SIZE) return ["—", "—"];
  const peakKb = run.ok && run.rssKb !== null ? Math.max(run.rssKb, ...(run.repeats ?? []).map((r) => r.rssKb ?? Infinity)) : null;
  return [`< 20 s: ${mark(run.ok ? run.ms < TARGET_MS : false)}`, `< 1 GiB: ${mark(peakKb !== null && peakKb < TARGET_RSS_KB)}`];
}

/**
 * The target check run TARGET_RUNS times: the median run by wall time, carrying every run in `repeats`
 * (the first failure, if any run fails).
 */
async function repeatedRun(run) {
  const all = [];
  for (let k = 0; k < TARGET_RUNS; k++) {
    const one = await run();
    if (!one.ok) return one;
    all.push(one);
  }
  const median = [...all].sort((a, b) => a.ms - b.ms)[Math.floor(all.length / 2)];
  return { ...median, repeats: all };
}

/** "19.8 / 20.5 / 21.0 s wall, 24.9 / … s CPU, peak 705 / … MiB": every run of a repeated target check. */
function repeatsLine(run) {
  const list = (pick, digits) => run.repeats.map((r) => (pick(r) === null || pick(r) === undefined ? "—" : pick(r).toFixed(digits))).join(" / ");
  return `${list((r) => r.ms / 1000, 2)} s wall, ${list((r) => (r.cpuMs ?? null) === null ? null : r.cpuMs / 1000, 2)} s CPU, ` +
    `peak ${list((r) => (r.rssKb ?? null) === null ? null : r.rssKb / 1024, 0)} MiB`;
}

// The time a growth ratio is judged on: CPU time when known (steadier on a shared machine), else wall time.
const timeOf = (run) => run.cpuMs ?? run.ms;

// One table row per (mode, size) with the ratios to the previous size of the same mode.
function rows(results) {
  const out = [];
  for (const mode of ["check", "align"]) {
    let prev = null;
    for (const { size, doc, runs } of results) {
      const run = runs[mode];
      const growth = prev ? [(r) => r.ms, (r) => r.cpuMs, (r) => r.rssKb].map((pick) => ratioCell(prev.run, run, pick)).join(" / ") : "—";
      const reference = prev ? `${(size / prev.size).toFixed(0)}× / ${nLogNRatio(prev.size, size).toFixed(1)}×` : "—";
      const withinNLogN = prev && prev.run.ok && run.ok ? mark(timeOf(run) / timeOf(prev.run) <= nLogNRatio(prev.size, size)) : "—";
      const targets = mode === "check" ? targetCells(size, run) : ["—", "—"];
      out.push(`| ${mode === "check" ? "align + every rule" : "align only"} | ${short(size)} | ${count(doc.paragraphs.ko)} / ${count(doc.paragraphs.en)} | ` +
        `${seconds(run)} | ${cpu(run)} | ${mib(run)} | ${growth} | ${reference} | ${withinNLogN} | ${targets.join(" | ")} |`);
      prev = { size, run };
    }
  }
  return out;
}

/** Markdown for the "## Growth with document size" section. */
export async function section(options = {}) {
  const o = perfOptions(options);
  const stamp = buildStamp(o);
  const sizes = o.quick ? QUICK_SIZES : SIZES;
  const lines = ["## Growth with document size", ""];
  let config;
  const docs = [];
  try {
    config = ruleConfig(await ruleIds(o), "all", "all-rules");
    for (const size of sizes) docs.push({ size, doc: longDocument(o, size) });
  } catch (error) {
    return [...lines, `Could not build the inputs: ${oneLine(error.message)}`].join("\n");
  }
  const argsFor = (mode, doc) => mode === "check"
    ? checkArgs([doc.ko, doc.en], config)
    : ["align", rel(doc.ko), rel(doc.en), "--format", "json", "-o", "/dev/null"];
  const results = [];
  const failed = {};
  for (const { size, doc } of docs) {
    const runs = {};
    for (const mode of ["check", "align"]) {
      // A size that failed (or timed out) makes every larger one of the same mode fail too: skip them.
      const isTarget = mode === "check" && size === TARGET_SIZE && !o.quick;
      const run = () => runCli(o, argsFor(mode, doc));
      runs[mode] = failed[mode] ? { ok: false, skipped: true, error: `not run (${short(failed[mode])} failed)` } : await (isTarget ? repeatedRun(run) : run());
      if (!runs[mode].ok) failed[mode] ??= size;
    }
    results.push({ size, doc, runs });
  }
  const last = docs[docs.length - 1];
  lines.push(
    `Documents of ${sizes.map(short).join(", ")} Korean paragraphs (about as many English ones) built from the 3,000 real`,
    "pairs: the shared generator (`shared/bench/align/make-align-bench.mjs --single --para-max 3 --seed N`) groups",
    "the whole corpus into paragraphs of 1–3 sentences with its usual merged, split and dropped paragraphs, a",
    "different grouping for each seed; seeds 1, 2, … are concatenated and cut at a bead boundary, so no two",
    "stretches of a document are identical. Each document is aligned and checked with every rule in one CLI run,",
    "then aligned alone. One paragraph per line; inputs are kept in `bench/out/perf/long/`. The sentences",
    "themselves repeat (3,000 pairs make about 30 copies of each at 100k), and translint analyses each distinct",
    "paragraph text once, so a document of all-distinct text would cost more.",
    "",
    ...preamble(o, "growth", [showCommand(o, argsFor("check", last.doc)), showCommand(o, argsFor("align", last.doc)),
      `(the same for ${sizes.slice(0, -1).map((s) => `bench/out/perf/long/${s}/`).join(", ")})`]),
    "",
    "Growth = wall time / CPU time / peak RSS of this size over the previous size (same mode). Reference = growth",
    "of n and of n·log n over the same step (e.g. 10k over 1k: 10× and 10·ln(10k)/ln(1k) = 13.3×); \"≤ n·log n\"",
    "marks PASS when the CPU time grew no faster than n·log n (CPU time is steadier than wall time on a shared",
    "machine). Small sizes include the fixed start-up (see Start-up), which flatters their ratios.",
    "",
    "| run | size | paragraphs KO / EN | wall time | CPU time | peak RSS | growth (wall / CPU / RSS) | reference (n / n·log n) | ≤ n·log n | target time | target memory |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows(results),
  );
  const target = results.find((r) => r.size === TARGET_SIZE)?.runs.check;
  if (target?.repeats) {
    lines.push("", `The 100k check ran ${TARGET_RUNS} times; the table shows the median run (by wall time), and the memory target is judged on ` +
      `the largest peak of all runs: ${repeatsLine(target)}.`);
  }
  if (o.quick) lines.push("", `Targets (100k paragraphs: < 20 s, < 1 GiB) not measured in a --quick run.`);
  return [...lines, ...rebuildWarning(o, stamp)].join("\n");
}
