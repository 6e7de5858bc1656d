import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { classifyParagraph, countScripts, detectLanguage, hangulRatio } from "../src/lang.js";
import { splitParagraphs } from "../src/paragraphs.js";

const SAMPLE = fileURLToPath(new URL("../samples/us-china-military-talks/article.txt", import.meta.url));

const FRENCH = "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse.";
const GERMAN = "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die von der Dürre betroffenen Landwirte zu unterstützen.";
const SPANISH = "El gobierno anunció el martes nuevas medidas para apoyar a los agricultores afectados por la sequía en todo el país.";
const RUSSIAN = "Правительство во вторник объявило о новых мерах поддержки фермеров, пострадавших от засухи.";
const CHINESE = "中国外交部发言人林剑在例行记者会上表示，美方一再售台武器严重破坏了继续军控磋商的政治氛围。";

describe("countScripts and hangulRatio", () => {
  it("counts letters by script and ignores digits and punctuation", () => {
    expect(countScripts("린젠(林建) 2024년 U.S. ‘연결’")).toEqual({ hangul: 5, latin: 2, other: 2 });
  });

  it("gives the unweighted Hangul share of Hangul and Latin letters", () => {
    expect(hangulRatio("한국 ab")).toBe(0.5);
    expect(hangulRatio("미국 중국")).toBe(1);
    expect(hangulRatio("US-China")).toBe(0);
    expect(hangulRatio("2024. 12. 3.")).toBe(0);
    expect(hangulRatio("")).toBe(0);
  });

  it("counts jamo as Hangul", () => {
    expect(hangulRatio("ㅋㅋㅋ ok")).toBe(0.6);
  });
});

describe("classifyParagraph", () => {
  it.each([
    ["plain Korean", "미중이 핵군축 협상에 접근하면서 진전을 보인다."],
    ["Korean with Latin acronyms", "미-러간의 ‘신전략무기감축협정(New START)’과 같은 군비통제 축소 논의가 될 필요는 없다”고 말했다."],
    ["Korean with U.S.", "U.S. 국무부는 29일 성명을 냈다."],
    ["Korean with hanja", "린젠(林建) 중국 외교부 대변인은 7월17일 말했다."],
    ["a Korean related-article line", "<설리번 북한에 ‘제재와 외교분리’ 국무부 ‘군축협상’, 2021년 12월 21일자>"],
    ["a Korean headline with a Latin product name and a particle", "삼성 Galaxy S24를 공개"],
    ["a Korean sentence around English words", "회담 이름은 Strategic Stability Dialogue였다."],
  ])("finds %s Korean", (_name, text) => {
    expect(classifyParagraph(text)).toBe("ko");
  });

  it.each([
    ["a short headline franc calls Malagasy", "US-China First High-Level Military Talks"],
    ["a keyword line franc calls French", "Taiwan arms sales, US-China military talks, Biden, North Korea's nuclear program, Sullivan"],
    ["English with an untranslated word", "The slogan ‘다시 대한민국’ appeared on every banner at the rally."],
    ["English with a short Korean gloss", "Keywords: 핵군축, 북핵"],
    ["an English related-article line", "<US-China Summit Strategic Oil Reserve Reduction and Nuclear Disarmament ‘Approach’, November 17, 2021>"],
    ["a single word", "Reuters"],
    ["French (any Latin-script language)", FRENCH],
  ])("finds %s English", (_name, text) => {
    expect(classifyParagraph(text)).toBe("en");
  });

  it.each([
    ["digits and punctuation", "2024. 12. 3. — 15:30"],
    ["a dateline of symbols", "* * *"],
    ["nothing", ""],
    ["hanja only", "林建"],
    ["Chinese", CHINESE],
    ["Russian", RUSSIAN],
  ])("finds %s other", (_name, text) => {
    expect(classifyParagraph(text)).toBe("other");
  });
});

describe("classifyParagraph on the sample article", () => {
  const paragraphs = splitParagraphs(readFileSync(SAMPLE, "utf8"));
  const languageAt = (line: number): string | undefined => {
    const paragraph = paragraphs.find((p) => p.line === line);
    return paragraph && classifyParagraph(paragraph.text);
  };

  it("finds 23 Korean and 22 English paragraphs, nothing else", () => {
    const languages = paragraphs.map((p) => classifyParagraph(p.text));
    expect(languages.filter((l) => l === "ko")).toHaveLength(23);
    expect(languages.filter((l) => l === "en")).toHaveLength(22);
    expect(languages.filter((l) => l === "other")).toHaveLength(0);
  });

  it("puts the Korean part (lines 1-47, except the English headline on line 3) first", () => {
    for (let line = 1; line <= 47; line += 2) expect([line, languageAt(line)]).toEqual([line, line === 3 ? "en" : "ko"]);
    for (let line = 49; line <= 89; line += 2) expect([line, languageAt(line)]).toEqual([line, "en"]);
  });

  it("reads the related-article lines in <> by their script", () => {
    const related = paragraphs.filter((p) => p.text.startsWith("<"));
    expect(related.map((p) => [p.line, classifyParagraph(p.text)])).toEqual([
      [39, "ko"], [41, "ko"], [43, "ko"], [45, "ko"], [47, "ko"],
      [79, "en"], [81, "en"], [83, "en"], [85, "en"], [87, "en"],
    ]);
  });

  it("finds the keyword line at the end English", () => {
    const last = paragraphs.at(-1);
    expect(last?.text.startsWith("Taiwan arms sales")).toBe(true);
    expect(classifyParagraph(last!.text)).toBe("en");
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Korean", "미국 중국 첫 고위 군사회담 핵군축 접근 북핵 ‘연결’", "kor"],
    ["a single Korean word", "연결", "kor"],
    ["Korean with Latin words", "New START의 연장 논의", "kor"],
    ["a short English headline", "US-China First High-Level Military Talks", "eng"],
    ["a long English keyword line", "Taiwan arms sales, US-China military talks, Biden, North Korea's nuclear program, Sullivan, China's military commission, nuclear disarmament, nuclear guidelines", "eng"],
    ["English news", "Reuters reported on the 29th that White House National Security Adviser Sullivan had an unusual conversation with China’s key military adviser.", "eng"],
    ["French", FRENCH, "fra"],
    ["German", GERMAN, "deu"],
    ["Spanish", SPANISH, "spa"],
    ["Russian", RUSSIAN, "rus"],
    ["Chinese", CHINESE, "cmn"],
    ["short hanja", "林建", "und"],
    ["digits", "2024. 12. 3.", "und"],
    ["nothing", "", "und"],
  ])("names %s", (_name, text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it("agrees with classifyParagraph on every sample paragraph", () => {
    for (const paragraph of splitParagraphs(readFileSync(SAMPLE, "utf8"))) {
      const expected = classifyParagraph(paragraph.text) === "ko" ? "kor" : "eng";
      expect([paragraph.line, detectLanguage(paragraph.text)]).toEqual([paragraph.line, expected]);
    }
  });
});
