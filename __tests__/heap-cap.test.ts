/**
 * Issue 6, bounded memory: a large input runs under a heap limit (src/heap-cap.ts): the CLI starts itself
 * again with --max-old-space-size, and checks in its own process when that run outgrows the limit.
 * TRANSLINT_HEAP_CAP_MIN_BYTES=0 makes a small article count as large, so the re-run is exercised here.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cappedEnv, HEAP_CAP_MIN_INPUT_BYTES, hasHeapLimit, heapCapFor, heapCapMb, isOutOfMemoryExit } from "../src/heap-cap.js";

const ROOT = join(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "src", "cli.js");
// a small article with one error: each capped run starts two processes, so the sample would cost seconds
const DIR = mkdtempSync(join(tmpdir(), "translint-heap-"));
writeFileSync(join(DIR, "ko.txt"), "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다.\n");
writeFileSync(join(DIR, "en.txt"), "Government unveils budget\n\nThe government set 예산안 at 656 trillion won.\n");
const ARTICLE = [join(DIR, "ko.txt"), join(DIR, "en.txt")];
const MIB = 1024 * 1024;

function cli(args: string[], env: Record<string, string> = {}) {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  delete base.TRANSLINT_HEAP_CAPPED;
  delete base.NODE_OPTIONS;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...base, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cappedEnv", () => {
  it("marks the child as capped and fixes malloc's mmap threshold, unless the user set one", () => {
    expect(cappedEnv({ PATH: "/bin" })).toEqual({ PATH: "/bin", TRANSLINT_HEAP_CAPPED: "1", MALLOC_MMAP_THRESHOLD_: "131072" });
    expect(cappedEnv({ MALLOC_MMAP_THRESHOLD_: "65536" }).MALLOC_MMAP_THRESHOLD_).toBe("65536");
  });
});

describe("heapCapFor", () => {
  it("leaves small inputs alone and gives a large one a limit that grows with it", () => {
    expect(heapCapFor(HEAP_CAP_MIN_INPUT_BYTES - 1, {}, [])).toBeNull();
    expect(heapCapFor(60 * MIB, {}, [])).toBe(heapCapMb(60 * MIB));
    expect(heapCapMb(60 * MIB)).toBeGreaterThan(heapCapMb(10 * MIB));
    // the 100,000-paragraph benchmark document (about 60 MB) gets a limit under 1 GB
    expect(heapCapMb(60 * MIB)).toBeLessThan(1024);
  });

  it("never caps a process already capped or given a limit, and obeys TRANSLINT_HEAP_MB", () => {
    expect(heapCapFor(60 * MIB, { TRANSLINT_HEAP_CAPPED: "1" }, [])).toBeNull();
    expect(heapCapFor(60 * MIB, {}, ["--max-old-space-size=2048"])).toBeNull();
    expect(heapCapFor(60 * MIB, { NODE_OPTIONS: "--inspect --max-old-space-size=4096" }, [])).toBeNull();
    expect(heapCapFor(60 * MIB, { TRANSLINT_HEAP_MB: "0" }, [])).toBeNull();
    expect(heapCapFor(60 * MIB, { TRANSLINT_HEAP_MB: "900" }, [])).toBe(900);
    expect(heapCapFor(10, { TRANSLINT_HEAP_CAP_MIN_BYTES: "0" }, [])).toBe(heapCapMb(10));
    expect(heapCapFor(60 * MIB, { TRANSLINT_HEAP_MB: "lots" }, [])).toBe(heapCapMb(60 * MIB));
  });

  it("recognises the flag and V8's out-of-memory ends", () => {
    expect(hasHeapLimit(["--max-old-space-size", "512"])).toBe(true);
    expect(hasHeapLimit(["--max-semi-space-size=16"], "--trace-gc")).toBe(false);
    expect(isOutOfMemoryExit(null, "SIGABRT")).toBe(true);
    expect(isOutOfMemoryExit(134, null)).toBe(true);
    expect(isOutOfMemoryExit(1, null)).toBe(false);
    expect(isOutOfMemoryExit(null, "SIGINT")).toBe(false);
  });
});

describe("the CLI on a large input", () => {
  const plain = cli(["check", ...ARTICLE, "--format", "json"], { TRANSLINT_HEAP_MB: "0" });

  // that the re-run happens at all is shown by the starved run below, whose message only the parent can write
  it("gives the same report and exit code under the heap limit as without one", () => {
    const capped = cli(["check", ...ARTICLE, "--format", "json"], { TRANSLINT_HEAP_CAP_MIN_BYTES: "0" });
    expect(plain.code).toBe(1); // the Hangul left in the English is an error
    expect(capped.code).toBe(plain.code);
    expect(capped.stdout).toBe(plain.stdout);
    expect(capped.stderr).toBe(plain.stderr);
  });

  it("checks in its own process, saying so in one line, when the capped run runs out of heap", () => {
    const starved = cli(["check", ...ARTICLE, "--format", "json"], { TRANSLINT_HEAP_CAP_MIN_BYTES: "0", TRANSLINT_HEAP_MB: "4" });
    expect(starved.code).toBe(plain.code);
    expect(starved.stdout).toBe(plain.stdout);
    expect(starved.stderr).toBe("translint: the check outgrew its 4 MB heap limit; checking again without a limit\n");
  });

  it("passes on the capped run's errors: a missing file is exit 2 and one line", () => {
    const missing = cli(["check", join(ROOT, "no-such-file.txt")], { TRANSLINT_HEAP_CAP_MIN_BYTES: "0" });
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });
});
