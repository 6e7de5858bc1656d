// "## Throughput" section of BENCHMARKS.md: the 3,000 real sentence pairs of shared/data/ko-en-news as
// one article (ko.txt + en.txt, one sentence per paragraph under a neutral headline), aligned and checked
// with every rule by one run of the built CLI: wall time, peak RSS, paragraphs per second.
//
//   node bench/run.mjs --only throughput [--quick] [--shared DIR] [--dist DIR] [--timeout S]   (build first)
import { corpusDocument, ruleConfig, ruleIds } from "./inputs.mjs";
import { buildStamp, checkArgs, count, cpu, mib, oneLine, perfOptions, preamble, rebuildWarning, runCli, seconds, showCommand } from "./measure.mjs";

/** Markdown for the "## Throughput" section. */
export async function section(options = {}) {
  const o = perfOptions(options);
  const stamp = buildStamp(o);
  const lines = ["## Throughput", ""];
  let doc;
  let args;
  try {
    doc = corpusDocument(o);
    const config = ruleConfig(await ruleIds(o), "all", "all-rules");
    args = checkArgs([doc.ko, doc.en], config);
  } catch (error) {
    return [...lines, `Could not build the input: ${oneLine(error.message)}`].join("\n");
  }
  const run = await runCli(o, args);
  const paragraphs = doc.paragraphs.ko + doc.paragraphs.en;
  const rate = run.ok ? `${count(Math.round(paragraphs / (run.ms / 1000)))} paragraphs/s` : "—";
  lines.push(
    "The 3,000 real sentence pairs of `shared/data/ko-en-news` as one article (a Korean and an English file,",
    "a neutral headline then one sentence per paragraph), aligned and checked with every rule in one CLI run",
    "(the JSON report is written to /dev/null). Paragraphs/s counts both sides.",
    "",
    ...preamble(o, "throughput", [showCommand(o, args)]),
    "",
    "| input | paragraphs (KO + EN) | wall time | CPU time | peak RSS | throughput |",
    "| --- | --- | --- | --- | --- | --- |",
    `| 3,000 pairs, every rule | ${count(doc.paragraphs.ko)} + ${count(doc.paragraphs.en)} | ${seconds(run)} | ${cpu(run)} | ${mib(run)} | ${rate} |`,
  );
  return [...lines, ...rebuildWarning(o, stamp)].join("\n");
}

