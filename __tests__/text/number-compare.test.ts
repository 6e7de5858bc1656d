/**
 * Pairing Korean and English numbers by slot (src/text/number-compare.ts and the modules it uses): what is
 * a disagreement the texts prove, what is only likely, what is a newsroom convention, and the suggestion.
 */
import { compareNumbers, type NumberCompareOptions } from "../../src/text/number-compare.js";
import { relatedValues } from "../../src/text/number-relation.js";
import { slotFamily, slotFit } from "../../src/text/number-slots.js";
import { suggestEnglish } from "../../src/text/number-suggest.js";
import { findEnglishNumbers, findKoreanNumbers, type NumberMention } from "../../src/text/numbers.js";

const OPTIONS: NumberCompareOptions = {
  relativeTolerance: 0, conversionTolerance: 0.03, allowRounding: true, maxRounding: 0.1, allowWeekdayForDay: true,
  ignoreYears: false, maxDigitEdits: 1, maxBoundRatio: 1.2,
};

function compare(ko: string, en: string, options: Partial<NumberCompareOptions> = {}) {
  const result = compareNumbers(ko, findKoreanNumbers(ko), en, findEnglishNumbers(en), { ...OPTIONS, ...options });
  return {
    disagreements: result.disagreements.map((d) => [d.ko.text, d.en.text, d.evidence, d.relation]),
    koOnly: result.koOnly.map((m) => m.text),
    enOnly: result.enOnly.map((m) => m.text),
  };
}

/** The only mention in a short text. */
function only(find: (text: string) => NumberMention[], text: string): NumberMention {
  const mentions = find(text);
  expect(mentions).toHaveLength(1);
  return mentions[0] as NumberMention;
}
const ko = (text: string) => only(findKoreanNumbers, text);
const en = (text: string) => only(findEnglishNumbers, text);

describe("compareNumbers: disagreements", () => {
  it.each([
    ["응답자의 35%가 지지했다.", "Some 53 percent supported it.", "35%", "Some 53 percent", "digits"],
    ["정부는 1조 2천억 원을 투입한다.", "The government will spend 120 billion won.", "1조 2천억 원", "120 billion won", "scale"],
    ["회사는 1억1천만 달러 규모의 계약을 맺었다.", "The company signed a $11 million deal.", "1억1천만 달러", "$11 million", "scale"],
    ["대변인은 7월17일 이같이 말했다.", "The spokesman said so on July 71.", "7월17일", "July 71", "digits"],
    ["발은 2월 16일 발견됐다.", "The foot was found June 16.", "2월 16일", "June 16", "digits"],
    ["그는 1973년 이곳으로 이주했다.", "He moved to the site in 1738.", "1973년", "1738", "none"],
    ["폭탄테러로 최소 49명이 사망했다.", "The bombs killed at least 94 people.", "최소 49명", "at least 94 people", "digits"],
  ])("%s / %s: proof", (koText, enText, koWords, enWords, relation) => {
    expect(compare(koText, enText).disagreements).toEqual([[koWords, enWords, "proof", relation]]);
  });

  it.each([
    ["순례객 7명이 숨졌다.", "Nine pilgrims were gunned down.", "7명", "Nine"],
    ["어선 50만여척이 항구로 대피했다.", "More than 50,000 fishing boats returned to harbor.", "50만여척", "More than 50,000"],
    ["런던에서 남쪽으로 117km 떨어진 곳이다.", "It is 110 miles southwest of London.", "117km", "110 miles"],
    ["사망자 수는 49명으로 늘었다.", "The death toll had climbed to 94.", "49명", "94"],
  ])("%s / %s: likely", (koText, enText, koWords, enWords) => {
    expect(compare(koText, enText).disagreements).toEqual([[koWords, enWords, "likely", expect.any(String)]]);
  });

  it("prefers the number in the Korean unit over a conversion of it", () => {
    expect(compare("폭발물은 15m 간격으로 설치됐다.", "The devices were placed 51 meters (49 feet) apart.").disagreements)
      .toEqual([["15m", "51 meters", "proof", "digits"]]);
  });

  it("compares both ends of two ranges", () => {
    expect(compare("하루에 20~30건이 보고된다.", "20 to 90 reports come in per day.").disagreements).toHaveLength(1);
    expect(compare("하루에 20~30건이 보고된다.", "20 to 30 reports come in per day.").disagreements).toEqual([]);
  });

  it("pairs nothing when two candidates compete and neither looks like the other value", () => {
    expect(compare("여성 4명과 남성 2명이 숨졌다.", "Nine people were killed.").disagreements).toEqual([]);
  });
});

describe("compareNumbers: conventions", () => {
  it.each([
    ["16일 차량 3대가 충돌해 3명이 숨졌다.", "Three people were killed on Wednesday when three cars collided."],
    ["미국은 지난해 11월 회담을 시작했으나 올해 7월 중단했다.", "The U.S. began talks in November last year but suspended them in July this year."],
    ["정부는 내년 예산을 656조 원으로 확정했다.", "The government set the budget at 656 trillion won ($490 billion)."],
    ["인구는 1억900만 명에 이른다.", "The population is about 110 million."],
    ["양국은 1년 전 관계를 정상화했다.", "The two countries normalized relations a year ago."],
    ["기온은 25도까지 오른다.", "Temperatures reach 77 degrees."],
    ["오늘은 1억5천만 유로, 내일은 2억 유로가 될 것이다.", "Today it is 150 million euros and tomorrow it will be 200."],
    ["20여 시간이 지났다.", "More than 20 hours passed."],
    ["3명이 다쳤고 3명이 숨졌다.", "Three people were hurt and three killed."],
  ])("%s / %s", (koText, enText) => {
    expect(compare(koText, enText).disagreements).toEqual([]);
  });

  it("reports numbers on one side only, but not ones, weekdays or conversions", () => {
    expect(compare("사고로 3명이 다쳤다.", "Several people were hurt.")).toEqual({ disagreements: [], koOnly: ["3명"], enOnly: [] });
    expect(compare("1명이 다쳤다.", "A man was hurt on Monday.")).toEqual({ disagreements: [], koOnly: [], enOnly: [] });
    expect(compare("2012년까지 1만8500메가와트를 전송한다.", "It will carry 18,500 megawatts by 2012, enough to power 4 million homes.").enOnly).toEqual(["4 million"]);
  });

  it("leaves years out when told to", () => {
    expect(compare("그는 1973년 이주했다.", "He moved in 1738.", { ignoreYears: true })).toEqual({ disagreements: [], koOnly: [], enOnly: [] });
  });

  it("accepts a bound only up to maxBoundRatio", () => {
    expect(compare("300명이 다쳤다.", "More than 280 people were hurt.").disagreements).toEqual([]);
    expect(compare("300명이 다쳤다.", "More than 200 people were hurt.").disagreements).toHaveLength(1);
    expect(compare("300명이 다쳤다.", "More than 200 people were hurt.", { maxBoundRatio: 2 }).disagreements).toEqual([]);
  });
});

describe("relatedValues", () => {
  it.each([
    ["1조 2천억 원", "120 billion won", "scale"],
    ["35%", "53 percent", "digits"],
    ["5.5501달러", "$3.5501", "digits"],
    ["1153명", "11,153 people", "digits"],
    ["20시간", "12 hours", "none"],
    ["2명", "three people", "none"],
    ["7월17일", "July 18", "digits"],
    ["2월 16일", "June 16", "digits"],
    ["2월 16일", "June 18", "none"],
  ])("%s and %s: %s", (koText, enText, relation) => {
    expect(relatedValues(ko(koText), en(enText), 1)).toBe(relation);
  });
});

describe("slots", () => {
  it.each([
    ["3명", "three people", "strong"],
    ["35%", "35 percent", "strong"],
    ["9%포인트", "a 9-point lead", "compatible"],
    ["23세", "23 years", "compatible"],
    ["5대", "five", "weak"],
    ["35%", "35 people", "none"],
    ["16일", "16 days", "none"],
  ])("%s and %s: %s", (koText, enText, fit) => {
    expect(slotFit(ko(koText), en(enText))).toBe(fit);
  });

  it("names what a mention counts", () => {
    expect(slotFamily(en("24-year-old"))).toBe("age");
    expect(slotFamily(en("5-month-old"))).toBe("months");
    expect(slotFamily(ko("280만파운드"))).toBe("pounds");
    expect(slotFamily(en("$110 million"))).toBe("money:USD");
  });
});

describe("suggestEnglish", () => {
  it.each([
    ["1조 2천억 원", "120 billion won", "1.2 trillion won"],
    ["1억1천만 달러", "$11 million", "$110 million"],
    ["35%", "53 percent", "35 percent"],
    ["7명", "nine", "seven"],
    ["7월17일", "on July 18", "July 17"],
    ["2월 16일", "June 16", "February 16"],
    ["29일", "on the 28th", "the 29th"],
    ["21일", "on the 22nd", "the 21st"],
    ["1973년", "in 1738", "1973"],
  ])("%s for %s: %s", (koText, enText, suggestion) => {
    expect(suggestEnglish(ko(koText), en(enText))).toBe(suggestion);
  });

  it("gives none across a unit conversion or for a range", () => {
    expect(suggestEnglish(ko("117km"), en("110 miles"))).toBeNull();
    expect(suggestEnglish(ko("20~30건"), en("20 to 90 reports"))).toBeNull();
  });
});

describe("the scanners on forms met in the corpus", () => {
  it.each([
    ["30억6천 만원", 3.06e9, "KRW"],
    ["13초04", 13.04, "초"],
    ["10톤밖에", 10, "tons"],
    ["8년동안", 8, "년"],
    ["25만 뉴질랜드달러", 250_000, "NZD"],
    ["시속 24km/h", 24, "km/h"],
    ["5574평방미터", 5574, "m2"],
  ])("Korean %s = %d %s", (text, value, unit) => {
    const mention = ko(text);
    expect([mention.value, mention.unit]).toEqual([value, unit]);
  });

  it.each(["10일 앞둔 시점", "15일짜리 부상자 명단", "최소한 3일이 더 필요하다", "26일밖에 남지 않았다", "3일 간 구금했다"])("%s counts days, not a date", (text) => {
    expect(ko(text).kind).not.toBe("date");
  });

  it.each([
    ["an extra $.79", 0.79, "USD"],
    ["a 24-year-old nurse", 24, "years old"],
    ["32 years old", 32, "years old"],
    ["a 30-second countdown", 30, "second"],
    ["up to 36 inches (900 mm)", 900, "mm"],
  ])("English %s = %d %s", (text, value, unit) => {
    const mention = findEnglishNumbers(text).at(-1) as NumberMention;
    expect([mention.value, mention.unit]).toEqual([value, unit]);
  });
});
