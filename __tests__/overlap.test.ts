/**
 * Issue 6, speed at book length: a large article is aligned on a worker thread while the main thread
 * finds the rules' facts (src/overlap.ts, checkLargeFiles). The report must be the one checkFiles gives.
 * The threshold is lowered so the two samples count as large; the worker is the built one (npm test
 * builds first), or stand-ins that fail or answer wrongly.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { alignParagraphs, prepareAlignment } from "../src/align.js";
import { documentFromMixed } from "../src/document.js";
import { checkFiles, checkLargeFiles } from "../src/index.js";
import { packBeads, unpackBeads, type PackedBeads } from "../src/overlap.js";

const ROOT = join(import.meta.dirname, "..");
const BUILT_WORKER = pathToFileURL(join(ROOT, "dist", "src", "align-worker.js"));
const SAMPLES: readonly (readonly string[])[] = [
  [join(ROOT, "samples", "us-china-military-talks", "article.txt")],
  [join(ROOT, "samples", "north-korea-rejects-talks", "ko.txt"), join(ROOT, "samples", "north-korea-rejects-talks", "en.txt")],
];
const DIR = mkdtempSync(join(tmpdir(), "translint-overlap-"));

/** A stand-in worker script written to the temp folder. */
function workerScript(name: string, body: string): URL {
  const file = join(DIR, name);
  writeFileSync(file, `import { parentPort } from "node:worker_threads";\n${body}\n`);
  return pathToFileURL(file);
}

// answers every paragraph unaligned (all 1-0, then all 0-1): a report built on it differs from the real one
const LIAR = workerScript("liar.mjs", `parentPort.once("message", (prep) => {
  const [ko, en] = [prep.f.ko.length.length, prep.f.en.length.length];
  const spans = new Int32Array(4 * (ko + en));
  for (let i = 0; i < ko; i++) spans.set([i, 1, 0, 0], 4 * i);
  for (let j = 0; j < en; j++) spans.set([0, 0, j, 1], 4 * (ko + j));
  parentPort.postMessage({ spans, scores: new Float64Array(ko + en).fill(1) });
});`);
const THROWS = workerScript("throws.mjs", `parentPort.once("message", () => { throw new Error("broken worker"); });`);
const EXITS = workerScript("exits.mjs", "process.exit(3);");

describe("checkLargeFiles", () => {
  it("runs the built worker, which answers with alignParagraphs' beads (the cases below do not just fall back)", async () => {
    const path = SAMPLES[0]![0]!;
    const doc = documentFromMixed({ path, text: readFileSync(path, "utf8") });
    const [ko, en] = [doc.ko, doc.en].map((side) => side.paragraphs.map((p) => p.text)) as [string[], string[]];
    const worker = new Worker(BUILT_WORKER);
    try {
      const answer = new Promise<PackedBeads>((resolve, reject) => { worker.once("message", resolve); worker.once("error", reject); });
      worker.postMessage(prepareAlignment(ko, en));
      expect(unpackBeads(await answer)).toEqual(alignParagraphs(ko, en));
    } finally {
      await worker.terminate();
    }
  });

  it.each(SAMPLES)("gives checkFiles' report when the worker aligns the article (%s)", async (...paths) => {
    const report = await checkLargeFiles(paths, { minParagraphs: 10, jobs: 2, workerUrl: BUILT_WORKER });
    expect(report).toEqual(checkFiles(paths));
  });

  it("uses the worker's beads: a worker that answers wrongly changes the report", async () => {
    const paths = SAMPLES[0]!;
    const lied = await checkLargeFiles(paths, { minParagraphs: 10, jobs: 2, workerUrl: LIAR });
    expect(lied.files[0]!.alignment.every((bead) => bead.source.length === 0 || bead.target.length === 0)).toBe(true);
    expect(lied).not.toEqual(checkFiles(paths));
  });

  it("keeps everything on the main thread with jobs 1, or below the threshold", async () => {
    const paths = SAMPLES[0]!;
    const expected = checkFiles(paths);
    expect(await checkLargeFiles(paths, { minParagraphs: 10, jobs: 1, workerUrl: LIAR })).toEqual(expected);
    expect(await checkLargeFiles(paths, { minParagraphs: 1000, jobs: 2, workerUrl: LIAR })).toEqual(expected);
  });

  it.each([["throws", THROWS], ["exits", EXITS], ["is missing", pathToFileURL(join(DIR, "missing.mjs"))]] as const)(
    "aligns on the main thread when the worker %s", async (_, workerUrl) => {
      const paths = SAMPLES[1]!;
      expect(await checkLargeFiles(paths, { minParagraphs: 10, jobs: 2, workerUrl })).toEqual(checkFiles(paths));
    });
});

describe("packBeads", () => {
  it("packs beads into typed arrays and back, empty sides included", () => {
    const beads = [
      { ko: [0], en: [0, 1], score: 0.9 }, { ko: [1, 2], en: [], score: 0.25 },
      { ko: [], en: [2], score: 1 }, { ko: [3], en: [3], score: 0.5 },
    ];
    expect(unpackBeads(packBeads(beads))).toEqual(beads);
    expect(unpackBeads(packBeads([]))).toEqual([]);
  });
});
