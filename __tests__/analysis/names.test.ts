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
