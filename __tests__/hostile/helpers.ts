/**
 * Shared by the hostile-input suites (not a suite: the name does not end in .test.ts): running the command
 * line (in this process, or the built bin: ../helpers/cli.ts) and writing inputs to a fresh temporary folder.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "src", "cli.js");

/** A title and one body paragraph in Korean, and a faithful English translation. */
export const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n";
export const EN = "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the command line in this process (`run`, src/cli.ts), from `cwd`; with standard input or another
 * user it spawns the built bin (spawnCli below).
 */
export async function cli(args: readonly string[], options: { cwd?: string; input?: string; uid?: number } = {}): Promise<CliResult> {
  if (options.input !== undefined || options.uid !== undefined) return spawnCli(args, options);
  return runCli(args, options.cwd ?? ROOT, { TRANSLINT_DEBUG: "" });
}

/** Runs the built bin; `options.uid` drops to another user (only root can). */
export function spawnCli(args: readonly string[], options: { cwd?: string; input?: string; uid?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT, input: options.input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", TRANSLINT_DEBUG: "" },
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes files into a new temporary folder and returns its path. */
export function tempFiles(contents: Readonly<Record<string, string | Uint8Array>>): string {
  const dir = mkdtempSync(join(tmpdir(), "translint-hostile-"));
  for (const [name, data] of Object.entries(contents)) writeFileSync(join(dir, name), data);
  return dir;
}

/**
 * Asserts the contract for bad input: exit code 2, nothing on stdout, exactly one line on stderr that
 * names the file and matches the problem, and no stack trace.
 */
export function expectOneLineError(result: CliResult, file: string, problem: RegExp): void {
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toContain(file);
  expect(result.stderr).toMatch(problem);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(2);
}

/** Escapes a literal for use in a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
