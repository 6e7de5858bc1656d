/**
 * table (default): per file, a cli-table3 table with one row per finding — severity, rule, Korean
 * location, English location, the Korean words, the English words, the message — then a summary line.
 * Cell text is wrapped here by display width (Hangul is two columns wide), not by cli-table3.
 */
import Table from "cli-table3";
import type { Finding, FormatOptions, Location, Report } from "../types.js";
import { bold, dim, severityLabel } from "./ansi.js";
import { summaryLine } from "./summary.js";
import { wrapClamped } from "./width.js";

/** Terminals at least this wide get separate columns for severity, rule and each location. */
const WIDE_LAYOUT_MIN = 110;
/** Fixed content widths (padding excluded) of the wide layout: severity, rule, KO location, EN location. */
const WIDE_FIXED = [8, 19, 8, 8];
/** Fixed content widths of the narrow layout: severity + rule, both locations. */
const NARROW_FIXED = [19, 10];
/** Share of the flexible width given to the Korean words, the English words and the message. */
const FLEX_SHARES = [0.28, 0.32, 0.4];
/** Narrowest a flexible column may get, in columns. */
const MIN_FLEX_WIDTH = 8;
/** Lines a quoted-text cell keeps (more in verbose mode). */
const MAX_TEXT_LINES = 3;
const MAX_TEXT_LINES_VERBOSE = 12;
/** Columns each cell adds to its content: one of padding on each side. */
const CELL_PADDING = 2;

interface Layout {
  readonly isWide: boolean;
  readonly fixed: readonly number[];
  readonly flex: readonly number[];
}

function layoutFor(total: number): Layout {
  const isWide = total >= WIDE_LAYOUT_MIN;
  const fixed = isWide ? WIDE_FIXED : NARROW_FIXED;
  const columns = fixed.length + FLEX_SHARES.length;
  const overhead = columns * CELL_PADDING + columns + 1; // padding, then one border per column plus the last
  const room = total - overhead - fixed.reduce((a, b) => a + b, 0);
  const flex = FLEX_SHARES.map((share) => Math.max(MIN_FLEX_WIDTH, Math.floor(room * share)));
  return { isWide, fixed, flex };
}

function place(location: Location | null): string {
  return location ? `¶${location.paragraph}\nL${location.line}:${location.column}` : "—";
}

function shortPlace(side: string, location: Location | null): string {
  return location ? `${side} ${location.line}:${location.column}` : `${side} —`;
}

function leadingCells(finding: Finding, layout: Layout, color: boolean): string[] {
  const severity = severityLabel(finding.severity, color);
  if (layout.isWide) {
    return [severity, wrapClamped(finding.rule, layout.fixed[1] ?? MIN_FLEX_WIDTH, 2), place(finding.source), place(finding.target)];
  }
  const where = `${shortPlace("KO", finding.source)}\n${shortPlace("EN", finding.target)}`;
  return [`${severity}\n${wrapClamped(finding.rule, layout.fixed[0] ?? MIN_FLEX_WIDTH, 2)}`, where];
}

function row(finding: Finding, layout: Layout, options: FormatOptions): string[] {
  const [koWidth = MIN_FLEX_WIDTH, enWidth = MIN_FLEX_WIDTH, messageWidth = MIN_FLEX_WIDTH] = layout.flex;
  const maxLines = options.verbose ? MAX_TEXT_LINES_VERBOSE : MAX_TEXT_LINES;
  const message = finding.suggestion ? `${finding.message} → "${finding.suggestion}"` : finding.message;
  return [
    ...leadingCells(finding, layout, options.color),
    finding.source ? wrapClamped(finding.source.text, koWidth, maxLines) : "",
    finding.target ? wrapClamped(finding.target.text, enWidth, maxLines) : "",
    wrapClamped(message, messageWidth, options.verbose ? MAX_TEXT_LINES_VERBOSE : MAX_TEXT_LINES * 2),
  ];
}

/** Column headings of each layout. */
const WIDE_HEAD = ["severity", "rule", "Korean", "English", "Korean words", "English words", "message"];
const NARROW_HEAD = ["severity/rule", "line:col", "Korean words", "English words", "message"];

function fileTable(findings: readonly Finding[], options: FormatOptions): string {
  const layout = layoutFor(options.width);
  const table = new Table({
    head: (layout.isWide ? WIDE_HEAD : NARROW_HEAD).map((h) => bold(h, options.color)),
    colWidths: [...layout.fixed, ...layout.flex].map((w) => w + CELL_PADDING),
    wordWrap: false,
    style: { head: [], border: [], compact: false },
  });
  for (const finding of findings) table.push(row(finding, layout, options));
  return table.toString();
}

export default function format(report: Report, options: FormatOptions): string {
  const blocks: string[] = [];
  for (const file of report.files) {
    const header = `${bold(file.path, options.color)}${file.sourcePath !== file.path ? dim(` (source: ${file.sourcePath})`, options.color) : ""}`;
    blocks.push(file.findings.length > 0 ? `${header}\n${fileTable(file.findings, options)}` : `${header}\n${dim("no findings", options.color)}`);
  }
  blocks.push(summaryLine(report, options.color));
  return `${blocks.join("\n\n")}\n`;
}
