import titleMismatch from "../../rules/title-mismatch.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

// People named here are invented (홍길동 Hong Gil-dong, 김철수 Kim Chul-soo), except in neutral sentences that
// give real office holders their real titles.
const ko = (body: string): string => `외교 동향\n\n${body}\n`;
const en = (body: string): string => `Diplomatic news\n\n${body}\n`;

testRule(titleMismatch as Rule<object, string>, {
  valid: [
    {
      name: "same title and rank",
      ko: ko("홍길동 외교부 차관은 3일 서울에서 기자들과 만났다."),
      en: en("Vice Foreign Minister Hong Gil-dong met reporters in Seoul on the 3rd."),
    },
    {
      name: "accepted alternatives: 부장 as Foreign Minister, 대변인 as spokesman",
      ko: ko("왕이 부장은 3일 베이징에서 회담했다고 김철수 외교부 대변인이 밝혔다."),
      en: en("Foreign Minister Wang Yi held talks in Beijing on the 3rd, spokesman Kim Chul-soo said."),
    },
    {
      name: "former on both sides",
      ko: ko("홍길동 전 대통령은 3일 고향을 찾았다."),
      en: en("Former President Hong Gil-dong visited his hometown on the 3rd."),
    },
    {
      name: "a second title the glossary knows the person holds",
      ko: ko("시진핑 국가주석은 3일 대표단을 만났다."),
      en: en("General Secretary Xi Jinping met the delegation on the 3rd."),
    },
    {
      name: "then- marks the title of the time, so former is not expected",
      ko: ko("당시 홍길동 전 국방장관은 협정에 서명했다."),
      en: en("Then-Defense Minister Hong Gil-dong signed the agreement."),
    },
    {
      name: "a title of another office named in the same paragraph without a name",
      ko: ko("포럼 의장을 맡은 홍길동 외무장관은 성명을 냈다."),
      en: en("Foreign Minister and forum chairman Hong Gil-dong issued a statement."),
    },
    {
      name: "a former post named in the same paragraph",
      ko: ko("홍길동 국방부 장관은 국방차관을 지낸 외교 전문가다."),
      en: en("Defense Minister Hong Gil-dong, a former vice defense minister, is a diplomacy expert."),
    },
    {
      name: "an unnamed title left alone when asked",
      ko: ko("외교부 대변인은 3일 정례 브리핑에서 입장을 밝혔다."),
      en: en("A deputy Foreign Ministry spokesperson stated the position at a regular briefing on the 3rd."),
      options: { ignoreUnnamed: true },
    },
    {
      name: "ignored ranks are not reported",
      ko: ko("홍길동 전 대통령은 3일 고향을 찾았다."),
      en: en("President Hong Gil-dong visited his hometown on the 3rd."),
      options: { ignoreRanks: ["former"] },
    },
  ],
  invalid: [
    {
      name: "an abbreviated title keeps the translator's spelling and its period",
      ko: ko("민주당 홍길동 상원의원과의 차이점을 드러내기 위한 것이다."),
      en: en("The trip highlights differences with his Democratic rival, former Sen. Hong Gil-dong."),
      findings: [{ messageId: "rankAdded", text: "former Sen.", suggestion: "Sen." }],
    },
    {
      name: "a lower-case glossary title is capitalised like the English words it replaces",
      ko: ko("홍길동 판사는 3일 판결을 내렸다."),
      en: en("Acting Judge Hong Gil-dong ruled on the 3rd."),
      findings: [{ messageId: "rankAdded", text: "Acting Judge", suggestion: "Judge" }],
    },
    {
      name: "Vice on the English side only",
      ko: ko("홍길동 외교부 장관은 3일 서울에서 기자들과 만났다."),
      en: en("Vice Foreign Minister Hong Gil-dong met reporters in Seoul on the 3rd."),
      findings: [
        { messageId: "rankAdded", line: 3, column: 1, text: "Vice Foreign Minister", actual: "Vice Foreign Minister", expected: "Foreign Minister", suggestion: "Foreign Minister", severity: "error" },
      ],
    },
    {
      name: "the Korean title is shown as the source",
      ko: ko("홍길동 외교부 장관은 3일 서울에서 기자들과 만났다."),
      en: en("Vice Foreign Minister Hong Gil-dong met reporters in Seoul on the 3rd."),
      findings: [{ messageId: "rankAdded", side: "source", line: 3, column: 5, text: "외교부 장관" }],
    },
    {
      name: "former dropped",
      ko: ko("홍길동 전 대통령은 3일 고향을 찾았다."),
      en: en("President Hong Gil-dong visited his hometown on the 3rd."),
      findings: [{ messageId: "rankDropped", line: 3, column: 1, text: "President", suggestion: "former President", severity: "error" }],
    },
    {
      name: "former goes before the nationality words",
      ko: ko("홍길동 전 대통령은 3일 고향을 찾았다."),
      en: en("South Korean President Hong Gil-dong visited his hometown on the 3rd."),
      findings: [{ messageId: "rankDropped", line: 3, column: 1, text: "South Korean President", suggestion: "former South Korean President" }],
    },
    {
      name: "vice replaced by former",
      ko: ko("홍길동 외교부 차관은 3일 기자들과 만났다."),
      en: en("Former Foreign Minister Hong Gil-dong met reporters on the 3rd."),
      findings: [{ messageId: "rankChanged", line: 3, column: 1, text: "Former Foreign Minister", suggestion: "Vice Foreign Minister" }],
    },
    {
      name: "a clearly different office",
      ko: ko("김철수 국방부 장관은 3일 훈련을 참관했다."),
      en: en("Spokesman Kim Chul-soo observed the drill on the 3rd."),
      findings: [{ messageId: "officeMismatch", line: 3, column: 1, text: "Spokesman", suggestion: "Defense Minister", severity: "error" }],
    },
    {
      name: "another ministry is an error",
      ko: ko("김철수 국방부 장관은 3일 훈련을 참관했다."),
      en: en("Foreign Minister Kim Chul-soo observed the drill on the 3rd."),
      findings: [{ messageId: "officeMismatch", line: 3, column: 1, severity: "error" }],
    },
    {
      name: "a near-synonym of the office is a warning",
      ko: ko("김철수 보좌관은 3일 회의에 참석했다."),
      en: en("Counselor Kim Chul-soo attended a meeting on the 3rd."),
      findings: [{ messageId: "officeMismatch", line: 3, column: 1, severity: "warning", suggestion: "aide" }],
    },
    {
      name: "a known wrong rendering",
      ko: ko("홍길동 인도태평양사령관은 3일 기지를 방문했다."),
      en: en("Pacific Command commander Hong Gil-dong visited the base on the 3rd."),
      findings: [{ messageId: "wrongRendering", line: 3, column: 1, suggestion: "Commander of U.S. Indo-Pacific Command" }],
    },
    {
      name: "an unnamed title is compared when it is the only one of its office (warning)",
      ko: ko("외교부 대변인은 3일 정례 브리핑에서 입장을 밝혔다."),
      en: en("A deputy Foreign Ministry spokesperson stated the position at a regular briefing on the 3rd."),
      findings: [{ messageId: "rankAdded", line: 3, column: 3, text: "deputy Foreign Ministry spokesperson", suggestion: "Foreign Ministry spokesperson", severity: "warning" }],
    },
    {
      name: "a surname resolved across the article, and an honorific title of another office",
      ko: "회담 소식\n\n홍길동 국방위원회 부위원장은 3일 김철수 보좌관을 만났다.\n\n홍 부위원장은 김 보좌관에게 협력을 요청했다.\n",
      en: "Talks news\n\nVice Chairman of the Defense Committee Hong Gil-dong met Advisor Kim Chul-soo on the 3rd.\n\nAdvisor Hong asked Advisor Kim for cooperation.\n",
      findings: [{ messageId: "officeMismatch", line: 5, column: 1, text: "Advisor", suggestion: "Vice Chairman", severity: "error" }],
    },
  ],
});
