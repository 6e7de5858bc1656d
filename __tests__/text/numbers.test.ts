/**
 * The number layer as rules and the aligner use it: comparing Korean and English mentions (sameQuantity),
 * anchor keys, formatting, and property checks (round trips, no throw on arbitrary text).
 */
import {
  findEnglishNumbers, findKoreanNumbers, formatEnglishNumber, formatKoreanNumber, numberKey, sameQuantity,
  type NumberMention,
} from "../../src/text/numbers.js";

const OPTIONS = { relativeTolerance: 0.005 };

/** The only mention in a short text. */
function single(find: (text: string) => NumberMention[], text: string): NumberMention {
  const mentions = find(text);
  expect(mentions).toHaveLength(1);
  return mentions[0] as NumberMention;
}

const ko = (text: string) => single(findKoreanNumbers, text);
const en = (text: string) => single(findEnglishNumbers, text);

describe("sameQuantity", () => {
  it.each([
    ["1억1천만 달러", "about $110 million"],
    ["1억1천만 달러", "$110 million"],
    ["12조3천억 번", "12.3 trillion"],
    ["3조 5천억 원", "3.5 trillion won"],
    ["1조 2천억 원", "KRW 1.2 trillion"],
    ["2만5000명", "25,000 people"],
    ["23억6,000만달러", "$2.4 billion"],
    ["30억 달러", "about $3 billion"],
    ["약 0.5 퍼센트", "about half a percent"],
    ["수천억 달러", "hundreds of billions of dollars"],
    ["수천명", "thousands"],
    ["수천명", "3,000 people"],
    ["3~5명", "four people"],
    ["두 차례", "twice"],
    ["300명 이상", "more than 300"],
    ["50년 이상", "more than five decades"],
    ["약 240km", "about 150 miles"],
    ["120km", "75 mph"],
    ["15m", "49 feet"],
    ["하루", "24 hours"],
    ["9%포인트", "9 percentage points"],
  ])("%s = %s", (koText, enText) => {
    expect(sameQuantity(ko(koText), en(enText), OPTIONS)).toBe(true);
  });

  it.each([
    ["1조 2천억 원", "1.2 billion won"],
    ["3조 5천억 원", "3.5 billion won"],
    ["23억6,000만달러", "$2.5 billion"],
    ["30억 달러", "3 billion won"],
    ["5.5501달러", "$3.5501"],
    ["수천명", "300 people"],
    ["2만5000명", "25,500 people"],
    ["20명", "15 people"],
    ["240km", "240 miles"],
  ])("%s ≠ %s", (koText, enText) => {
    expect(sameQuantity(ko(koText), en(enText), OPTIONS)).toBe(false);
  });

  it.each([
    ["7월17일", "July 17", true],
    ["7월17일", "July 18", false],
    ["2021년 7월 17일", "July 17", true],
    ["2021년 7월 17일", "July 17, 2020", false],
    ["9월 11일", "September 11", true],
    ["지난해 11월", "November last year", true],
    ["지난해 11월", "in November", true],
    ["2021년", "2021", true],
    ["2021년", "2020", false],
    ["지난해", "2007", true],
    ["지난해", "last year", true],
    ["올해", "last year", false],
    ["24~26일", "on the 25th", true],
    ["1990년대", "the 1990s", true],
    ["오후 3시", "3 p.m.", true],
    ["오전 3시", "3 p.m.", false],
    ["3시", "3 p.m.", true],
    ["새벽 1시", "1 in", true],
    ["29일", "the 29th", true],
  ])("%s vs %s → %s", (koText, enText, expected) => {
    expect(sameQuantity(ko(koText), en(enText), OPTIONS)).toBe(expected);
  });

  it("accepts a weekday for a day of month unless told not to", () => {
    expect(sameQuantity(ko("16일"), en("on Wednesday"), OPTIONS)).toBe(true);
    expect(sameQuantity(ko("16일"), en("on Wednesday"), { ...OPTIONS, allowWeekdayForDay: false })).toBe(false);
    expect(sameQuantity(ko("2002년 9월 14일 수요일"), en("on Thursday"), OPTIONS)).toBe(false);
  });

  it("rounds only hedged or scaled numbers, unless rounding is off", () => {
    expect(sameQuantity(ko("약 1,980명"), en("2,000 people"), OPTIONS)).toBe(true);
    expect(sameQuantity(ko("1,980명"), en("2,000 people"), OPTIONS)).toBe(false);
    expect(sameQuantity(ko("23억6,000만달러"), en("$2.4 billion"), { ...OPTIONS, allowRounding: false })).toBe(false);
  });
});

describe("numberKey", () => {
  it.each([
    ["1억1천만 달러", "$110 million", "1.1e8"],
    ["7월17일", "July 17", "d:7-17"],
    ["2021년", "in 2021", "y:2021"],
    ["35%", "35 percent", "%:35"],
    ["제3차", "the third", "o:3"],
    ["수천명", "thousands", "~1e3"],
    ["오후 3시 30분", "3:30 p.m.", "t:15:30"],
    ["16일", "the 16th", "d:-16"],
  ])("%s and %s share %s", (koText, enText, key) => {
    const [k, e] = [ko(koText), en(enText)];
    expect(numberKey(k)).toBe(key);
    expect(k.key).toBe(key);
    expect(e.key === key || numberKey(e) === key || e.kind === "ordinal").toBe(true);
  });
});

describe("formatters", () => {
  it.each([
    [110_000_000, "1억1천만"],
    [25_000, "2만5천"],
    [12.3e12, "12조3천억"],
    [5000, "5000"],
    [10_000, "1만"],
  ])("formatKoreanNumber(%d) = %s", (value, text) => {
    expect(formatKoreanNumber(value)).toBe(text);
  });

  it.each([
    [110_000_000, "USD", "$110 million"],
    [3.5e12, "KRW", "3.5 trillion won"],
    [1.2e12, null, "1.2 trillion"],
    [25_000, null, "25,000"],
    [2.36e9, "USD", "$2.36 billion"],
  ])("formatEnglishNumber(%d, %s) = %s", (value, currency, text) => {
    expect(formatEnglishNumber(value, currency)).toBe(text);
  });
});

describe("real sentence pairs", () => {
  // korean-english-news-v1 (Park, Hong and Cha 2016), dev lines 1-2; CC BY-SA 3.0.
  const PAIRS: readonly (readonly [string, string])[] = [
    ["세계 에서 가장 강력한 수퍼컴퓨터를 1년 동안이나 독점해 오던 정부의 연구학자들이 이 1억1천만 달러 짜리 경이로운 설비를 공개하며",
      "After keeping the world's most powerful supercomputer to themselves for a year, government researchers showed off the $110 million wonder"],
    ["초당 12조3천억 번의 계산을 수행할수 있는 능력이 있는 로렌스 리버모아 국립 연구소의 이 수퍼컴퓨터는",
      "With the ability to perform 12.3 trillion calculations a second, the supercomputer at Lawrence Livermore National Laboratory"],
  ];

  it.each(PAIRS)("every Korean number has its English equal: %s", (koText, enText) => {
    const enMentions = findEnglishNumbers(enText);
    for (const k of findKoreanNumbers(koText)) expect(enMentions.some((e) => sameQuantity(k, e, OPTIONS))).toBe(true);
  });
});
