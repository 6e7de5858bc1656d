// "## Batch runs" section of BENCHMARKS.md: one `translint check DIR` run over 1,000 news-sized articles
// built from the real corpus (bench/inputs.mjs articleFolder: NAME.ko.txt + NAME.en.txt pairs), with
// --jobs 2 and with --jobs 1 in the same bench run: articles per second each and the speed-up.
//
//   node bench/run.mjs --only batch [--quick] [--shared DIR] [--dist DIR] [--timeout S]   (build first)
import { articleFolder, ruleConfig, ruleIds } from "./inputs.mjs";
import { buildStamp, checkArgs, count, cpu, mib, oneLine, perfOptions, preamble, rebuildWarning, rel, runCli, seconds, showCommand } from "./measure.mjs";

// Articles in the folder, full run and --quick.
const ARTICLES = 1000;
const QUICK_ARTICLES = 100;
// Worker counts compared (the first is the parallel run, the last the in-process baseline).
const JOBS = [2, 1];

/** Markdown for the "## Batch runs" section. */
export async function section(options = {}) {
  const o = perfOptions(options);
  const stamp = buildStamp(o);
  const total = o.quick ? QUICK_ARTICLES : ARTICLES;
  const lines = ["## Batch runs", ""];
  let dir;
  let config;
  try {
    dir = articleFolder(o, total);
    config = ruleConfig(await ruleIds(o), "all", "all-rules");
  } catch (error) {
    return [...lines, `Could not build the inputs: ${oneLine(error.message)}`].join("\n");
  }
  const argsFor = (jobs) => checkArgs([dir], config, ["--jobs", String(jobs)]);
  const runs = [];
  for (const jobs of JOBS) runs.push({ jobs, run: await runCli(o, argsFor(jobs)) });
  const busy = (run) => (run.ok && run.cpuMs !== null ? (run.cpuMs / run.ms).toFixed(2) : "—");
  const rate = (run) => (run.ok ? `${(total / (run.ms / 1000)).toFixed(1)}` : "—");
  const [parallel, serial] = runs.map((r) => r.run);
  const speedUp = parallel.ok && serial.ok ? `${(serial.ms / parallel.ms).toFixed(2)}×` : "—";
  lines.push(
    `${count(total)} articles of 4–12 real sentence pairs in paragraphs of 1–2 sentences (the shared generator:`,
    "`make-align-bench.mjs --doc-min 4 --doc-max 12 --para-max 2 --seed N`, seeds 1, 2, … until there are",
    "enough, with its merged, split and dropped paragraphs), written as `aNNNN.ko.txt` + `aNNNN.en.txt` pairs in",
    `\`${rel(dir)}/\` and checked with every rule by one batch run each (one aggregated JSON report to /dev/null).`,
    "",
    ...preamble(o, "batch", runs.map((r) => showCommand(o, argsFor(r.jobs)))),
    "",
    "| jobs | wall time | CPU time | cores busy (CPU / wall) | peak RSS | articles/s |",
    "| --- | --- | --- | --- | --- | --- |",
    ...runs.map(({ jobs, run }) => `| ${jobs} | ${seconds(run)} | ${cpu(run)} | ${busy(run)} | ${mib(run)} | ${rate(run)} |`),
    "",
    `Speed-up of --jobs ${JOBS[0]} over --jobs ${JOBS[1]}: ${speedUp} (at most ${JOBS[0]}× with ${JOBS[0]} free cores; the main thread also`,
    "finds the articles and builds the report). Cores busy near 1 with --jobs 2 means the machine had no second",
    "core free during the run, so the speed-up cannot show.",
  );
  return [...lines, ...rebuildWarning(o, stamp)].join("\n");
}
