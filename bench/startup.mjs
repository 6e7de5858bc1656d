// "## Start-up" section of BENCHMARKS.md: the built CLI on the reference sample against `node -e ''`
// (a bare Node start), interleaved in one loop so that load on the machine hits them alike; medians and
// their ratio. Target (issue 6): translint on the sample takes at most 3× a bare Node start. Two more
// commands split the figure (no target): `translint --version` loads only the command-line layer and
// checks nothing; translint on a two-paragraph article loads everything a check loads (library, rules,
// glossaries) and checks next to nothing, so the sample's time above it is the sample's check itself.
//
//   node bench/run.mjs --only startup [--quick] [--dist DIR] [--timeout S]   (build first)
import fs from "node:fs";
import path from "node:path";
import { buildStamp, mark, median, oneLine, OUT, perfOptions, preamble, rebuildWarning, rel, ROOT, runCli, runNode, showCommand } from "./measure.mjs";

// Runs of each command, full run and --quick.
const REPETITIONS = 15;
const QUICK_REPETITIONS = 5;
// The input: the reference sample article (a mixed file).
const SAMPLE = path.join(ROOT, "samples", "us-china-military-talks", "article.txt");
// Target: translint's median over bare Node's.
const MAX_RATIO = 3;
// A two-paragraph article (one sentence a side, which is also its title), written under bench/out/perf/startup/.
const TINY = path.join(OUT, "perf", "startup", "two-paragraphs.txt");
const TINY_TEXT = "정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n";

const ms = (x) => `${x.toFixed(0)} ms`;

/** Markdown for the "## Start-up" section. */
export async function section(options = {}) {
  const o = perfOptions(options);
  const stamp = buildStamp(o);
  const n = o.quick ? QUICK_REPETITIONS : REPETITIONS;
  fs.mkdirSync(path.dirname(TINY), { recursive: true });
  fs.writeFileSync(TINY, TINY_TEXT);
  const commands = [
    { label: "translint on the sample", shown: showCommand(o, ["check", rel(SAMPLE)]), run: () => runCli(o, ["check", rel(SAMPLE)], { measureRss: false }) },
    { label: "translint on a two-paragraph article", shown: showCommand(o, ["check", rel(TINY)]), run: () => runCli(o, ["check", rel(TINY)], { measureRss: false }) },
    { label: "translint --version (CLI layer only)", shown: showCommand(o, ["--version"]), run: () => runCli(o, ["--version"], { measureRss: false }) },
    { label: "node -e ''", shown: "node -e ''", run: () => runNode("-e", [""], { timeoutS: o.timeoutS, measureRss: false }) },
  ];
  const times = commands.map(() => []);
  let failure = null;
  // Wall time only (no RSS wrapper): every command starts exactly as a user starts it.
  for (let k = 0; k < n && !failure; k++) {
    for (const [i, command] of commands.entries()) {
      const run = await command.run();
      if (!run.ok) failure ??= `${command.label}: ${run.error}`;
      else times[i].push(run.ms);
    }
  }
  const lines = [
    "## Start-up",
    "",
    "The CLI on the reference sample (`samples/us-china-military-talks/article.txt`, table output to /dev/null)",
    `against a bare \`node -e ''\`, the commands alternating, ${n} runs each; medians (with min–max) and the ratio`,
    "to bare Node. `--version` loads only the command-line layer (yargs, the formatters) and checks nothing; `check` also loads the library, the rules and the glossaries.",
    "The two-paragraph article (one sentence a side, `bench/out/perf/startup/two-paragraphs.txt`) loads all of that and checks next to nothing:",
    "the sample's time above it is its check itself (aligning 23 + 22 paragraphs and running every rule, in code not yet optimised by V8).",
    "",
    ...preamble(o, "startup", commands.map((c) => c.shown), "Wall time: spawn to exit of each child process, " +
      "measured by the parent; every command is started directly (no memory wrapper)."),
    "",
  ];
  if (failure) return [...lines, `Not measured: ${oneLine(failure)}`].join("\n");
  const medians = times.map(median);
  const bare = medians[medians.length - 1];
  const range = (xs) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  lines.push(
    "| command | median | min–max | ratio to node -e '' |",
    "| --- | --- | --- | --- |",
    ...commands.map((c, i) => `| ${c.label} | ${ms(medians[i])} | ${range(times[i])} | ${(medians[i] / bare).toFixed(2)}× |`),
    "",
    `translint on the sample: ${(medians[0] / bare).toFixed(2)}× a bare Node start (target ≤ ${MAX_RATIO}×: ${mark(medians[0] / bare <= MAX_RATIO)}).`,
  );
  return [...lines, ...rebuildWarning(o, stamp)].join("\n");
}
