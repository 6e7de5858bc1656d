/** The one-line summary shared by the terminal formatters. */
import type { Report } from "../types.js";
import { paint } from "./ansi.js";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "3 errors, 1 warning, 0 infos in 1 file", red when there are errors, yellow for warnings only. */
export function summaryLine(report: Report, color: boolean): string {
  const { errors, warnings, infos, files } = report.summary;
  const text = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in ${plural(files, "file")}`;
  if (errors > 0) return paint(`✖ ${text}`, "31;1", color);
  if (warnings > 0) return paint(`⚠ ${text}`, "33;1", color);
  return paint(`✔ ${text}`, "32;1", color);
}
