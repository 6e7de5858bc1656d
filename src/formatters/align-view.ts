/**
 * The `translint align` terminal view: one line per bead, Korean and English side by side, truncated
 * by display width so Hangul stays in its column; omissions and low-confidence beads are marked.
 */
import type { FileResult, FormatOptions, Report } from "../types.js";
import { bold, dim, paint } from "./ansi.js";
import { displayWidth, wrap } from "./width.js";

/** Beads scored below this are shown as low confidence. */
export const LOW_CONFIDENCE = 0.5;
/** Columns of the bead's paragraph numbers ("12-14:13"), its type ("3-1") and score ("0.93 ") before the texts. */
const INDEX_WIDTH = 12;
const TYPE_WIDTH = 4;
const SCORE_WIDTH = 5;
const PREFIX_WIDTH = INDEX_WIDTH + TYPE_WIDTH + SCORE_WIDTH;
/** Columns of the separator between the two texts. */
const SEPARATOR = " │ ";

function fit(text: string, width: number): string {
  const line = wrap(text, Math.max(1, width))[0] ?? "";
  const cut = line.length < text.replace(/\s+/g, " ").trim().length ? `${[...line].slice(0, -1).join("")}…` : line;
  return cut + " ".repeat(Math.max(0, width - displayWidth(cut)));
}

function indices(list: readonly number[]): string {
  return list.length === 0 ? "-" : list.length === 1 ? String(list[0]) : `${list[0]}-${list[list.length - 1]}`;
}

function beadLine(file: FileResult, bead: FileResult["alignment"][number], half: number, color: boolean): string {
  const ko = bead.source.map((i) => file.source.paragraphs[i]?.text ?? "").join(" ");
  const en = bead.target.map((i) => file.target.paragraphs[i]?.text ?? "").join(" ");
  const type = `${bead.source.length}-${bead.target.length}`;
  const head = `${indices(bead.source).padStart(5)}:${indices(bead.target).padEnd(INDEX_WIDTH - 6)}`.slice(0, INDEX_WIDTH).padEnd(INDEX_WIDTH) + type.padEnd(TYPE_WIDTH);
  const isGap = bead.source.length === 0 || bead.target.length === 0;
  const score = bead.score.toFixed(2);
  const scoreText = bead.score < LOW_CONFIDENCE ? paint(score, "33", color) : dim(score, color);
  const line = `${head}${scoreText} ${fit(ko, half)}${SEPARATOR}${fit(en, half)}`;
  return isGap ? paint(line, "31", color) : line;
}

/** Renders the alignment of every file in the report. */
export default function format(report: Report, options: FormatOptions): string {
  const half = Math.max(10, Math.floor((options.width - PREFIX_WIDTH - SEPARATOR.length) / 2));
  const blocks = report.files.map((file) => {
    const lines = file.alignment.map((bead) => beadLine(file, bead, half, options.color));
    const gaps = file.alignment.filter((b) => b.source.length === 0 || b.target.length === 0).length;
    const low = file.alignment.filter((b) => b.score < LOW_CONFIDENCE).length;
    const footer = `${file.alignment.length} beads, ${gaps} unaligned, ${low} below ${LOW_CONFIDENCE} confidence`;
    return [bold(file.path, options.color), ...lines, dim(footer, options.color)].join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}
