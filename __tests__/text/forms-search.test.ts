import fc from "fast-check";
import { activeGroups, groupsByLiteral, literalId, literalIndex } from "../../src/text/forms-search.js";

/** What `occurring` must equal: includes, literal by literal. */
const byIncludes = (literals: readonly string[], text: string) => literals.map((l) => (text.includes(l) ? 1 : 0));

describe("literalIndex", () => {
  it("finds the literals a text contains, whatever their length, at any place", () => {
    const literals = ["U.S.", "US", "Blue House", "청와대", "미", "", "house", "Hou", "se"];
    const index = literalIndex(literals);
    const text = "The Blue House said 청와대 and the U.S. agreed";
    expect([...index.occurring(text)]).toEqual([1, 0, 1, 1, 0, 1, 0, 1, 1]); // case counts: "House" is not "house"
    expect(index.literals).toBe(literals);
  });

  it("finds a literal at the very start and the very end, and none in an empty text", () => {
    const index = literalIndex(["ab", "abc", "yz", "xyz", "z"]);
    expect([...index.occurring("abcdxyz")]).toEqual([1, 1, 1, 1, 1]);
    expect([...index.occurring("")]).toEqual([0, 0, 0, 0, 0]);
    expect([...index.occurring("a")]).toEqual([0, 0, 0, 0, 0]);
  });

  it("tells apart literals that share a bucket or a prefix", () => {
    const literals = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const index = literalIndex(literals);
    const text = "a w1x, w2zx and wzzx but not w1 or wx";
    expect([...index.occurring(text)]).toEqual(byIncludes(literals, text));
  });

  it("agrees with includes on random literals and texts, surrogate pairs included", () => {
    const alphabet = fc.constantFrom("a", "b", "A", " ", "-", ".", "미", "중", "😀", "\uD83D");
    const word = fc.array(alphabet, { maxLength: 4 }).map((chars) => chars.join(""));
    fc.assert(fc.property(fc.array(word, { maxLength: 12 }), fc.array(word, { maxLength: 10 }), (literals, pieces) => {
      const text = pieces.join("");
      expect([...literalIndex(literals).occurring(text)]).toEqual(byIncludes(literals, text));
    }));
  });
});

describe("literal ids and groups", () => {
  it("numbers literals in order of first use, as literalIndex numbers the map's keys", () => {
    const ids = new Map<string, number>();
    expect(["us", "u.s.", "us", "china"].map((l) => literalId(ids, l))).toEqual([0, 1, 0, 2]);
    const index = literalIndex([...ids.keys()]);
    expect([...index.occurring("china and us")]).toEqual([1, 0, 1]);
  });

  it("lists each group once per literal it needs, and marks active only the groups with a literal in the text", () => {
    const owners = groupsByLiteral(3, [[0, 1, 0], [2], [1], []]);
    expect(owners).toEqual([[0], [0, 2], [1]]);
    expect([...activeGroups(Uint8Array.from([0, 1, 0]), owners, 4)]).toEqual([1, 0, 1, 0]);
    expect([...activeGroups(Uint8Array.from([0, 0, 0]), owners, 4)]).toEqual([0, 0, 0, 0]);
  });
});
