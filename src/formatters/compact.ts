/** compact: one line per finding, "path:line:col: severity rule message", for editors and grep. */
import type { Finding, FormatOptions, Report } from "../types.js";
import { severityLabel } from "./ansi.js";
import { summaryLine } from "./summary.js";

function line(finding: Finding, fallbackPath: string, color: boolean): string {
  const where = finding.target ?? finding.source;
  const position = where ? `${where.file}:${where.line}:${where.column}` : fallbackPath;
  return `${position}: ${severityLabel(finding.severity, color)} ${finding.rule} ${finding.message}`;
}

export default function format(report: Report, options: FormatOptions): string {
  const lines = report.files.flatMap((file) => file.findings.map((f) => line(f, file.path, options.color)));
  return `${[...lines, summaryLine(report, options.color)].join("\n")}\n`;
}
