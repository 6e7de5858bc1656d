/** json: the Report as the public JSON contract (README), 2-space indent, trailing newline. */
import type { FormatOptions, Report } from "../types.js";

export default function format(report: Report, _options: FormatOptions): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
