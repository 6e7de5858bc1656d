/**
 * The `translint align` terminal view: one line per bead, Korean and English side by side, truncated
 * by display width so Hangul stays in its column and the separator lines up on every line. A bead that
 * needs a look carries a mark in the first column, readable without colour and coloured with it:
 * "-" red for a Korean paragraph with no English (1-0, an omission), "+" red for English with no Korean
 * (0-1, an addition), "?" yellow for a score below LOW_CONFIDENCE.
 */
import type { AlignmentBead, FileResult, FormatOptions, Report } from "../types.js";
import { bold, dim, paint } from "./ansi.js";
import { clipEnd, clipStart, displayWidth } from "./width.js";

/** Beads scored below this are shown as low confidence. */
export const LOW_CONFIDENCE = 0.5;
/** Columns of the mark ("? "), the bead's paragraph numbers ("12-14:13"), its type ("3-1") and score ("0.93 ") before the texts. */
const MARK_WIDTH = 2;
const INDEX_WIDTH = 12;
const TYPE_WIDTH = 4;
const SCORE_WIDTH = 5;
const PREFIX_WIDTH = MARK_WIDTH + INDEX_WIDTH + TYPE_WIDTH + SCORE_WIDTH;
/** The separator between the two texts. */
const SEPARATOR = " │ ";
/** Narrowest text column, in columns, however narrow the terminal. */
const MIN_HALF = 10;
/** Shown in place of the missing side of an unaligned bead. */
const NO_TEXT = "—";

/** Why a bead is marked, with its symbol and SGR colour (red, yellow). */
const MARKS = {
  omission: { symbol: "-", code: "31", meaning: "omission (Korean only)" },
  addition: { symbol: "+", code: "31", meaning: "addition (English only)" },
  low: { symbol: "?", code: "33", meaning: `score below ${LOW_CONFIDENCE}` },
} as const;

type MarkKind = keyof typeof MARKS;

/** The mark a bead carries, if any: an unaligned side wins over a low score. */
export function beadMark(bead: AlignmentBead): MarkKind | null {
  if (bead.target.length === 0) return "omission";
  if (bead.source.length === 0) return "addition";
  return bead.score < LOW_CONFIDENCE ? "low" : null;
}

/** The text on one line, cut to `width` columns ("…" when cut) and padded to exactly `width` columns. */
function fit(text: string, width: number): string {
  const cut = clipEnd(text.replace(/\s+/g, " ").trim(), width);
  return cut + " ".repeat(Math.max(0, width - displayWidth(cut)));
}

function indices(list: readonly number[]): string {
  return list.length === 0 ? "-" : list.length === 1 ? String(list[0]) : `${list[0]}-${list[list.length - 1]}`;
}

function sideText(file: FileResult, side: "source" | "target", list: readonly number[]): string {
  return list.length === 0 ? NO_TEXT : list.map((i) => file[side].paragraphs[i]?.text ?? "").join(" ");
}

function beadLine(file: FileResult, bead: AlignmentBead, half: number, color: boolean): string {
  const kind = beadMark(bead);
  const mark = kind ? paint(MARKS[kind].symbol, MARKS[kind].code, color) : " ";
  const type = `${bead.source.length}-${bead.target.length}`;
  const where = `${indices(bead.source).padStart(5)}:${indices(bead.target)}`.slice(0, INDEX_WIDTH).padEnd(INDEX_WIDTH);
  const score = bead.score.toFixed(2);
  const scoreText = kind === "low" ? paint(score, MARKS.low.code, color) : dim(score, color);
  const ko = fit(sideText(file, "source", bead.source), half);
  const en = fit(sideText(file, "target", bead.target), half);
  const isGap = kind === "omission" || kind === "addition";
  const texts = isGap ? `${paint(ko, "31", color)}${SEPARATOR}${paint(en, "31", color)}` : `${ko}${SEPARATOR}${en}`;
  return `${mark}${" ".repeat(MARK_WIDTH - 1)}${where}${type.padEnd(TYPE_WIDTH)}${scoreText} ${texts}`;
}

/** One line explaining the marks that appear, or null when none does. */
function legend(file: FileResult, color: boolean): string | null {
  const kinds = new Set(file.alignment.map(beadMark));
  const used = (Object.keys(MARKS) as MarkKind[]).filter((kind) => kinds.has(kind));
  if (used.length === 0) return null;
  return dim(used.map((kind) => `${MARKS[kind].symbol} ${MARKS[kind].meaning}`).join(", "), color);
}

/** Renders the alignment of every file in the report. */
export default function format(report: Report, options: FormatOptions): string {
  const half = Math.max(MIN_HALF, Math.floor((options.width - PREFIX_WIDTH - SEPARATOR.length) / 2));
  const blocks = report.files.map((file) => {
    const lines = file.alignment.map((bead) => beadLine(file, bead, half, options.color));
    const gaps = file.alignment.filter((b) => b.source.length === 0 || b.target.length === 0).length;
    const low = file.alignment.filter((b) => b.score < LOW_CONFIDENCE).length;
    const footer = `${file.alignment.length} beads, ${gaps} unaligned, ${low} below ${LOW_CONFIDENCE} confidence`;
    const key = legend(file, options.color);
    return [bold(clipStart(file.path, options.width), options.color), ...lines, dim(footer, options.color), ...(key ? [key] : [])].join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}
