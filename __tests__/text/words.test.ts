import { findWords, hasEqualNeighbours } from "../../src/text/words.js";

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
