/**
 * markdown: a compact report to paste into a pull-request comment. A summary line, then per article a
 * table of severity, rule, location, English words and message; a table with more than
 * COLLAPSE_AFTER findings is folded into <details>. Cell text is escaped so it cannot break the table
 * or turn into HTML or code.
 */
import type { FileResult, Finding, FormatOptions, Location, Report } from "../types.js";

/** Findings per article shown open; longer tables are collapsed. */
export const COLLAPSE_AFTER = 10;
/** Longest English excerpt in a cell, in UTF-16 code units, before it is cut with "…". */
const MAX_EXCERPT = 60;
/** Characters that would end a cell, start code or HTML, or break the row. */
const CELL_ESCAPES: Record<string, string> = { "|": "\\|", "`": "\\`", "\\": "\\\\", "<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " ", "\r": " " };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Escapes text for one table cell. */
export function escapeCell(text: string): string {
  return text.replace(/[|`\\<>&\r\n]/g, (c) => CELL_ESCAPES[c]!);
}

function excerpt(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}

function place(location: Location | null, label: string): string {
  return location ? `${label} ${location.line}:${location.column}` : "";
}

function row(finding: Finding): string {
  const where = finding.target ? place(finding.target, "EN") : place(finding.source, "KO");
  const english = finding.target ? `"${excerpt(finding.target.text)}"` : "";
  const cells = [finding.severity, finding.rule, where, english, finding.message].map(escapeCell);
  return `| ${cells.join(" | ")} |`;
}

function fileSection(file: FileResult): string[] {
  const title = `### ${escapeCell(file.path)}`;
  const suppressed = file.suppressed.length > 0 ? [`${plural(file.suppressed.length, "suppressed finding")} not shown.`, ""] : [];
  if (file.findings.length === 0) return [title, "", "No findings.", "", ...suppressed];
  const table = ["| Severity | Rule | Location | English | Message |", "| --- | --- | --- | --- | --- |", ...file.findings.map(row)];
  if (file.findings.length <= COLLAPSE_AFTER) return [title, "", ...table, "", ...suppressed];
  const summary = `<summary>${plural(file.findings.length, "finding")}</summary>`;
  return [title, "", "<details>", summary, "", ...table, "", "</details>", "", ...suppressed];
}

export default function format(report: Report, _options: FormatOptions): string {
  const { errors, warnings, infos, files } = report.summary;
  const summary = `**${escapeCell(report.tool.name)}**: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(files, "file")}`;
  return `${[summary, "", ...report.files.flatMap(fileSection)].join("\n").trimEnd()}\n`;
}
