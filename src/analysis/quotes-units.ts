/**
 * The first phase of quotation analysis (src/analysis/quotes.ts pairs what it finds, and states the
 * linguistic facts both rely on): the quotation marks of one paragraph, each classified by its glyph and
 * its position before the marks around it are known.
 *
 * The text is scanned with test() from a set lastIndex, not with matchAll: matchAll clones its regex on
 * every call, and one side of a 100,000-paragraph document is 100,000 calls (~0.6 s, and ~140 MB of
 * garbage that outlived young-generation collections and was freed only by a full one).
 */
import { APOSTROPHES, isInnerApostrophe, isLatinWordChar, isLeadingElision, isTrailingElision } from "../text/words.js";

export type QuoteKind = "double" | "single" | "corner" | "whiteCorner";
/** curly: “ ” ‘ ’; straight: typewriter marks " ' and the `` '' pairs; corner: 「」『』. */
export type QuoteStyle = "curly" | "straight" | "corner";
export type Lang = "ko" | "en";
type Direction = "open" | "close" | "either";
/** Where a mark stands: after a space and before a word (open), the reverse (close), between spaces or between letters. */
export type Where = "open" | "close" | "isolated" | "inner";
export interface Glyph { readonly kind: QuoteKind; readonly style: QuoteStyle; readonly direction: Direction }
/** open/close: clear; ambiguous: decided by the marks around it; sPossessive and letterTrailing: maybe an apostrophe. */
export type Role = "open" | "close" | "ambiguous" | "sPossessive" | "letterTrailing";
/** A mark of one paragraph before pairing; fallback is what an ambiguous mark does when nothing around it decides. */
export interface Unit { readonly start: number; readonly end: number; readonly text: string; readonly glyph: Glyph; readonly role: Role; readonly where: Where; readonly fallback: "open" | "close" }

/** Every quotation glyph with its kind, style and the direction its shape states. */
const GLYPHS: Readonly<Record<string, Glyph>> = {
  "“": { kind: "double", style: "curly", direction: "open" },
  "„": { kind: "double", style: "curly", direction: "open" },
  "”": { kind: "double", style: "curly", direction: "close" },
  '"': { kind: "double", style: "straight", direction: "either" },
  "＂": { kind: "double", style: "straight", direction: "either" },
  "‘": { kind: "single", style: "curly", direction: "open" },
  "’": { kind: "single", style: "curly", direction: "close" },
  "'": { kind: "single", style: "straight", direction: "either" },
  "＇": { kind: "single", style: "straight", direction: "either" },
  "`": { kind: "single", style: "straight", direction: "open" },
  "´": { kind: "single", style: "straight", direction: "close" },
  "「": { kind: "corner", style: "corner", direction: "open" },
  "」": { kind: "corner", style: "corner", direction: "close" },
  "『": { kind: "whiteCorner", style: "corner", direction: "open" },
  "』": { kind: "whiteCorner", style: "corner", direction: "close" },
};
/** GLYPHS by character code, each with its character (shared by every mark of one glyph, not sliced per mark). */
const GLYPH_BY_CODE: ReadonlyMap<number, { readonly glyph: Glyph; readonly text: string }> = new Map(
  Object.entries(GLYPHS).map(([text, glyph]) => [text.charCodeAt(0), { glyph, text }]),
);
/** Characters after which a mark opens: brackets, dashes, slashes. */
const OPENING_CONTEXT = /[([{<\u2014\u2013\-/《〈【〔（·]/;
/** Characters before which a mark closes: sentence punctuation, closing brackets, dashes. */
const CLOSING_CONTEXT = /[.,;:!?)\]}>…\u2014\u2013\-/、。》〉】〕）~·]/;
/** White space. */
const SPACE = /\s/;
/** A digit, after which a straight mark may be a prime (6'2"). */
const DIGIT = /\d/;

/** Any GLYPHS key (none is special in a character class). Global for test() from a set lastIndex in nextGlyph, its only user. */
const QUOTE_GLYPH = new RegExp(`[${Object.keys(GLYPHS).join("")}]`, "g");

/** The index of the first glyph at or after `from`, or -1. */
function nextGlyph(text: string, from: number): number {
  QUOTE_GLYPH.lastIndex = from;
  return QUOTE_GLYPH.test(text) ? QUOTE_GLYPH.lastIndex - 1 : -1;
}

/** Whether the character at `index` is a quotation glyph (one that extends a run). */
function isGlyphAt(text: string, index: number): boolean {
  return GLYPH_BY_CODE.has(text.charCodeAt(index));
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || SPACE.test(ch);
}

/** "open" after white space or an opening bracket, "close" before white space or punctuation, else "isolated"/"inner". */
function position(text: string, start: number, end: number): Where {
  const before = text[start - 1];
  const after = text[end];
  const left = isSpace(before) || OPENING_CONTEXT.test(before!);
  const right = isSpace(after) || CLOSING_CONTEXT.test(after!);
  if (left && !right) return "open";
  if (right && !left) return "close";
  return left ? "isolated" : "inner";
}

/**
 * The role of a closing-position mark right after a word: after a Latin s it may be a possessive
 * (Koreans’), after another Latin letter an elided ending (goin’), after a digit a prime (5'10").
 */
function trailingRole(text: string, start: number, glyph: Glyph, lang: Lang): Role {
  const before = text[start - 1] ?? "";
  if (DIGIT.test(before) && glyph.style === "straight") return "letterTrailing";
  if (glyph.kind !== "single" || !isLatinWordChar(before)) return "close";
  if (lang === "ko" && !isLatinWordChar(text[start - 2])) return "close"; // in Korean text only a Latin word (Xi's) takes an apostrophe
  return before === "s" || before === "S" ? "sPossessive" : "letterTrailing";
}

/**
 * What a mark [start, end) of a run standing at `where` does by its position and shape, before the marks
 * around it are known. A curly glyph against its position (”word, said.“) is ambiguous: typists pick the
 * wrong one.
 */
function roleOf(text: string, start: number, end: number, glyph: Glyph, where: Where, isRunStart: boolean, lang: Lang): Role {
  if (glyph.style === "corner") return glyph.direction === "open" ? "open" : "close";
  const isContrary = (where === "open" && glyph.direction === "close") || (where === "close" && glyph.direction === "open");
  if (isContrary) return "ambiguous";
  if (where === "open") return "open";
  if (where === "close") return isRunStart && end - start === 1 ? trailingRole(text, start, glyph, lang) : "close";
  if (glyph.direction === "close") return "close";
  return "ambiguous";
}

/**
 * What an ambiguous mark does when no mark around it decides: a clear position wins over a contrary glyph
 * (”word at a paragraph start opens), then the glyph's direction; a straight mark followed by a Korean
 * particle closes (“…"고), else it opens.
 */
function fallbackOf(glyph: Glyph, where: Where, lang: Lang): "open" | "close" {
  if (where === "open" || where === "close") return where;
  if (glyph.direction !== "either") return glyph.direction;
  return lang === "ko" && where === "inner" ? "close" : "open";
}

/**
 * Adds the marks of the run of glyphs [start, end): two singles make a double (`` ''), a repeated double
 * counts once. Every mark of a run shares the run's position.
 */
function addRun(units: Unit[], text: string, start: number, end: number, lang: Lang): void {
  const where = position(text, start, end);
  let i = start;
  while (i < end) {
    const { glyph, text: mark } = GLYPH_BY_CODE.get(text.charCodeAt(i))!;
    const next = i + 1 < end ? GLYPH_BY_CODE.get(text.charCodeAt(i + 1)) : undefined;
    let length = 1;
    if (glyph.kind === "single" && next?.glyph.kind === "single" && end - i !== 3) length = 2;
    else if (glyph.kind === "double" && next?.text === mark) length = 2;
    const unitGlyph: Glyph = length === 2 && glyph.kind === "single" ? { kind: "double", style: "straight", direction: glyph.direction } : glyph;
    const role = roleOf(text, i, i + length, unitGlyph, where, i === start, lang);
    units.push({ start: i, end: i + length, text: length === 1 ? mark : text.slice(i, i + length), glyph: unitGlyph, role, where, fallback: fallbackOf(unitGlyph, where, lang) });
    i += length;
  }
}

/** True when the single mark at `index` is an apostrophe inside or at the edge of a word. */
function isApostrophe(text: string, index: number): boolean {
  if (!APOSTROPHES.includes(text[index]!) && text[index] !== "‘") return false;
  return isInnerApostrophe(text, index) || isLeadingElision(text, index) || isTrailingElision(text, index)
    || (text[index] === "‘" && isLatinWordChar(text[index - 1]) && isLatinWordChar(text[index + 1]));
}

/** The marks of one paragraph, with their first-pass roles; apostrophes are left out. */
export function findUnits(text: string, lang: Lang): Unit[] {
  const units: Unit[] = [];
  let start = nextGlyph(text, 0);
  while (start >= 0) {
    let end = start + 1;
    while (end < text.length && isGlyphAt(text, end)) end++;
    if (end - start > 1 || !isApostrophe(text, start)) {
      addRun(units, text, start, isLeadingElision(text, end - 1) ? end - 1 : end, lang); // "'Tis
    }
    start = nextGlyph(text, end);
  }
  return units;
}
