import fc from "fast-check";
import { findForms, indexForms } from "../../src/text/forms-index.js";
import { findNames, type NameMention } from "../../src/analysis/names.js";
import { loadBuiltinGlossary } from "../../src/glossary.js";
import type { Side } from "../../src/types.js";

const glossary = loadBuiltinGlossary();
/** The names of a text as [text, kind, known]. */
const names = (text: string, side: Side): [string, NameMention["kind"], string | null][] =>
  findNames(text, side, glossary).map((m) => [m.text, m.kind, m.known]);

describe("findNames (English)", () => {
  it("strips titles and finds glossary and unknown names", () => {
    expect(names("White House Press Secretary Sean Sabet met Vice Chairman Zhang Youxia and Spokesman Gary Rothman.", "en")).toEqual([
      ["Sean Sabet", "full", "Sean Savett"], ["Zhang Youxia", "full", "Zhang Youxia"], ["Gary Rothman", "full", null],
    ]);
  });

  it("marks known misspellings as variants and keeps people who share a surname apart", () => {
    const found = findNames("Kim Jong-eun and Kim Yo Jong attended.", "en", glossary);
    expect(found.map((m) => [m.text, m.match, m.key])).toEqual([["Kim Jong-eun", "variant", "김정은"], ["Kim Yo Jong", "official", "김여정"]]);
  });

  it("leaves out places, organisations, months and sentence-initial words", () => {
    expect(names("In January the New York Stock Exchange said South Korea and the Korea Herald agreed.", "en")).toEqual([]);
  });

  it("takes a surname after a title, and a short form with its candidates", () => {
    const found = findNames("Advisor Sullivan met Sen. Obama, and Kim spoke.", "en", glossary);
    expect(found.map((m) => [m.text, m.kind])).toEqual([["Sullivan", "short"], ["Obama", "short"], ["Kim", "short"]]);
    expect(found[2]!.candidates.length).toBeGreaterThan(1);
    expect(found[2]!.key).toBeNull();
  });

  it("lets an unknown full name win over a short form inside it", () => {
    expect(names("President Lee Myung-baak spoke.", "en")).toEqual([["Lee Myung-baak", "full", null]]);
  });

  it("reads a title-case headline for glossary names and titled names only", () => {
    expect(names("Nuclear Disarmament Approach Links North Korea Talks With Yoon Seok-yeol", "en")).toEqual([["Yoon Seok-yeol", "full", "Yoon Suk Yeol"]]);
  });
});

describe("findNames (Korean)", () => {
  it("finds glossary names with their Hanja gloss and title", () => {
    const [name] = findNames("장유샤(張眞夏) 중앙군사위원회 부주석은", "ko", glossary);
    expect([name?.text, name?.known, name?.hanja, name?.hanjaStart, name?.hanjaEnd]).toEqual(["장유샤", "Zhang Youxia", "張眞夏", 4, 7]);
  });

  it("finds unknown names written before a title, a given name with them", () => {
    expect(names("숀 사벳 백악관 대변인은 이날 밝혔다.", "ko")).toEqual([["숀 사벳", "full", "Sean Savett"]]);
    expect(names("개리 로스먼 대변인은 회의가 연기됐다고 밝혔다.", "ko")).toEqual([["개리 로스먼", "full", null]]);
  });

  it("takes a one-syllable surname only before a glossary title, and never a modifier", () => {
    expect(names("시 주석은 이날 연설했다.", "ko").map(([t, k]) => [t, k])).toEqual([["시", "short"]]);
    expect(names("전 대통령은 이날 연설했다.", "ko")).toEqual([]);
  });

  it("does not take words with particles or verb endings for names", () => {
    expect(names("정부 관계자들은 상황에서 대통령이 결정한다며 대변인을 통해 밝혔다.", "ko")).toEqual([]);
  });

  it("takes an unknown Hanja-glossed word as a name only when it is a Mandarin rendering or titled", () => {
    expect(names("쑨춘란(孫春蘭) 부총리와 표장(標章) 문제", "ko").map(([t]) => t)).toEqual(["쑨춘란"]);
  });
});

describe("findForms", () => {
  /** What a search string by string finds: every occurrence (overlapping ones too), by string then position, none after a skipped unit. */
  function searchEach(text: string, needles: readonly string[], isSkippedAfter: (unit: number) => boolean): { form: number; at: number }[] {
    return needles.flatMap((needle, form) => {
      const hits: { form: number; at: number }[] = [];
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) if (!(at > 0 && isSkippedAfter(text.charCodeAt(at - 1)))) hits.push({ form, at });
      return hits;
    });
  }

  it("finds what searching string by string finds, in the same order", () => {
    const needles = ["김정은", "김", "정은", "은", "aa", "a", "aaa", "ab", "김정"];
    const text = "김정은은 김 위원장, aaab 김정은 aaa";
    expect(findForms(text, indexForms(needles), text, () => false)).toEqual(searchEach(text, needles, () => false));
    const isHangul = (unit: number) => unit >= 0xac00 && unit <= 0xd7a3;
    expect(findForms(text, indexForms(needles), text, isHangul)).toEqual(searchEach(text, needles, isHangul));
  });

  it("agrees with searching string by string on random texts and strings", () => {
    const alphabet = fc.constantFrom("a", "b", "A", " ", "김", "정", "은", "-");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((chars) => chars.join(""));
    const text = fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join(""));
    const isLetter = (unit: number) => unit === 0x61 || unit === 0x62;
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), text, (needles, t) => {
      expect(findForms(t, indexForms(needles), t, isLetter)).toEqual(searchEach(t, needles, isLetter));
    }), { seed: 5, numRuns: 500 });
  });
});
