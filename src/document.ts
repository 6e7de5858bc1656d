/**
 * A bilingual document before alignment: the Korean and English paragraphs with where each came from.
 * A document is read from two files (source, target) or from one mixed file whose paragraphs are
 * told apart by script.
 */
import { InputError } from "./errors.js";
import { classifyParagraph } from "./lang.js";
import { lineStarts, splitParagraphs, type RawParagraph } from "./paragraphs.js";
import type { Side } from "./types.js";

/** One paragraph on one side, indexed 0.. on that side. */
export interface Paragraph extends RawParagraph {
  readonly index: number;
}

export interface DocumentSide {
  readonly lang: Side;
  readonly path: string;
  /** The decoded file text the paragraphs' offsets refer to. */
  readonly text: string;
  readonly lineStarts: number[];
  readonly paragraphs: readonly Paragraph[];
}

export interface BilingualDocument {
  /** The path shown in reports: the mixed file, or the target file of a pair. */
  readonly path: string;
  readonly ko: DocumentSide;
  readonly en: DocumentSide;
}

/** A file's text as read: the path to name in messages and the decoded text. */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

function indexed(paragraphs: readonly RawParagraph[]): Paragraph[] {
  return paragraphs.map((p, index) => ({ ...p, index }));
}

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
