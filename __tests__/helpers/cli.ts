/**
 * The command line for tests. `runCli` runs it in this process through `run` (src/cli.ts), output
 * captured: a spawned CLI costs ~0.3 s of start-up each, most of a CLI test's time. `spawnCli` starts the
 * built bin (npm test builds first) for what only a process shows: standard input, --help and --version
 * (yargs prints them itself), a batch run's worker threads (they load the built worker), the heap-limited
 * re-run. cli.test.ts checks that both give the same results.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { run } from "../../src/cli.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "src", "cli.js");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A stream that keeps what is written, and is not a terminal. */
class Capture {
  text = "";
  readonly isTTY = false;

  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

/** Runs `translint <args>` in this process, from `cwd`, with NO_COLOR and `env` added to the environment. */
export async function runCli(args: readonly string[], cwd = ROOT, env: Record<string, string> = {}): Promise<CliResult> {
  const stdout = new Capture(), stderr = new Capture();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const code = await run(args, { stdout, stderr, env: { ...process.env, NO_COLOR: "1", ...env }, cwd: () => process.cwd() });
    return { code, stdout: stdout.text, stderr: stderr.text };
  } finally {
    process.chdir(before);
  }
}

/** Runs the built bin, `input` on its standard input. */
export function spawnCli(args: readonly string[], input?: string, cwd = ROOT, env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
