/**
 * Issue 6, Unicode: text a reader sees as the same must give the same findings, and every location must
 * still point into the raw file. Hangul in NFD (as macOS writes it) is composed; zero-width characters,
 * a BOM in the middle, bidirectional marks are dropped; no-break spaces and full-width digits are folded
 * (src/normalize.ts). Columns count the raw file's UTF-16 code units (README "Input").
 */
import { check } from "../../src/index.js";
import { normalizeOffsetText, normalizeText, offsetRuns } from "../../src/normalize.js";
import { lineStarts } from "../../src/paragraphs.js";
import type { FileResult, Location } from "../../src/types.js";
import { seededRandom } from "../helpers/seeded-random.js";

const KO_TITLE = "외교 동향";
const EN_TITLE = "Diplomatic news";
const KO_BODY = "홍길동 외교부 장관은 3일 서울에서 기자들과 만났다.";
/** "Vice" is not in the Korean: title-mismatch rankAdded, source "외교부 장관" at 3:5, target at 3:1. */
const EN_BODY = "Vice Foreign Minister Hong Gil-dong met reporters in Seoul on the 3rd.";

const file = (title: string, body: string): string => `${title}\n\n${body}\n`;

function run(ko: string, en: string): FileResult {
  return check({ path: "ko.txt", text: ko }, { path: "en.txt", text: en });
}

/** Rule, message id, the words and the line and column on each side: what must not change with the encoding of the same text. */
function summary(result: FileResult): unknown[] {
  const where = (l: Location | null) => l && { text: l.text, line: l.line, column: l.column, endColumn: l.endColumn };
  return result.findings.map((f) => ({ rule: f.rule, messageId: f.messageId, source: where(f.source), target: where(f.target) }));
}

/** The raw file text a single-line location covers. */
function rawText(text: string, location: Location): string {
  const start = lineStarts(text)[location.line - 1] ?? 0;
  return text.slice(start + location.column - 1, start + location.endColumn - 1);
}

/** Every location's raw text, normalised, is the location's text: columns point into the raw file. */
function expectLocationsInRawFile(result: FileResult, ko: string, en: string): void {
  for (const finding of result.findings) {
    for (const [location, text] of [[finding.source, ko], [finding.target, en]] as const) {
      if (!location || location.line !== location.endLine) continue;
      const raw = rawText(text, location);
      expect(normalizeText(raw)).toBe(location.text);
    }
  }
}

describe("normalizeOffsetText keeps each character's file offset", () => {
  const mapped = (text: string) => normalizeOffsetText({ text, offsets: Array.from(text, (_, i) => 100 + i) });

  it("composes NFD Hangul; a syllable points at its first jamo and the next one where it starts", () => {
    const nfd = "장관 X".normalize("NFD"); // 장 = 3 jamo, 관 = 3 jamo
    expect(nfd).toHaveLength(8);
    expect(mapped(nfd)).toEqual({ text: "장관 X", offsets: [100, 103, 106, 107] });
  });

  it("drops zero-width and bidirectional characters and a BOM inside the text, leaving a gap", () => {
    expect(mapped("a\u200bb\u200c\u200dc\ufeffd\u200e\u200f\u202ee")).toEqual({ text: "abcde", offsets: [100, 102, 105, 107, 111] });
  });

  it("folds full-width digits and letters and wide spaces one for one", () => {
    expect(mapped("２０２４년\u00a0Ａ\u3000b")).toEqual({ text: "2024년 A b", offsets: [100, 101, 102, 103, 104, 105, 106, 107, 108] });
  });

  it("leaves normalised text, emoji and combining marks on Latin letters alone or composed", () => {
    const text = "Seoul 😀 e\u0301";
    expect(mapped(text)).toEqual({ text: "Seoul 😀 é", offsets: [100, 101, 102, 103, 104, 105, 106, 107, 108, 109] });
    expect(offsetRuns(mapped("ok"))).toEqual([{ textStart: 0, length: 2, fileOffset: 100 }]);
  });
});

describe("Hangul in NFD gives the findings of NFC Hangul, at the raw file's columns", () => {
  const ko = file(KO_TITLE, KO_BODY);
  const en = file(EN_TITLE, EN_BODY);
  const nfc = run(ko, en);

  it("has a title-mismatch to compare in NFC", () => {
    expect(summary(nfc)).toEqual([{
      rule: "title-mismatch", messageId: "rankAdded",
      source: { text: "외교부 장관", line: 3, column: 5, endColumn: 11 }, target: { text: "Vice Foreign Minister", line: 3, column: 1, endColumn: 22 },
    }]);
  });

  it("finds the same title-mismatch when the whole Korean file is NFD, with columns counted in the NFD file", () => {
    const nfd = ko.normalize("NFD");
    const result = run(nfd, en);
    // "홍길동 " is 10 code units in NFD, "외교부 장관" 13
    expect(summary(result)).toEqual([{ ...(summary(nfc)[0] as object), source: { text: "외교부 장관", line: 3, column: 11, endColumn: 24 } }]);
    expectLocationsInRawFile(result, nfd, en);
  });

  it("gives the column of a finding after NFD text on the same line (only the name before the title is NFD)", () => {
    const mixed = file(KO_TITLE, KO_BODY.replace("홍길동", "홍길동".normalize("NFD")));
    const result = run(mixed, en);
    expect(summary(result)[0]).toMatchObject({ source: { text: "외교부 장관", line: 3, column: 11, endColumn: 17 } });
    expectLocationsInRawFile(result, mixed, en);
  });

  it("finds a number mismatch after NFD text, as in NFC", () => {
    const koNumbers = file("예산안 발표", "정부는 1조 2천억 원을 투입한다.");
    const enNumbers = file("Budget unveiled", "The government will spend 120 billion won.");
    const plain = run(koNumbers, enNumbers);
    expect(summary(plain)).toEqual([expect.objectContaining({ rule: "number-mismatch", source: expect.objectContaining({ column: 5 }) })]);
    const nfd = koNumbers.normalize("NFD");
    const result = run(nfd, enNumbers);
    const shift = "정부는 ".normalize("NFD").length - "정부는 ".length;
    expect(summary(result)).toEqual(summary(plain).map((f) => {
      const source = (f as { source: { column: number; endColumn: number } }).source;
      return { ...(f as object), source: { ...source, column: source.column + shift, endColumn: expect.any(Number) } };
    }));
    expectLocationsInRawFile(result, nfd, enNumbers);
  });

  it("reads NFD Hangul in a mixed file too", () => {
    const mixedNfc = `${ko}\n${en}`;
    const mixedNfd = `${ko.normalize("NFD")}\n${en}`;
    const one = check({ path: "a.txt", text: mixedNfc });
    const other = check({ path: "a.txt", text: mixedNfd });
    expect(other.findings.map((f) => [f.rule, f.messageId, f.source?.text, f.target?.line, f.target?.column]))
      .toEqual(one.findings.map((f) => [f.rule, f.messageId, f.source?.text, f.target?.line, f.target?.column]));
    expect(other.findings.length).toBeGreaterThan(0);
  });

  it("reads NFD Hangul in an XLIFF file, pointing into the XML", () => {
    const xliff = (source: string) => `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="ko" target-language="en" datatype="plaintext"><body>\n` +
      `<trans-unit id="t"><source>${KO_TITLE}</source><target>${EN_TITLE}</target></trans-unit>\n` +
      `<trans-unit id="b"><source>${source}</source><target>${EN_BODY}</target></trans-unit>\n</body></file></xliff>\n`;
    const plain = check({ path: "a.xlf", text: xliff(KO_BODY) });
    const nfdText = xliff(KO_BODY.normalize("NFD"));
    const nfd = check({ path: "a.xlf", text: nfdText });
    expect(nfd.findings.map((f) => [f.rule, f.messageId, f.source?.text, f.source?.line])).toEqual(plain.findings.map((f) => [f.rule, f.messageId, f.source?.text, f.source?.line]));
    const source = nfd.findings[0]?.source;
    expect(source && rawText(nfdText, source).normalize("NFC")).toBe("외교부 장관");
  });
});

describe("names: NFD Hangul or a zero-width space inside a name is still the name", () => {
  const KO_NEWS = "미중 고위 군사회담 개최";
  const EN_NEWS = "US-China high-level military talks held";
  const ko = file(KO_NEWS, "장유샤 중앙군사위원회 부주석은 29일 베이징에서 외국 대표단을 만났다.");
  const en = file(EN_NEWS, "Vice Chairman Zhang Youxiao of the Central Military Commission met a foreign delegation in Beijing on the 29th.");
  // the words and the English location; the Korean columns count the raw file (checked by expectLocationsInRawFile)
  const drift = (result: FileResult) => result.findings.filter((f) => f.rule === "name-drift")
    .map((f) => ({ messageId: f.messageId, source: f.source?.text, target: f.target && { text: f.target.text, line: f.target.line, column: f.target.column } }));
  const plain = drift(run(ko, en));

  it("has a name-drift finding to compare", () => {
    expect(plain).toEqual([expect.objectContaining({ messageId: "notStandard", target: expect.objectContaining({ text: "Zhang Youxiao", line: 3, column: 15 }) })]);
  });

  it.each([
    ["the Korean name in NFD", ko.normalize("NFD")],
    ["a zero-width space inside the Korean name", ko.replace("장유샤", "장유\u200b샤")],
    ["a zero-width joiner inside the Korean name, the rest NFD", ko.replace("장유샤", "장\u200d유샤").normalize("NFD")],
  ])("%s", (_name, variant) => {
    const result = run(variant, en);
    expect(drift(result)).toEqual(plain);
    expectLocationsInRawFile(result, variant, en);
  });

  it("a Hanja gloss after an NFD name: the source column counts the NFD jamo", () => {
    const glossed = file(KO_NEWS, "장유샤(張眞夏) 중앙군사위원회 부주석은 29일 베이징에서 외국 대표단을 만났다.");
    const enGlossed = file(EN_NEWS, "Zhang Youxia, vice chairman of the Central Military Commission, met a foreign delegation in Beijing on the 29th.");
    const hanja = (result: FileResult) => result.findings.filter((f) => f.messageId === "hanjaReading").map((f) => [f.source?.text, f.source?.line, f.source?.column]);
    expect(hanja(run(glossed, enGlossed))).toEqual([["張眞夏", 3, 5]]);
    const nfd = glossed.normalize("NFD");
    expect(hanja(run(nfd, enGlossed))).toEqual([["張眞夏", 3, 5 + "장유샤".normalize("NFD").length - 3]]);
  });
});

describe("invisible and look-alike characters: rules match through them and locations stay right", () => {
  const en = file(EN_TITLE, EN_BODY);
  const base = summary(run(file(KO_TITLE, KO_BODY), en));

  it.each([
    ["a zero-width space inside the name", "홍\u200b길동", 1],
    ["a zero-width joiner and non-joiner inside the name", "홍\u200d길\u200c동", 2],
    ["a BOM in the middle of the line", "\ufeff홍길동", 1],
    ["a right-to-left mark and override", "홍길동\u200f\u202e", 2],
  ])("%s", (_name, name, extra) => {
    const ko = file(KO_TITLE, KO_BODY.replace("홍길동", name));
    const result = run(ko, en);
    expect(summary(result)).toEqual([{ ...(base[0] as object), source: { text: "외교부 장관", line: 3, column: 5 + extra, endColumn: 11 + extra } }]);
    expectLocationsInRawFile(result, ko, en);
  });

  it("a zero-width space inside the English title words still gives the finding", () => {
    const zwsp = file(EN_TITLE, EN_BODY.replace("Foreign", "For\u200beign"));
    const result = run(file(KO_TITLE, KO_BODY), zwsp);
    expect(result.findings.map((f) => [f.rule, f.messageId, f.target?.text])).toEqual([["title-mismatch", "rankAdded", "Vice Foreign Minister"]]);
    expectLocationsInRawFile(result, file(KO_TITLE, KO_BODY), zwsp);
  });

  it("an emoji before the words: columns count its two UTF-16 code units", () => {
    const emoji = file(EN_TITLE, `😀 ${EN_BODY}`);
    const result = run(file(KO_TITLE, KO_BODY), emoji);
    expect(summary(result)).toEqual([{ ...(base[0] as object), target: { text: "Vice Foreign Minister", line: 3, column: 4, endColumn: 25 } }]);
  });

  const numbers = (ko: string, en: string) => summary(run(file("예산 발표", `정부는 ${ko} 원을 투입한다.`), file("Budget", `The government will spend ${en} won.`)));

  it("full-width digits (１２억 원) read as ASCII digits: a wrong scale is a mismatch, the right one is not", () => {
    expect(numbers("12억", "12 billion")).toEqual([expect.objectContaining({ rule: "number-mismatch", messageId: "scaleMismatch" })]);
    expect(numbers("１２억", "12 billion")).toEqual(numbers("12억", "12 billion"));
    expect(numbers("１２억", "1.2 billion")).toEqual([]);
    expect(numbers("12억", "1.2 billion")).toEqual([]);
    expect(numbers("２０２４년 예산 １２억", "12 billion")).toEqual(numbers("2024년 예산 12억", "12 billion"));
  });

  it("a no-break space inside an amount reads as a space", () => {
    expect(numbers("12억", "12\u00a0billion")).toEqual(numbers("12억", "12 billion"));
    expect(numbers("1조\u00a02천억", "1.2 trillion")).toEqual([]);
  });

  it("never crashes and keeps every location in the raw file with these characters sprinkled anywhere", () => {
    const invisible = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u200f", "\u202e"];
    const visible = ["\u00a0", "😀", "\u3000", "e\u0301"];
    const next = seededRandom(20240229);
    const sprinkle = (text: string, extras: readonly string[]): string => {
      let out = text;
      for (let k = 0; k < 4; k++) {
        const at = Math.floor(next() * out.length);
        if (/[\uD800-\uDFFF\n]/.test(out.slice(at - 1, at + 1))) continue; // keep surrogate pairs and line structure whole
        out = out.slice(0, at) + (extras[Math.floor(next() * extras.length)] ?? "") + out.slice(at);
      }
      return next() < 0.5 ? out.normalize("NFD") : out;
    };
    const words = (result: FileResult) => result.findings.map((f) => [f.rule, f.messageId, f.source?.text, f.target?.text]);
    const expected = words(run(file(KO_TITLE, KO_BODY), en));
    for (let i = 0; i < 30; i++) {
      // invisible characters and NFD: the same findings, located in the raw file
      const [ko, enText] = [sprinkle(file(KO_TITLE, KO_BODY), invisible), sprinkle(en, invisible)];
      const result = run(ko, enText);
      expect(words(result)).toEqual(expected);
      expectLocationsInRawFile(result, ko, enText);
      // visible ones change the text, so findings may change, but nothing crashes and locations stay right
      const [koVisible, enVisible] = [sprinkle(ko, visible), sprinkle(enText, visible)];
      expectLocationsInRawFile(run(koVisible, enVisible), koVisible, enVisible);
    }
  });
});
