/**
 * Worker-thread entry for batch runs (src/batch.ts): checks one article per message with the library and
 * answers with the FileResult as plain data, or the input problem, or a crash.
 */
import { parentPort } from "node:worker_threads";
import type { WorkerAnswer, WorkerRequest } from "./batch.js";
import { RuleError } from "./engine.js";
import { checkArticle, type CheckOptions } from "./index.js";
import type { FileResult } from "./types.js";

parentPort?.on("message", (request: WorkerRequest<CheckOptions>) => {
  let answer: WorkerAnswer<FileResult>;
  try {
    answer = { index: request.index, outcome: checkArticle(request.paths, request.options) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    answer = { index: request.index, outcome: { ok: "crash", message, ruleId: error instanceof RuleError ? error.ruleId : undefined } };
  }
  parentPort?.postMessage(answer);
});
