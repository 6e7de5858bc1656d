#!/usr/bin/env node
// Runs a Node script (the built CLI) in this same process and, when the process exits, writes its peak
// resident set size in kilobytes and its CPU time in microseconds, user then system
// (process.resourceUsage(): the whole process, worker threads included) to file descriptor 3, which
// bench/measure.mjs opens as a pipe. The script sees the argv it
// would see if run directly: [node, script, ...args].
//
//   node bench/rss-child.mjs dist/src/cli.js check a.ko.txt a.en.txt   (fd 3 = where the figure goes)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// File descriptor the peak RSS is written to (the parent's extra pipe).
const REPORT_FD = 3;
// Exit code when the script itself cannot be loaded (EX_SOFTWARE).
const LOAD_FAILED = 70;

process.on("exit", () => {
  try {
    const usage = process.resourceUsage();
    fs.writeSync(REPORT_FD, `${usage.maxRSS} ${usage.userCPUTime} ${usage.systemCPUTime}\n`);
  } catch {
    // fd 3 is not open: run by hand, nobody is listening for the figure.
  }
});
process.argv.splice(1, 1);
try {
  await import(pathToFileURL(path.resolve(process.argv[1])).href);
} catch (error) {
  // A script that cannot load exits 1 like a CLI run with findings would: give it a code of its own.
  console.error(`rss-child: cannot load ${process.argv[1]}: ${error instanceof Error ? error.message : error}`);
  process.exitCode = LOAD_FAILED;
}
