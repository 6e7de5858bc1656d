/**
 * A large article aligned on a worker thread while the main thread finds the rules' facts. Both take
 * seconds at 100,000 paragraphs and neither needs the other: the aligner's dynamic programme reads only
 * the prepared features (typed arrays, moved to the worker without a copy), and the facts of a paragraph
 * depend only on its text. The rules then find most facts ready. Output is the same as aligning and
 * checking in turn: the worker runs the same code on the same features, and the facts are the ones the
 * rules would have found.
 */
import { Worker } from "node:worker_threads";
import { alignPrepared, indexRange, prepareAlignment, type Bead, type PreparedAlignment } from "./align.js";
import type { ArticleAnalysis } from "./analysis/index.js";
import { toSegment } from "./article.js";
import type { DocumentSide } from "./document.js";

/** Paragraphs on the longer side from which an article is aligned on a worker (below it, starting one costs more than it saves). */
export const OVERLAP_MIN_PARAGRAPHS = 5000;
/** Paragraphs whose facts are found between two looks for the worker's answer. */
const SLICE = 500;

/** Beads packed for posting: per bead, Korean start and count, English start and count; and the scores. */
export interface PackedBeads {
  readonly spans: Int32Array;
  readonly scores: Float64Array;
}

/** Beads as typed arrays, to post (moved, not copied). */
export function packBeads(beads: readonly Bead[]): PackedBeads {
  const spans = new Int32Array(4 * beads.length);
  const scores = new Float64Array(beads.length);
  beads.forEach((bead, k) => {
    spans[4 * k] = bead.ko[0] ?? 0;
    spans[4 * k + 1] = bead.ko.length;
    spans[4 * k + 2] = bead.en[0] ?? 0;
    spans[4 * k + 3] = bead.en.length;
    scores[k] = bead.score;
  });
  return { spans, scores };
}

/** The beads packBeads packed. */
export function unpackBeads({ spans, scores }: PackedBeads): Bead[] {
  return Array.from(scores, (score, k) => ({
    ko: indexRange(spans[4 * k] ?? 0, spans[4 * k + 1] ?? 0), en: indexRange(spans[4 * k + 2] ?? 0, spans[4 * k + 3] ?? 0), score,
  }));
}

/** The buffers of a prepared alignment, to move to the worker. */
function buffersOf(prep: PreparedAlignment): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
    else if (value !== null && typeof value === "object") for (const inner of Object.values(value)) add(inner);
  };
  add(prep.f);
  add(prep.center);
  return [...buffers];
}

/** Finds every fact of every paragraph of both sides, a slice at a time, until `isDone` (the beads came). */
async function findFactsUntil(analysis: ArticleAnalysis, sides: readonly DocumentSide[], isDone: () => boolean): Promise<void> {
  let count = 0;
  for (const side of sides) {
    for (const paragraph of side.paragraphs) {
      // the segment of the paragraph's bead if it is a bead of its own: analysis.of finds these facts for that segment
      const facts = analysis.of(toSegment(side.lang, [paragraph])!);
      void [facts.numbers, facts.quotes, facts.people, facts.names, facts.terms, facts.pairs];
      if (++count % SLICE === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (isDone()) return;
      }
    }
  }
}

export interface OverlapOptions {
  /** The worker script (default: align-worker.js next to this module). */
  readonly workerUrl?: URL;
}

/**
 * The beads of `ko` and `en` (paragraph texts), aligned on a worker thread while the facts of `sides`
 * are found in `analysis`. Should the worker fail to start or to answer, the article is aligned here.
 */
export async function alignAlongsideFacts(
  ko: readonly string[], en: readonly string[], analysis: ArticleAnalysis, sides: readonly DocumentSide[], options: OverlapOptions = {},
): Promise<Bead[]> {
  const prep = prepareAlignment(ko, en);
  let worker: Worker;
  try {
    worker = new Worker(options.workerUrl ?? new URL("./align-worker.js", import.meta.url));
  } catch {
    return alignPrepared(prep);
  }
  let answer: PackedBeads | Error | undefined;
  const answered = new Promise<void>((resolve) => {
    worker.once("message", (message: PackedBeads) => { answer = message; resolve(); });
    worker.once("error", (error) => { answer ??= error; resolve(); });
    worker.once("exit", () => { answer ??= new Error("the align worker stopped"); resolve(); });
  });
  try {
    worker.postMessage(prep, buffersOf(prep));
    await findFactsUntil(analysis, sides, () => answer !== undefined);
    await answered;
  } finally {
    void worker.terminate();
  }
  // the features went to the worker: a failed worker means preparing them again
  return answer instanceof Error || answer === undefined ? alignPrepared(prepareAlignment(ko, en)) : unpackBeads(answer);
}
