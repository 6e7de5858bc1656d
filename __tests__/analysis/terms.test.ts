import { findPairs, findTerms, type PairHit, type TermHit } from "../../src/analysis/terms.js";
import { loadBuiltinGlossary } from "../../src/glossary.js";

const glossary = loadBuiltinGlossary();

function pairs(text: string, side: "ko" | "en"): PairHit[] {
  return findPairs(text, side, glossary) as PairHit[];
}

function terms(text: string, side: "ko" | "en"): TermHit[] {
  return findTerms(text, side, glossary) as TermHit[];
}

/** A pair as "text key construction members", for compact expectations. */
function brief(hit: PairHit): string {
  return `${hit.text} ${hit.key} ${hit.construction} ${hit.members.map((m) => m.entities[0]).join("+")}`;
}

describe("findPairs, Korean", () => {
  it.each([
    ["미중간의 핵 군축협상은 미소간에 체결됐던", ["미중 미중 contraction United States+China", "미소 미소 contraction United States+Soviet Union"]],
    ["미-러간의 협정", ["미-러 미러 contraction United States+Russia"]],
    ["한·미·일 3국 공조", ["한·미·일 한미일 contraction South Korea+United States+Japan"]],
    ["북미 정상회담이 열렸다", ["북미 북미 contraction North Korea+United States"]],
    ["남북한 관계", ["남북 남북 contraction South Korea+North Korea"]],
    ["한러일간 협력", ["한러일 한러일 contraction South Korea+Russia+Japan"]],
  ])("finds the contraction in %s", (text, expected) => {
    expect(pairs(text, "ko").map(brief)).toEqual(expected);
  });

  it.each([
    ["그는 미소를 지었다", "미소 = smile"],
    ["북미 시장에서 팔린다", "북미 = North America"],
    ["남북전쟁 당시 링컨은", "남북전쟁 = the American Civil War"],
    ["중소기업 지원", "중소기업 = small business"],
    ["회의 중일 때", "중 'during' + 일 'to be'"],
    ["이미 관계가 악화됐다", "이미 = already"],
    ["이중간첩", "이중 = double"],
    ["북한미사일", "한미 inside a word"],
    ["대미 수출", "대 = against"],
    ["독일과 프랑스", "독일 = Germany"],
    ["한미약품 주가", "a company name"],
  ])("finds no pair in %s (%s)", (text) => {
    expect(pairs(text, "ko")).toEqual([]);
  });

  it("marks listed, decoded and relational contractions", () => {
    const [listed] = pairs("미중 갈등", "ko");
    expect(listed).toMatchObject({ isListed: true, isRelational: true, start: 0, end: 2 });
    expect(pairs("한미가 발표했다", "ko")[0]).toMatchObject({ isListed: true, isRelational: false });
    expect(pairs("한러일간 협력", "ko")[0]).toMatchObject({ isListed: false, isRelational: true });
  });
});

describe("findPairs, English", () => {
  it.each([
    ["agreements between the U.S. and the U.S. had", ["the U.S. and the U.S. 미미 between United States+United States"]],
    ["US-China First High-Level Military Talks", ["US-China 미중 hyphen United States+China"]],
    ["Sino-US relations", ["Sino-US 중미 hyphen China+United States"]],
    ["US–Soviet talks", ["US–Soviet 미소 hyphen United States+Soviet Union"]],
    ["The U.S., Japan and South Korea agreed", ["The U.S., Japan and South Korea 한미일 and United States+Japan+South Korea"]],
    ["inter-Korean talks resumed", ["inter-Korean 남북 idiom South Korea+North Korea"]],
    ["the two Koreas agreed", ["two Koreas 남북 idiom South Korea+North Korea"]],
    ["Washington and the U.S. said", ["Washington and the U.S. 미미 and United States+United States"]],
  ])("finds the pair in %s", (text, expected) => {
    expect(pairs(text, "en").map(brief)).toEqual(expected);
  });

  it.each([
    ["the U.S. and U.S. allies", "an attributive U.S."],
    ["competitiveness of Korea and Koreans", "Koreans is not Korea"],
    ["Korea and Korean firms", "a noun and an adjective"],
    ["China and China's neighbors", "a possessive"],
    ["South-South cooperation", "a term of its own"],
    ["the Korea Herald and Japan", "a newspaper's name"],
    ["North America and South America", "continents"],
    ["George Washington and Washington", "a person"],
    ["U.S.-led and U.S. forces", "a modifier"],
    ["Republic of China and China", "Taiwan's formal name"],
    ["prices of US$50 and US$60", "a currency sign"],
  ])("finds no pair in %s (%s)", (text) => {
    expect(pairs(text, "en")).toEqual([]);
  });

  it("keeps the article in the span, not in the member", () => {
    const [hit] = pairs("between the U.S. and the Soviet Union", "en");
    expect(hit).toMatchObject({ start: 8, text: "the U.S. and the Soviet Union", construction: "between", isRelational: true });
    expect(hit!.members.map((m) => [m.text, m.hasArticle, m.shape])).toEqual([["U.S.", true, "abbreviation"], ["Soviet Union", true, "noun"]]);
  });
});

describe("findTerms", () => {
  it("finds Korean terms by key and alias, longest first, with the country before them", () => {
    expect(terms("미 국방부와 국방부, 인도 태평양 사령부", "ko").map((t) => [t.text, t.key, t.form, t.qualifier])).toEqual([
      ["국방부", "국방부", "ko", "United States"],
      ["국방부", "국방부", "ko", null],
      ["인도 태평양 사령부", "인도태평양사령부", "alias", null],
    ]);
  });

  it("finds English renderings with U.S./US as one form, longest first, and marks wrong ones", () => {
    const found = terms("the US Indo-Pacific Command, formerly Pacific Command; the strategic oil reserves", "en");
    expect(found.map((t) => [t.text, t.key, t.form, t.rendering])).toEqual([
      ["US Indo-Pacific Command", "인도태평양사령부", "en", "U.S. Indo-Pacific Command"],
      ["Pacific Command", "인도태평양사령부", "variant", "Pacific Command"],
      ["strategic oil reserves", "전략비축유", "alternative", "strategic oil reserve"],
    ]);
  });

  it("matches acronyms and one-word names by case", () => {
    expect(terms("the WHO said who knows; the Fed was fed up", "en").map((t) => t.text)).toEqual(["WHO", "Fed"]);
  });

  it("drops a mention inside a longer mention of another term", () => {
    expect(terms("emergency martial law", "en").map((t) => t.key)).toEqual(["비상계엄"]);
  });
});
