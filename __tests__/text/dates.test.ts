/** Dates, years, weekdays and clock times in Korean and English. */
import { findEnglishNumbers, findKoreanNumbers, type NumberMention } from "../../src/text/numbers.js";

type Finder = (text: string) => NumberMention[];

/** The mention whose span is exactly `words`, after checking that the span reads back from the text. */
function mentionOf(find: Finder, text: string, words: string): NumberMention {
  const mentions = find(text);
  const found = mentions.find((m) => text.slice(m.start, m.end) === words);
  if (!found) throw new Error(`no mention "${words}" in "${text}": ${mentions.map((m) => `[${m.text}]`).join(" ")}`);
  return found;
}

describe("Korean dates", () => {
  it.each([
    ["미국은 1992년에 지하 핵실험을", "1992년", { kind: "year", value: 1992 }],
    ["'21년 예산", "'21년", { kind: "year", value: 2021 }],
    ["7월17일 개막", "7월17일", { kind: "date", month: 7, day: 17, value: 17 }],
    ["7월 17일 개막", "7월 17일", { month: 7, day: 17 }],
    ["경찰이 29일 밝혔다", "29일", { kind: "date", month: null, day: 29, value: 29 }],
    ["경찰이 19일(현지시간) 밝혔다", "19일", { day: 19 }],
    ["지난해 11월 발표", "지난해 11월", { month: 11, day: null, yearOffset: -1 }],
    ["12월 21일자 신문", "12월 21일자", { month: 12, day: 21 }],
    ["2002년 9월 14일 수요일", "2002년 9월 14일 수요일", { year: 2002, month: 9, day: 14, weekday: 3 }],
    ["16일(수) 오후", "16일(수)", { day: 16, weekday: 3 }],
    ["수요일에 만난다", "수요일", { weekday: 3, day: null }],
    ["9·11 테러 이후", "9·11", { month: 9, day: 11 }],
    ["지난 24~26일 조사", "24~26일", { day: 24, high: 26 }],
    ["7~9월 사이에", "7~9월", { month: 7, high: 9 }],
    ["2007.10 원문", "2007.10", { year: 2007, month: 10 }],
    ["1990년대 초", "1990년대", { kind: "year", value: 1990, unit: "decade" }],
    ["올해 판매 계획", "올해", { kind: "date", yearOffset: 0 }],
  ])("%s", (text, words, fields) => {
    expect(mentionOf(findKoreanNumbers, text, words)).toMatchObject(fields);
  });
});

describe("Korean clock times", () => {
  it.each([
    ["오후 3시 회견", "오후 3시", 15, "pm"],
    ["오전 10시 30분", "오전 10시 30분", 10.5, "am"],
    ["새벽 1시에 일어났을 때", "새벽 1시", 1, "am"],
    ["3시 반에", "3시 반", 3.5, null],
    ["정오에 만나", "정오", 12, "pm"],
  ])("%s", (text, words, value, meridiem) => {
    expect(mentionOf(findKoreanNumbers, text, words)).toMatchObject({ kind: "time", value, meridiem });
  });

  it("reads 시간 as hours of duration", () => {
    expect(mentionOf(findKoreanNumbers, "8시간 동안", "8시간")).toMatchObject({ kind: "count", unit: "시간" });
  });
});

describe("English dates", () => {
  it.each([
    ["on July 17 the", "July 17", { month: 7, day: 17, year: null }],
    ["on 17 July the", "17 July", { month: 7, day: 17 }],
    ["on Dec. 21, 2021 the", "Dec. 21, 2021", { month: 12, day: 21, year: 2021 }],
    ["the September 11 attacks", "September 11", { month: 9, day: 11 }],
    ["police said on Wednesday", "Wednesday", { weekday: 3, day: null, month: null }],
    ["on Wednesday, July 17", "Wednesday, July 17", { weekday: 3, month: 7, day: 17 }],
    ["in November the", "November", { month: 11, day: null }],
    ["November last year", "November last year", { month: 11, yearOffset: -1 }],
    ["Last February, the", "February", { month: 2 }],
    ["in May", "May", { month: 5 }],
    ["on the 29th", "the 29th", { day: 29, month: null }],
    ["in Seoul June 21-24 after", "June 21-24", { month: 6, day: 21, high: 24 }],
    ["February 2004", "February 2004", { year: 2004, month: 2 }],
    ["since the 9/11 attacks", "9/11", { month: 9, day: 11 }],
    ["killed on Sept.", "Sept.", { month: 9 }],
    ["up 5% last year", "last year", { yearOffset: -1 }],
  ])("%s", (text, words, fields) => {
    expect(mentionOf(findEnglishNumbers, text, words)).toMatchObject({ kind: "date", ...fields });
  });

  it("reads May as a verb without a date context", () => {
    expect(findEnglishNumbers("May I ask? It may rain.")).toEqual([]);
  });
});

describe("English clock times", () => {
  it.each([
    ["at 3 p.m. Sunday", "3 p.m.", 15],
    ["at 10:30 a.m. local time", "10:30 a.m.", 10.5],
    ["at 12:26 a.m. ET", "12:26 a.m.", 26 / 60],
    ["at 3pm", "3pm", 15],
    ["at noon", "noon", 12],
    ["since 21:30 hours", "21:30", 21.5],
  ])("%s", (text, words, value) => {
    expect(mentionOf(findEnglishNumbers, text, words)).toMatchObject({ kind: "time" });
    expect(mentionOf(findEnglishNumbers, text, words).value).toBeCloseTo(value, 9);
  });
});
