/**
 * Baseline file I/O for the CLI: reads and validates a baseline, writes one. The format and the
 * matching live in suppressions.ts; this module only touches the file system.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { InputError } from "./errors.js";
import { describeFsError } from "./read-input.js";
import { parseBaseline, serializeBaseline, type Baseline } from "./suppressions.js";

function fsProblem(error: unknown): string {
  return describeFsError(error) ?? (error as NodeJS.ErrnoException).code ?? "error";
}

/** Reads a baseline file; a missing, unreadable or malformed file is an InputError naming it. */
export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(path, `cannot read baseline: ${fsProblem(error)}`);
  }
  return parseBaseline(path, text);
}

/** Reads a baseline if the file exists (for --update-baseline, which may create it). */
export function readBaselineIfExists(path: string): Baseline | undefined {
  return existsSync(path) ? readBaseline(path) : undefined;
}

/** Writes a baseline file (stable 2-space JSON). */
export function writeBaseline(path: string, baseline: Baseline): void {
  try {
    writeFileSync(path, serializeBaseline(baseline));
  } catch (error) {
    throw new InputError(path, `cannot write baseline: ${fsProblem(error)}`);
  }
}
