import repeatedWord from "../../rules/repeated-word.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const KO_TITLE = "정부, 수출 대책 발표\n\n";
const EN_TITLE = "Government unveils export measures\n\n";
const KO = `${KO_TITLE}정부는 반도체 수출을 늘리기 위한 지원책을 발표했다.\n`;
const EN = `${EN_TITLE}The government announced support measures to boost chip exports.\n`;

testRule(repeatedWord as Rule<object, string>, {
  valid: [
    { name: "no repeated words", ko: KO, en: EN },
    {
      name: "had had and that that",
      ko: `${KO_TITLE}정부는 이미 우려를 품고 있었으며 그 계획이 실패했다는 사실이 중요하다고 밝혔다.\n`,
      en: `${EN_TITLE}The government had had doubts, and said the fact that that plan failed mattered.\n`,
    },
    {
      name: "what it is is and gave her her",
      ko: `${KO_TITLE}장관은 이번 대책이 첫걸음이라고 말하며 그녀에게 상을 수여했다.\n`,
      en: `${EN_TITLE}What the plan really is is a first step, said the minister, who gave her her award.\n`,
    },
    {
      name: "reduplicated interjections and numbers",
      ko: `${KO_TITLE}관중은 하하 웃으며 네 네 하고 답했고 점수는 10 10이었다.\n`,
      en: `${EN_TITLE}The crowd laughed ha ha and waved bye bye while the score stood at 10 10.\n`,
    },
    {
      name: "capitalised names and titles",
      ko: `${KO_TITLE}장관은 보라보라 섬과 월라월라 시를 방문했다.\n`,
      en: `${EN_TITLE}The minister visited Bora Bora and the city of Walla Walla.\n`,
    },
    {
      name: "emphatic doubles inside quotations",
      ko: `${KO_TITLE}장관은 “수출이 정말 정말 중요하다”고 말했다.\n`,
      en: `${EN_TITLE}“Exports are very very important,” the minister said.\n`,
    },
    {
      name: "Korean reduplications, written as one word or spaced, and a particle after a bracket",
      ko: `${KO_TITLE}정부는 하나하나 점검하고 차근 차근 준비하며 때때로 보고하고 유럽연합(EU)이 이 문제를 논의한다고 밝혔다.\n`,
      en: `${EN_TITLE}The government said it checks each item, reports from time to time, and that the European Union (EU) is discussing the issue.\n`,
    },
    {
      name: "the same word ending one paragraph and starting the next",
      ko: `${KO_TITLE}정부는 지원책을 발표했다.\n\n발표는 서울에서 있었다.\n`,
      en: `${EN_TITLE}The government announced the measures in Seoul\n\nSeoul officials welcomed them.\n`,
    },
    {
      name: "allowed words by option",
      ko: `${KO_TITLE}정부는 결국 마지막에 양보했다.\n`,
      en: `${EN_TITLE}The government gave in in the end.\n`,
      options: { allowedWords: ["in"] },
    },
  ],
  invalid: [
    {
      name: "doubled article in English",
      ko: KO,
      en: `${EN_TITLE}The government announced the the support measures to boost chip exports.\n`,
      findings: [{ messageId: "repeatedWord", line: 3, column: 26, text: "the the", actual: "the the", suggestion: "the", severity: "error" }],
    },
    {
      name: "doubled word across a hard line break",
      ko: KO,
      en: `${EN_TITLE}The government announced support measures to\nto boost chip exports.\n`,
      findings: [{ messageId: "repeatedWord", line: 3, column: 43, suggestion: "to" }],
    },
    {
      name: "tripled word is one finding",
      ko: KO,
      en: `${EN_TITLE}The government announced support measures to boost the the the chip exports.\n`,
      findings: [{ messageId: "repeatedWord", line: 3, column: 52, text: "the the the", suggestion: "the" }],
    },
    {
      name: "case-insensitive, keeping the first copy",
      ko: KO,
      en: `${EN_TITLE}The the government announced support measures to boost chip exports.\n`,
      findings: [{ messageId: "repeatedWord", line: 3, column: 1, text: "The the", suggestion: "The" }],
    },
    {
      name: "capitalised function word in a title-case headline",
      ko: KO,
      en: "Government To To Unveil Export Measures\n\nThe government announced support measures to boost chip exports.\n",
      findings: [{ messageId: "repeatedWord", line: 1, column: 12, text: "To To", suggestion: "To" }],
    },
    {
      name: "a slip inside a quotation is still reported",
      ko: `${KO_TITLE}장관은 “수출이 회복될 것으로 본다”고 말했다.\n`,
      en: `${EN_TITLE}“I I think exports will recover,” the minister said.\n`,
      findings: [{ messageId: "repeatedWord", line: 3, column: 2, text: "I I", suggestion: "I" }],
    },
    {
      name: "is is without a free relative",
      ko: `${KO_TITLE}문제는 수출이 줄고 있다는 것이다.\n`,
      en: `${EN_TITLE}The problem is is that exports are falling.\n`,
      findings: [{ messageId: "repeatedWord", line: 3, column: 13, suggestion: "is" }],
    },
    {
      name: "free relative further back than maxFreeRelativeWords",
      ko: `${KO_TITLE}장관은 이번 대책이 첫걸음이라고 말했다.\n`,
      en: `${EN_TITLE}What the plan really is is a first step, the minister said.\n`,
      options: { maxFreeRelativeWords: 2 },
      findings: [{ messageId: "repeatedWord", line: 3, column: 22, text: "is is" }],
    },
    {
      name: "doubled Korean word is a source finding without a suggestion",
      ko: `${KO_TITLE}정부는 정부는 반도체 수출을 늘리기 위한 지원책을 발표했다.\n`,
      en: EN,
      findings: [{ messageId: "repeatedWord", side: "source", line: 3, column: 1, text: "정부는 정부는" }],
    },
    {
      name: "emphatic double outside a quotation is a warning",
      ko: `${KO_TITLE}회담은 계속 계속 이어졌다.\n`,
      en: `${EN_TITLE}The talks were very very productive.\n`,
      findings: [
        { messageId: "emphaticRepetition", line: 3, column: 16, text: "very very", suggestion: "very", severity: "warning" },
        { messageId: "emphaticRepetition", side: "source", line: 3, column: 5, text: "계속 계속", severity: "warning" },
      ],
    },
    {
      name: "capitalised names reported when ignoreCapitalized is off",
      ko: `${KO_TITLE}장관은 보라보라 섬을 방문했다.\n`,
      en: `${EN_TITLE}The minister visited Bora Bora.\n`,
      options: { ignoreCapitalized: false },
      findings: [{ messageId: "repeatedWord", line: 3, column: 22, text: "Bora Bora" }],
    },
  ],
});
