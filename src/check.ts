/**
 * One document through the whole pipeline: align, build the article, run the rules, shape the result.
 * The CLI and the library API both call this; it does no I/O.
 */
import { alignParagraphs, type Bead } from "./align.js";
import { buildArticle } from "./article.js";
import type { BilingualDocument, DocumentSide } from "./document.js";
import type { ArticleAnalysis } from "./analysis/index.js";
import { runRules, type ConfiguredRule } from "./engine.js";
import type { AlignmentBead, FileResult, Glossary, Report, RuleSummary, SideText } from "./types.js";

export interface CheckContext {
  readonly rules: readonly ConfiguredRule[];
  readonly glossary: Glossary;
  readonly detectLanguage: (text: string) => string;
  /** The run's analysis, if facts were found ahead (see runRules); else the engine makes one. */
  readonly analysis?: ArticleAnalysis;
}

function sideText(side: DocumentSide): SideText {
  return { lang: side.lang, paragraphs: side.paragraphs.map((p) => ({ index: p.index, line: p.line, text: p.text })) };
}

function toAlignment(beads: readonly Bead[]): AlignmentBead[] {
  return beads.map((b) => ({ source: [...b.ko], target: [...b.en], score: Math.round(b.score * 1000) / 1000 }));
}

/** Aligns a document (paragraph beads), without running rules. */
export function alignDocument(doc: BilingualDocument): Bead[] {
  return alignParagraphs(doc.ko.paragraphs.map((p) => p.text), doc.en.paragraphs.map((p) => p.text));
}

/** Aligns and checks one document. Throws RuleError when a rule crashes or breaks a guarantee. */
export function checkDocument(doc: BilingualDocument, context: CheckContext, beads: readonly Bead[] = alignDocument(doc)): FileResult {
  const article = buildArticle(doc.path, doc.ko, doc.en, beads);
  const findings = runRules(context.rules, {
    article, ko: doc.ko, en: doc.en, glossary: context.glossary, detectLanguage: context.detectLanguage,
  }, context.analysis);
  return {
    path: doc.path, sourcePath: doc.ko.path, targetPath: doc.en.path,
    source: sideText(doc.ko), target: sideText(doc.en), alignment: toAlignment(beads),
    findings, suppressed: [],
  };
}

/** Wraps file results into a Report with its summary. */
export function makeReport(version: string, files: FileResult[], rules: readonly RuleSummary[] = []): Report {
  const all = files.flatMap((f) => f.findings);
  const count = (severity: string) => all.filter((f) => f.severity === severity).length;
  return {
    tool: { name: "translint", version, ...(rules.length > 0 ? { rules: [...rules] } : {}) },
    files,
    summary: { files: files.length, errors: count("error"), warnings: count("warning"), infos: count("info") },
  };
}
