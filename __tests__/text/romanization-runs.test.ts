/**
 * The fast paths of the name checks must give the answers of the plain computations they replace:
 * stretchTransliterationTest (one alignment table per run of Hangul stretches) against transliterationTest
 * stretch by stretch, bitsAffinity against affinity, and letterSimilarityBound above letterSimilarity.
 * Checked on glossary names and on random Hangul texts and Latin names (fast-check, fixed seeds).
 */
import fc from "fast-check";
import { loadBuiltinGlossary } from "../../src/glossary.js";
import {
  affinity, bitsAffinity, hangulPhones, hangulStretches, isVowelClass, latinPhones, letterBits, letterSimilarity, letterSimilarityBound, transliterationTest,
  type TextStretch,
} from "../../src/text/romanization.js";
import { stretchTransliterationTest } from "../../src/text/romanization-runs.js";

const MINIMA = [0.3, 0.5, 0.7, 0.75, 0.85, 0.95];

/** The plain answer: each usable stretch scored on its own. */
function plain(latin: string, min: number, text: string, isUsable: (w: TextStretch, index: number) => boolean): boolean {
  const test = transliterationTest(latin, min);
  return hangulStretches(text).some((w, k) => isUsable(w, k) && test(w.text));
}

/** A Hangul word of one to four syllables. */
const HANGUL_WORD = fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 1, maxLength: 4 }).map((codes) => String.fromCharCode(...codes));
/** Hangul words joined by spaces and other separators, so that stretches break and runs vary in length. */
const HANGUL_TEXT = fc.array(fc.tuple(HANGUL_WORD, fc.constantFrom(" ", " ", " ", "  ", ", ", "\t", "\u00a0", "(")), { minLength: 1, maxLength: 9 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(""));
/** A Latin name of one to three capitalised words, sometimes hyphenated or with an initial. */
const LATIN_NAME = fc.array(fc.stringMatching(/^(?:[A-Z][a-z]{1,7}(?:-[a-z]{2,5})?|[A-Z]\.)$/), { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));

describe("stretchTransliterationTest", () => {
  it("agrees with scoring each stretch on glossary names in glossary sentences", () => {
    const people = (loadBuiltinGlossary().names ?? []).filter((e) => /^[가-힣 ]+$/.test(e.ko)).slice(0, 40);
    const text = `${people.slice(0, 20).map((e) => `${e.ko}은`).join(" ")} 회담했다. ${people.slice(20).map((e) => e.ko).join(" ")}`;
    let passes = 0;
    for (const { en } of people) {
      for (const min of MINIMA) {
        const expected = plain(en, min, text, () => true);
        passes += expected ? 1 : 0;
        expect([en, min, stretchTransliterationTest(en, min)(text, hangulStretches(text), () => true)]).toEqual([en, min, expected]);
      }
    }
    expect(passes).toBeGreaterThan(40); // the case where some stretch passes is exercised, not only failures
  });

  it("agrees with scoring each stretch on random texts, names and usable stretches", () => {
    fc.assert(fc.property(LATIN_NAME, HANGUL_TEXT, fc.constantFrom(...MINIMA), fc.integer({ min: 0, max: 2 ** 30 }), (latin, text, min, mask) => {
      const isUsable = (_: TextStretch, index: number) => ((mask >> (index % 30)) & 1) === 1;
      return stretchTransliterationTest(latin, min)(text, hangulStretches(text), isUsable) === plain(latin, min, text, isUsable);
    }), { seed: 7, numRuns: 600 });
  });

  it("finds a rendering that only a longer stretch of a run gives, and none when that stretch is not usable", () => {
    const text = "제이크 설리번 보좌관";
    const stretches = hangulStretches(text);
    const test = stretchTransliterationTest("Jake Sullivan", 0.7);
    expect(test(text, stretches, () => true)).toBe(true);
    // the run from 제이크: 제이크 and 제이크 설리번 보좌관 do not render the name, 제이크 설리번 does
    const fromFirst = (w: TextStretch) => w.start === 0;
    const withoutPair = (w: TextStretch) => fromFirst(w) && w.text !== "제이크 설리번";
    expect([test(text, stretches, fromFirst), plain("Jake Sullivan", 0.7, text, fromFirst)]).toEqual([true, true]);
    expect([test(text, stretches, withoutPair), plain("Jake Sullivan", 0.7, text, withoutPair)]).toEqual([false, false]);
  });
});

describe("bitsAffinity", () => {
  it("is affinity for every pair of phones of random Hangul and Latin names", () => {
    fc.assert(fc.property(HANGUL_TEXT, LATIN_NAME, (hangul, latin) => {
      const ko = hangulPhones(hangul), en = latinPhones(latin);
      return ko.every((a) => en.every((b) => {
        const [isVowelA, isVowelB] = [isVowelClass(a.classes), isVowelClass(b.classes)];
        return bitsAffinity(letterBits(a.classes), letterBits(b.classes), isVowelA, isVowelB, a.isWordStart, b.isWordStart) === affinity(a, b, isVowelA, isVowelB);
      }));
    }), { seed: 11, numRuns: 300 });
  });
});

describe("letterSimilarityBound", () => {
  it("is never below letterSimilarity", () => {
    const letters = fc.stringMatching(/^[a-e]{0,9}$/);
    fc.assert(fc.property(letters, letters, (x, y) => letterSimilarityBound(x, y) >= letterSimilarity(x, y)), { seed: 3, numRuns: 2000 });
  });
});
