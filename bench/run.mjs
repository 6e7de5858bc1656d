#!/usr/bin/env node
// Entry point of `npm run bench` (which builds first): runs each benchmark section and writes it into
// BENCHMARKS.md, replacing the section with the same "## " heading (or appending it) and leaving the
// rest of the file alone.
//
//   node bench/run.mjs [--only name,...] [--shared DIR] [--seeds 1,2,3,4,5] [--dist DIR] [--quick] [--timeout S]
//
// --only takes section names from SECTIONS. --quick runs the performance sections (throughput to
// per-rule) on smaller inputs, for development; --timeout limits each CLI run they make (default 600 s).
// A section that throws is reported on standard error and skipped (its part of BENCHMARKS.md is kept),
// the other sections still run, and the exit code is 1.
//
// A section is a module exporting `section(options) -> Promise<string>`, markdown that starts with its
// own "## " heading. To add one (false-alarm rates, throughput, ...), write bench/<name>.mjs and add
// it to SECTIONS below.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BENCHMARKS = path.join(ROOT, "BENCHMARKS.md");
// Sections in file order: name (for --only) and module path relative to this file.
const SECTIONS = [
  { name: "alignment", module: "./align.mjs" },
  { name: "false-alarms", module: "./false-alarms.mjs" },
  { name: "recall", module: "./recall.mjs" },
  { name: "throughput", module: "./throughput.mjs" },
  { name: "growth", module: "./growth.mjs" },
  { name: "batch", module: "./batch.mjs" },
  { name: "startup", module: "./startup.mjs" },
  { name: "per-rule", module: "./per-rule.mjs" },
];
// What a new BENCHMARKS.md starts with.
const PREAMBLE = [
  "# Benchmarks",
  "",
  "Written by `npm run bench` (bench/run.mjs); each section is regenerated in place. Inputs come from",
  "`../shared` (the evaluation corpus is not in this repository).",
  "",
].join("\n");

function parseArgs(argv) {
  const o = { only: null, options: {} };
  for (let k = 0; k < argv.length; k++) {
    const [flag, inline] = argv[k].split("=", 2);
    const value = () => inline ?? argv[++k];
    if (flag === "--only") o.only = value().split(",");
    else if (flag === "--shared") o.options.shared = path.resolve(value());
    else if (flag === "--seeds") o.options.seeds = value().split(",").map(Number);
    else if (flag === "--dist") o.options.dist = path.resolve(value());
    else if (flag === "--quick") o.options.quick = true;
    else if (flag === "--timeout") o.options.timeoutS = Number(value());
    else throw new Error(`bench: unknown argument ${flag}`);
  }
  return o;
}

/** Replaces the section headed `heading` (up to the next "## " heading) with `body`, or appends it. */
export function replaceSection(markdown, heading, body) {
  const lines = markdown.split("\n");
  const start = lines.findIndex((line) => line.trim() === heading);
  const text = body.trimEnd() + "\n";
  if (start < 0) return `${markdown.trimEnd()}\n\n${text}`;
  let end = start + 1;
  while (end < lines.length && !lines[end].startsWith("## ")) end++;
  const after = lines.slice(end).join("\n");
  return [...lines.slice(0, start), text + (after ? `\n${after}` : "")].join("\n");
}

async function main() {
  const { only, options } = parseArgs(process.argv.slice(2));
  const unknown = (only ?? []).filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`bench: unknown section ${unknown.join(", ")} (known: ${SECTIONS.map((s) => s.name).join(", ")})`);
  let markdown = fs.existsSync(BENCHMARKS) ? fs.readFileSync(BENCHMARKS, "utf8") : PREAMBLE;
  for (const { name, module } of SECTIONS) {
    if (only && !only.includes(name)) continue;
    let body;
    try {
      const { section } = await import(pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), module)).href);
      body = await section(options);
    } catch (error) {
      process.stderr.write(`bench: section ${name} failed, BENCHMARKS.md keeps its old text: ${error instanceof Error ? error.stack : error}\n`);
      process.exitCode = 1;
      continue;
    }
    const heading = body.split("\n", 1)[0];
    if (!heading.startsWith("## ")) throw new Error(`bench: section ${name} must start with a "## " heading`);
    markdown = replaceSection(markdown, heading, body);
    fs.writeFileSync(BENCHMARKS, markdown);
    process.stdout.write(`${body}\n\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await main().catch((error) => {
    // Usage errors (unknown flag or section) and a section without its heading: one line, exit 2.
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 2;
  });
}
