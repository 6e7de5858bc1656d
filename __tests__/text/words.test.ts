import { findWords, firstWords, hasEqualNeighbours, isAfterSentenceEnd, isAfterWordAndSpace } from "../../src/text/words.js";

describe("hasEqualNeighbours", () => {
  it("is true for a word equal to the one before it, ignoring case and what stands between", () => {
    expect(hasEqualNeighbours("He said the the talks ended")).toBe(true);
    expect(hasEqualNeighbours("The. the end")).toBe(true);
    expect(hasEqualNeighbours("정부는 정부는 발표했다")).toBe(true);
  });

  it("is false when no two neighbouring words are equal", () => {
    expect(hasEqualNeighbours("the talks, the end")).toBe(false);
    expect(hasEqualNeighbours("talk talks")).toBe(false);
    expect(hasEqualNeighbours("")).toBe(false);
  });

  it("leaves findWords reading the whole text after it stops early", () => {
    const text = "a b b c";
    expect(hasEqualNeighbours(text)).toBe(true);
    expect(findWords(text).map((w) => w.text)).toEqual(["a", "b", "b", "c"]);
  });
});

describe("firstWords", () => {
  const skipDigits = (word: string) => /^\d+$/.test(word);

  it("gives findWords' first words, leaving out the skipped ones", () => {
    const text = "(周) 외교부 2024 대변인은, 16일 말했다 don't";
    const all = findWords(text).filter((w) => !skipDigits(w.text));
    for (let count = 0; count <= all.length + 1; count++) expect(firstWords(text, count, skipDigits)).toEqual(all.slice(0, count));
  });

  it("starts from the beginning each time, whatever a previous call left", () => {
    expect(firstWords("one two three", 1, () => false).map((w) => w.text)).toEqual(["one"]);
    expect(firstWords("four five", 2, () => false).map((w) => w.text)).toEqual(["four", "five"]);
    expect(hasEqualNeighbours("six six")).toBe(true);
    expect(firstWords("seven", 3, () => false).map((w) => w.text)).toEqual(["seven"]);
  });
});

describe("isAfterSentenceEnd", () => {
  it("is true at the start and after a sentence end, a closing quote and white space; false elsewhere", () => {
    expect(isAfterSentenceEnd("Kim said", 0)).toBe(true);
    expect(isAfterSentenceEnd("It ended. Kim said", 10)).toBe(true);
    expect(isAfterSentenceEnd("\u201cIt ended.\u201d Kim said", 12)).toBe(true);
    expect(isAfterSentenceEnd("It ended.Kim said", 9)).toBe(false); // no white space
    expect(isAfterSentenceEnd("and Kim said", 4)).toBe(false);
    expect(isAfterSentenceEnd("   Kim", 3)).toBe(false); // only white space before
  });
});

describe("isAfterWordAndSpace", () => {
  it("is true after a letter and white space, false at the start, after punctuation or with no space", () => {
    expect(isAfterWordAndSpace("called \u201cthe plan\u201d", 7)).toBe(true);
    expect(isAfterWordAndSpace("\u201cthe plan\u201d", 0)).toBe(false);
    expect(isAfterWordAndSpace("said: \u201cno\u201d", 6)).toBe(false);
    expect(isAfterWordAndSpace("said\u201cno\u201d", 4)).toBe(false);
    expect(isAfterWordAndSpace("\u{20000} x", 3)).toBe(true); // a letter outside the BMP
  });
});
