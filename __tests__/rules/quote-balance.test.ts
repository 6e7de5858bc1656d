import quoteBalance from "../../rules/quote-balance.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const KO_TITLE = "한미 외교장관 회담\n\n";
const EN_TITLE = "Foreign ministers meet\n\n";
const KO = `${KO_TITLE}장관은 “양국이 대북 공조를 강화하기로 했다”고 말했다.\n`;
const EN = `${EN_TITLE}The minister said, “The two countries agreed to strengthen their coordination on North Korea.”\n`;

testRule(quoteBalance as Rule<object, string>, {
  valid: [
    { name: "balanced curly quotes on both sides", ko: KO, en: EN },
    {
      name: "single quotes nested in double quotes",
      ko: `${KO_TITLE}그는 “장관이 이번 회담을 ‘전환점’이라고 불렀다”고 전했다.\n`,
      en: `${EN_TITLE}“The minister called the meeting ‘a turning point,’ and we agree,” he said.\n`,
    },
    {
      name: "apostrophes, possessives and elisions are not quotation marks",
      ko: `${KO_TITLE}장관은 1990년대 한국인들의 저축이 늘었다고 말했다.\n`,
      en: `${EN_TITLE}The minister’s aide said Koreans’ savings grew in the ’90s and the 1990s’ boom didn’t last; Seoul's envoy said rock 'n' roll fans' tastes changed in the '90s.\n`,
    },
    {
      name: "a possessive after a closed single quotation inside a double one",
      ko: `${KO_TITLE}그는 “‘노동자’ 조합의 요구를 듣겠다”고 말했다.\n`,
      en: `${EN_TITLE}He said, “We will hear the ‘workers’ union’ and its demands.”\n`,
    },
    {
      name: "a quotation continued by the next paragraph's opening mark",
      ko: `${KO_TITLE}장관은 “대화 채널을 유지하겠다. 진전을 기대한다”고 말했다.\n\n그는 “대화만이 유일한 길”이라고 덧붙였다.\n`,
      en: `${EN_TITLE}The minister said: “We will keep the channel open. We hope for progress.\n\n“Dialogue is the only way forward,” he added.\n`,
    },
    {
      name: "a quotation closed in the following paragraph",
      ko: `${KO_TITLE}특사는 “회담은 잘 진행됐다. 다음 달에 다시 만날 것”이라고 말했다.\n\n양측은 공동 성명을 내지 않았다.\n`,
      en: `${EN_TITLE}“The talks went well.\n\nWe will meet again next month,” the envoy said.\n`,
    },
    {
      name: "straight quotes used throughout one side",
      ko: `${KO_TITLE}그는 "협상은 끝났다"고 말했고 대변인은 '사실상 결렬'이라고 설명했다.\n`,
      en: `${EN_TITLE}He said "the negotiations are over," and the spokesman called it 'a breakdown in effect.'\n`,
    },
    {
      name: "Korean corner brackets",
      ko: `${KO_TITLE}장관은 『토지』를 읽고 「서시」를 외운다고 말했다.\n`,
      en: `${EN_TITLE}The minister said he reads “Land” and recites “Prelude.”\n`,
    },
    {
      name: "Korean straight closing mark followed by a particle",
      ko: `${KO_TITLE}대변인은 이른바"3불"정책에 대해 "변함이 없다"며 "논의할 계획도 없다"고 말했다.\n`,
      en: `${EN_TITLE}The spokesman said there was "no change" in the so-called "three noes" policy and "no plan to discuss it."\n`,
    },
    {
      name: "feet and inches are not quotation marks",
      ko: `${KO_TITLE}신장 6피트 2인치의 선수가 입단했다.\n`,
      en: `${EN_TITLE}The 6'2" center joined the team.\n`,
    },
    {
      name: "typewriter quotes written as two singles",
      ko: KO,
      en: `${EN_TITLE}The minister said, \`\`The two countries agreed to strengthen their coordination on North Korea.''\n`,
    },
    {
      name: "mixed styles allowed by option",
      ko: `${KO_TITLE}장관은 “양국이 공조를 강화한다”고 말했고 차관은 "협의를 계속한다"고 밝혔다.\n`,
      en: EN,
      options: { allowMixedStyle: true },
    },
  ],
  invalid: [
    {
      name: "Korean quotation opened with “ and closed with ‘",
      ko: `${KO_TITLE}로이터는 “양국 관계가 중요하다”며 “보좌관은 대화 재개를 촉구했다‘고 밝혔다.\n`,
      en: `${EN_TITLE}Reuters said, “The relationship matters,” and that “the adviser called for talks to resume.”\n`,
      findings: [{ messageId: "mismatchedQuote", side: "source", line: 3, column: 38, text: "‘", actual: "‘", expected: "”", severity: "error" }],
    },
    {
      name: "English quotation opened with “ and closed with ’",
      ko: KO,
      en: `${EN_TITLE}The minister said, “The two countries agreed to strengthen their coordination on North Korea.’\n`,
      findings: [{ messageId: "mismatchedQuote", line: 3, column: 94, text: "’", expected: "”" }],
    },
    {
      name: "English quotation opened with ‘ and closed with ”",
      ko: `${KO_TITLE}그는 이번 회담을 ‘전환점’이라고 불렀다.\n`,
      en: `${EN_TITLE}He called the meeting ‘a turning point” for the region.\n`,
      findings: [{ messageId: "mismatchedQuote", line: 3, column: 39, text: "”", expected: "’" }],
    },
    {
      name: "opening mark never closed in the last paragraph",
      ko: KO,
      en: `${EN_TITLE}The minister said, “The two countries agreed to strengthen their coordination on North Korea.\n`,
      findings: [{ messageId: "unclosedQuote", line: 3, column: 20, text: "“", expected: "”", severity: "warning" }],
    },
    {
      name: "opening mark abandoned by a second opening mark",
      ko: `${KO_TITLE}장관은 “공조를 강화하겠다고 말했고 차관은 “협의를 계속하겠다”고 밝혔다.\n`,
      en: `${EN_TITLE}The minister said “they would strengthen coordination, and the vice minister said “talks will continue.”\n`,
      findings: [
        { messageId: "unclosedQuote", line: 3, column: 19, text: "“" },
        { messageId: "unclosedQuote", side: "source", line: 3, column: 5, text: "“" },
      ],
    },
    {
      name: "inner single quotation never closed",
      ko: `${KO_TITLE}그는 “장관이 이번 회담을 ‘전환점’이라고 불렀다”고 전했다.\n`,
      en: `${EN_TITLE}“The minister called the meeting ‘a turning point, and we agree,” he said.\n`,
      findings: [{ messageId: "unclosedQuote", line: 3, column: 34, text: "‘", expected: "’" }],
    },
    {
      name: "closing marks with no opening mark on both sides",
      ko: `${KO_TITLE}장관은 양국이 대북 공조를 강화하기로 했다”고 말했다.\n`,
      en: `${EN_TITLE}The minister said the two countries agreed to strengthen their coordination.” Talks will continue.\n`,
      findings: [
        { messageId: "unopenedQuote", line: 3, column: 77, text: "”", actual: "”" },
        { messageId: "unopenedQuote", side: "source", line: 3, column: 24, text: "”" },
      ],
    },
    {
      name: "quotation left open and never continued",
      ko: `${KO_TITLE}그는 이 계획을 “실수”라고 불렀다.\n\n당국자들은 언급을 거부했다.\n`,
      en: `${EN_TITLE}He called the plan “a mistake.\n\nOfficials declined to comment.\n`,
      findings: [{ messageId: "quoteRunsOn", line: 3, column: 20, text: "“", severity: "warning" }],
    },
    {
      name: "closing mark with nothing open after a closed quotation",
      ko: KO,
      en: `${EN_TITLE}He said “yes.” Then he left.” Officials declined to comment.\n`,
      findings: [{ messageId: "unopenedQuote", line: 3, column: 29, text: "”", severity: "error" }],
    },
    {
      name: "quotation left open after a colon is only a hint",
      ko: `${KO_TITLE}장관은 “채널을 유지하겠다”고 말했다.\n\n당국자들은 언급을 거부했다.\n`,
      en: `${EN_TITLE}The minister said: “We will keep the channel open.\n\nOfficials declined to comment.\n`,
      findings: [{ messageId: "quoteRunsOn", line: 3, column: 20, text: "“", severity: "info" }],
    },
    {
      name: "as many straight as curly marks: the style used second is reported",
      ko: KO,
      en: `${EN_TITLE}He said “yes” and then "no" to the plan.\n`,
      findings: [{ messageId: "mixedQuoteStyle", line: 3, column: 24, text: '"', severity: "warning" }],
    },
    {
      name: "lone closing apostrophe-like mark is only a hint",
      ko: `${KO_TITLE}협정은 서명됐다. 당국자들은 언급을 거부했다.\n`,
      en: `${EN_TITLE}The agreement was signed.’ Officials declined to comment.\n`,
      findings: [{ messageId: "unopenedQuote", line: 3, column: 26, severity: "info" }],
    },
    {
      name: "quotation left open before its attribution",
      ko: `${KO_TITLE}그는 이 계획이 “실수라고 말했다.\n\n당국자들은 언급을 거부했다.\n`,
      en: `${EN_TITLE}“The plan is a mistake, he told reporters.\n\nOfficials declined to comment.\n`,
      findings: [
        { messageId: "quoteRunsOn", side: "target", line: 3, column: 1, severity: "warning" },
        { messageId: "quoteRunsOn", side: "source", line: 3, column: 10, severity: "warning" },
      ],
    },
    {
      name: "quotation left open and contradicted by a later quotation",
      ko: `${KO_TITLE}그는 이 계획을 “실수”라고 불렀다.\n\n당국자들은 언급을 거부했다.\n\n다른 당국자는 “아니다”라고 말했다.\n`,
      en: `${EN_TITLE}He called the plan “a mistake.\n\nOfficials declined to comment.\n\nAnother official said “no.”\n`,
      findings: [{ messageId: "quoteRunsOn", line: 3, column: 20, severity: "warning" }],
    },
    {
      name: "quotation open over more paragraphs than allowed",
      ko: `${KO_TITLE}특사는 “회담은 잘 진행됐다. 다음 달에 다시 만날 것”이라고 말했다.\n\n양측은 공동 성명을 내지 않았다.\n`,
      en: `${EN_TITLE}“The talks went well.\n\nWe will meet again next month,” the envoy said.\n`,
      options: { maxOpenParagraphs: 0 },
      findings: [{ messageId: "quoteRunsOn", line: 3, column: 1, severity: "info" }],
    },
    {
      name: "Korean paragraph with straight quotes in a curly document",
      ko: `${KO_TITLE}장관은 “양국이 공조를 강화한다”고 말했다.\n\n차관은 "협의를 계속한다"고 밝혔다.\n\n대변인은 “추가 회담을 준비 중”이라고 전했다.\n`,
      en: `${EN_TITLE}The minister said, “The two countries will strengthen coordination.”\n\nThe vice minister said, “Consultations will continue.”\n\nThe spokesman said, “More talks are being prepared.”\n`,
      findings: [{ messageId: "mixedQuoteStyle", side: "source", line: 5, column: 5, text: '"', actual: '"', severity: "warning" }],
    },
    {
      name: "English curly quotation in a straight document",
      ko: `${KO_TITLE}장관은 “양국이 공조를 강화한다”고 말했다.\n\n차관은 “협의를 계속한다”고 밝혔다.\n\n대변인은 “추가 회담을 준비 중”이라고 전했다.\n`,
      en: `${EN_TITLE}The minister said, "The two countries will strengthen coordination."\n\nThe vice minister said, “Consultations will continue.”\n\nThe spokesman said, "More talks are being prepared."\n`,
      findings: [{ messageId: "mixedQuoteStyle", line: 5, column: 25, text: "“", severity: "warning" }],
    },
  ],
  fixtures: "quote-balance",
});
