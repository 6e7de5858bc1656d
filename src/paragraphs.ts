/**
 * Splits decoded file text into paragraphs and maps offsets back to lines and columns.
 * Paragraphs are blank-line separated blocks whose hard-wrapped lines are joined with one space;
 * a file without any blank line between text lines has one paragraph per line (the benchmark format).
 * Every stretch of paragraph text records where it came from, so any offset maps back to the file.
 * Paragraph text is Unicode-normalised (src/normalize.ts: NFC, invisible characters dropped, full-width
 * ASCII and wide spaces folded); pieces keep pointing at the raw file, so columns are the file's own.
 */
import { isInvisible, needsNormalizing, normalizeAndTrim, offsetRuns, visibleEnd, type OffsetRun } from "./normalize.js";

/**
 * One stretch of paragraph text copied from consecutive code units of the file: verbatim, or with
 * characters folded one for one (a full-width digit, a no-break space). A cluster Unicode normalisation
 * composed (NFD Hangul) is a piece of its own at the cluster's first code unit, so an offset inside it
 * maps to the cluster's start and the next piece starts where the cluster ends in the file; a line
 * that ends in such a cluster gets an empty piece where its text ends in the file.
 */
export type RawPiece = OffsetRun;

/** A paragraph as found in the file, before it is assigned to a side. */
export interface RawParagraph {
  /** The paragraph's lines, each normalised and trimmed, joined with single spaces. */
  text: string;
  /** Offset of text[0] in the decoded file text. */
  fileOffset: number;
  /** 1-based line of text[0] in the file. */
  line: number;
  /** One piece per source line, in order; text between pieces is a joining space. */
  pieces: RawPiece[];
}

/** A text line of the file (one with something a reader sees), without its terminator. */
interface Line {
  /** 0-based line index. */
  index: number;
  /** Offset of the line's first character in the file text. */
  start: number;
  text: string;
  /** True when a blank line lies between this line and the text line before it. */
  isAfterBlank: boolean;
}

/** Code unit of LF, which after a CR makes one CRLF line break. */
const LF_CODE = 0x0a;
/** What joins two hard-wrapped lines of one paragraph. */
const LINE_JOINER = " ";

/**
 * Calls visit(start, end, index) for each line of text, end excluding the terminator: CRLF, LF or a lone
 * CR (old Mac files, some Windows tools). A text ending with a line break has an empty last line.
 * Line breaks are found with indexOf, a native scan, so a 30 MB file costs no per-character JavaScript.
 */
function forEachLine(text: string, visit: (start: number, end: number, index: number) => void): void {
  let start = 0;
  let index = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (lf >= 0 || cr >= 0) {
    const end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    visit(start, end, index++);
    start = end === cr && text.charCodeAt(end + 1) === LF_CODE ? end + 2 : end + 1;
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
  }
  visit(start, text.length, index);
}

/**
 * The text lines of a file; a line with only whitespace (including no-break and ideographic spaces) and
 * invisible characters (ZWSP, BOM) is blank and left out, marking the next text line isAfterBlank.
 */
function textLines(text: string): Line[] {
  const lines: Line[] = [];
  let hasBlank = false;
  forEachLine(text, (start, end, index) => {
    const line = text.slice(start, end);
    if (isInvisible(line)) {
      hasBlank = lines.length > 0; // leading blank lines separate nothing
      return;
    }
    lines.push({ index, start, text: line, isAfterBlank: hasBlank });
    hasBlank = false;
  });
  return lines;
}

/**
 * Groups text lines into blocks: runs of consecutive text lines, or single
 * lines when no blank line lies between two text lines (leading and trailing blank lines do not count).
 */
function groupLines(lines: readonly Line[]): Line[][] {
  const isBlockPerLine = !lines.some((line) => line.isAfterBlank);
  const blocks: Line[][] = [];
  let first = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && !isBlockPerLine && !lines[i]?.isAfterBlank) continue;
    blocks.push(lines.slice(first, i));
    first = i;
  }
  return blocks;
}

/** A line's text normalised and trimmed, with the file offset of each code unit. */
function lineContent(line: Line): { text: string; offsets: readonly number[] } {
  const offsets = Array.from({ length: line.text.length }, (_, i) => line.start + i);
  return normalizeAndTrim({ text: line.text, offsets });
}

/** The pieces of one line's content starting at textStart: one piece when the line needed no normalising. */
function linePieces(line: Line, textStart: number): { content: string; pieces: RawPiece[] } {
  const content = line.text.trim();
  const leading = line.text.length - line.text.trimStart().length;
  if (!needsNormalizing(content)) return { content, pieces: [{ textStart, length: content.length, fileOffset: line.start + leading }] };
  const mapped = lineContent(line);
  const pieces = offsetRuns(mapped, textStart);
  const last = pieces.at(-1);
  const rawEnd = line.start + visibleEnd(line.text);
  // a line ending in a composed cluster: an empty piece marks where the line's text ends in the file
  if (last && last.fileOffset + last.length !== rawEnd) pieces.push({ textStart: textStart + mapped.text.length, length: 0, fileOffset: rawEnd });
  return { content: mapped.text, pieces };
}

/** Builds a paragraph from a block of text lines, normalising and trimming each line and joining them with a space. */
function toParagraph(block: readonly Line[]): RawParagraph {
  const line = (block[0]?.index ?? 0) + 1;
  if (block.length === 1 && block[0]) { // the usual paragraph, one line: no joining
    const { content, pieces } = linePieces(block[0], 0);
    return { text: content, fileOffset: pieces[0]?.fileOffset ?? 0, line, pieces };
  }
  const pieces: RawPiece[] = [];
  const parts: string[] = [];
  let textStart = 0;
  for (const blockLine of block) {
    const { content, pieces: own } = linePieces(blockLine, textStart);
    for (const piece of own) pieces.push(piece); // a long line can have more runs than push(...) takes arguments
    parts.push(content);
    textStart += content.length + LINE_JOINER.length;
  }
  const [first] = pieces;
  return { text: parts.join(LINE_JOINER), fileOffset: first?.fileOffset ?? 0, line, pieces };
}

/**
 * Splits decoded file text into paragraphs. Blank (whitespace-only) lines separate paragraphs and
 * hard-wrapped lines are joined with a single space; when no blank line separates text lines, each
 * non-blank line is a paragraph. Leading and trailing whitespace of each line is not part of the text.
 */
export function splitParagraphs(text: string): RawParagraph[] {
  return groupLines(textLines(text)).map((block) => toParagraph(block));
}

/** Offsets at which each line of text starts (line 1 at offset 0); CRLF, LF and lone CR end lines. */
export function lineStarts(text: string): number[] {
  const starts: number[] = [];
  forEachLine(text, (start) => starts.push(start));
  return starts;
}

/**
 * 1-based line and column of a text offset, given lineStarts(text). Columns count UTF-16 code units.
 * Offsets before the start clamp to line 1, column 1.
 */
export function toLineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2); // the last start <= offset
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  const lineStart = starts[low] ?? 0;
  return { line: low + 1, column: Math.max(offset - lineStart, 0) + 1 };
}

/**
 * Maps an offset in a paragraph's text to the decoded file: exact inside a piece; an offset on a
 * joining space maps to the end of the line before it.
 */
export function paragraphToFileOffset(paragraph: RawParagraph, offset: number): number {
  const piece = paragraph.pieces.filter((candidate) => candidate.textStart <= offset).at(-1) ?? paragraph.pieces[0];
  if (!piece) return paragraph.fileOffset;
  return piece.fileOffset + Math.min(offset - piece.textStart, piece.length);
}
