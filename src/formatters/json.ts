/** json: the Report as the public JSON contract (README), 2-space indent, trailing newline. */
import type { FormatOptions, Report } from "../types.js";
import { jsonPieces } from "./json-pieces.js";

export default function format(report: Report, _options: FormatOptions): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** format's text in pieces that join to it: the CLI writes a book-length report (over 100 MB) this way. */
export function* formatPieces(report: Report): Generator<string> {
  yield* jsonPieces(report);
  yield "\n";
}
