import { analyzeQuotes, closingMarkFor, findQuotes, quotedRanges, type QuoteAnalysis } from "../../src/analysis/quotes.js";

/** The marks as "text:role" in order. */
const roles = (analysis: QuoteAnalysis): string[] => analysis.marks.map((m) => `${m.text}:${m.role}`);
/** The problems as "type@paragraph:start". */
const problems = (analysis: QuoteAnalysis): string[] =>
  analysis.problems.map((p) => `${p.type}@${(p.type === "unopened" ? p.close : p.type === "mismatched" ? p.close : p.open).paragraph}:${(p.type === "unopened" || p.type === "mismatched" ? p.close : p.open).start}`);

describe("findQuotes", () => {
  it("pairs Korean quotations whose closing mark carries a particle", () => {
    const analysis = findQuotes("대변인은 “변함이 없다”며 ‘3불’ 정책을 언급했다.", "ko");
    expect(roles(analysis)).toEqual(["“:open", "”:close", "‘:open", "’:close"]);
    expect(analysis.problems).toEqual([]);
    expect(analysis.quotations.map((q) => [q.open.start, q.close?.start])).toEqual([[5, 12], [15, 18]]);
  });

  it("reports a quotation opened with “ and closed with ‘ at the closing mark", () => {
    const text = "로이터는 “양국 관계가 중요하다”며 “보좌관은 대화 재개를 촉구했다‘고 밝혔다.";
    const analysis = findQuotes(text, "ko");
    expect(analysis.problems).toHaveLength(1);
    const [problem] = analysis.problems;
    expect(problem?.type).toBe("mismatched");
    if (problem?.type !== "mismatched") return;
    expect([problem.open.text, problem.close.text, problem.close.start]).toEqual(["“", "‘", text.indexOf("‘")]);
    expect(closingMarkFor(problem.open)).toBe("”");
  });

  it("leaves out apostrophes in words, possessives and elisions, curly or straight", () => {
    const text = "Xi’s aide said Koreans’ savings didn't grow in the ’90s or the 1990s’ boom, and rock 'n' roll fans' tastes changed in the '90s.";
    expect(findQuotes(text, "en").marks).toEqual([]);
  });

  it("closes a single quotation at a possessive only when one is open and no other closer follows", () => {
    expect(roles(findQuotes("They called them ‘the Koreans’ at the time.", "en"))).toEqual(["‘:open", "’:close"]);
    const union = findQuotes("He cited the ‘workers’ union’ in the report.", "en");
    expect(roles(union)).toEqual(["‘:open", "’:close"]);
    expect(union.marks[1]?.start).toBe(28);
  });

  it("decides straight marks by position and by the open quotations", () => {
    expect(roles(findQuotes('He said "yes" and she said " no " twice.', "en"))).toEqual(['":open', '":close', '":open', '":close']);
    expect(roles(findQuotes('그는 이른바"3불"정책에 대해 "변함이 없다"고 말했다.', "ko"))).toEqual(['":open', '":close', '":open', '":close']);
  });

  it("treats a curly mark against its position as the position says when nothing else decides", () => {
    expect(roles(findQuotes("”Respond robustly,” he said.", "en"))).toEqual(["”:open", "”:close"]);
    expect(findQuotes("사람들이“ 고난의 시기”로 돌아가길 원치 않는다.", "ko").problems).toEqual([]);
  });

  it("reads typewriter pairs and doubled marks as one mark", () => {
    expect(roles(findQuotes("He said ``we agree'' and left.", "en"))).toEqual(["``:open", "'':close"]);
    expect(roles(findQuotes("It was a ””domestic incident”” then.", "en"))).toEqual(["””:open", "””:close"]);
  });

  it("skips feet and inches", () => {
    expect(findQuotes('The 6\'2" center joined.', "en").marks).toEqual([]);
  });

  it("reports an inner single quotation that the outer closing mark leaves open", () => {
    expect(problems(findQuotes("“He called it ‘a turning point, and we agree,” she said.", "en"))).toEqual(["unclosed@0:14"]);
  });

  it("ends a run of marks before a leading elision ('Tis)", () => {
    const analysis = findQuotes(`She sang "'Tis the season" loudly.`, "en");
    expect(analysis.marks.map((m) => [m.text, m.role, m.start])).toEqual([['"', "open", 9], ['"', "close", 25]]);
    expect(analysis.problems).toEqual([]);
  });

  it("gives problem offsets relative to the whole text in a later paragraph", () => {
    const analysis = findQuotes("Officials met.\n\nHe said “yes and left.", "en");
    expect(problems(analysis)).toEqual(["unclosed@1:24"]);
    expect(analysis.quotations.map((q) => [q.open.start, q.close])).toEqual([[24, null]]);
  });

  it("finds nothing in paragraphs without quotation marks", () => {
    expect(findQuotes("No quotation here.\n\nNor here, don't worry.", "en")).toEqual({ marks: [], quotations: [], problems: [] });
  });

  it("gives mark offsets relative to the whole text and paragraph indices across blank lines", () => {
    const text = "First paragraph.\n\nHe said “yes.”";
    const analysis = findQuotes(text, "en");
    expect(analysis.marks.map((m) => [m.paragraph, m.start])).toEqual([[1, 26], [1, 31]]);
    expect(text[26]).toBe("“");
  });
});

describe("analyzeQuotes across paragraphs", () => {
  it("continues a quotation reopened at the start of the next paragraph", () => {
    const analysis = analyzeQuotes(["She said: “We will keep talking.", "“Dialogue is the only way,” she added."], "en");
    expect(analysis.problems).toEqual([]);
    expect(analysis.quotations.map((q) => [q.open.paragraph, q.close?.paragraph ?? null])).toEqual([[0, null], [1, 1]]);
  });

  it("carries a quotation into a paragraph that closes it", () => {
    expect(analyzeQuotes(["“The talks went well.", "We will meet again,” he said."], "en").problems).toEqual([]);
  });

  it("reports a carried quotation that never closes as running on, and one opened in the last paragraph as unclosed", () => {
    expect(problems(analyzeQuotes(["He called it “a mistake.", "Officials declined to comment."], "en"))).toEqual(["runsOn@0:13"]);
    expect(problems(analyzeQuotes(["Officials declined to comment.", "He called it “a mistake."], "en"))).toEqual(["unclosed@1:13"]);
  });

  it("reports a carried quotation once when a later paragraph opens another of its kind", () => {
    const analysis = analyzeQuotes(["He called it “a mistake.", "Officials declined to comment.", "Another said “no.”"], "en");
    expect(problems(analysis)).toEqual(["runsOn@0:13"]);
  });

  it("does not carry a single quotation out of a paragraph that ends a sentence", () => {
    expect(problems(analyzeQuotes(["그는 영화 ‘다크 나이트의 주인공이다.", "그는 상을 받았다’고 말했다."], "ko"))).toEqual(["unclosed@0:6", "unopened@1:9"]);
    expect(analyzeQuotes(["그는 입문서 ‘선거 유세 방법(원제:", "How They Run)’을 썼다."], "ko").problems).toEqual([]);
  });

  it("reports a quotation open over more than maxOpenParagraphs breaks, once, and still pairs it", () => {
    const paragraphs = ["“One.", "Two.", "Three,” he said."];
    expect(analyzeQuotes(paragraphs, "en", { maxOpenParagraphs: 2 }).problems).toEqual([]);
    expect(problems(analyzeQuotes(paragraphs, "en", { maxOpenParagraphs: 1 }))).toEqual(["runsOn@0:0"]);
  });

  it("reports a closing mark with nothing open", () => {
    expect(problems(analyzeQuotes(["The minister said talks will continue.” Then he left."], "en"))).toEqual(["unopened@0:38"]);
  });
});

describe("quotedRanges", () => {
  it("gives the text inside each quotation, an unclosed one running to its paragraph end", () => {
    const text = "He said “it is very very important” and ‘more\n\nNext.";
    const ranges = quotedRanges(findQuotes(text, "en"), text);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["it is very very important", "more"]);
  });
});
