// Shared helpers of the performance sections (throughput, growth, batch, startup, per-rule): options,
// the machine description, timed runs of the built CLI with their peak memory, and number formatting.
//
// Peak memory and CPU time are measured one way everywhere: each CLI run is started under GNU time
// (`/usr/bin/time -f "%M %U %S"`), whose figures come from wait4() and so cover the CLI process, its
// worker threads and any process it starts and waits for (the CLI runs itself again under a heap limit
// for a large input, src/heap-cap.ts). Without GNU time, bench/rss-child.mjs loads the CLI in the same
// process and reports process.resourceUsage() at exit, which misses such a child: the preamble says so.
// Wall time is measured by the parent around the child process (spawn to exit).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const OUT = path.join(ROOT, "bench", "out");
// GNU time, which reports a command's peak RSS and CPU time, its descendants included.
const GNU_TIME = "/usr/bin/time";
export const HAS_GNU_TIME = fs.existsSync(GNU_TIME);
// The fallback wrapper that reports the peak RSS of its own process only.
const RSS_CHILD = path.join(ROOT, "bench", "rss-child.mjs");
let timeFiles = 0;
// Default limit on one CLI run (seconds); a run past it is killed and reported as timed out.
const DEFAULT_TIMEOUT_S = 300;
// Characters of a failing child's standard error kept for the report.
const STDERR_KEPT = 400;

/** Options of every performance section, with defaults filled in (run.mjs passes --shared, --dist, --quick, --timeout). */
export function perfOptions(options = {}) {
  return {
    shared: options.shared ?? path.resolve(ROOT, "..", "shared"),
    dist: options.dist ?? path.join(ROOT, "dist"),
    quick: options.quick ?? false,
    timeoutS: options.timeoutS ?? DEFAULT_TIMEOUT_S,
  };
}

/** Path relative to the project root, for commands shown in BENCHMARKS.md. */
export function rel(file) {
  return path.relative(ROOT, file) || ".";
}

/**
 * Arguments of a measured check: `inputs` (files or a folder) with `extra` options, every rule as `config`
 * sets it, the JSON report written to /dev/null (so the figures include formatting, not the terminal).
 */
export function checkArgs(inputs, config, extra = []) {
  return ["check", ...inputs.map(rel), ...extra, "--config", rel(config), "--format", "json", "-o", "/dev/null"];
}

/** The CLI entry point of the build under test, relative to the project root. */
export function cliPath(o) {
  return rel(path.join(o.dist, "src", "cli.js"));
}

/** One line describing the machine: CPU model (/proc/cpuinfo), cores, RAM, Node version, date. */
export function machineLine() {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    if (line) cpu = line.split(":")[1].trim();
  } catch {
    // No /proc (not Linux): keep os.cpus()'s model.
  }
  const gib = (os.totalmem() / 2 ** 30).toFixed(1);
  return `Machine: ${cpu}, ${os.availableParallelism()} cores, ${gib} GiB RAM, Node ${process.version}, ` +
    `${os.platform()} ${os.arch()}; measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`;
}

/** How figures are taken, for the top of each section. */
export const METHOD_LINE = "Wall time: spawn to exit of the child process, measured by the parent. Peak memory and CPU " +
  (HAS_GNU_TIME
    ? "time: GNU time (`/usr/bin/time -f '%M %U %S'`, from wait4()) around the CLI: the peak RSS of the largest process and " +
      "the user + system CPU of all of them, worker threads and the heap-limited re-run of a large input (src/heap-cap.ts) included."
    : "time: `process.resourceUsage()` of the CLI process (bench/rss-child.mjs; GNU time not found), worker threads included " +
      "but NOT the heap-limited re-run a large input gets (src/heap-cap.ts): its figures are missing from large runs.") +
  " On a shared machine, wall time well above CPU time is mostly time spent waiting for a core.";

/** The command line shown for a CLI run (`node <cli> args`). */
export function showCommand(o, args) {
  return ["node", cliPath(o), ...args].map((a) => (/[\s'"]/.test(a) ? `'${a}'` : a)).join(" ");
}

/** Peak RSS (KB) and CPU (ms) from a GNU time output file ("%M %U %S" on its last line), or nulls. */
function readTimeFile(file) {
  try {
    const last = fs.readFileSync(file, "utf8").trim().split("\n").pop() ?? "";
    const [rssKb, user, system] = last.trim().split(/\s+/).map(Number);
    return { rssKb: Number.isFinite(rssKb) ? rssKb : null, cpuMs: Number.isFinite(user) && Number.isFinite(system) ? (user + system) * 1000 : null };
  } catch {
    return { rssKb: null, cpuMs: null };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * Runs `node <script> ...args` from the project root and resolves to { ok, ms, rssKb, cpuMs, status, error }.
 * With measureRss the run is timed by GNU time (peak RSS and user + system CPU of the whole process tree),
 * or without it by bench/rss-child.mjs (that one process). The command runs in its own process group, so
 * the timeout kills everything it started.
 * Exit code 0 or 1 is success (1 = findings); anything else, a signal or the timeout gives ok: false and `error` (the end of standard error).
 */
export function runNode(script, args, { timeoutS, measureRss = true } = {}) {
  const timeFile = measureRss && HAS_GNU_TIME ? path.join(os.tmpdir(), `translint-bench-${process.pid}-${timeFiles++}.time`) : null;
  const [command, argv] = timeFile ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, process.execPath, script, ...args]]
    : [process.execPath, measureRss ? [RSS_CHILD, script, ...args] : [script, ...args]];
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe", "pipe"], detached: true });
    let stderr = "";
    let rss = "";
    let timedOut = false;
    child.stderr.on("data", (chunk) => { stderr = (stderr + chunk).slice(-STDERR_KEPT * 4); });
    child.stdio[3].on("data", (chunk) => { rss += chunk; });
    const kill = () => { try { process.kill(-child.pid, "SIGKILL"); } catch { child.kill("SIGKILL"); } };
    const timer = timeoutS ? setTimeout(() => { timedOut = true; kill(); }, timeoutS * 1000) : null;
    const finish = (status, signal, spawnError) => {
      const ms = performance.now() - started;
      if (timer) clearTimeout(timer);
      let measured;
      if (timeFile) measured = readTimeFile(timeFile);
      else {
        const [rssKb, userUs, systemUs] = rss.trim().split(/\s+/).map(Number);
        measured = { rssKb: Number.isFinite(rssKb) ? rssKb : null, cpuMs: Number.isFinite(userUs) && Number.isFinite(systemUs) ? (userUs + systemUs) / 1000 : null };
      }
      const ok = !spawnError && !timedOut && (status === 0 || status === 1);
      const error = spawnError ? spawnError.message : timedOut ? `timed out after ${timeoutS} s`
        : ok ? null : `exit ${status ?? signal}: ${stderr.trim().slice(-STDERR_KEPT) || "(no output)"}`;
      resolve({ ok, ms, ...(measureRss ? measured : { rssKb: null, cpuMs: null }), status, error });
    };
    child.on("error", (error) => finish(null, null, error));
    child.on("close", (status, signal) => finish(status, signal, null));
  });
}

/** Runs the built CLI with `args` (measuring peak RSS unless told not to) under the section's timeout. */
export async function runCli(o, args, extra = {}) {
  const cli = path.join(o.dist, "src", "cli.js");
  // Node exits 1 on a missing script, which would pass for "findings": check first.
  if (!fs.existsSync(cli)) return { ok: false, ms: 0, rssKb: null, cpuMs: null, status: null, error: `no build: ${rel(cli)} is missing (npm run build)` };
  return runNode(cli, args, { timeoutS: o.timeoutS, ...extra });
}

/** Median of a non-empty list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Seconds with 2 decimals ("1.23 s"), or the run's error (or why it was skipped). */
export function seconds(run) {
  if (run.ok) return `${(run.ms / 1000).toFixed(2)} s`;
  return run.skipped ? oneLine(run.error) : `error: ${oneLine(run.error)}`;
}

/** Peak RSS in MiB, or "—" when unknown. */
export function mib(run) {
  return run.ok && run.rssKb !== null ? `${(run.rssKb / 1024).toFixed(0)} MiB` : "—";
}

/** CPU time (user + system) in seconds, or "—" when unknown. */
export function cpu(run) {
  return run.ok && run.cpuMs !== null ? `${(run.cpuMs / 1000).toFixed(2)} s` : "—";
}

/** PASS / FAIL mark, or "—" when the figure could not be measured. */
export function mark(pass) {
  return pass === null || pass === undefined ? "—" : pass ? "PASS" : "FAIL";
}

/** Text safe inside one markdown table cell. */
export function oneLine(text) {
  return String(text ?? "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}

/** Thousands with commas: 10000 -> "10,000". */
export function count(n) {
  return n.toLocaleString("en-US");
}

/** Latest modification time of the build's JavaScript (dist/src, dist/rules), to notice a rebuild mid-section. */
export function buildStamp(o) {
  let latest = 0;
  for (const dir of ["src", "rules"].map((d) => path.join(o.dist, d))) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir, { recursive: true })) {
      if (String(name).endsWith(".js")) latest = Math.max(latest, fs.statSync(path.join(dir, String(name))).mtimeMs);
    }
  }
  return latest;
}

/** A warning line when the build changed since `stamp` (taken before the section's runs), else nothing. */
export function rebuildWarning(o, stamp) {
  return buildStamp(o) === stamp ? [] : ["",
    "**Warning: the build in dist/ changed while this section ran (someone ran `npm run build`): its figures mix two builds.**"];
}

/** The standard lines under a section heading: bench command, CLI commands, method (unless given), machine. */
export function preamble(o, name, commands, method = METHOD_LINE) {
  return [
    `Command: \`npm run bench\` (= \`npm run build && node bench/run.mjs\`); this section alone: ` +
      `\`node bench/run.mjs --only ${name}${o.quick ? " --quick" : ""}\`.` +
      (o.quick ? " **--quick run: reduced sizes, figures not comparable with the targets.**" : ""),
    "Measured CLI runs (from the project root):",
    "",
    ...commands.map((c) => `    ${c}`),
    "",
    method,
    machineLine(),
  ];
}
