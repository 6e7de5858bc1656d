/**
 * Issue 6, property-based: the paragraph splitter on arbitrary text (fast-check, fixed seed). It never
 * throws; every visible character of the file lands in exactly one paragraph, in file order; pieces point
 * into the file in order; each paragraph's line is the line its first piece is on.
 */
import fc from "fast-check";
import { isInvisible, needsNormalizing, normalizeText } from "../../src/normalize.js";
import { lineStarts, splitParagraphs, toLineColumn } from "../../src/paragraphs.js";

/** Bits of text that stress the splitter: line ends of every kind, blank-looking lines, NFD Hangul, invisible and wide characters. */
const FRAGMENTS = [
  "\n", "\r\n", "\r", "\n\n", " ", "\t", "\u00a0", "\u3000", "\u200b", "\ufeff", "\u200f", "😀", "e\u0301",
  "정부는", "예산안을", "외교장관".normalize("NFD"), "２０２４", "656조 원", "The", "government", "said.", "“", "”", "-",
];
const TEXT = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join("")),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
);
const RUNS = { seed: 42, numRuns: 400 };

/** The visible characters of a text after per-line normalisation, whitespace removed. */
function visible(text: string): string {
  return text.split(/\r\n|\r|\n/).map(normalizeText).join("").replace(/\s/g, "");
}

describe("splitParagraphs on arbitrary text", () => {
  it("never throws and keeps every visible character exactly once, in order", () => {
    fc.assert(fc.property(TEXT, (text) => {
      const paragraphs = splitParagraphs(text);
      expect(paragraphs.map((p) => p.text).join("").replace(/\s/g, "")).toBe(visible(text));
      for (const p of paragraphs) {
        expect(p.text.length).toBeGreaterThan(0);
        expect(p.text).toBe(p.text.trim());
      }
    }), RUNS);
  });

  it("gives pieces that point into the file in order, and each paragraph the line of its first piece", () => {
    fc.assert(fc.property(TEXT, (text) => {
      const starts = lineStarts(text);
      let lastOffset = -1;
      for (const p of splitParagraphs(text)) {
        expect(p.fileOffset).toBe(p.pieces[0]?.fileOffset);
        expect(p.line).toBe(toLineColumn(starts, p.fileOffset).line);
        let lastStart = -1;
        for (const piece of p.pieces) {
          // equal only when NFC expands a character (U+FB2A to U+05E9 U+05C1): its pieces share the character's offset
          expect(piece.fileOffset).toBeGreaterThanOrEqual(lastOffset);
          expect(piece.textStart).toBeGreaterThan(lastStart);
          expect(piece.textStart + piece.length).toBeLessThanOrEqual(p.text.length);
          expect(piece.fileOffset + piece.length).toBeLessThanOrEqual(text.length);
          lastOffset = piece.fileOffset;
          lastStart = piece.textStart;
        }
      }
    }), RUNS);
  });

  it("maps verbatim text to itself: without anything to normalise, each piece is the file's own text", () => {
    const plain = fc.array(fc.constantFrom("\n", "\r\n", "\n\n", " ", "\t", "정부는", "예산안", "The", "budget", "656"), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(fc.property(plain, (text) => {
      for (const p of splitParagraphs(text)) {
        for (const piece of p.pieces) expect(p.text.slice(piece.textStart, piece.textStart + piece.length)).toBe(text.slice(piece.fileOffset, piece.fileOffset + piece.length));
      }
    }), RUNS);
  });
});

/** Oracles for the fast paths of the splitter: each is the plain definition the faster code must agree with. */
describe("the splitter's fast paths agree with their plain definitions", () => {
  /** Line breaks as the splitter defines them. */
  const LINE_BREAK = /\r\n|\r|\n/g;
  /** The invisible format characters of src/normalize.ts. */
  const INVISIBLE_ALL = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
  /** Wide spaces and full-width ASCII, which normalising folds. */
  const FOLDED = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\uFF01-\uFF5E]/;

  it("lineStarts: one start per line, after every CRLF, LF and lone CR", () => {
    fc.assert(fc.property(TEXT, (text) => {
      const expected = [0, ...[...text.matchAll(LINE_BREAK)].map((match) => match.index + match[0].length)];
      expect(lineStarts(text)).toEqual(expected);
    }), RUNS);
  });

  it("isInvisible: nothing left after dropping invisible characters and trimming", () => {
    fc.assert(fc.property(TEXT, (text) => {
      expect(isInvisible(text)).toBe(text.replace(INVISIBLE_ALL, "").trim() === "");
    }), RUNS);
  });

  it("needsNormalizing: a character to drop or fold, or text that NFC changes", () => {
    const nfcPairs = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.oneof(TEXT, nfcPairs), (text) => {
      const isFolded = text.replace(INVISIBLE_ALL, "") !== text || FOLDED.test(text);
      expect(needsNormalizing(text)).toBe(isFolded || text.normalize("NFC") !== text);
    }), RUNS);
  });
});
