/**
 * formMatcher finds a glossary form exactly where the pattern it replaces,
 * `(?<![\p{L}\p{N}-])formSource(?:e?s)?(?![\p{L}\p{N}])` with matchAll, finds it: the same starts and ends,
 * on glossary forms with and without abbreviation twins, plurals, case and Unicode edge cases around them.
 */
import fc from "fast-check";
import { formMatcher, formReadings, formSource, isAcronym, spellingFacts, type SpellingFacts } from "../../src/text/english-forms.js";

/** Abbreviation sets as the variants glossary gives them (U.S. = US). */
const FACTS: SpellingFacts = spellingFacts({
  variants: [
    { ko: "미국", en: "U.S.", variants: ["US"], type: "abbreviation" },
    { ko: "유엔", en: "U.N.", variants: ["UN"], type: "abbreviation" },
    { ko: "국방", en: "defense", variants: ["defence"], type: "spelling" },
  ],
});
/** Forms of the kinds terms.json holds: words, phrases, acronyms, abbreviations inside phrases, punctuation. */
const FORMS = ["tariff", "Blue House", "U.S. Forces Korea", "US-China", "NATO", "ICBM", "UN Security Council", "co-operation", "G20", "U.S.", "Fed", "martial law"];
/** Pieces texts are made of: the forms' own words in other cases, plurals, and characters that test the boundaries. */
const PIECES = [
  "tariff", "Tariffs", "TARIFFES", "blue house", "Blue House", "U.S.", "US", "us", "u.s.", "Forces Korea", "-China", "china", "NATO", "Natos",
  "ICBMs", "icbm", "UN", "U.N.", "Security Council", "co-operation", "G20", "g20s", "Fed", "fed", "martial law", "s", "es", "e", " ", " ", ".",
  ",", "-", "'", "’", "1", "é", "ſ", "K", "\u0345", "𝐀", "\ud835", "\udc00", "가", "(", ")",
];

/** Start-end pairs of every match of the pattern formMatcher stands for. */
function regexMatches(form: string, text: string): string[] {
  const plural = /\p{L}$/u.test(form) ? "(?:e?s)?" : "";
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\-])${formSource(form, FACTS)}${plural}(?![\\p{L}\\p{N}])`, isAcronym(form) ? "gu" : "giu");
  return [...text.matchAll(pattern)].map((m) => `${m.index}-${m.index + m[0].length}`);
}

function matcherMatches(form: string, text: string): string[] {
  return formMatcher(form, FACTS, isAcronym(form))(text).map((m) => `${m.start}-${m.end}`);
}

describe("formReadings", () => {
  it("expands each abbreviation into its set, the first abbreviation varying slowest", () => {
    expect(formReadings("U.S.-UN talks", FACTS)).toEqual(["U\\.S\\.-U\\.N\\. talks", "U\\.S\\.-UN talks", "US-U\\.N\\. talks", "US-UN talks"]);
    expect(formReadings("USFK", FACTS)).toEqual(["USFK"]);
  });
});

describe("formMatcher", () => {
  it.each([
    ["tariff", "New tariffs and TARIFF rises, not mid-tariff or tariff2", ["4-11", "16-22"]],
    ["U.S. Forces Korea", "The US Forces Korea and U.S. Forces Koreas", ["4-19", "24-42"]],
    ["NATO", "NATO, nato and NATOs", ["0-4", "15-20"]],
  ])("finds %s where the pattern does", (form, text, expected) => {
    expect(matcherMatches(form, text)).toEqual(expected);
    expect(regexMatches(form, text)).toEqual(expected);
  });

  it("agrees with the pattern on any text made of the forms' words and boundary characters", () => {
    fc.assert(fc.property(fc.constantFrom(...FORMS), fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (form, pieces) => {
      const text = pieces.join("");
      expect(matcherMatches(form, text)).toEqual(regexMatches(form, text));
    }), { seed: 6, numRuns: 3000 });
  });
});
