// "## Time per rule" section of BENCHMARKS.md: the 10k-paragraph growth document (bench/inputs.mjs
// longDocument) checked by the CLI once with every rule off, once per rule with only that rule on, and
// once with every rule on (each a config file in bench/out/perf/config/); a rule's cost is its run minus
// the all-off run (reading, aligning, start-up), so the slowest rule shows at the top. Every run has
// `--jobs 1`: otherwise a document this long is aligned on a worker while the main thread finds the facts
// of every rule (src/overlap.ts), and a rule run alone would be charged with the others' facts.
//
//   node bench/run.mjs --only per-rule [--quick] [--shared DIR] [--dist DIR] [--timeout S]   (build first)
import { longDocument, ruleConfig, ruleIds } from "./inputs.mjs";
import { buildStamp, checkArgs, count, cpu, mib, oneLine, perfOptions, preamble, rebuildWarning, rel, runCli, seconds, showCommand } from "./measure.mjs";

// Korean paragraphs of the document, full run and --quick (same documents as the growth section).
const SIZE = 10000;
const QUICK_SIZE = 1000;

// A run's cost over the baseline in seconds of wall time (key "ms") or CPU time ("cpuMs"), or null.
const over = (run, base, key) => (run.ok && base && run[key] !== null && base[key] !== null ? (run[key] - base[key]) / 1000 : null);
const s2 = (x) => (x === null ? "—" : `${x.toFixed(2)} s`);
// Share of a rule's CPU cost in the CPU cost of every rule together.
function share(run, base, all) {
  const [mine, whole] = [over(run, base, "cpuMs"), over(all, base, "cpuMs")];
  return mine === null || whole === null || whole <= 0 ? "—" : `${Math.max(0, (100 * mine) / whole).toFixed(0)}%`; // a cost below 0 is noise
}
// Sort key: CPU cost when known (steadier than wall time on a shared machine), failed runs first.
const sortKey = (run) => (!run.ok ? Infinity : run.cpuMs ?? run.ms);

function row(label, run, base, all) {
  return `| ${label} | ${seconds(run)} | ${cpu(run)} | ${mib(run)} | ${s2(over(run, base, "ms"))} | ${s2(over(run, base, "cpuMs"))} | ${share(run, base, all)} |`;
}

/** Markdown for the "## Time per rule" section. */
export async function section(options = {}) {
  const o = perfOptions(options);
  const stamp = buildStamp(o);
  const size = o.quick ? QUICK_SIZE : SIZE;
  const lines = ["## Time per rule", ""];
  let doc;
  let ids;
  try {
    doc = longDocument(o, size);
    ids = await ruleIds(o);
  } catch (error) {
    return [...lines, `Could not build the inputs: ${oneLine(error.message)}`].join("\n");
  }
  const argsFor = (config) => checkArgs([doc.ko, doc.en], config, ["--jobs", "1"]);
  const none = ruleConfig(ids, [], "no-rules");
  // All-off runs before and after the per-rule runs; the faster one is the baseline (less noise from load).
  const offRuns = [await runCli(o, argsFor(none))];
  // Without a first baseline (the CLI fails or times out with no rule on) every other run would too.
  const skip = offRuns[0].ok ? null : { ok: false, skipped: true, error: "not run (the all-off run failed)" };
  const perRule = [];
  for (const id of ids) perRule.push({ id, run: skip ?? await runCli(o, argsFor(ruleConfig(ids, [id], `only-${id}`))) });
  const all = skip ?? await runCli(o, argsFor(ruleConfig(ids, "all", "all-rules")));
  if (!skip) offRuns.push(await runCli(o, argsFor(none)));
  const okOff = offRuns.filter((r) => r.ok);
  const base = okOff.length > 0 ? okOff.reduce((a, b) => (sortKey(a) <= sortKey(b) ? a : b)) : null;
  perRule.sort((a, b) => sortKey(b.run) - sortKey(a.run));
  const sum = (key) => (base ? perRule.reduce((t, r) => t + (over(r.run, base, key) ?? 0), 0) : null);
  lines.push(
    `The ${count(size)}-paragraph document of the growth section (${count(doc.paragraphs.ko)} Korean / ${count(doc.paragraphs.en)} English`,
    "paragraphs) checked by the CLI with one rule on at a time (`--config` files turning the others off), on one",
    "thread (`--jobs 1`: otherwise the document is aligned on a worker while the facts of every rule are found). A",
    "rule's cost = its run − the run with every rule off (the cheaper of one before and one after the per-rule",
    "runs), so reading, aligning and start-up cancel out, in wall time and in CPU time; share = its CPU cost over",
    "the CPU cost of all rules together. Rules sorted by CPU cost, slowest first (CPU time is steadier than wall",
    "time on a shared machine). Each run is measured once: differences below ~0.3 s are noise.",
    "",
    ...preamble(o, "per-rule", [showCommand(o, argsFor(ruleConfig(ids, [ids[0]], `only-${ids[0]}`))),
      `(the same with only-<rule>.json for each rule, no-rules.json and all-rules.json in ${rel(none).replace(/[^/]+$/, "")})`]),
    "",
    "| rules on | wall time | CPU time | peak RSS | wall cost over all-off | CPU cost over all-off | share of all rules (CPU) |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...perRule.map(({ id, run }) => row(id, run, base, all)),
    row("**every rule**", all, base, all),
    `| none (baseline) | ${seconds(base ?? offRuns[0])} | ${base ? cpu(base) : "—"} | ${base ? mib(base) : "—"} | — | — | — |`,
    "",
    base === null ? "No baseline: the all-off runs failed." :
      `Sum of the rules' costs run alone: ${s2(sum("ms"))} wall, ${s2(sum("cpuMs"))} CPU; every rule in one run: ` +
      `${s2(over(all, base, "ms"))} wall, ${s2(over(all, base, "cpuMs"))} CPU (a sum above the whole means work shared ` +
      "between rules, such as per-paragraph analysis, is paid once per run).",
  );
  return [...lines, ...rebuildWarning(o, stamp)].join("\n");
}
