/**
 * Per-paragraph counts of one side (align-sentences.ts): a paragraph's length skips exactly what /\s/
 * matches, and a paragraph repeated word for word is read once but counted in every place it occurs.
 */
import { countQuotations, distinctTexts, sideCounts } from "../../src/text/align-sentences.js";

describe("distinctTexts", () => {
  test("lists each text once, in order of first occurrence, and maps every paragraph to its text", () => {
    const side = distinctTexts(["a", "b", "a", "c", "b"]);
    expect(side.texts).toEqual(["a", "b", "c"]);
    expect(Array.from(side.indexOf)).toEqual([0, 1, 0, 2, 1]);
  });
});

describe("sideCounts", () => {
  test("non-space length skips exactly the UTF-16 code units /\\s/ matches", () => {
    const texts = Array.from({ length: 0x10000 }, (_, code) => `a${String.fromCharCode(code)}b`);
    const { length } = sideCounts(distinctTexts(texts), () => 0);
    expect(Array.from(length)).toEqual(texts.map((t) => t.replace(/\s/g, "").length));
  });

  test("gives every paragraph its own text's counts, repeated paragraphs included", () => {
    const paragraphs = ["He said “no.” Then left.", "Seoul", "He said “no.” Then left.", "“A” and \"B\""];
    const ends = (text: string) => (text.match(/\./g) ?? []).length;
    const counts = sideCounts(distinctTexts(paragraphs), ends);
    expect(Array.from(counts.length)).toEqual(paragraphs.map((t) => t.replace(/\s/g, "").length));
    expect(Array.from(counts.sentences)).toEqual([2, 1, 2, 1]);
    expect(Array.from(counts.fragments)).toEqual([0, 1, 0, 1]);
    expect(Array.from(counts.quotes)).toEqual(paragraphs.map(countQuotations));
  });
});
