/**
 * A bilingual document before alignment: the Korean and English paragraphs with where each came from.
 * A document is read from two files (source, target) or from one mixed file whose paragraphs are
 * told apart by script.
 */
import type { Bead } from "./align.js";
import { InputError } from "./errors.js";
import { classifyParagraph } from "./lang.js";
import { normalizeAndTrim, offsetRuns, type OffsetText } from "./normalize.js";
import { lineStarts, splitParagraphs, toLineColumn, type RawParagraph, type RawPiece } from "./paragraphs.js";
import type { Piece, Side } from "./types.js";

/** One paragraph on one side, indexed 0.. on that side. */
export interface Paragraph extends RawParagraph {
  readonly index: number;
  /** The raw pieces tagged with this paragraph's index, frozen: the article's one-paragraph segments share them. */
  readonly pieces: Piece[];
}

export interface DocumentSide {
  readonly lang: Side;
  readonly path: string;
  /** The decoded file text the paragraphs' offsets refer to. */
  readonly text: string;
  readonly lineStarts: number[];
  readonly paragraphs: readonly Paragraph[];
  /** For a bilingual file (XLIFF, TMX, table): the unit id of each paragraph, by paragraph index. */
  readonly units?: readonly (string | undefined)[];
}

export interface BilingualDocument {
  /** The path shown in reports: the mixed file, or the target file of a pair. */
  readonly path: string;
  readonly ko: DocumentSide;
  readonly en: DocumentSide;
  /** Beads known from the input (a bilingual file's units), so the caller skips alignment. */
  readonly beads?: readonly Bead[];
}

/** A file's text as read: the path to name in messages and the decoded text. */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

/** A paragraph's pieces as the Pieces of segments, which name their paragraph; frozen, as the article they join is. */
function toPieces(pieces: readonly RawPiece[], paragraph: number): Piece[] {
  return Object.freeze(pieces.map(({ textStart, length, fileOffset }) => Object.freeze({ textStart, length, fileOffset, paragraph }))) as Piece[];
}

function indexed(paragraphs: readonly RawParagraph[]): Paragraph[] {
  // literals of fixed shape, not spreads: 100,000 paragraphs are copied in a few milliseconds
  return paragraphs.map((p, index) => ({ text: p.text, fileOffset: p.fileOffset, line: p.line, pieces: toPieces(p.pieces, index), index }));
}

/** Longest paragraph accepted, in UTF-16 code units: news paragraphs are under 5,000; past this the rules slow down badly. */
export const MAX_PARAGRAPH_CHARS = 100_000;

/** Rejects a paragraph longer than MAX_PARAGRAPH_CHARS (a file with no line breaks, a runaway table cell), naming its line. */
function checkParagraphLengths(input: SourceText, paragraphs: readonly RawParagraph[]): void {
  const long = paragraphs.find((p) => p.text.length > MAX_PARAGRAPH_CHARS);
  if (!long) return;
  const size = `${long.text.length.toLocaleString("en-US")} characters; limit ${MAX_PARAGRAPH_CHARS.toLocaleString("en-US")}`;
  throw new InputError(input.path, `paragraph too long (${size}); is this a text file with line breaks?`, { line: long.line });
}

/** One side of a document; its paragraphs' lengths were checked (checkParagraphLengths) by the caller. */
function makeSide(lang: Side, input: SourceText, paragraphs: readonly RawParagraph[]): DocumentSide {
  return { lang, path: input.path, text: input.text, lineStarts: lineStarts(input.text), paragraphs: indexed(paragraphs) };
}

const SIDE_NAMES: Record<Side, string> = { ko: "Korean", en: "English" };

function requireLanguage(input: SourceText, paragraphs: readonly RawParagraph[], lang: Side): void {
  if (paragraphs.some((p) => classifyParagraph(p.text) === lang)) return;
  throw new InputError(input.path, `no ${SIDE_NAMES[lang]} text found`);
}

/**
 * Builds a document from a Korean source file and an English target file. Every paragraph of each file
 * belongs to its side, whatever its script (an untranslated paragraph is a finding, not a reading error).
 */
export function documentFromPair(source: SourceText, target: SourceText): BilingualDocument {
  const koParagraphs = splitParagraphs(source.text);
  const enParagraphs = splitParagraphs(target.text);
  checkParagraphLengths(source, koParagraphs);
  checkParagraphLengths(target, enParagraphs);
  requireLanguage(source, koParagraphs, "ko");
  requireLanguage(target, enParagraphs, "en");
  return { path: target.path, ko: makeSide("ko", source, koParagraphs), en: makeSide("en", target, enParagraphs) };
}

/**
 * Builds a document from one file holding both languages in any order. Each paragraph is classified by
 * script; a paragraph that is neither (digits, punctuation) joins the side of the paragraph before it.
 */
export function documentFromMixed(input: SourceText): BilingualDocument {
  const all = splitParagraphs(input.text);
  checkParagraphLengths(input, all);
  const ko: RawParagraph[] = [];
  const en: RawParagraph[] = [];
  let previous: Side | null = null;
  for (const paragraph of all) {
    const lang = classifyParagraph(paragraph.text);
    const side: Side = lang === "other" ? (previous ?? "ko") : lang;
    (side === "ko" ? ko : en).push(paragraph);
    previous = side;
  }
  if (ko.length === 0 || en.length === 0) {
    throw new InputError(input.path, `only ${ko.length === 0 ? "English" : "Korean"} text found; a mixed file needs both languages (or give two files: source then target)`);
  }
  return { path: input.path, ko: makeSide("ko", input, ko), en: makeSide("en", input, en) };
}

/**
 * Segment text as read from a bilingual file: text[i] was decoded from the file at offsets[i], one
 * decoded-file offset per UTF-16 code unit (an entity's characters share its offset).
 */
export type MappedText = OffsetText;

/** One unit of a bilingual file: the Korean source and the English target, either missing or empty. */
export interface SegmentPair {
  readonly ko: MappedText | null;
  readonly en: MappedText | null;
  /** The unit's id in its file, when it has one. */
  readonly id?: string;
}

/** A line break inside a segment with the whitespace around it: joined with one space, as hard-wrapped lines of a text file are. */
const MARKUP_WHITESPACE = /[^\S\r\n]*(?:\r\n|\r|\n)\s*/g;

/** Normalises a mapped text (src/normalize.ts), trims it and joins its lines with one space, keeping each character's offset. */
function normalizeMapped(original: MappedText): MappedText {
  const { text: raw, offsets: rawOffsets } = normalizeAndTrim(original);
  let text = "";
  const offsets: number[] = [];
  let last = 0;
  for (const match of raw.matchAll(MARKUP_WHITESPACE)) {
    text += raw.slice(last, match.index) + " ";
    for (let i = last; i <= match.index; i++) offsets.push(rawOffsets[i] ?? 0); // no push(...): a cell may be megabytes
    last = match.index + match[0].length;
  }
  text += raw.slice(last);
  for (let i = last; i < rawOffsets.length; i++) offsets.push(rawOffsets[i] ?? 0);
  return { text, offsets };
}

function toRawParagraph(mapped: MappedText, starts: readonly number[]): RawParagraph {
  const fileOffset = mapped.offsets[0] ?? 0;
  return { text: mapped.text, fileOffset, line: toLineColumn(starts, fileOffset).line, pieces: offsetRuns(mapped) };
}

/**
 * Builds a document from the units of one bilingual file (XLIFF, TMX, TSV/CSV), already paired: each
 * unit with text on both sides is a 1-1 bead, a unit with an empty side a 1-0 or 0-1 bead. Paragraph
 * offsets point into `input.text`, the decoded file, so findings carry the file's own lines and columns.
 */
export function documentFromSegments(input: SourceText, pairs: readonly SegmentPair[]): BilingualDocument {
  const starts = lineStarts(input.text);
  const ko: RawParagraph[] = [];
  const en: RawParagraph[] = [];
  const beads: Bead[] = [];
  const units: Record<Side, (string | undefined)[]> = { ko: [], en: [] };
  for (const [position, pair] of pairs.entries()) {
    const unit = pair.id ?? `#${position + 1}`; // a unit with no id in its file is named by its position
    const koText = pair.ko ? normalizeMapped(pair.ko) : null;
    const enText = pair.en ? normalizeMapped(pair.en) : null;
    const bead: Bead = { ko: [], en: [], score: 1 };
    if (koText?.text) {
      bead.ko.push(ko.push(toRawParagraph(koText, starts)) - 1);
      units.ko.push(unit);
    }
    if (enText?.text) {
      bead.en.push(en.push(toRawParagraph(enText, starts)) - 1);
      units.en.push(unit);
    }
    if (bead.ko.length > 0 || bead.en.length > 0) beads.push(bead);
  }
  const firstUnit = (side: "ko" | "en") => pairs.map((pair) => pair[side]?.offsets[0]).find((offset) => offset !== undefined);
  const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : toLineColumn(starts, offset));
  if (ko.length === 0) throw new InputError(input.path, "no unit has Korean source text", lineOf(firstUnit("en")));
  if (en.length === 0) throw new InputError(input.path, "no unit has an English translation (a <target>, a second <tuv> or an English column)", lineOf(firstUnit("ko")));
  checkParagraphLengths(input, ko);
  checkParagraphLengths(input, en);
  return {
    path: input.path, beads,
    ko: { ...makeSide("ko", input, ko), units: units.ko }, en: { ...makeSide("en", input, en), units: units.en },
  };
}
