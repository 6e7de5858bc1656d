/**
 * Quotation analysis: finds the quotation marks of Korean or English text, tells openers from closers and
 * apostrophes, and pairs them by order (a stack), per paragraph and across paragraphs.
 *
 * Facts this relies on:
 * - A mark's position says more than its glyph: after white space or an opening bracket it opens, before
 *   white space or punctuation it closes. Curly glyphs decide only where the position does not, and
 *   straight marks (" and ') have no direction at all.
 * - Korean attaches particles to the closing mark (“…”고, “…”며), so a Korean closer is followed by a
 *   letter; an apostrophe exists only between Latin letters (don't, Xi's) or before elisions ('90s).
 * - English news leaves the closing mark off a paragraph whose quotation goes on and opens the next
 *   paragraph with a new opening mark, so an open quotation is carried into the following paragraphs.
 * - Typewriter copy writes a double mark as two singles (``…'' or ’’); wire copy sometimes doubles a mark.
 *
 * Two phases: findUnits classifies each mark by glyph and position, pairParagraph pairs them with a stack.
 * The file runs past STYLE's ~300 lines; the first phase belongs in src/text/ (quote-marks.ts) once the
 * engine caches analyses per segment and the module can be split without moving other people's files.
 */
import { APOSTROPHES, isInnerApostrophe, isLatinWordChar, isLeadingElision, isTrailingElision } from "../text/words.js";

export type QuoteKind = "double" | "single" | "corner" | "whiteCorner";
/** curly: “ ” ‘ ’; straight: typewriter marks " ' and the `` '' pairs; corner: 「」『』. */
export type QuoteStyle = "curly" | "straight" | "corner";

/** A quotation mark: [start, end) relative to its paragraph (analyzeQuotes) or its text (findQuotes). */
export interface QuoteMark {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly style: QuoteStyle;
  readonly role: "open" | "close";
}

/** An opening mark with its closer; close is null when the quotation runs to a paragraph end unclosed. */
export interface Quotation {
  readonly open: QuoteMark;
  readonly close: QuoteMark | null;
}

/**
 * mismatched: closed by a mark of another kind; unclosed: never closed within its own paragraph (an
 * opener of the same kind follows, an outer quotation closes over it, or the text ends); unopened: a
 * closer with nothing open; runsOn: left open at the end of its paragraph and not carried on properly
 * (never reopened, closed only after too many paragraphs, or not at all), which sentence-per-line texts do.
 */
export type QuoteProblem =
  | { readonly type: "mismatched"; readonly open: QuoteMark; readonly close: QuoteMark }
  | { readonly type: "unclosed"; readonly open: QuoteMark }
  | { readonly type: "runsOn"; readonly open: QuoteMark }
  | { readonly type: "unopened"; readonly close: QuoteMark };

export interface QuoteAnalysis {
  readonly marks: readonly QuoteMark[];
  readonly quotations: readonly Quotation[];
  readonly problems: readonly QuoteProblem[];
}

export interface QuoteOptions {
  /** Paragraph breaks an open quotation may run over without being closed or reopened. */
  readonly maxOpenParagraphs: number;
}

type Lang = "ko" | "en";
type Direction = "open" | "close" | "either";
/** Where a mark stands: after a space and before a word (open), the reverse (close), between spaces or between letters. */
type Where = "open" | "close" | "isolated" | "inner";
interface Glyph { readonly kind: QuoteKind; readonly style: QuoteStyle; readonly direction: Direction }
/** open/close: clear; ambiguous: decided by the marks around it; sPossessive and letterTrailing: maybe an apostrophe. */
type Role = "open" | "close" | "ambiguous" | "sPossessive" | "letterTrailing";
/** A mark of one paragraph before pairing; fallback is what an ambiguous mark does when nothing around it decides. */
interface Unit { readonly start: number; readonly end: number; readonly text: string; readonly glyph: Glyph; readonly role: Role; readonly where: Where; readonly fallback: "open" | "close" }
/** An open quotation: paragraph breaks it has run over, and whether it was already reported as running on. */
interface Open { readonly mark: QuoteMark; breaks: number; isReported: boolean }
interface State { readonly stack: Open[]; readonly marks: QuoteMark[]; readonly quotations: Quotation[]; readonly problems: QuoteProblem[] }

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
/** A run of adjacent quotation glyphs. */
const QUOTE_RUN = /["“”„‘’'`´＂＇「」『』]+/g;
/** Characters after which a mark opens: brackets, dashes, slashes. */
const OPENING_CONTEXT = /[([{<\u2014\u2013\-/《〈【〔（·]/;
/** Characters before which a mark closes: sentence punctuation, closing brackets, dashes. */
const CLOSING_CONTEXT = /[.,;:!?)\]}>…\u2014\u2013\-/、。》〉】〕）~·]/;
/** Where a paragraph may start before a reopening mark: white space and dashes. */
const PARAGRAPH_LEAD = /^[\s\u2014\u2013-]*$/;
/** The closing mark of each kind: [curly or corner, straight], for messages. */
const CLOSERS: Readonly<Record<QuoteKind, readonly [string, string]>> = {
  double: ["”", '"'], single: ["’", "'"], corner: ["」", "」"], whiteCorner: ["』", "』"],
};
/** Defaults for callers that pass no options (the rule passes its own). */
const DEFAULT_OPTIONS: QuoteOptions = { maxOpenParagraphs: 5 };
/** White space. */
const SPACE = /\s/;
/** A digit, after which a straight mark may be a prime (6'2"). */
const DIGIT = /\d/;
/** A paragraph that ends a sentence: final punctuation, then only closing marks or brackets. */
const SENTENCE_END = /[.?!…。][^\p{L}\p{N}]*$/u;
/** A blank line between paragraphs of one text. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/** The mark that would close `open`, e.g. ” for “ and 」 for 「. */
export function closingMarkFor(open: QuoteMark): string {
  return open.text === "``" ? "''" : CLOSERS[open.kind][open.style === "straight" ? 1 : 0];
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
 * What a mark of the run [runStart, runEnd) does by its position and shape, before the marks around it
 * are known. A curly glyph against its position (”word, said.“) is ambiguous: typists pick the wrong one.
 */
function roleOf(text: string, unit: Pick<Unit, "start" | "end" | "glyph">, runStart: number, runEnd: number, lang: Lang): Role {
  const { glyph } = unit;
  if (glyph.style === "corner") return glyph.direction === "open" ? "open" : "close";
  const where = position(text, runStart, runEnd);
  const isContrary = (where === "open" && glyph.direction === "close") || (where === "close" && glyph.direction === "open");
  if (isContrary) return "ambiguous";
  if (where === "open") return "open";
  if (where === "close") return unit.start === runStart && unit.end - unit.start === 1 ? trailingRole(text, unit.start, glyph, lang) : "close";
  if (glyph.direction === "close") return "close";
  return "ambiguous";
}

/**
 * What an ambiguous mark does when no mark around it decides: a clear position wins over a contrary glyph
 * (”word at a paragraph start opens), then the glyph's direction; a straight mark followed by a Korean
 * particle closes (“…"고), else it opens.
 */
function fallbackOf(text: string, glyph: Glyph, runStart: number, runEnd: number, lang: Lang): "open" | "close" {
  const where = position(text, runStart, runEnd);
  if (where === "open" || where === "close") return where;
  if (glyph.direction !== "either") return glyph.direction;
  return lang === "ko" && where === "inner" ? "close" : "open";
}

/** Splits a run of adjacent glyphs into marks: two singles make a double (`` ''), a repeated double counts once. */
function splitRun(run: string, start: number): { start: number; end: number; text: string; glyph: Glyph }[] {
  const units: { start: number; end: number; text: string; glyph: Glyph }[] = [];
  let i = 0;
  while (i < run.length) {
    const glyph = GLYPHS[run[i]!]!;
    const next = GLYPHS[run[i + 1] ?? ""];
    let length = 1;
    if (glyph.kind === "single" && next?.kind === "single" && run.length - i !== 3) length = 2;
    else if (glyph.kind === "double" && run[i + 1] === run[i]) length = 2;
    const text = run.slice(i, i + length);
    const digraph = length === 2 && glyph.kind === "single";
    units.push({ start: start + i, end: start + i + length, text, glyph: digraph ? { kind: "double", style: "straight", direction: glyph.direction } : glyph });
    i += length;
  }
  return units;
}

/** True when the single mark at `index` is an apostrophe inside or at the edge of a word. */
function isApostrophe(text: string, index: number): boolean {
  if (!APOSTROPHES.includes(text[index]!) && text[index] !== "‘") return false;
  return isInnerApostrophe(text, index) || isLeadingElision(text, index) || isTrailingElision(text, index)
    || (text[index] === "‘" && isLatinWordChar(text[index - 1]) && isLatinWordChar(text[index + 1]));
}

/** The marks of one paragraph, with their first-pass roles; apostrophes are left out. */
function findUnits(text: string, lang: Lang): Unit[] {
  const units: Unit[] = [];
  for (const match of text.matchAll(QUOTE_RUN)) {
    if (match[0].length === 1 && isApostrophe(text, match.index)) continue;
    const run = isLeadingElision(text, match.index + match[0].length - 1) ? match[0].slice(0, -1) : match[0]; // "'Tis
    const end = match.index + run.length;
    for (const unit of splitRun(run, match.index)) {
      const where = position(text, match.index, end);
      units.push({ ...unit, where, role: roleOf(text, unit, match.index, end, lang), fallback: fallbackOf(text, unit.glyph, match.index, end, lang) });
    }
  }
  return units;
}

/** True when a mark after `index` could close a quotation of `kind`. */
function closesLater(units: readonly Unit[], index: number, kind: QuoteKind): boolean {
  return units.slice(index + 1).some((u) => u.glyph.kind === kind && u.role !== "open");
}

/** True when another single closer follows before the next single opener (‘the workers’ union’). */
function singleCloserFollows(units: readonly Unit[], index: number): boolean {
  for (const unit of units.slice(index + 1)) {
    if (unit.glyph.kind !== "single") continue;
    return unit.role !== "open";
  }
  return false;
}

/**
 * Decides what a mark does given the open quotations: opens, closes or is an apostrophe (null). A mark
 * standing before a word (”word) never closes a quotation carried over from an earlier paragraph.
 */
function resolve(units: readonly Unit[], index: number, stack: readonly Open[]): "open" | "close" | null {
  const unit = units[index]!;
  const kind = unit.glyph.kind;
  const isOpen = stack.some((o) => o.mark.kind === kind);
  const top = stack.at(-1)?.mark;
  switch (unit.role) {
    case "open": case "close": return unit.role;
    case "sPossessive": return isOpen && !singleCloserFollows(units, index) ? "close" : null;
    case "letterTrailing": return isOpen || (top !== undefined && !closesLater(units, index, top.kind)) ? "close" : null;
    default:
      if (stack.some((o) => o.mark.kind === kind && (o.breaks === 0 || unit.where !== "open"))) return "close";
      if (closesLater(units, index, kind)) return "open";
      return top && unit.where !== "open" ? "close" : unit.fallback;
  }
}

function toMark(unit: Unit, paragraph: number, role: "open" | "close"): QuoteMark {
  return { paragraph, start: unit.start, end: unit.end, text: unit.text, kind: unit.glyph.kind, style: unit.glyph.style, role };
}

/** Gives up an open quotation: unclosed if it never left its paragraph, else it ran on (reported once). */
function abandon(state: State, open: Open): void {
  if (open.breaks === 0) state.problems.push({ type: "unclosed", open: open.mark });
  else if (!open.isReported) state.problems.push({ type: "runsOn", open: open.mark });
  state.quotations.push({ open: open.mark, close: null });
}

/** Gives up the open quotations above stack index `keep`. */
function abandonAbove(state: State, keep: number): void {
  for (const open of state.stack.splice(keep + 1).reverse()) abandon(state, open);
}

/** Applies a closing mark: pairs it with the innermost open quotation of its kind, or reports it. */
function close(state: State, mark: QuoteMark, isStray: boolean): void {
  const { stack } = state;
  const match = stack.map((o) => o.mark.kind).lastIndexOf(mark.kind);
  if (match >= 0) {
    abandonAbove(state, match);
    state.quotations.push({ open: stack.pop()!.mark, close: mark });
    return;
  }
  const top = stack.at(-1);
  if (!top || isStray) {
    state.problems.push({ type: "unopened", close: mark });
    return;
  }
  stack.pop();
  state.problems.push({ type: "mismatched", open: top.mark, close: mark });
  state.quotations.push({ open: top.mark, close: mark });
}

/**
 * Applies an opening mark. At a paragraph start, the same kind as a quotation carried over continues it
 * (English convention); elsewhere, an open quotation of the same kind directly outside it was never closed.
 */
function open(state: State, mark: QuoteMark, isParagraphStart: boolean): void {
  const { stack } = state;
  const bottom = stack[0];
  if (isParagraphStart && bottom && bottom.breaks > 0 && bottom.mark.kind === mark.kind) {
    abandonAbove(state, 0);
    state.quotations.push({ open: stack.pop()!.mark, close: null });
  } else if (stack.at(-1)?.mark.kind === mark.kind && mark.style !== "corner") {
    abandonAbove(state, stack.length - 2);
  }
  stack.push({ mark, breaks: 0, isReported: false });
}

function pairParagraph(state: State, text: string, paragraph: number, lang: Lang): void {
  const units = findUnits(text, lang);
  units.forEach((unit, index) => {
    const role = resolve(units, index, state.stack);
    if (!role) return;
    const mark = toMark(unit, paragraph, role);
    state.marks.push(mark);
    if (role === "open") open(state, mark, index === 0 && PARAGRAPH_LEAD.test(text.slice(0, unit.start)));
    else close(state, mark, state.stack.length > 0 && closesLater(units, index, state.stack.at(-1)!.mark.kind));
  });
}

/**
 * At a paragraph break. Only a double (or corner) quotation goes on into the next paragraph: single marks
 * quote a word, a title or a quotation inside another, so one left open by a paragraph that ends a
 * sentence was never closed (a paragraph cut mid-sentence is a line of a sentence-split text and goes on).
 * A quotation carried over more than maxOpenParagraphs breaks is reported (once) as running on.
 */
function carry(state: State, previous: string, options: QuoteOptions): void {
  if (state.stack[0]?.mark.kind === "single" && SENTENCE_END.test(previous)) abandonAbove(state, -1);
  for (const open of state.stack) {
    open.breaks += 1;
    if (open.breaks <= options.maxOpenParagraphs || open.isReported) continue;
    open.isReported = true;
    state.problems.push({ type: "runsOn", open: open.mark });
  }
}

/**
 * Pairs the quotation marks of a sequence of paragraphs (one side of a document, in order). Offsets are
 * relative to each paragraph. A quotation left open at a paragraph end is carried into the next one.
 */
export function analyzeQuotes(paragraphs: readonly string[], lang: Lang, options: QuoteOptions = DEFAULT_OPTIONS): QuoteAnalysis {
  const state: State = { stack: [], marks: [], quotations: [], problems: [] };
  paragraphs.forEach((text, paragraph) => {
    if (paragraph > 0) carry(state, paragraphs[paragraph - 1]!, options);
    pairParagraph(state, text, paragraph, lang);
  });
  for (const open of state.stack) abandon(state, open);
  return { marks: state.marks, quotations: state.quotations, problems: state.problems };
}

/**
 * Pairs the quotation marks of a text whose paragraphs are separated by blank lines (a segment's text).
 * Mark offsets are relative to `text`.
 */
export function findQuotes(text: string, lang: Lang, options: QuoteOptions = DEFAULT_OPTIONS): QuoteAnalysis {
  const breaks = [...text.matchAll(BLANK_LINE)];
  const starts = [0, ...breaks.map((m) => m.index + m[0].length)];
  const ends = [...breaks.map((m) => m.index), text.length];
  const analysis = analyzeQuotes(starts.map((start, i) => text.slice(start, ends[i])), lang, options);
  const shift = (mark: QuoteMark): QuoteMark => ({ ...mark, start: mark.start + starts[mark.paragraph]!, end: mark.end + starts[mark.paragraph]! });
  return {
    marks: analysis.marks.map(shift),
    quotations: analysis.quotations.map((q) => ({ open: shift(q.open), close: q.close && shift(q.close) })),
    problems: analysis.problems.map((p) => ({ ...p, ...("open" in p && { open: shift(p.open) }), ...("close" in p && { close: shift(p.close) }) })),
  };
}

/**
 * The stretches of `text` inside quotation marks (marks excluded), from findQuotes(text). A quotation
 * left open runs to the end of its paragraph.
 */
export function quotedRanges(analysis: QuoteAnalysis, text: string): { start: number; end: number }[] {
  return analysis.quotations.map(({ open, close: closer }) => {
    const paragraphEnd = text.indexOf("\n\n", open.end);
    const end = closer && closer.start >= open.end ? closer.start : paragraphEnd < 0 ? text.length : paragraphEnd;
    return { start: open.end, end };
  });
}
