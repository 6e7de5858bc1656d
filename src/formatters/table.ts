/**
 * table (default): per file, a cli-table3 table with one row per finding — severity, rule, Korean
 * location, English location, the Korean words, the English words, the message — then a summary line.
 * With --verbose the word cells show the sentence around the words, the words highlighted (bold inverse,
 * or «words» without colour). When actual and expected are similar, the message cell adds a character
 * diff of the two (inverse red / green, or [letters] without colour).
 * Cell text is wrapped here by display width (Hangul is two columns wide), not by cli-table3.
 */
import Table from "cli-table3";
import type { FileResult, Finding, FormatOptions, Location, Report, SideText } from "../types.js";
import { bold, dim, severityLabel } from "./ansi.js";
import { excerptAround } from "./context.js";
import { diffRuns, MIN_DIFF_SIMILARITY, wrapRuns } from "./highlight.js";
import { summaryLine } from "./summary.js";
import { clipStart, displayWidth, wrapClamped } from "./width.js";

/** Terminals at least this wide get separate columns for severity, rule and each location. */
const WIDE_LAYOUT_MIN = 110;
/** Fixed content widths (padding excluded) of the wide layout: severity, rule, KO location, EN location. */
const WIDE_FIXED = [8, 19, 8, 8];
/** Fixed content widths of the narrow layout: severity + rule, both locations. */
const NARROW_FIXED = [19, 10];
/** Fixed content width of the narrow verbose layout, whose one leading cell stacks severity, rule and both locations. */
const STACKED_FIXED = [19];
/** Share of the flexible width given to the Korean words, the English words and the message. */
const FLEX_SHARES = [0.28, 0.32, 0.4];
/** The same with --verbose, where the word cells hold whole sentences. */
const FLEX_SHARES_VERBOSE = [0.33, 0.37, 0.3];
/** Narrowest a flexible column may get, in columns. */
const MIN_FLEX_WIDTH = 8;
/** Lines a quoted-text cell keeps (more in verbose mode). */
const MAX_TEXT_LINES = 3;
const MAX_TEXT_LINES_VERBOSE = 12;
/** Columns each cell adds to its content: one of padding on each side. */
const CELL_PADDING = 2;
/** Lines of a word cell the verbose sentence excerpt aims to fill (the rest of MAX_TEXT_LINES_VERBOSE absorbs wrapping). */
const CONTEXT_LINES = 6;
/** Rules whose actual and expected always get a character diff, however little they share (name spellings, hanja). */
const ALWAYS_DIFF_RULES: ReadonlySet<string> = new Set(["name-drift"]);
/** Lines the actual → expected diff may take in the message cell (more in verbose mode). */
const DIFF_LINES = 2;
const DIFF_LINES_VERBOSE = 4;

/** wide: a column each for severity, rule and both locations; narrow: severity + rule, locations; stacked (narrow --verbose): all four in one. */
type LayoutKind = "wide" | "narrow" | "stacked";

interface Layout {
  readonly kind: LayoutKind;
  readonly fixed: readonly number[];
  readonly flex: readonly number[];
}

/** Fixed widths and column headings of each layout kind (verbose word cells hold sentences, not just the words). */
const LAYOUTS: Record<LayoutKind, { fixed: readonly number[]; head: readonly string[] }> = {
  wide: { fixed: WIDE_FIXED, head: ["severity", "rule", "Korean", "English", "Korean words", "English words", "message"] },
  narrow: { fixed: NARROW_FIXED, head: ["severity/rule", "line:col", "Korean words", "English words", "message"] },
  stacked: { fixed: STACKED_FIXED, head: ["finding", "Korean sentence", "English sentence", "message"] },
};
/** Headings of the wide layout with --verbose. */
const WIDE_VERBOSE_HEAD = ["severity", "rule", "Korean", "English", "Korean sentence", "English sentence", "message"];

function layoutFor(total: number, isVerbose: boolean): Layout {
  const kind: LayoutKind = total >= WIDE_LAYOUT_MIN ? "wide" : isVerbose ? "stacked" : "narrow";
  const { fixed } = LAYOUTS[kind];
  const shares = isVerbose ? FLEX_SHARES_VERBOSE : FLEX_SHARES;
  const columns = fixed.length + shares.length;
  const overhead = columns * CELL_PADDING + columns + 1; // padding, then one border per column plus the last
  const room = total - overhead - fixed.reduce((a, b) => a + b, 0);
  const flex = shares.map((share) => Math.max(MIN_FLEX_WIDTH, Math.floor(room * share)));
  return { kind, fixed, flex };
}

function place(location: Location | null): string {
  return location ? `¶${location.paragraph}\nL${location.line}:${location.column}` : "—";
}

function shortPlace(side: string, location: Location | null): string {
  return location ? `${side} ${location.line}:${location.column}` : `${side} —`;
}

function leadingCells(finding: Finding, layout: Layout, color: boolean): string[] {
  const severity = severityLabel(finding.severity, color);
  if (layout.kind === "wide") {
    return [severity, wrapClamped(finding.rule, layout.fixed[1] ?? MIN_FLEX_WIDTH, 2), place(finding.source), place(finding.target)];
  }
  const where = `${shortPlace("KO", finding.source)}\n${shortPlace("EN", finding.target)}`;
  const what = `${severity}\n${wrapClamped(finding.rule, layout.fixed[0] ?? MIN_FLEX_WIDTH, 2)}`;
  return layout.kind === "stacked" ? [`${what}\n${where}`] : [what, where];
}

/** The words' offsets in their paragraph's text, when the location has them and they fit that text. */
function wordsRange(location: Location, side: SideText): { text: string; start: number; end: number } | null {
  const text = side.paragraphs[location.paragraph]?.text;
  const { start, end } = location;
  if (text === undefined || start === undefined || end === undefined) return null; // e.g. a directive line
  return start <= end && end <= text.length ? { text, start, end } : null;
}

/** A word cell: the words, or with --verbose their sentence with the words highlighted. */
function wordsCell(location: Location | null, side: SideText, width: number, options: FormatOptions): string {
  if (!location) return "";
  const maxLines = options.verbose ? MAX_TEXT_LINES_VERBOSE : MAX_TEXT_LINES;
  const range = options.verbose ? wordsRange(location, side) : null;
  if (!range) return wrapClamped(location.text, width, maxLines);
  const excerpt = excerptAround(range.text, range.start, range.end, width * CONTEXT_LINES);
  return wrapRuns([{ text: excerpt.before }, { text: excerpt.words, mark: "words" }, { text: excerpt.after }], width, maxLines, options.color);
}

/** The message cell: the message (and suggestion), then a character diff of actual → expected when they are similar. */
function messageCell(finding: Finding, width: number, options: FormatOptions): string {
  const message = finding.suggestion ? `${finding.message} → "${finding.suggestion}"` : finding.message;
  const text = wrapClamped(message, width, options.verbose ? MAX_TEXT_LINES_VERBOSE : MAX_TEXT_LINES * 2);
  const diff = diffRuns(finding.actual ?? "", finding.expected ?? "", ALWAYS_DIFF_RULES.has(finding.rule) ? 0 : MIN_DIFF_SIMILARITY);
  if (!diff) return text;
  const runs = [...diff.actual, { text: " → " }, ...diff.expected];
  return `${text}\n${wrapRuns(runs, width, options.verbose ? DIFF_LINES_VERBOSE : DIFF_LINES, options.color)}`;
}

function row(finding: Finding, file: FileResult, layout: Layout, options: FormatOptions): string[] {
  const [koWidth = MIN_FLEX_WIDTH, enWidth = MIN_FLEX_WIDTH, messageWidth = MIN_FLEX_WIDTH] = layout.flex;
  return [
    ...leadingCells(finding, layout, options.color),
    wordsCell(finding.source, file.source, koWidth, options),
    wordsCell(finding.target, file.target, enWidth, options),
    messageCell(finding, messageWidth, options),
  ];
}

/** Box-drawing characters of the line between two findings: cli-table3's row separator, drawn as a row of its own. */
const SEPARATOR_CHARS = { left: "├", middle: "┼", right: "┤" };
/** Findings per cli-table3 table: its layout step costs time quadratic in its rows, so long reports are drawn in chunks. */
const FINDINGS_PER_CHUNK = 16;

/**
 * The table rows of one finding: one row per visual line, each cell one line (a cell with fewer lines
 * gets empty ones). cli-table3 re-measures a multi-line cell's whole text once per line it draws, which
 * costs time quadratic in the cell's length; single-line cells keep that linear.
 */
function lineRows(cells: readonly string[]): string[][] {
  const lines = cells.map((cell) => cell.split("\n"));
  const height = Math.max(1, ...lines.map((cell) => cell.length));
  return Array.from({ length: height }, (_, k) => lines.map((cell) => cell[k] ?? ""));
}

/** A row that draws the separator line between two findings, as cli-table3 draws one between rows. */
function separatorRow(colWidths: readonly number[]): Table.Cell[] {
  return colWidths.map((width) => ({ content: "─".repeat(width), chars: SEPARATOR_CHARS, style: { "padding-left": 0, "padding-right": 0 } }));
}

/** The separator line itself, for joining two chunks. */
function separatorLine(colWidths: readonly number[]): string {
  return `${SEPARATOR_CHARS.left}${colWidths.map((width) => "─".repeat(width)).join(SEPARATOR_CHARS.middle)}${SEPARATOR_CHARS.right}`;
}

/** One cli-table3 table of some findings (with the column headings when `head` is given), as lines. */
function chunkLines(findings: readonly Finding[], file: FileResult, layout: Layout, colWidths: number[], head: string[], options: FormatOptions): string[] {
  const table = new Table({
    head,
    colWidths,
    wordWrap: false,
    // compact: no separator between rows; each finding is several one-line rows, and separatorRow draws the line between findings
    style: { head: [], border: [], compact: true },
  });
  findings.forEach((finding, k) => {
    if (k > 0) table.push(separatorRow(colWidths));
    table.push(...lineRows(row(finding, file, layout, options)));
  });
  return table.toString().split("\n");
}

/**
 * The findings' table. It looks like one cli-table3 table with a line between rows; it is drawn as
 * tables of FINDINGS_PER_CHUNK findings whose bottom and top borders are replaced by that line.
 */
function fileTable(file: FileResult, options: FormatOptions): string {
  const layout = layoutFor(options.width, options.verbose);
  const colWidths = [...layout.fixed, ...layout.flex].map((w) => w + CELL_PADDING);
  const head = (layout.kind === "wide" && options.verbose ? WIDE_VERBOSE_HEAD : LAYOUTS[layout.kind].head).map((h) => bold(h, options.color));
  const lines: string[] = [];
  for (let from = 0; from < file.findings.length; from += FINDINGS_PER_CHUNK) {
    const chunk = chunkLines(file.findings.slice(from, from + FINDINGS_PER_CHUNK), file, layout, colWidths, from === 0 ? head : [], options);
    // a later chunk's top border becomes the line between findings; the earlier chunk's bottom border goes
    if (from > 0) lines.splice(lines.length - 1, 1, separatorLine(colWidths), ...chunk.slice(1));
    else lines.push(...chunk);
  }
  return lines.join("\n");
}

/** The file's path (and its source's), on two lines when one would be wider than the terminal; a path too long for a line keeps its end. */
function fileHeader(file: FileResult, options: FormatOptions): string {
  const path = bold(clipStart(file.path, options.width), options.color);
  if (file.sourcePath === file.path) return path;
  const source = `(source: ${file.sourcePath})`;
  const isOneLine = displayWidth(`${file.path} ${source}`) <= options.width;
  return isOneLine ? `${path} ${dim(source, options.color)}` : `${path}\n${dim(clipStart(source, options.width), options.color)}`;
}

export default function format(report: Report, options: FormatOptions): string {
  const blocks: string[] = [];
  for (const file of report.files) {
    const header = fileHeader(file, options);
    blocks.push(file.findings.length > 0 ? `${header}\n${fileTable(file, options)}` : `${header}\n${dim("no findings", options.color)}`);
  }
  blocks.push(summaryLine(report, options.color));
  return `${blocks.join("\n\n")}\n`;
}
