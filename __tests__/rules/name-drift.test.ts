import nameDrift from "../../rules/name-drift.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

/** A KO/EN file pair: a title line, a blank line, then one paragraph per string. */
const doc = (title: string, ...paragraphs: string[]): string => [title, ...paragraphs].join("\n\n") + "\n";

const KO_TITLE = "미중 고위 군사회담 개최";
const EN_TITLE = "US-China high-level military talks held";

testRule(nameDrift as Rule<object, string>, {
  valid: [
    {
      name: "glossary names spelled the standard way, with the right Hanja gloss",
      ko: doc(KO_TITLE, "장유샤(張又俠) 중앙군사위원회 부주석은 29일 베이징에서 제이크 설리번 미국 국가안보보좌관을 만났다.", "숀 사벳 백악관 대변인은 이날 회담이 건설적이었다고 밝혔다."),
      en: doc(EN_TITLE, "Zhang Youxia, vice chairman of the Central Military Commission, met U.S. National Security Adviser Jake Sullivan in Beijing on the 29th.", "White House spokesperson Sean Savett said the talks were constructive."),
    },
    {
      name: "short forms and accepted alternatives of one person",
      ko: doc(KO_TITLE, "김정은 국무위원장은 이날 연설했다.", "김 위원장은 또 군 간부들을 만났다."),
      en: doc(EN_TITLE, "Kim Jong-un gave a speech on the day.", "Kim also met military officers."),
    },
    {
      name: "a middle initial left out is the same spelling",
      ko: doc(KO_TITLE, "조지 W. 부시 대통령은 이날 연설했다.", "조지 부시 대통령은 또 의회를 방문했다."),
      en: doc(EN_TITLE, "President George W. Bush gave a speech on the day.", "President George Bush also visited Congress."),
    },
    {
      name: "people who share a surname are not one person spelled two ways",
      ko: doc(KO_TITLE, "김정은 국무위원장과 김여정 부부장이 행사에 참석했다.", "김정일 국방위원장의 생일을 앞둔 행사였다."),
      en: doc(EN_TITLE, "Kim Jong Un and Kim Yo Jong attended the event.", "The event came ahead of Kim Jong Il's birthday."),
    },
    {
      name: "unknown foreign names rendered by sound, a surname alone and a place",
      ko: doc(KO_TITLE, "개리 로스먼 대변인은 이라크 정부가 협상을 제안했다고 말했다.", "로스먼 대변인은 회의가 다음 주에 열린다고 덧붙였다."),
      en: doc(EN_TITLE, "Spokesman Gary Rothman said the Iraqi government had offered talks.", "Rothman added that the meeting would be held next week."),
    },
    {
      name: "a Korean name glossed in Hanja is read the Korean way and not checked against pinyin",
      ko: doc(KO_TITLE, "김정은(金正恩) 국무위원장은 이날 연설했다."),
      en: doc(EN_TITLE, "Kim Jong Un gave a speech on the day."),
    },
    {
      name: "a Taiwanese name in Wade-Giles meets the pinyin of its gloss",
      ko: doc(KO_TITLE, "차이잉원(蔡英文) 총통은 이날 연설했다."),
      en: doc(EN_TITLE, "President Tsai Ing-wen gave a speech on the day."),
    },
  ],
  invalid: [
    {
      name: "a known misspelling of a glossary name (English)",
      ko: doc(KO_TITLE, "숀 사벳 백악관 대변인은 이날 회담이 건설적이었다고 밝혔다."),
      en: doc(EN_TITLE, "White House spokesperson Sean Sabet said the talks were constructive."),
      findings: [{ messageId: "knownVariant", line: 3, column: 26, text: "Sean Sabet", suggestion: "Sean Savett", severity: "error" }],
    },
    {
      name: "a known variant in a title-case headline",
      ko: doc("<윤석열 ‘북한 핵군축 반대’ 바이든과 ‘충돌’>", "윤석열 대통령은 이날 연설했다."),
      en: doc("<Yoon Seok-yeol ‘Opposes North Korea Nuclear Disarmament’ Clashes With Biden>", "President Yoon Suk Yeol gave a speech on the day."),
      findings: [{ messageId: "knownVariant", line: 1, column: 2, text: "Yoon Seok-yeol", expected: "Yoon Suk Yeol", suggestion: "Yoon Suk Yeol" }],
    },
    {
      name: "a paragraph pair repeated word for word is reported at each place",
      ko: doc(KO_TITLE, "숀 사벳 백악관 대변인은 이날 회담이 건설적이었다고 밝혔다.", "회담은 두 시간 동안 이어졌다.", "숀 사벳 백악관 대변인은 이날 회담이 건설적이었다고 밝혔다."),
      en: doc(EN_TITLE, "White House spokesperson Sean Sabet said the talks were constructive.", "The talks lasted two hours.",
        "White House spokesperson Sean Sabet said the talks were constructive."),
      findings: [
        { messageId: "knownVariant", line: 3, column: 26, text: "Sean Sabet", suggestion: "Sean Savett" },
        { messageId: "knownVariant", line: 7, column: 26, text: "Sean Sabet", suggestion: "Sean Savett" },
      ],
    },
    {
      name: "a misspelling of the glossary person the Korean names",
      ko: doc(KO_TITLE, "장유샤 중앙군사위원회 부주석은 29일 베이징에서 외국 대표단을 만났다."),
      en: doc(EN_TITLE, "Vice Chairman Zhang Youxiao of the Central Military Commission met a foreign delegation in Beijing on the 29th."),
      findings: [
        { messageId: "notStandard", side: "target", line: 3, column: 15, text: "Zhang Youxiao", suggestion: "Zhang Youxia", severity: "error" },
      ],
    },
    {
      name: "only the format differs from the standard spelling",
      ko: doc(KO_TITLE, "김정은 국무위원장은 이날 연설했다."),
      en: doc(EN_TITLE, "Kim Jongun gave a speech on the day."),
      findings: [{ messageId: "notStandard", line: 3, column: 1, text: "Kim Jongun", expected: "Kim Jong Un", severity: "warning" }],
    },
    {
      name: "a Hanja gloss whose reading contradicts the English and the Hangul (Korean side)",
      ko: doc(KO_TITLE, "장유샤(張眞夏) 중앙군사위원회 부주석은 29일 베이징에서 외국 대표단을 만났다."),
      en: doc(EN_TITLE, "Zhang Youxia, vice chairman of the Central Military Commission, met a foreign delegation in Beijing on the 29th."),
      findings: [{ messageId: "hanjaReading", side: "source", line: 3, column: 5, text: "張眞夏", expected: "張又俠", severity: "error" }],
    },
    {
      name: "a Hanja gloss finding points at the gloss only, the Korean being what is wrong",
      ko: doc(KO_TITLE, "장유샤(張眞夏) 부주석은 이날 회의를 주재했다."),
      en: doc(EN_TITLE, "Vice Chairman Zhang Youxia chaired the meeting on the day."),
      findings: [{ messageId: "hanjaReading", side: "target", line: undefined, text: undefined }],
    },
    {
      name: "a Hanja gloss of a Chinese name the glossary does not know",
      ko: doc(KO_TITLE, "쑨춘란(孫春林) 부총리는 회의에서 이같이 밝혔다."),
      en: doc(EN_TITLE, "Vice Premier Sun Chunlan said so at the meeting."),
      findings: [{ messageId: "hanjaReading", side: "source", line: 3, column: 5, text: "孫春林", severity: "error" }],
    },
    {
      name: "a homophone gloss that differs from the known characters",
      ko: doc(KO_TITLE, "린젠(林建) 중국 외교부 대변인은 정례 브리핑에서 이같이 말했다."),
      en: doc(EN_TITLE, "Lin Jian, a spokesperson for the Chinese Ministry of Foreign Affairs, said so at a regular briefing."),
      findings: [{ messageId: "hanjaMismatch", side: "source", line: 3, column: 4, text: "林建", expected: "林劍", severity: "warning" }],
    },
    {
      name: "the English names another glossary person than the Korean",
      ko: doc(KO_TITLE, "김정은 국무위원장은 이날 연설했다."),
      en: doc(EN_TITLE, "Chairman Kim Jong Il gave a speech on the day."),
      findings: [{ messageId: "noCounterpart", line: 3, column: 10, text: "Kim Jong Il", suggestion: "Kim Jong Un", severity: "error" }],
    },
    {
      name: "an English name that cannot render the Korean name beside it",
      ko: doc(KO_TITLE, "개리 로스먼 대변인은 회의가 연기됐다고 밝혔다."),
      en: doc(EN_TITLE, "Spokesman Daniel Okafor said the meeting had been postponed."),
      findings: [{ messageId: "noCounterpart", line: 3, column: 11, text: "Daniel Okafor", severity: "warning" }],
    },
    {
      name: "one person spelled two ways in the English",
      ko: doc(KO_TITLE, "개리 로스먼 대변인은 회의가 연기됐다고 밝혔다.", "로스먼 대변인은 다음 주에 회의가 열린다고 덧붙였다.", "개리 로스먼 대변인은 성명도 냈다."),
      en: doc(EN_TITLE, "Spokesman Gary Rothman said the meeting had been postponed.", "Rothmann added that it would be held next week.", "Gary Rothman also issued a statement."),
      findings: [{ messageId: "spellingDrift", line: 5, column: 1, text: "Rothmann", suggestion: "Rothman", severity: "warning" }],
    },
    {
      name: "a misspelt full name against the majority spelling",
      ko: doc(KO_TITLE, "개리 로스먼 대변인은 회의가 연기됐다고 밝혔다.", "개리 로스먼 대변인은 성명도 냈다.", "개리 로스먼 대변인은 기자들의 질문에 답했다."),
      en: doc(EN_TITLE, "Spokesman Gary Rothman said the meeting had been postponed.", "Spokesman Gary Rotman also issued a statement.", "Spokesman Gary Rothman answered questions."),
      findings: [{ messageId: "spellingDrift", side: "target", line: 5, column: 11, text: "Gary Rotman", suggestion: "Gary Rothman", severity: "warning" }],
    },
    {
      name: "an accepted alternative mixed with the standard spelling",
      ko: doc(KO_TITLE, "김정은 국무위원장은 이날 연설했다.", "김정은 국무위원장은 군 간부들을 만났다.", "김정은 국무위원장은 공장을 방문했다."),
      en: doc(EN_TITLE, "Kim Jong Un gave a speech on the day.", "Kim Jong-un met military officers.", "Kim Jong Un visited a factory."),
      findings: [{ messageId: "spellingDrift", line: 5, column: 1, text: "Kim Jong-un", suggestion: "Kim Jong Un", severity: "warning" }],
    },
    {
      name: "a full name spelled two ways",
      ko: doc(KO_TITLE, "개리 로스먼 대변인은 회의가 연기됐다고 밝혔다.", "개리 로스먼 대변인은 성명도 냈다.", "개리 로스먼 대변인은 기자들의 질문에 답했다."),
      en: doc(EN_TITLE, "Spokesman Gary Rothman said the meeting had been postponed.", "Spokesman Gary Rotman also issued a statement.", "Spokesman Gary Rothman answered questions."),
      findings: [{ messageId: "spellingDrift", side: "source", line: 5, column: 1, text: "개리 로스먼" }],
    },
  ],
});
