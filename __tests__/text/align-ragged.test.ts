/**
 * The occurrence-row queries of align-ragged.ts agree with each other: hasBetween is countBetween > 0,
 * countOf is the number of positionsOf, and firstAtLeast indexes the first position at or after a point.
 */
import {
  buildOccurrences, countBetween, countOf, firstAtLeast, hasBetween, positionsOf, RaggedBuilder,
} from "../../src/text/align-ragged.js";

/** Occurrences of ids 0..5 over 40 paragraphs, some ids absent, some repeated within a paragraph. */
function occurrences() {
  const lists = new RaggedBuilder();
  for (let p = 0; p < 40; p++) lists.push([p % 3, (p * 7) % 5, (p * 7) % 5, ...(p % 11 === 0 ? [4] : [])]);
  return buildOccurrences(lists.build(), 6);
}

describe("occurrence queries", () => {
  const occ = occurrences();

  test("countOf is the number of paragraphs positionsOf lists", () => {
    expect([0, 1, 2, 3, 4, 5].map((id) => countOf(occ, id))).toEqual([0, 1, 2, 3, 4, 5].map((id) => positionsOf(occ, id).length));
    expect(countOf(occ, 5)).toBe(0);
  });

  test("hasBetween is countBetween > 0, also for fractional and out-of-range bounds", () => {
    for (let id = 0; id < 6; id++) {
      for (let from = -3; from < 43; from += 0.5) {
        for (const width of [0, 0.25, 1, 2.5, 7]) {
          expect(hasBetween(occ, id, from, from + width)).toBe(countBetween(occ, id, from, from + width) > 0);
        }
      }
    }
  });

  test("firstAtLeast indexes the first paragraph at or after a position, or the row's end", () => {
    for (let id = 0; id < 6; id++) {
      const row = Array.from(positionsOf(occ, id));
      const start = occ.offsets[id] ?? 0;
      for (let position = -1; position <= 41; position++) {
        const k = row.findIndex((p) => p >= position);
        expect(firstAtLeast(occ, id, position)).toBe(start + (k < 0 ? row.length : k));
      }
    }
  });
});
