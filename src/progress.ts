/**
 * A progress bar for batch runs, drawn on a terminal stream (stderr). It appears only when the stream is
 * a TTY, the run has more than one article and has taken longer than a moment; it is erased at the end.
 */

/** The part of a stream the bar needs (process.stderr fits). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

/** Milliseconds before the bar appears. */
export const PROGRESS_DELAY_MS = 500;
const BAR_WIDTH = 30;

/** Renders one bar line, e.g. "[#####-----] 3/6 articles". */
export function renderBar(done: number, total: number, width = BAR_WIDTH): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} articles`;
}

/** A progress bar on `stream`; `now` gives milliseconds (injected so tests need no clock). */
export function createProgress(stream: ProgressStream, now: () => number = Date.now): Progress {
  const start = now();
  let shown = false;
  if (!stream.isTTY) return { update: () => undefined, finish: () => undefined };
  return {
    update(done, total) {
      if (total <= 1 || (!shown && now() - start <= PROGRESS_DELAY_MS)) return;
      shown = true;
      const width = Math.max(10, Math.min(BAR_WIDTH, (stream.columns ?? 80) - 30));
      stream.write(`\r${renderBar(done, total, width)}\u001b[K`);
    },
    finish() {
      if (shown) stream.write("\r\u001b[K");
      shown = false;
    },
  };
}
