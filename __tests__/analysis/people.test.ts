import { createAnalysis } from "../../src/analysis/index.js";
import { findPeople, type PersonMention } from "../../src/analysis/people.js";
import { compareTitles, isSameOffice } from "../../src/analysis/people-compare.js";
import { isSamePerson, namesMatch, resolvePeople } from "../../src/analysis/people-identity.js";
import { peopleLexicon } from "../../src/analysis/people-lexicon.js";
import { suggestTitle } from "../../src/analysis/people-suggest.js";
import { buildArticle } from "../../src/article.js";
import { alignDocument } from "../../src/check.js";
import { documentFromPair } from "../../src/document.js";
import { loadBuiltinGlossary } from "../../src/glossary.js";

const glossary = loadBuiltinGlossary();

/** "name | title text | ranks" for each mention with a title. */
const titled = (people: readonly PersonMention[]): string[] =>
  people.filter((p) => p.title).map((p) => `${p.text} | ${p.title!.text} | ${p.title!.ranks.join(",")}`);

const title = (text: string, side: "ko" | "en") => findPeople(text, side, glossary).find((p) => p.title)!.title!;

function article(ko: string, en: string) {
  const doc = documentFromPair({ path: "ko.txt", text: ko }, { path: "en.txt", text: en });
  return buildArticle("en.txt", doc.ko, doc.en, alignDocument(doc));
}

describe("findPeople (Korean)", () => {
  it("reads name, organisation and title, with a hanja gloss after the name", () => {
    expect(titled(findPeople("중국의 핵심 군사 고문인 장유샤(張又俠) 중앙군사위원회 부주석과 대화를 나눴다.", "ko", glossary)))
      .toEqual(["장유샤 | 부주석 | vice"]);
    expect(titled(findPeople("린젠(林建) 중국 외교부 대변인은 말했다.", "ko", glossary))).toEqual(["린젠 | 대변인 | "]);
  });

  it("keeps a surname as written and resolves glossary names to their English identity", () => {
    const [short, full] = findPeople("왕 부주석 회담 이전에 왕이 외교장관과 회담했고", "ko", glossary);
    expect([short?.text, short?.isShort, full?.id, full?.title?.key]).toEqual(["왕", true, "Wang Yi", "외교장관"]);
  });

  it("reads rank modifiers before and after the title, spaced or not", () => {
    const text = "홍길동 전 대통령과 김철수 대통령 권한대행, 박민수 부국장은 만났다. 정해인 전 미국 대사도 왔다.";
    expect(titled(findPeople(text, "ko", glossary))).toEqual([
      "홍길동 | 전 대통령 | former", "김철수 | 대통령 권한대행 | acting", "박민수 | 부국장 | vice", "정해인 | 전 미국 대사 | former",
    ]);
  });

  it("takes 대통령을 지낸 as a former title and 당시 as the title of the time", () => {
    expect(findPeople("대통령을 지낸 홍길동은", "ko", glossary)[0]?.title?.ranks).toEqual(["former"]);
    expect(findPeople("당시 홍길동 국방장관은 서명했다.", "ko", glossary)[0]?.title?.isThen).toBe(true);
  });

  it("reads X부장관 as ministry + minister, not deputy secretary", () => {
    expect(titled(findPeople("유명환 외교통상부장관은 평가했다.", "ko", glossary))).toEqual(["유명환 | 장관 | "]);
  });

  it("skips words that only contain a title and ambiguous titles with no name", () => {
    expect(titled(findPeople("장관급 회담이 열렸고 주식시장은 올랐으며 대사관 앞에 모였다.", "ko", glossary))).toEqual([]);
  });

  it("joins two titles of one person with 겸", () => {
    const people = findPeople("홍길동 경제부총리 겸 기획재정부 장관은 말했다.", "ko", glossary);
    expect(people.map((p) => [p.text, p.title?.core, p.alsoTitle?.core])).toEqual([
      ["홍길동", "경제부총리", "기획재정부 장관"], ["홍길동", "기획재정부 장관", "경제부총리"],
    ]);
  });

  it("does not take the owner of a title for its holder", () => {
    expect(titled(findPeople("빌 버튼 오바마 측 대변인은 밝혔다.", "ko", glossary))).toEqual(["버튼 | 대변인 | "]);
    expect(titled(findPeople("토마스 스테그 메르켈 총리 대변인은 밝혔다.", "ko", glossary))).toEqual(["스테그 | 대변인 | "]);
  });
});

describe("findPeople (English)", () => {
  it("reads title-before-name, with the organisation between", () => {
    const text = "White House National Security Adviser Jake Sullivan met Vice Chairman of the Central Military Commission Zhang Youxia.";
    expect(titled(findPeople(text, "en", glossary))).toEqual([
      "Jake Sullivan | National Security Adviser | ", "Zhang Youxia | Vice Chairman | vice",
    ]);
  });

  it("reads apposition before and after the name", () => {
    const text = "Wang Yi, China's foreign minister, met Lin Jian, a spokesperson for the Chinese Ministry of Foreign Affairs, and the vice chairman of the Central Military Commission, Zhang Youxia.";
    expect(titled(findPeople(text, "en", glossary))).toEqual([
      "Wang Yi | foreign minister | ", "Lin Jian | spokesperson | ", "Zhang Youxia | vice chairman | vice",
    ]);
  });

  it("reads rank words around the title", () => {
    const text = "Former President Moon Jae-in met President-elect Kim, ex-President Park and then-Defense Secretary Rumsfeld.";
    expect(titled(findPeople(text, "en", glossary))).toEqual([
      "Moon Jae-in | Former President | former", "Kim | President-elect | elect", "Park | ex-President | former", "Rumsfeld | then-Defense Secretary | ",
    ]);
  });

  it("does not attach a place or a later clause's subject, and keeps the titles unnamed", () => {
    expect(titled(findPeople("In Beijing, the foreign minister said. After meeting Kim, the president said.", "en", glossary)))
      .toEqual([" | foreign minister | ", " | president | "]);
  });

  it("joins two titles of one person with and", () => {
    const people = findPeople("Deputy Prime Minister and Finance Minister Hong Gil-dong said.", "en", glossary);
    expect(people.map((p) => [p.text, p.title?.core, p.alsoTitle?.core])).toEqual([
      ["Hong Gil-dong", "Deputy Prime Minister", "Finance Minister"], ["Hong Gil-dong", "Finance Minister", "Deputy Prime Minister"],
    ]);
  });

  it("identifies a known wrong spelling as the person", () => {
    expect(findPeople("White House Press Secretary Sean Sabet said", "en", glossary)[0]?.id).toBe("Sean Savett");
  });
});

describe("people identity and titles", () => {
  it("matches names across scripts by their consonants", () => {
    expect(namesMatch("린젠", "Lin Jian")).toBe(true);
    expect(namesMatch("라이스", "Condoleezza Rice")).toBe(true);
    expect(namesMatch("이해찬", "Chung Un-chan")).toBe(false);
  });

  it("resolves surnames to the article's full name and matches the two sides", () => {
    const a = article("회담\n\n홍길동 부위원장은 3일 연설했다.\n\n홍 부위원장은 떠났다.\n", "Talks\n\nVice Chairman Hong Gil-dong spoke on the 3rd.\n\nVice Chairman Hong left.\n");
    const analysis = createAnalysis(glossary);
    const ko = resolvePeople(a, analysis, "ko", glossary).filter((m) => m.mention.title);
    const en = resolvePeople(a, analysis, "en", glossary).filter((m) => m.mention.title);
    expect(ko.map((m) => m.person)).toEqual(["홍길동", "홍길동"]);
    expect(en.map((m) => m.person)).toEqual(["Hong Gil-dong", "Hong Gil-dong"]);
    expect(isSamePerson(ko[1]!, en[1]!)).toBe(true);
  });

  it("compares rank and office", () => {
    const ko = title("왕이 외교장관과", "ko");
    expect(compareTitles(ko, title("Vice Foreign Minister Wang Yi", "en"))).toEqual({ kind: "rank", added: ["vice"], dropped: [], isStrict: true });
    expect(compareTitles(title("왕이 부장은", "ko"), title("Foreign Minister Wang Yi", "en"))).toEqual({ kind: "same" });
    expect(compareTitles(title("장 부주석은", "ko"), title("Advisor Zhang", "en"))).toEqual({ kind: "office", isClear: true });
    const lexicon = peopleLexicon(glossary);
    expect(isSameOffice(lexicon.titles.get("보좌관")!, lexicon.titles.get("안보보좌관")!)).toBe(true);
  });

  it("suggests the translator's words with the Korean rank", () => {
    const lexicon = peopleLexicon(glossary);
    expect(suggestTitle(title("왕이 부장은", "ko"), title("Vice Foreign Minister Wang Yi", "en"), lexicon)).toBe("Foreign Minister");
    expect(suggestTitle(title("홍길동 전 대통령은", "ko"), title("President Hong Gil-dong", "en"), lexicon)).toBe("former President");
    expect(suggestTitle(title("장 부주석은", "ko"), title("Chairman Zhang", "en"), lexicon)).toBe("Vice Chairman");
  });
});
