/** Korean number mentions: myriad units, native numerals, counters, hedges, percents, ranges and ordinals. */
import { findKoreanNumbers, type NumberMention } from "../../src/text/numbers.js";

/** The mention whose span is exactly `words`, after checking that the span reads back from the text. */
function mentionOf(text: string, words: string): NumberMention {
  const mentions = findKoreanNumbers(text);
  const found = mentions.find((m) => text.slice(m.start, m.end) === words);
  if (!found) throw new Error(`no mention "${words}" in "${text}": ${mentions.map((m) => `[${m.text}]`).join(" ")}`);
  expect(found.text).toBe(words);
  return found;
}

describe("Korean myriad units (만 = 10^4, 억 = 10^8, 조 = 10^12)", () => {
  it.each([
    ["이 1억1천만 달러 짜리", "1억1천만 달러", 110_000_000, "amount", "USD"],
    ["초당 12조3천억 번의 계산", "12조3천억 번", 12.3e12, "count", "번"],
    ["정부는 3조 5천억 원을 투입한다", "3조 5천억 원", 3.5e12, "amount", "KRW"],
    ["예산 1조 2천억 원", "1조 2천억 원", 1.2e12, "amount", "KRW"],
    ["관중 2만5000명이", "2만5000명", 25_000, "count", "명"],
    ["5천 명", "5천 명", 5000, "count", "명"],
    ["3.5억 원", "3.5억 원", 350_000_000, "amount", "KRW"],
    ["1,000배나", "1,000배", 1000, "count", "배"],
    ["23억6,000만달러의 투자로", "23억6,000만달러", 2_360_000_000, "amount", "USD"],
    ["1,300만명의 승객", "1,300만명", 13_000_000, "count", "명"],
    ["3억권의 책", "3억권", 300_000_000, "count", "권"],
    ["1천2백만 달러", "1천2백만 달러", 12_000_000, "amount", "USD"],
    ["천만 달러", "천만 달러", 10_000_000, "amount", "USD"],
    ["백명 이상의 사망자", "백명 이상", 100, "count", "명"],
    ["8,192개의 마이크로 프로세서", "8,192개", 8192, "count", "개"],
    ["0.33 퍼센트 하락", "0.33 퍼센트", 0.33, "percent", "%"],
    ["3,000엔에 팔린다", "3,000엔", 3000, "amount", "JPY"],
    ["5만 위안의 벌금", "5만 위안", 50_000, "amount", "CNY"],
    ["1억5천만 유로였다가", "1억5천만 유로", 150_000_000, "amount", "EUR"],
    ["61센트 급등", "61센트", 61, "amount", "cent"],
  ])("%s", (text, words, value, kind, unit) => {
    expect(mentionOf(text, words)).toMatchObject({ value, kind, unit });
  });

  it("keeps the scale word for rounding", () => {
    expect(mentionOf("1억1천만 달러", "1억1천만 달러").scale).toBe(1e8);
    expect(mentionOf("2만5000명", "2만5000명").scale).toBe(1e4);
  });

  it("reads 조 after a law word as an article, not 10^12", () => {
    expect(mentionOf("헌법 9조를 개정", "9조")).toMatchObject({ kind: "ordinal", value: 9 });
  });
});

describe("vague magnitudes (수 = several)", () => {
  it.each([
    ["수십억 달러", "수십억 달러", 1e9],
    ["수천명이", "수천명", 1000],
    ["수백만 명의 사람", "수백만 명", 1e6],
    ["수천억 달러가 될 것", "수천억 달러", 1e11],
    ["수 억년 전", "수 억년", 1e8],
  ])("%s", (text, words, value) => {
    expect(mentionOf(text, words)).toMatchObject({ value, high: value * 10, isVague: true, isApproximate: true });
  });
});

describe("hedges: 약/여/가량/정도/이상/넘는/미만", () => {
  it.each([
    ["약 300명이", "약 300명", true, null],
    ["300여명이", "300여명", true, null],
    ["300여 명이", "300여 명", true, null],
    ["십여 년 전", "십여 년", true, null],
    ["300명 가량이", "300명 가량", true, null],
    ["5,000명 정도로 추산", "5,000명 정도", true, null],
    ["300명 이상이", "300명 이상", false, "min"],
    ["300명이 넘는", "300명이 넘는", false, "min"],
    ["300명 미만", "300명 미만", false, "max"],
    ["최소 70명이", "최소 70명", false, "min"],
    ["최고 10주일까지", "최고 10주일", false, "max"],
  ])("%s", (text, words, isApproximate, bound) => {
    expect(mentionOf(text, words)).toMatchObject({ isApproximate, bound });
  });
});

describe("native Korean numerals with counters", () => {
  it.each([
    ["한 명이 숨졌다", "한 명", 1, "명"],
    ["두 명이", "두 명", 2, "명"],
    ["두차례나", "두차례", 2, "차례"],
    ["세 차례", "세 차례", 3, "차례"],
    ["다섯 곳에서", "다섯 곳", 5, "곳"],
    ["네 척의 배", "네 척", 4, "척"],
    ["스물다섯 살", "스물다섯 살", 25, "살"],
    ["열두 명", "열두 명", 12, "명"],
    ["네 발로 걸어다녔다", "네 발", 4, "발"],
    ["두 대의 차량", "두 대", 2, "대"],
    ["두 지도자는", "두", 2, null],
  ])("%s", (text, words, value, unit) => {
    expect(mentionOf(text, words)).toMatchObject({ value, unit, isSpelled: true });
  });

  it("reads 중 하나 as one and 한두/두세 as ranges", () => {
    expect(mentionOf("가장 아름다운 곳 중 하나다", "하나").value).toBe(1);
    expect(mentionOf("두세 명이", "두세 명")).toMatchObject({ kind: "range", value: 2, high: 3 });
  });

  it.each(["세계 에서 가장", "한국의 코스피", "한나라당 대표", "세대 차이", "하나님", "둘러싼", "네, 알겠습니다"])(
    "finds no number in %s", (text) => {
      expect(findKoreanNumbers(text)).toEqual([]);
    });
});

describe("words that contain number syllables are not numbers", () => {
  it.each(["천천히 걸었다", "천문학자들이", "조사를 했다", "억제력", "만약 그렇다면", "천장에", "백인 노동자", "십자군 전사", "조지 W. 부시"])(
    "%s", (text) => {
      expect(findKoreanNumbers(text)).toEqual([]);
    });

  it("reads 만에 as 'after', not 10^4", () => {
    expect(findKoreanNumbers("19개월 만에 최고치").map((m) => m.text)).toEqual(["19개월"]);
  });

  it("skips model names and HTML entities", () => {
    expect(findKoreanNumbers("F-16 전투기와 3G 휴대폰 &#8212;")).toEqual([]);
  });
});

describe("percent and percentage points", () => {
  it.each([
    ["35% 상승", "35%", "%"],
    ["35퍼센트", "35퍼센트", "%"],
    ["35 %포인트 앞서", "35 %포인트", "pp"],
    ["9%포인트 앞서는", "9%포인트", "pp"],
    ["3%p 하락", "3%p", "pp"],
  ])("%s", (text, words, unit) => {
    expect(mentionOf(text, words)).toMatchObject({ kind: "percent", unit });
  });
});

describe("ranges, fractions and ordinals", () => {
  it.each([
    ["3~5명", "3~5명", 3, 5],
    ["3-5명이", "3-5명", 3, 5],
    ["2, 3년 전만해도", "2, 3년", 2, 3],
    ["129~130달러 사이", "129~130달러", 129, 130],
  ])("range %s", (text, words, value, high) => {
    expect(mentionOf(text, words)).toMatchObject({ value, high });
  });

  it("reads 3분의 1 as one third", () => {
    expect(mentionOf("홍콩의 3분의 1인", "3분의 1").value).toBeCloseTo(1 / 3, 10);
  });

  it.each([
    ["제3차 회담", "제3차", 3],
    ["난징 제1 중재 법원", "제1", 1],
    ["3번째 회담", "3번째", 3],
    ["첫 번째 회담", "첫 번째", 1],
    ["세 번째 회담", "세 번째", 3],
    ["두번째", "두번째", 2],
    ["6일째를 맞은", "6일째", 6],
    ["둘째 아들", "둘째", 2],
    ["첫 회담", "첫", 1],
  ])("ordinal %s", (text, words, value) => {
    expect(mentionOf(text, words)).toMatchObject({ kind: "ordinal", value });
  });
});

describe("durations are counts, not dates", () => {
  it.each([
    ["10일 후에 다시", "10일", 10, "일"],
    ["32일 동안 동거할", "32일", 32, "일"],
    ["1년 동안이나", "1년", 1, "년"],
    ["50년 이상의 긴장", "50년 이상", 50, "년"],
    ["1,379년 전이다", "1,379년", 1379, "년"],
    ["하루 동안", "하루", 1, "일"],
    ["일주일간의 휴무", "일주일", 1, "주일"],
  ])("%s", (text, words, value, unit) => {
    expect(mentionOf(text, words)).toMatchObject({ kind: "count", value, unit });
  });
});
