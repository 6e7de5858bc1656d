/**
 * The shared analysis layer: per-paragraph facts computed at most once per run and shared by every rule
 * (STYLE.md §9: rules never parse text themselves). Facts are computed lazily, on first use, and kept
 * for the run in the ArticleAnalysis object the engine puts in each rule's context; nothing is cached
 * between runs or at module level. Facts depend only on a segment's side and text (offsets are relative
 * to the text), so segments with the same text (a repeated dateline, byline or boilerplate paragraph)
 * share one computation.
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

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function segmentFacts(segment: Segment, glossary: Glossary): SegmentFacts {
  const { text, side } = segment;
  const numbers = lazy(() => (side === "ko" ? findKoreanNumbers(text) : findEnglishNumbers(text)));
  const quotes = lazy(() => findQuotes(text, side));
  const people = lazy(() => findPeople(text, side, glossary));
  const names = lazy(() => findNames(text, side, glossary));
  const terms = lazy(() => findTerms(text, side, glossary));
  const pairs = lazy(() => findPairs(text, side, glossary));
  return {
    get numbers() { return numbers(); },
    get quotes() { return quotes(); },
    get people() { return people(); },
    get names() { return names(); },
    get terms() { return terms(); },
    get pairs() { return pairs(); },
  };
}

/** A fresh analysis for one run over one article. */
export function createAnalysis(glossary: Glossary): ArticleAnalysis {
  const facts: Record<Segment["side"], Map<string, SegmentFacts>> = { ko: new Map(), en: new Map() };
  return {
    of(segment) {
      const bySide = facts[segment.side];
      let found = bySide.get(segment.text);
      if (!found) {
        found = segmentFacts(segment, glossary);
        bySide.set(segment.text, found);
      }
      return found;
    },
  };
}
