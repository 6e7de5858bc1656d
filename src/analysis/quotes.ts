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
 * Two phases: findUnits (quotes-units.ts) classifies each mark by glyph and position, pairParagraph pairs
 * them with a stack. One side of a long document is analysed in one pass, so the pairing loops index
 * arrays instead of slicing or mapping them per mark.
 */
import { findUnits, type Lang, type QuoteKind, type QuoteStyle, type Unit } from "./quotes-units.js";

export type { QuoteKind, QuoteStyle } from "./quotes-units.js";

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

/** An open quotation: paragraph breaks it has run over, and whether it was already reported as running on. */
interface Open { readonly mark: QuoteMark; breaks: number; isReported: boolean }
interface State { readonly stack: Open[]; readonly marks: QuoteMark[]; readonly quotations: Quotation[]; readonly problems: QuoteProblem[] }

/** Where a paragraph may start before a reopening mark: white space and dashes. */
const PARAGRAPH_LEAD = /^[\s\u2014\u2013-]*$/;
/** The closing mark of each kind: [curly or corner, straight], for messages. */
const CLOSERS: Readonly<Record<QuoteKind, readonly [string, string]>> = {
  double: ["”", '"'], single: ["’", "'"], corner: ["」", "」"], whiteCorner: ["』", "』"],
};
/** Defaults for callers that pass no options (the rule passes its own). */
const DEFAULT_OPTIONS: QuoteOptions = { maxOpenParagraphs: 5 };
/** A paragraph that ends a sentence: final punctuation, then only closing marks or brackets. */
const SENTENCE_END = /[.?!…。][^\p{L}\p{N}]*$/u;
/** A blank line between paragraphs of one text. */
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;
/** The analysis of a text without quotation marks, shared: most paragraphs have none, and facts are kept for a whole run. */
const NO_QUOTES: QuoteAnalysis = Object.freeze({ marks: Object.freeze([]), quotations: Object.freeze([]), problems: Object.freeze([]) });

/** The mark that would close `open`, e.g. ” for “ and 」 for 「. */
export function closingMarkFor(open: QuoteMark): string {
  return open.text === "``" ? "''" : CLOSERS[open.kind][open.style === "straight" ? 1 : 0];
}

/** True when a mark after `index` could close a quotation of `kind`. */
function closesLater(units: readonly Unit[], index: number, kind: QuoteKind): boolean {
  for (let i = index + 1; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.glyph.kind === kind && unit.role !== "open") return true;
  }
  return false;
}

/** True when another single closer follows before the next single opener (‘the workers’ union’). */
function singleCloserFollows(units: readonly Unit[], index: number): boolean {
  for (let i = index + 1; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.glyph.kind === "single") return unit.role !== "open";
  }
  return false;
}

/** True when a quotation of `kind` is open; with `isReopening`, only one opened in this paragraph counts. */
function isOpenKind(stack: readonly Open[], kind: QuoteKind, isReopening = false): boolean {
  for (const open of stack) if (open.mark.kind === kind && (!isReopening || open.breaks === 0)) return true;
  return false;
}

/**
 * Decides what a mark does given the open quotations: opens, closes or is an apostrophe (null). A mark
 * standing before a word (”word) never closes a quotation carried over from an earlier paragraph.
 */
function resolve(units: readonly Unit[], index: number, stack: readonly Open[]): "open" | "close" | null {
  const unit = units[index]!;
  const kind = unit.glyph.kind;
  const top = stack.at(-1)?.mark;
  switch (unit.role) {
    case "open": case "close": return unit.role;
    case "sPossessive": return isOpenKind(stack, kind) && !singleCloserFollows(units, index) ? "close" : null;
    case "letterTrailing": return isOpenKind(stack, kind) || (top !== undefined && !closesLater(units, index, top.kind)) ? "close" : null;
    default:
      if (isOpenKind(stack, kind, unit.where === "open")) return "close";
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

/** Gives up the open quotations above stack index `keep`, innermost first. */
function abandonAbove(state: State, keep: number): void {
  const { stack } = state;
  for (let i = stack.length - 1; i > keep; i--) abandon(state, stack[i]!);
  if (stack.length > keep + 1) stack.length = keep + 1;
}

/** The stack index of the innermost open quotation of `kind`, or -1. */
function innermostOf(stack: readonly Open[], kind: QuoteKind): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.mark.kind === kind) return i;
  return -1;
}

/** Applies a closing mark: pairs it with the innermost open quotation of its kind, or reports it. */
function close(state: State, mark: QuoteMark, isStray: boolean): void {
  const { stack } = state;
  const match = innermostOf(stack, mark.kind);
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
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const role = resolve(units, index, state.stack);
    if (!role) continue;
    const mark = toMark(unit, paragraph, role);
    state.marks.push(mark);
    if (role === "open") open(state, mark, index === 0 && PARAGRAPH_LEAD.test(text.slice(0, unit.start)));
    else close(state, mark, state.stack.length > 0 && closesLater(units, index, state.stack.at(-1)!.mark.kind));
  }
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
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    if (paragraph > 0) carry(state, paragraphs[paragraph - 1]!, options);
    pairParagraph(state, paragraphs[paragraph]!, paragraph, lang);
  }
  for (const open of state.stack) abandon(state, open);
  return { marks: state.marks, quotations: state.quotations, problems: state.problems };
}

/** A mark moved by `shift` code units (from its paragraph's offsets to its text's). */
function shifted(mark: QuoteMark, shift: number): QuoteMark {
  return shift === 0 ? mark : { ...mark, start: mark.start + shift, end: mark.end + shift };
}

/**
 * Pairs the quotation marks of a text whose paragraphs are separated by blank lines (a segment's text).
 * Mark offsets are relative to `text`.
 */
export function findQuotes(text: string, lang: Lang, options: QuoteOptions = DEFAULT_OPTIONS): QuoteAnalysis {
  if (!text.includes("\n")) { // one paragraph: its offsets are the text's
    const analysis = analyzeQuotes([text], lang, options);
    return analysis.marks.length === 0 ? NO_QUOTES : analysis;
  }
  const breaks = [...text.matchAll(BLANK_LINE)];
  const starts = [0, ...breaks.map((m) => m.index + m[0].length)];
  const ends = [...breaks.map((m) => m.index), text.length];
  const analysis = analyzeQuotes(starts.map((start, i) => text.slice(start, ends[i])), lang, options);
  if (analysis.marks.length === 0) return NO_QUOTES;
  const shift = (mark: QuoteMark): QuoteMark => shifted(mark, starts[mark.paragraph]!);
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
