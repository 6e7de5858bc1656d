import fc from "fast-check";
import { capitalisedStretches, loneCapitalisedStretches, type TextStretch } from "../../src/text/romanization.js";

/** What loneCapitalisedStretches stands for: the stretches with no space that no other stretch holds. */
function loneByDefinition(text: string): TextStretch[] {
  const all = capitalisedStretches(text);
  return all.filter((w) => !w.text.includes(" ") && !all.some((o) => o !== w && o.start <= w.start && o.end >= w.end)).map((w) => ({ ...w }));
}

/** Words and gaps that exercise the cases: possessives, initials, hyphens, lower case, odd white space. */
const PIECES = ["Kim", "Jong-un", "O'Brien", "W.", "Obama's", "the", "of", "NATO", "U.S.", "al-Maliki", "Seoul", "said"];
const GAPS = [" ", " ", "  ", "\u00a0", "\t", ", ", ". ", "-", "\n", " (", ") "];

describe("loneCapitalisedStretches", () => {
  it("keeps a word that stands alone and drops one joined to a capitalised neighbour", () => {
    expect(loneCapitalisedStretches("Rothmann added that Kim Jong-un met Putin.").map((w) => w.text)).toEqual(["Rothmann", "Putin"]);
  });

  it("keeps a stretch joined by white space without a space when nothing longer holds it", () => {
    expect(loneCapitalisedStretches("met Moon\u00a0Jae-in, then").map((w) => w.text)).toEqual(["Moon\u00a0Jae-in"]);
  });

  it("gives what filtering every stretch gives", () => {
    const text = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { maxLength: 14 })
      .map((parts) => parts.map(([word, gap]) => word + gap).join(""));
    fc.assert(fc.property(text, (t) => {
      expect(loneCapitalisedStretches(t)).toEqual(loneByDefinition(t));
    }), { numRuns: 500, seed: 7 });
  });
});
