/**
 * Turns a document and its alignment into the Article that rules read: one Segment per side of each
 * bead (paragraphs of a many-to-one bead are joined with a blank line), deep-frozen.
 */
import type { Bead } from "./align.js";
import type { DocumentSide, Paragraph } from "./document.js";
import type { AlignedPair, Article, DocumentStats, Piece, Segment, Side } from "./types.js";
import { deepFreeze } from "./freeze.js";

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

/** A paragraph's pieces shifted by where the paragraph starts in a many-to-one segment's text. */
function shiftPieces(paragraph: Paragraph, base: number): Piece[] {
  return paragraph.pieces.map((piece) => Object.freeze({ ...piece, textStart: base + piece.textStart }));
}

/** The segment of one side of a bead: its paragraphs joined (null for none). */
export function toSegment(side: Side, paragraphs: readonly Paragraph[]): Segment | null {
  const first = paragraphs[0];
  if (!first) return null;
  let text = first.text;
  let pieces: readonly Piece[] = first.pieces; // shared with the paragraph: the usual one-paragraph segment copies nothing
  for (let i = 1; i < paragraphs.length; i++) { // a many-to-one bead
    const paragraph = paragraphs[i]!;
    if (text) text += PARAGRAPH_JOINER;
    pieces = pieces.concat(shiftPieces(paragraph, text.length));
    text += paragraph.text;
  }
  // frozen as built, so deepFreeze stops here instead of walking a million objects
  const indices = Object.freeze(paragraphs.map((p) => p.index));
  return Object.freeze({ side, index: first.index, text, fileOffset: first.fileOffset, paragraphs: indices, pieces: Object.freeze(pieces) });
}

function pick(side: DocumentSide, indices: readonly number[]): Paragraph[] {
  const picked: Paragraph[] = [];
  for (const i of indices) {
    const paragraph = side.paragraphs[i];
    if (paragraph !== undefined) picked.push(paragraph);
  }
  return picked;
}

/** English/Korean character ratio over the document's 1-1 beads (all beads when there are none), shrunk toward the news prior. */
export function estimateLengthRatio(pairs: readonly AlignedPair[]): number {
  const oneToOne = pairs.filter((p) => p.ko?.paragraphs.length === 1 && p.en?.paragraphs.length === 1);
  const measured = oneToOne.length > 0 ? oneToOne : pairs.filter((p) => p.ko && p.en);
  const koChars = measured.reduce((sum, p) => sum + (p.ko?.text.length ?? 0), 0);
  const enChars = measured.reduce((sum, p) => sum + (p.en?.text.length ?? 0), 0);
  return (enChars + PRIOR_LENGTH_RATIO * PRIOR_WEIGHT) / (koChars + PRIOR_WEIGHT);
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
