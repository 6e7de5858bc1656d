#!/usr/bin/env node
// False-alarm section of BENCHMARKS.md: every rule over the 3,000 faithful sentence pairs of the real
// corpus (bench/corpus-rules.mjs), as the share of aligned pairs with an error / warning / info finding.
// Targets (issue "Rules"): error findings on at most 2% of aligned pairs, warnings on at most 5%.
//
//   node bench/false-alarms.mjs [--shared DIR]
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { measureRules, readCorpus } from "./corpus-rules.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Targets from the issue: share of aligned pairs.
const MAX_ERROR_SHARE = 0.02;
const MAX_WARNING_SHARE = 0.05;

function pct(n, total) {
  return `${((100 * n) / total).toFixed(2)}%`;
}

/** Markdown for the "## False alarms" section. */
export async function section(options = {}) {
  const shared = options.shared ?? path.resolve(ROOT, "..", "shared");
  const corpus = readCorpus(path.join(shared, "data", "ko-en-news"));
  const { pairs, seconds, perRule } = measureRules(corpus, { chunk: 40 });
  const union = { error: new Set(), warning: new Set(), info: new Set() };
  const rows = Object.entries(perRule).map(([id, s]) => {
    for (const severity of Object.keys(union)) for (const p of s[severity]) union[severity].add(p);
    return `| ${id} | ${pct(s.error.size, pairs)} | ${pct(s.warning.size, pairs)} | ${pct(s.info.size, pairs)} |`;
  });
  const errorOk = union.error.size / pairs <= MAX_ERROR_SHARE;
  const warningOk = union.warning.size / pairs <= MAX_WARNING_SHARE;
  return [
    "## False alarms on faithful translations",
    "",
    `Every rule over the ${pairs} real Korean–English sentence pairs of \`shared/data/ko-en-news\` (professional,`,
    "mostly faithful translations; CC BY-SA 3.0), cut into articles of about 40 pairs (never inside a quotation),",
    "one pair per paragraph under a neutral headline, with the known 1-1 alignment (so alignment errors do not",
    "count against the rules). Each cell is the share of aligned pairs with at least one finding of that",
    "severity from the rule.",
    "",
    "Command: `npm run bench` (or `node bench/false-alarms.mjs` after `npm run build`).",
    `Machine: ${os.cpus().length} CPUs, Node ${process.version}; measured ${new Date().toISOString().slice(0, 10)}; ${seconds.toFixed(1)} s for all rules.`,
    "",
    "| rule | error | warning | info |",
    "| --- | --- | --- | --- |",
    ...rows,
    `| **any rule** | **${pct(union.error.size, pairs)}** | **${pct(union.warning.size, pairs)}** | ${pct(union.info.size, pairs)} |`,
    "",
    `Targets: errors on at most ${MAX_ERROR_SHARE * 100}% of pairs (${errorOk ? "met" : "NOT met"}), warnings on at most ${MAX_WARNING_SHARE * 100}% (${warningOk ? "met" : "NOT met"}).`,
  ].join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--shared");
  console.log(await section(i > 0 ? { shared: path.resolve(process.argv[i + 1]) } : {}));
}
