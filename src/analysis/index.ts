/**
 * The shared analysis layer: per-paragraph facts computed at most once per run and shared by every rule
 * (STYLE.md §9: rules never parse text themselves). Facts are computed lazily, on first use, and kept
 * for the run in the ArticleAnalysis object the engine puts in each rule's context; no fact outlives its
 * run (the finders keep only what no article can change: per-glossary indexes in WeakMaps and bounded
 * memos of pure text functions, src/text/memo.ts). Facts depend only on a segment's side and text
 * (offsets are relative to the text), so segments with the same text (a repeated dateline, byline or
 * boilerplate paragraph) share one computation.
 */
import { findEnglishNumbers, findKoreanNumbers, type NumberMention } from "../text/numbers.js";
import type { Glossary, Segment } from "../types.js";
import { findNames, type NameMention } from "./names.js";
import { findPeople, type PersonMention } from "./people.js";
import { findQuotes, type QuoteAnalysis } from "./quotes.js";
import { findPairs, findTerms, type TermMention } from "./terms.js";

export type { NumberMention } from "../text/numbers.js";
export type { NameMention } from "./names.js";
export type { PersonMention, TitleMention } from "./people.js";
export type { QuoteAnalysis, QuoteMark, Quotation, QuoteProblem } from "./quotes.js";
export type { TermMention } from "./terms.js";

/** Facts about one segment's text; offsets are relative to segment.text. */
export interface SegmentFacts {
  readonly numbers: readonly NumberMention[];
  readonly quotes: QuoteAnalysis;
  readonly people: readonly PersonMention[];
  readonly names: readonly NameMention[];
  readonly terms: readonly TermMention[];
  readonly pairs: readonly TermMention[];
}

export interface ArticleAnalysis {
  /** The facts of one segment, computed on first use. */
  of(segment: Segment): SegmentFacts;
}

/**
 * One segment's facts, each computed on first use. One object per segment with a slot per fact (not a closure
 * per fact): a 100k-paragraph document keeps 200k of them for the whole run. The finders never return
 * undefined, so an empty slot means "not computed yet".
 */
class LazyFacts implements SegmentFacts {
  #numbers: readonly NumberMention[] | undefined;
  #quotes: QuoteAnalysis | undefined;
  #people: readonly PersonMention[] | undefined;
  #names: readonly NameMention[] | undefined;
  #terms: readonly TermMention[] | undefined;
  #pairs: readonly TermMention[] | undefined;

  constructor(private readonly text: string, private readonly side: Segment["side"], private readonly glossary: Glossary) {}

  get numbers() { return (this.#numbers ??= this.side === "ko" ? findKoreanNumbers(this.text) : findEnglishNumbers(this.text)); }
  get quotes() { return (this.#quotes ??= findQuotes(this.text, this.side)); }
  get people() { return (this.#people ??= findPeople(this.text, this.side, this.glossary)); }
  get names() { return (this.#names ??= findNames(this.text, this.side, this.glossary)); }
  get terms() { return (this.#terms ??= findTerms(this.text, this.side, this.glossary)); }
  get pairs() { return (this.#pairs ??= findPairs(this.text, this.side, this.glossary)); }
}

/** A fresh analysis for one run over one article. */
export function createAnalysis(glossary: Glossary): ArticleAnalysis {
  const facts: Record<Segment["side"], Map<string, SegmentFacts>> = { ko: new Map(), en: new Map() };
  // each rule asks for every segment's facts (millions of times in a long document): found first by the
  // segment's index on its side (the segments of one side of an article have distinct indices) as long as
  // the segment has the text they were found for (the same string, so comparing is a pointer check); then
  // by text, since a lookup by text compares the whole text with every equal text in the map (a repeated
  // paragraph is a different string)
  const byIndex: Record<Segment["side"], { facts: (SegmentFacts | undefined)[]; texts: (string | undefined)[] }> = {
    ko: { facts: [], texts: [] }, en: { facts: [], texts: [] },
  };
  return {
    of(segment) {
      const slot = byIndex[segment.side];
      const at = segment.index;
      if (slot.texts[at] === segment.text) return slot.facts[at]!;
      const bySide = facts[segment.side];
      let found = bySide.get(segment.text);
      if (!found) {
        found = new LazyFacts(segment.text, segment.side, glossary);
        bySide.set(segment.text, found);
      }
      if (Number.isInteger(at) && at >= 0) {
        // grown an element at a time: an index far past the end would make the lists sparse (slow to read)
        while (slot.texts.length < at) { slot.texts.push(undefined); slot.facts.push(undefined); }
        slot.facts[at] = found;
        slot.texts[at] = segment.text;
      }
      return found;
    },
  };
}
