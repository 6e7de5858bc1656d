/**
 * Two-column tables: TSV (tab-separated, no quoting, as IANA text/tab-separated-values has it) and CSV
 * (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and "" for a quote).
 * An optional header row names the columns ("ko<TAB>en", "source,target", "location,source,target" as
 * translate-toolkit's po2csv writes); without one, a row must have exactly two columns: Korean, English.
 */
import type { MappedText, SegmentPair } from "../document.js";
import { InputError } from "../errors.js";
import { lineStarts, toLineColumn } from "../paragraphs.js";
import { orientUnits, type RawUnit } from "./orient.js";

export type Delimiter = "\t" | ",";

interface Row {
  readonly cells: MappedText[];
  /** Offset of the row's first character, for messages. */
  readonly offset: number;
}

/** Header names of the Korean (or source) column. */
const SOURCE_HEADERS: ReadonlySet<string> = new Set(["ko", "ko-kr", "kor", "korean", "한국어", "source", "src", "original"]);
/** Header names of the English (or target) column. */
const TARGET_HEADERS: ReadonlySet<string> = new Set(["en", "en-us", "en-gb", "eng", "english", "영어", "target", "tgt", "translation"]);
/** Header names that are languages rather than roles, so they also say which side is Korean. */
const LANGUAGE_HEADERS: Readonly<Record<string, string>> = { ko: "ko", "ko-kr": "ko", kor: "ko", korean: "ko", 한국어: "ko", en: "en", "en-us": "en", "en-gb": "en", eng: "en", english: "en", 영어: "en" };

class RowBuilder {
  readonly rows: Row[] = [];
  private cells: MappedText[] = [];
  private text = "";
  private offsets: number[] = [];
  private rowStart = 0;

  add(char: string, offset: number): void {
    this.text += char;
    this.offsets.push(offset);
  }

  endCell(): void {
    this.cells.push({ text: this.text, offsets: this.offsets });
    this.text = "";
    this.offsets = [];
  }

  endRow(nextStart: number): void {
    this.endCell();
    if (this.cells.some((cell) => cell.text.trim() !== "")) this.rows.push({ cells: this.cells, offset: this.rowStart });
    this.cells = [];
    this.rowStart = nextStart;
  }
}

/** The line break at `i` ("\r\n", "\n" or "\r"), or "". */
function lineBreakAt(text: string, i: number): string {
  if (text.startsWith("\r\n", i)) return "\r\n";
  return text[i] === "\n" || text[i] === "\r" ? (text[i] ?? "") : "";
}

/** Reads a quoted CSV field starting at the opening quote; returns the index after the closing quote. */
function readQuoted(path: string, text: string, start: number, builder: RowBuilder): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw new InputError(path, "quoted field is never closed", toLineColumn(lineStarts(text), start));
    if (text[i] === '"' && text[i + 1] === '"') {
      builder.add('"', i);
      i += 2;
    } else if (text[i] === '"') return i + 1;
    else builder.add(text[i] ?? "", i++);
  }
}

/** Splits a table into rows of cells, each character keeping its file offset; blank rows are skipped. */
export function parseRows(path: string, text: string, delimiter: Delimiter): Row[] {
  const builder = new RowBuilder();
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const lineBreak = lineBreakAt(text, i);
    if (delimiter === "," && atCellStart && text[i] === '"') {
      i = readQuoted(path, text, i, builder);
      atCellStart = false;
    } else if (lineBreak) {
      i += lineBreak.length;
      builder.endRow(i);
      atCellStart = true;
    } else if (text[i] === delimiter) {
      builder.endCell();
      atCellStart = true;
      i += 1;
    } else {
      builder.add(text[i] ?? "", i++);
      atCellStart = false;
    }
  }
  builder.endRow(i);
  return builder.rows;
}

const headerName = (cell: MappedText | undefined): string => (cell?.text ?? "").trim().toLowerCase();

/** The Korean/source and English/target column indices named by a header row, or null when the row is data. */
function headerColumns(row: Row | undefined): { source: number; target: number } | null {
  if (!row) return null;
  const names = row.cells.map(headerName);
  const source = names.findIndex((name) => SOURCE_HEADERS.has(name));
  const target = names.findIndex((name) => TARGET_HEADERS.has(name));
  return source >= 0 && target >= 0 ? { source, target } : null;
}

/** Reads the unit pairs of a TSV or CSV table. */
export function readTable(path: string, text: string, delimiter: Delimiter): SegmentPair[] {
  const rows = parseRows(path, text, delimiter);
  const header = headerColumns(rows[0]);
  const columns = header ?? { source: 0, target: 1 };
  const starts = lineStarts(text);
  const data = header ? rows.slice(1) : rows;
  const units: RawUnit[] = data.map((row) => {
    if (!header && row.cells.length !== 2) {
      const where = toLineColumn(starts, row.offset);
      throw new InputError(path, `expected 2 columns (Korean, English) separated by ${delimiter === "\t" ? "a tab" : "a comma"}, found ${row.cells.length}; a header row such as "source${delimiter}target" picks columns from a wider table`, { line: where.line });
    }
    return { source: row.cells[columns.source] ?? null, target: row.cells[columns.target] ?? null, id: `row ${toLineColumn(starts, row.offset).line}` };
  });
  const names = header ? rows[0]?.cells.map(headerName) ?? [] : [];
  return orientUnits(path, units, { source: LANGUAGE_HEADERS[names[columns.source] ?? ""], target: LANGUAGE_HEADERS[names[columns.target] ?? ""] });
}
