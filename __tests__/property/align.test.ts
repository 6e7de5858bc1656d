/**
 * Issue 6, property-based: the paragraph aligner (src/align.ts) on arbitrary paragraph lists (fast-check,
 * fixed seed). It never throws; every paragraph of each side lands in exactly one bead; beads are
 * monotone (indices increase on both sides), never empty, and score in [0, 1]; and it is deterministic.
 */
import fc from "fast-check";
import { alignParagraphs, type Bead } from "../../src/align.js";

/** Real-looking paragraphs, so anchors (numbers, names, quotes) come into play, and arbitrary strings. */
const KO_PARAGRAPHS = [
  "정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.", "홍길동 외교부 장관은 3일 서울에서 기자들과 만났다.",
  "그는 “협상은 계속된다”고 말했다.", "수출은 전년보다 12% 늘었다.", "국방부는 이날 훈련 계획을 발표했다.", "２０２４년 예산",
  "외교장관".normalize("NFD"), "(서울=연합뉴스)", "끝",
];
const EN_PARAGRAPHS = [
  "The government said on the 28th that it had set next year's budget at 656 trillion won.", "Foreign Minister Hong Gil-dong met reporters in Seoul on the 3rd.",
  "“Talks will continue,” he said.", "Exports rose 12 percent from a year earlier.", "The defense ministry announced its training plan.", "Budget 2024",
  "Seoul (Yonhap)", "END",
];
const side = (pool: readonly string[]) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }) }), { maxLength: 14 });
const RUNS = { seed: 42, numRuns: 80 };

/** Each side's indices, bead by bead, are 0..n-1 in order: every paragraph in exactly one bead, beads monotone. */
function expectCoverAndMonotone(beads: readonly Bead[], koCount: number, enCount: number): void {
  expect(beads.flatMap((b) => b.ko)).toEqual(Array.from({ length: koCount }, (_, i) => i));
  expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: enCount }, (_, i) => i));
  for (const bead of beads) {
    expect(bead.ko.length + bead.en.length).toBeGreaterThan(0);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
}

describe("alignParagraphs on arbitrary documents", () => {
  it("never throws; every paragraph is in exactly one bead; beads are monotone, non-empty and scored in [0, 1]", () => {
    fc.assert(fc.property(side(KO_PARAGRAPHS), side(EN_PARAGRAPHS), (ko, en) => {
      expectCoverAndMonotone(alignParagraphs(ko, en), ko.length, en.length);
    }), RUNS);
  });

  it("gives the same beads for the same input", () => {
    fc.assert(fc.property(side(KO_PARAGRAPHS), side(EN_PARAGRAPHS), (ko, en) => {
      expect(alignParagraphs(ko, en)).toEqual(alignParagraphs(ko, en));
    }), { seed: 42, numRuns: 25 });
  });

  it("aligns any selection of faithfully translated paragraphs 1-1", () => {
    const pairs = fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(fc.property(pairs, (indices) => {
      const beads = alignParagraphs(indices.map((i) => KO_PARAGRAPHS[i]!), indices.map((i) => EN_PARAGRAPHS[i]!));
      expect(beads.map((b) => [b.ko, b.en])).toEqual(indices.map((_, k) => [[k], [k]]));
    }), { seed: 42, numRuns: 60 });
  });
});
