/**
 * html formatter, highlights: where each finding's words are in its paragraphs, and paragraph text with
 * those words wrapped in <mark> elements. Nested spans become nested marks (so every finding keeps one
 * element holding exactly its words, and the inner words belong to several findings); a span that
 * crosses another is split at the other's end into a first piece and continuation pieces.
 */
import type { FileResult, Finding, Location, ParagraphInfo } from "../types.js";
import { attrs, describedBy, escapeHtml, findingId, markId, SIDES, type SideName } from "./html-util.js";

/** One finding's words on one side of one paragraph, with the attributes of its first and later pieces. */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** The finding's index in its file, to order marks on the same words. */
  readonly order: number;
  readonly finding: string;
  readonly firstAttrs: string;
  readonly restAttrs: string;
}

/** Marks of one file, keyed by side and paragraph index (see paragraphKey). */
export type MarkIndex = ReadonlyMap<string, readonly Mark[]>;

/** A piece of a mark being laid out; continuation pieces start where a crossed mark ends. */
interface Piece {
  start: number;
  end: number;
  readonly mark: Mark;
  readonly isFirst: boolean;
}

/** Key of a paragraph on one side in a MarkIndex. */
export function paragraphKey(side: SideName, paragraph: number): string {
  return `${side}:${paragraph}`;
}

/** The paragraph a location points at, found by its index (not its position in the array). */
export function findParagraph(file: FileResult, side: SideName, location: Location): ParagraphInfo | undefined {
  return file[side].paragraphs.find((p) => p.index === location.paragraph);
}

/**
 * Where a location's words are in its paragraph: its start/end offsets when they fit the text, else
 * (a suppression-directive location has none) the first occurrence of its text; null when not found.
 */
export function placeLocation(location: Location, text: string): { start: number; end: number } | null {
  const { start, end } = location;
  if (start !== undefined && end !== undefined && start >= 0 && start <= end && end <= text.length) return { start, end };
  const at = location.text === "" ? -1 : text.indexOf(location.text);
  return at < 0 ? null : { start: at, end: at + location.text.length };
}

function markAttrs(finding: Finding, id: string, side: SideName, location: Location, isFirst: boolean): string {
  return attrs({
    id: isFirst ? markId(id, side) : undefined,
    class: `hl sev-${finding.severity}${isFirst ? "" : " cont"}`,
    tabindex: isFirst ? 0 : undefined,
    "data-finding": id, "data-rule": finding.rule, "data-severity": finding.severity, "data-message-id": finding.messageId,
    "data-side": side, "data-line": location.line, "data-column": location.column,
    "aria-describedby": describedBy(id, finding),
  });
}

function toMark(file: FileResult, fileIndex: number, finding: Finding, order: number, side: SideName): [string, Mark] | null {
  const location = finding[side];
  const paragraph = location ? findParagraph(file, side, location) : undefined;
  const place = location && paragraph ? placeLocation(location, paragraph.text) : null;
  if (!location || !place) return null;
  const id = findingId(fileIndex, order);
  const mark: Mark = {
    ...place, order, finding: id,
    firstAttrs: markAttrs(finding, id, side, location, true), restAttrs: markAttrs(finding, id, side, location, false),
  };
  return [paragraphKey(side, location.paragraph), mark];
}

/** Every active finding's highlights in a file, grouped by paragraph. */
export function indexMarks(file: FileResult, fileIndex: number): MarkIndex {
  const index = new Map<string, Mark[]>();
  file.findings.forEach((finding, order) => {
    for (const side of SIDES) {
      const entry = toMark(file, fileIndex, finding, order, side);
      if (entry) index.set(entry[0], [...(index.get(entry[0]) ?? []), entry[1]]);
    }
  });
  return index;
}

/** Sides of a finding that have a highlight in the page. */
export function placedSides(file: FileResult, finding: Finding): SideName[] {
  return SIDES.filter((side) => {
    const location = finding[side];
    const paragraph = location ? findParagraph(file, side, location) : undefined;
    return Boolean(location && paragraph && placeLocation(location, paragraph.text));
  });
}

/** Document order: earlier start first, then the longer (enclosing) span, then the earlier finding. */
function byPosition(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || a.mark.order - b.mark.order;
}

function insertSorted(queue: Piece[], piece: Piece): void {
  const at = queue.findIndex((other) => byPosition(piece, other) < 0);
  queue.splice(at < 0 ? queue.length : at, 0, piece);
}

/** Paragraph text as HTML with every mark wrapped around its words; all text is escaped. */
export function renderMarked(text: string, marks: readonly Mark[]): string {
  const queue: Piece[] = marks.map((mark) => ({ start: mark.start, end: mark.end, mark, isFirst: true })).sort(byPosition);
  const open: Piece[] = [];
  const out = { html: "", pos: 0 };
  const emitTo = (to: number) => {
    out.html += escapeHtml(text.slice(out.pos, to));
    out.pos = to;
  };
  const closeUpTo = (limit: number) => {
    while (open.length > 0 && open[open.length - 1]!.end <= limit) {
      emitTo(open.pop()!.end);
      out.html += "</mark>";
    }
  };
  for (let piece = queue.shift(); piece; piece = queue.shift()) {
    closeUpTo(piece.start);
    const top = open[open.length - 1];
    if (top && piece.end > top.end) {
      insertSorted(queue, { start: top.end, end: piece.end, mark: piece.mark, isFirst: false });
      piece.end = top.end;
    }
    emitTo(piece.start);
    out.html += `<mark${piece.isFirst ? piece.mark.firstAttrs : piece.mark.restAttrs}>`;
    open.push(piece);
  }
  closeUpTo(Infinity);
  emitTo(text.length);
  return out.html;
}
