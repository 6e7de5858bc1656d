/**
 * github: GitHub Actions workflow commands, one line per finding, so findings show as annotations on
 * the pull request: `::error file=PATH,line=L,col=C,endLine=L,endColumn=C,title=RULE::MESSAGE`
 * (warning -> ::warning, info -> ::notice). The English words are the location; a finding with only
 * Korean words uses those. Suppressed findings are not printed.
 */
import type { Finding, FormatOptions, Report, Severity } from "../types.js";

/** Workflow command per severity. */
const COMMANDS: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Escapes a command's data (the message): %, CR and LF, as the Actions runner requires. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value: as data, plus ":" and ",", which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function command(finding: Finding, fallbackPath: string): string {
  const where = finding.target ?? finding.source;
  const properties: [string, string | number][] = where
    ? [["file", where.file], ["line", where.line], ["col", where.column], ["endLine", where.endLine], ["endColumn", where.endColumn]]
    : [["file", fallbackPath]];
  properties.push(["title", finding.rule]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${COMMANDS[finding.severity]} ${list}::${escapeData(finding.message)}`;
}

export default function format(report: Report, _options: FormatOptions): string {
  const lines = report.files.flatMap((file) => file.findings.map((finding) => command(finding, file.path)));
  return lines.map((line) => `${line}\n`).join("");
}
