/**
 * isTransliterationAtLeast answers "transliterationScore >= min" with a cheap upper bound first; the
 * bound may only skip work, never change the answer. Checked on real name pairs from the glossary and
 * on random Hangul/Latin strings (fast-check, fixed seed).
 */
import fc from "fast-check";
import { loadBuiltinGlossary } from "../../src/glossary.js";
import { isTransliterationAtLeast, transliterationScore } from "../../src/text/romanization.js";

const MINIMA = [0.3, 0.5, 0.7, 0.75, 0.85, 0.95];

/** Korean and English glossary forms of people, crossed with each other so that most pairs do not match. */
function glossaryPairs(): [string, string][] {
  const glossary = loadBuiltinGlossary() as unknown as Record<string, readonly { ko: string; en: string }[]>;
  const names = Object.values(glossary).flat().filter((e) => /^[가-힣 ]+$/.test(e.ko) && /^[A-Za-z .'-]+$/.test(e.en)).slice(0, 60);
  return names.flatMap((a, i) => names.slice(i, i + 6).map((b): [string, string] => [a.ko, b.en]));
}

describe("isTransliterationAtLeast", () => {
  it("agrees with the full score on glossary name pairs at every minimum", () => {
    const pairs = glossaryPairs();
    expect(pairs.length).toBeGreaterThan(100);
    for (const [hangul, latin] of pairs) {
      for (const min of MINIMA) expect([hangul, latin, min, isTransliterationAtLeast(hangul, latin, min)]).toEqual([hangul, latin, min, transliterationScore(hangul, latin, false) >= min]);
    }
  });

  it("agrees with the full score on random syllables and Latin words", () => {
    const hangul = fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 1, maxLength: 4 }).map((codes) => String.fromCharCode(...codes));
    const latin = fc.array(fc.stringMatching(/^[A-Z][a-z]{1,7}$/), { minLength: 1, maxLength: 3 }).map((words) => words.join(" "));
    fc.assert(fc.property(hangul, latin, fc.constantFrom(...MINIMA), (h, l, min) => isTransliterationAtLeast(h, l, min) === transliterationScore(h, l, false) >= min), { seed: 42, numRuns: 400 });
  });
});
