import numberMismatch from "../../rules/number-mismatch.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

/** A whole file: a title paragraph, a blank line, then the body paragraphs. */
const file = (title: string, ...body: string[]) => [title, ...body].join("\n\n") + "\n";

// Real sentence pairs from the korean-english-news-v1 corpus (Park, Hong and Cha 2016), CC BY-SA 3.0.
const CORPUS_KUNMING = [
  "쿤밍에서 일어난 버스 연쇄폭발로 2명이 사망하고 14명이 부상한 바 있다.",
  "In it, hooded men stood in camouflage fatigues with Kalashnikovs and claimed responsibility for explosions in four cities in Western China in recent months, including two bus bombings last week in Kunming city that authorities said killed two people and injured 14.",
] as const;
const CORPUS_QUAKE = [
  "일본 북부에서 24일 오전 리히터 규모 6.8의 강진이 발생해 4명이 다치고 산사태와 정전사태 등 피해가 속출했다고 언론이 보도했다.",
  "(CNN) A magnitude 6.8 earthquake rattled north-central Japan early Thursday, injuring at least four people, triggering landslides and cutting power to thousands of homes, according to reports.",
] as const;
const CORPUS_OIL = [
  "이날 뉴욕상업거래소(NYMEX)에서 거래된 9월 인도분 서부 텍사스산 중질유(WTI) 가격은 배럴당 124.44달러로 거래를 마감하며 지난달 4일 이후 최저치를 기록했다.",
  "Light, sweet crude for September delivery dropped $3.98 to settle at $124.44 a barrel on the New York Mercantile Exchange, crude's lowest finish since June 4.",
] as const;
const CORPUS_BOATS = ["어선 50만여척이 항구로 대피했다.", "More than 50,000 fishing boats returned to harbor."] as const;

testRule(numberMismatch as Rule<object, string>, {
  valid: [
    {
      name: "spelled-out counts, and a weekday for the day of month",
      ko: file("교통사고", "16일 고속도로에서 차량 3대가 충돌해 3명이 숨졌다."),
      en: file("Highway crash", "Three people were killed on Wednesday when three cars collided on a highway."),
    },
    {
      name: "month names and relative years",
      ko: file("미중 회담", "미국은 지난해 11월 중국과 회담을 시작했으나 올해 7월 중국이 회담 중단을 선언했다."),
      en: file("US-China talks", "The United States began talks with China in November last year, but in July this year China declared a suspension."),
    },
    {
      name: "조 as trillion, with a dollar conversion the translator added",
      ko: file("예산안", "정부는 내년 예산을 656조 원으로 확정했다."),
      en: file("Budget", "The government set next year's budget at 656 trillion won ($490 billion)."),
    },
    {
      name: "newsroom rounding of a hedged number",
      ko: file("인구", "인구는 1억900만 명에 이른다."),
      en: file("Population", "The population is about 110 million."),
    },
    {
      name: "a year ago and the two countries",
      ko: file("양국 관계", "양국은 1년 전 관계를 정상화했다."),
      en: file("Relations", "The two countries normalized relations a year ago."),
    },
    {
      name: "Celsius given in Fahrenheit",
      ko: file("날씨", "기온은 25도까지 오를 전망이다."),
      en: file("Weather", "Temperatures are expected to reach 77 degrees."),
    },
    {
      name: "years left out with ignoreYears",
      ko: file("워싱턴 생가", "재단은 워싱턴의 가족이 1973년 이곳으로 이주해왔다고 확신했다."),
      en: file("Washington's home", "The foundation believes the Washington family moved to the site in 1738."),
      options: { ignoreYears: true },
    },
    {
      name: "Korean numbers without an English counterpart are not reported when ignoreSourceOnly is set",
      ko: file("사고", "사고로 3명이 다쳤다."),
      en: file("Accident", "Several people were hurt in the accident."),
      options: { ignoreSourceOnly: true },
    },
    { name: "real corpus pair: counts and a number only in the English", ko: file("폭발", CORPUS_KUNMING[0]), en: file("Blasts", CORPUS_KUNMING[1]) },
    { name: "real corpus pair: magnitude, weekday and hedged count", ko: file("지진", CORPUS_QUAKE[0]), en: file("Quake", CORPUS_QUAKE[1]) },
    { name: "real corpus pair: month, price and last month's day", ko: file("유가", CORPUS_OIL[0]), en: file("Oil", CORPUS_OIL[1]) },
  ],
  invalid: [
    {
      name: "percent digits swapped",
      ko: file("여론조사 결과", "응답자의 35%가 정부 정책을 지지한다고 답했다."),
      en: file("Poll results", "Some 53 percent of respondents said they support the government's policy."),
      findings: [{ messageId: "valueMismatch", line: 3, column: 1, text: "Some 53 percent", actual: "Some 53 percent", expected: "35%", suggestion: "Some 35 percent", severity: "error" }],
    },
    {
      name: "the Korean side of a mismatch is located too",
      ko: file("여론조사 결과", "응답자의 35%가 정부 정책을 지지한다고 답했다."),
      en: file("Poll results", "Some 53 percent of respondents said they support the government's policy."),
      findings: [{ messageId: "valueMismatch", side: "source", line: 3, column: 6, text: "35%" }],
    },
    {
      name: "1조 2천억 as 120 billion",
      ko: file("예산안 발표", "정부는 1조 2천억 원을 투입한다."),
      en: file("Budget unveiled", "The government will spend 120 billion won."),
      findings: [{ messageId: "scaleMismatch", line: 3, column: 27, actual: "120 billion won", expected: "1조 2천억 원", suggestion: "1.2 trillion won", severity: "error" }],
    },
    {
      name: "1억1천만 달러 as $11 million",
      ko: file("수출 계약", "회사는 1억1천만 달러 규모의 계약을 맺었다."),
      en: file("Export deal", "The company signed a deal worth $11 million."),
      findings: [{ messageId: "scaleMismatch", line: 3, column: 33, text: "$11 million", suggestion: "$110 million" }],
    },
    {
      name: "day of month mistyped",
      ko: file("외교부 브리핑", "대변인은 7월17일 정례 브리핑에서 이같이 말했다."),
      en: file("Ministry briefing", "The spokesman said so at a regular briefing on July 71."),
      findings: [{ messageId: "dateMismatch", line: 3, column: 48, text: "July 71", expected: "7월17일", suggestion: "July 17", severity: "error" }],
    },
    {
      name: "wrong month",
      ko: file("발견된 발", "경찰은 2월 8일 발견된 발과 2월 16일 발견된 발이 같은 남성의 것이라고 밝혔다."),
      en: file("Feet found", "Police said a foot found on February 8 and another found June 16 belong to the same man."),
      findings: [{ messageId: "dateMismatch", line: 3, column: 58, text: "June 16", suggestion: "February 16", severity: "error" }],
    },
    {
      name: "a count of people against a number before a noun is a warning",
      ko: file("이라크 테러", "27일 오후 순례객 7명이 바그다드 남부에서 총에 맞아 숨졌다."),
      en: file("Iraq attacks", "On Sunday afternoon, nine pilgrims were gunned down in a town south of Baghdad."),
      findings: [{ messageId: "valueMismatch", line: 3, column: 22, text: "nine", suggestion: "seven", severity: "warning" }],
    },
    {
      name: "a distance across a unit conversion is a warning without a suggestion",
      ko: file("런던 근교", "그는 런던에서 남쪽으로 117km 떨어진 곳에 산다."),
      en: file("Near London", "He lives 110 miles southwest of London."),
      findings: [{ messageId: "valueMismatch", line: 3, column: 10, text: "110 miles", severity: "warning" }],
    },
    {
      name: "real corpus pair: 만 dropped in translation",
      ko: file("어선 대피", CORPUS_BOATS[0]),
      en: file("Boats evacuated", CORPUS_BOATS[1]),
      findings: [{ messageId: "scaleMismatch", line: 3, column: 1, text: "More than 50,000", suggestion: "More than 500,000", severity: "warning" }],
    },
    {
      name: "a Korean number with no English counterpart is a hint",
      ko: file("사고", "사고로 3명이 다쳤다."),
      en: file("Accident", "Several people were hurt in the accident."),
      findings: [{ messageId: "numberOnlyInSource", side: "source", line: 3, column: 5, text: "3명", severity: "info" }],
    },
    {
      name: "an English number with no Korean counterpart is a hint when asked for",
      ko: file("발전", "온코어는 2012년까지 1만8500메가와트를 전송할 수 있게 된다고 밝혔다."),
      en: file("Power", "The new lines will accommodate about 18,500 megawatts of wind generation by 2012, enough to power 4 million homes."),
      options: { ignoreTargetOnly: false },
      findings: [{ messageId: "numberOnlyInTarget", line: 3, column: 99, text: "4 million", severity: "info" }],
    },
  ],
  fixtures: "number-mismatch",
});
