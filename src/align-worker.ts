/**
 * Worker-thread entry for a large article's alignment (src/overlap.ts): takes the prepared features,
 * runs the dynamic programme and answers with the beads packed into typed arrays (moved, not copied).
 */
import { parentPort } from "node:worker_threads";
import { alignPrepared, type PreparedAlignment } from "./align.js";
import { packBeads } from "./overlap.js";

parentPort?.once("message", (prep: PreparedAlignment) => {
  const packed = packBeads(alignPrepared(prep));
  parentPort?.postMessage(packed, [packed.spans.buffer as ArrayBuffer, packed.scores.buffer as ArrayBuffer]);
});
