/**
 * Contracts shared by the engine, the rules and the formatters (STYLE.md §3, §5).
 * Rules import only this module, src/text/*, diff and string-similarity.
 */

import type { ArticleAnalysis } from "./analysis/index.js";

export type Side = "ko" | "en";
export type Severity = "error" | "warning" | "info";
/** MQM issue path, e.g. "accuracy/mistranslation", "accuracy/omission", "terminology/inconsistency". */
export type Category = string;

/**
 * One stretch of segment text copied from the input file: text[textStart, textStart + length)
 * equals the file's decoded text at [fileOffset, fileOffset + length). Joining hard-wrapped lines
 * and merging paragraphs into one bead produce several pieces.
 */
export interface Piece {
  readonly textStart: number;
  readonly length: number;
  readonly fileOffset: number;
  /** 0-based paragraph index on its side. */
  readonly paragraph: number;
}

/** A paragraph (or, in a many-to-one bead, several joined with a blank line) on one side. */
export interface Segment {
  readonly side: Side;
  /** 0-based index of the first paragraph on its side; 0 = title. */
  readonly index: number;
  readonly text: string;
  /** Offset of text[0] in the decoded input file. */
  readonly fileOffset: number;
  /** Paragraph indices this segment covers (one, or several for a merged bead). */
  readonly paragraphs: readonly number[];
  readonly pieces: readonly Piece[];
}

/** One bead of the alignment: Korean paragraph(s) with their English counterpart(s). */
export interface AlignedPair {
  readonly ko: Segment | null;
  readonly en: Segment | null;
  /** Confidence in [0, 1] that the bead is right. */
  readonly score: number;
}

/** Facts about the whole document, computed once by the engine for every rule. */
export interface DocumentStats {
  /** English characters per Korean character, estimated from the aligned 1-1 beads of this document. */
  readonly lengthRatio: number;
}

export interface Article {
  readonly id: string;
  /** The first bead (the headline); also pairs[0]. */
  readonly title: AlignedPair;
  /** Every bead in document order, the title bead first. */
  readonly pairs: readonly AlignedPair[];
  readonly stats: DocumentStats;
}

/** Half-open [start, end) in UTF-16 code units, relative to segment.text. */
export interface Span {
  readonly segment: Segment;
  readonly start: number;
  readonly end: number;
}

export interface RuleMeta<M extends string> {
  /** Equals the file name. */
  id: string;
  /** One line, no period, repeated in the doc. */
  description: string;
  category: Category;
  defaultSeverity: Severity;
  /** messageId -> template with {{placeholders}}. */
  messages: Record<M, string>;
  /** Required if any report sets `replacement`. */
  hasSuggestions?: boolean;
}

export interface GlossaryEntry {
  readonly ko: string;
  readonly en: string;
  readonly variants: readonly string[];
  readonly note?: string;
  readonly source?: string;
  /** Further fields some glossaries carry (hanja, alternative renderings, ...). */
  readonly [extra: string]: unknown;
}

/** Glossary data keyed by file name without extension (titles, names, terms, pairs, variants). */
export type Glossary = Readonly<Record<string, readonly GlossaryEntry[]>>;

export interface RuleContext<O> {
  /** Deep-frozen. */
  readonly article: Article;
  /** Per-segment facts (numbers, quotes, people, names, terms, pairs), computed once per run. */
  readonly analysis: ArticleAnalysis;
  /** defaultOptions + config, validated. */
  readonly options: Readonly<O>;
  readonly glossary: Glossary;
  /** ISO 639-3, "und" when unsure. */
  readonly detectLanguage: (text: string) => string;
}

export interface RuleReport<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The words on each side; at least one is set. */
  source?: Span;
  target?: Span;
  actual?: string;
  expected?: string;
  replacement?: string;
  /** Lowers the rule's severity for this report only (a heuristic case of an otherwise certain rule). */
  severity?: Severity;
}

export interface Rule<O extends object = object, M extends string = string> {
  meta: RuleMeta<M>;
  defaultOptions: O;
  /** Pure and synchronous. */
  check(ctx: RuleContext<O>): RuleReport<NoInfer<M>>[];
}

/** Infers message ids from meta.messages, so a misspelled messageId fails typecheck (TS >= 5.4). */
export const defineRule = <O extends object, M extends string>(rule: Rule<O, M>): Rule<O, M> => rule;

// ---- Report (the JSON output is a public, versioned contract; see README) ----

/** paragraph: 0-based index on its side; line/column: 1-based in the input file; text: the exact words. */
export interface Location {
  file: string;
  paragraph: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  /** The words as UTF-16 offsets [start, end) in the paragraph's text (`SideText.paragraphs[paragraph].text`). */
  start?: number;
  end?: number;
  /** For a bilingual file (XLIFF, TMX, TSV/CSV): the id of the unit the words are in (a table's "row N"; "#N", the Nth unit, when it has no id). */
  unit?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  category: Category;
  messageId: string;
  message: string;
  docs: string;
  /** The Korean side of the defect or its evidence. */
  source: Location | null;
  /** The English side. */
  target: Location | null;
  /** Replacement text for target, when derivable. */
  suggestion: string | null;
  actual: string | null;
  expected: string | null;
}

export interface ParagraphInfo {
  index: number;
  line: number;
  text: string;
}

export interface SideText {
  lang: Side;
  paragraphs: ParagraphInfo[];
}

export interface AlignmentBead {
  source: number[];
  target: number[];
  score: number;
}

export interface FileResult {
  path: string;
  sourcePath: string;
  targetPath: string;
  source: SideText;
  target: SideText;
  alignment: AlignmentBead[];
  findings: Finding[];
  suppressed: Finding[];
}

/** A rule as a report describes it: its meta and where its documentation is. */
export interface RuleSummary {
  id: string;
  description: string;
  category: Category;
  defaultSeverity: Severity;
  docs: string;
}

export interface Report {
  /** `rules`: every rule of the run's registry, so a report explains the ids its findings name. */
  tool: { name: string; version: string; rules?: RuleSummary[] };
  files: FileResult[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

export interface FormatOptions {
  color: boolean;
  /** Terminal width in columns, for formatters that wrap. */
  width: number;
  verbose: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;
