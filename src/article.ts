/**
 * Turns a document and its alignment into the Article that rules read: one Segment per side of each
 * bead (paragraphs of a many-to-one bead are joined with a blank line), deep-frozen.
 */
import type { Bead } from "./align.js";
import type { DocumentSide, Paragraph } from "./document.js";
import type { AlignedPair, Article, DocumentStats, Piece, Segment, Side } from "./types.js";

/** What joins the paragraphs of a many-to-one bead inside one segment's text. */
export const PARAGRAPH_JOINER = "\n\n";
/**
 * English characters per Korean character on news (about 2.1 on the shared corpus, 2.7 on the reference
 * sample), the prior the document's own ratio is shrunk toward: a short article's ratio is skewed by the
 * very paragraph that was cut or padded, so its own evidence counts only as much as it weighs.
 */
const PRIOR_LENGTH_RATIO = 2.4;
/** Weight of the prior, in Korean characters: a document with far more text than this sets its own ratio. */
const PRIOR_WEIGHT = 300;

function toSegment(side: Side, paragraphs: readonly Paragraph[]): Segment | null {
  const first = paragraphs[0];
  if (!first) return null;
  const pieces: Piece[] = [];
  let text = "";
  for (const paragraph of paragraphs) {
    if (text) text += PARAGRAPH_JOINER;
    const base = text.length;
    for (const piece of paragraph.pieces) pieces.push({ ...piece, textStart: base + piece.textStart, paragraph: paragraph.index });
    text += paragraph.text;
  }
  return { side, index: first.index, text, fileOffset: first.fileOffset, paragraphs: paragraphs.map((p) => p.index), pieces };
}

function pick(side: DocumentSide, indices: readonly number[]): Paragraph[] {
  return indices.map((i) => side.paragraphs[i]).filter((p): p is Paragraph => p !== undefined);
}

/** English/Korean character ratio over the document's 1-1 beads (all beads when there are none), shrunk toward the news prior. */
export function estimateLengthRatio(pairs: readonly AlignedPair[]): number {
  const oneToOne = pairs.filter((p) => p.ko?.paragraphs.length === 1 && p.en?.paragraphs.length === 1);
  const measured = oneToOne.length > 0 ? oneToOne : pairs.filter((p) => p.ko && p.en);
  const koChars = measured.reduce((sum, p) => sum + (p.ko?.text.length ?? 0), 0);
  const enChars = measured.reduce((sum, p) => sum + (p.en?.text.length ?? 0), 0);
  return (enChars + PRIOR_LENGTH_RATIO * PRIOR_WEIGHT) / (koChars + PRIOR_WEIGHT);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Builds the deep-frozen Article for a document aligned into `beads`. */
export function buildArticle(id: string, ko: DocumentSide, en: DocumentSide, beads: readonly Bead[]): Article {
  const pairs: AlignedPair[] = beads.map((bead) => ({
    ko: toSegment("ko", pick(ko, bead.ko)),
    en: toSegment("en", pick(en, bead.en)),
    score: bead.score,
  }));
  const stats: DocumentStats = { lengthRatio: estimateLengthRatio(pairs) };
  const title = pairs[0] ?? { ko: null, en: null, score: 0 };
  return deepFreeze({ id, title, pairs, stats });
}
