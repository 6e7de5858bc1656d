import termConsistency from "../../rules/term-consistency.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const OFFICE_KO = "청와대 발표\n\n청와대는 28일 회담 결과를 발표했다.\n\n청와대 관계자는 추가 회담이 필요하다고 말했다.\n";
const SEA_KO = "동해 훈련\n\n해군은 동해에서 훈련했다.\n\n동해 훈련은 3일간 이어졌다.\n";
const TARIFF_KO = "관세 부과\n\n미국은 관세를 올렸다.\n\n중국도 관세로 맞섰다.\n";
const TARIFF_EN = "Tariffs\n\nThe U.S. raised tariffs.\n\nChina answered with duties of its own.\n";

testRule(termConsistency as Rule<object, string>, {
  valid: [
    {
      name: "one rendering throughout",
      ko: SEA_KO,
      en: "Drills in the East Sea\n\nThe navy held drills in the East Sea.\n\nThe drills in the East Sea lasted three days.\n",
    },
    {
      name: "a name and a plain description of it",
      ko: OFFICE_KO,
      en: "Presidential office statement\n\nCheong Wa Dae announced the results of the talks on the 28th.\n\nA presidential office official said more talks were needed.\n",
    },
    {
      name: "full name first, acronym and shortening later",
      ko: "안보리 회의\n\n유엔 안보리는 28일 회의를 열었다.\n\n안보리는 성명을 냈다.\n\n국정원은 보고했다.\n\n국정원 관계자가 말했다.\n",
      en: "Security Council meets\n\nThe U.N. Security Council met on the 28th.\n\nThe Security Council issued a statement.\n\nThe National Intelligence Service reported.\n\nAn NIS official said.\n",
    },
    {
      name: "two renderings glossed side by side for one Korean mention",
      ko: "청와대\n\n청와대는 성명을 냈다.\n",
      en: "Statement\n\nCheong Wa Dae, the former Blue House, issued a statement.\n",
    },
    {
      name: "two countries' ministries are two terms",
      ko: "국방부\n\n미 국방부는 28일 발표했다.\n\n국방부는 29일 반박했다.\n",
      en: "Defense\n\nThe Pentagon announced on the 28th.\n\nThe Defense Ministry rebutted on the 29th.\n",
    },
    {
      name: "a bare ministry the English gives to another country",
      ko: "국방부\n\n미 국방부는 28일 발표했다.\n\n국방부는 29일 반박했다.\n",
      en: "Defense\n\nThe Pentagon announced on the 28th.\n\nSouth Korea's Defense Ministry rebutted on the 29th.\n",
    },
    {
      name: "common nouns not compared when asked",
      ko: TARIFF_KO,
      en: TARIFF_EN,
      options: { ignoreCommonTerms: true },
    },
    {
      name: "a paraphrase says nothing",
      ko: OFFICE_KO,
      en: "Presidential office statement\n\nCheong Wa Dae announced the results of the talks on the 28th.\n\nAn official there said more talks were needed.\n",
    },
    {
      name: "fewer Korean mentions than minOccurrences",
      ko: OFFICE_KO,
      en: "Presidential office statement\n\nCheong Wa Dae announced the results of the talks on the 28th.\n\nA Blue House official said more talks were needed.\n",
      options: { minOccurrences: 4 },
    },
  ],
  invalid: [
    {
      name: "a foreign ministry introduced with its country and named bare later",
      ko: "미 국방부\n\n미국 국방부는 7일 우라늄을 옮겼다고 밝혔다.\n\n국방부 대변인은 작업이 끝났다고 말했다.\n",
      en: "Pentagon\n\nThe Pentagon said on the 7th that it had moved the uranium.\n\nA Defense Department spokesman said the work was done.\n",
      findings: [{ messageId: "inconsistentTerm", line: 5, column: 3, text: "Defense Department", suggestion: "Pentagon" }],
    },
    {
      name: "a name rendered two ways",
      ko: OFFICE_KO,
      en: "Presidential office statement\n\nCheong Wa Dae announced the results of the talks on the 28th.\n\nA Blue House official said more talks were needed.\n",
      findings: [{ messageId: "inconsistentTerm", line: 5, column: 3, text: "Blue House", expected: "Cheong Wa Dae", suggestion: "Cheong Wa Dae", severity: "warning" }],
    },
    {
      name: "the Korean side of an inconsistency",
      ko: SEA_KO,
      en: "Drills in the East Sea\n\nThe navy held drills in the East Sea.\n\nThe drills in the Sea of Japan lasted three days.\n",
      findings: [{ messageId: "inconsistentTerm", side: "source", line: 5, column: 1, text: "동해" }],
    },
    {
      name: "a rendering the glossary lists as wrong",
      ko: "중국 남부전구\n\n남부전구는 훈련을 시작했다.\n",
      en: "China's southern command\n\nThe Southern War Zone began drills.\n",
      findings: [{ messageId: "nonStandardTerm", line: 3, column: 5, text: "Southern War Zone", suggestion: "Southern Theater Command" }],
    },
    {
      name: "a common noun varied is a hint",
      ko: TARIFF_KO,
      en: TARIFF_EN,
      findings: [{ messageId: "inconsistentTerm", line: 5, column: 21, text: "duties", suggestion: "tariffs", severity: "info" }],
    },
  ],
});
