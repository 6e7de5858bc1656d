/**
 * A heap limit for large inputs. V8 sizes a Node process's heap from the machine's memory (about 4 GB
 * here) and lets garbage pile up towards it: checking a 100,000-paragraph document (60 MB) peaked at
 * ~0.95 GB of RSS with ~0.4 GB live, and at ~0.76 GB under a 768 MB heap limit for the same CPU time.
 * Node takes that limit only at start-up (`--max-old-space-size`; v8.setFlagsFromString is too late),
 * so for a large input the CLI runs itself again with the flag (cli.ts). The limit grows with the input,
 * leaving the live heap about half of it; should a check still run out, the CLI checks again in its own
 * uncapped process rather than fail.
 */

const MIB = 1024 * 1024;
/** Inputs smaller than this run as they are: their heap stays small anyway, and a second start costs ~0.1 s. */
export const HEAP_CAP_MIN_INPUT_BYTES = 8 * MIB;
/** Heap limit for an input of n bytes: HEAP_BASE_MB + HEAP_MB_PER_INPUT_MB × n MB (live heap measured at ~7 × n). */
const HEAP_BASE_MB = 256;
const HEAP_MB_PER_INPUT_MB = 8;
/** Set in the environment of the capped child, so it never caps itself again. */
const CAPPED_ENV = "TRANSLINT_HEAP_CAPPED";

/**
 * glibc's malloc threshold for allocating a block with mmap, fixed at its default (128 KiB). Left alone,
 * glibc raises it to the size of each large block freed, after which blocks of that size come from the
 * heap and stay in the process when freed: the aligner's tables (typed arrays of tens of megabytes, freed
 * pass after pass and on a worker thread) then kept ~0.2 GB of a 100,000-paragraph check's peak. Other C
 * libraries ignore the variable.
 */
const MALLOC_MMAP_THRESHOLD = "131072";

/** The environment of the capped child: marked as capped, and malloc's mmap threshold fixed unless the user set it. */
export function cappedEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, [CAPPED_ENV]: "1", MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? MALLOC_MMAP_THRESHOLD };
}

/** The heap limit (MB) for `inputBytes` bytes of input. */
export function heapCapMb(inputBytes: number): number {
  return Math.ceil(HEAP_BASE_MB + (HEAP_MB_PER_INPUT_MB * inputBytes) / MIB);
}

/** True when the process already runs under a heap limit someone chose (a flag of node's, or NODE_OPTIONS). */
export function hasHeapLimit(execArgv: readonly string[], nodeOptions = ""): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].some((arg) => /^--max-old-space-size(=|$)/.test(arg));
}

/** True for the end of a process that V8 stopped, out of heap: SIGABRT, or SIGTRAP when it ran out while starting (134 and 133 through a shell). */
export function isOutOfMemoryExit(status: number | null, signal: NodeJS.Signals | null): boolean {
  return signal === "SIGABRT" || signal === "SIGTRAP" || status === 134 || status === 133;
}

/** A whole number of at least 0 from an environment variable, or undefined when unset or not one. */
function envNumber(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

/**
 * The heap limit (MB) to run a command with, or null to run it as it is: inputs under the threshold
 * (TRANSLINT_HEAP_CAP_MIN_BYTES, default HEAP_CAP_MIN_INPUT_BYTES), a process already capped or given a
 * limit by the user, and TRANSLINT_HEAP_MB=0 run as they are; TRANSLINT_HEAP_MB=n sets the limit.
 */
export function heapCapFor(inputBytes: number, env: NodeJS.ProcessEnv, execArgv: readonly string[]): number | null {
  if (env[CAPPED_ENV] || hasHeapLimit(execArgv, env.NODE_OPTIONS)) return null;
  const chosen = envNumber(env.TRANSLINT_HEAP_MB);
  if (chosen === 0) return null;
  if (inputBytes < (envNumber(env.TRANSLINT_HEAP_CAP_MIN_BYTES) ?? HEAP_CAP_MIN_INPUT_BYTES)) return null;
  return chosen ?? heapCapMb(inputBytes);
}
