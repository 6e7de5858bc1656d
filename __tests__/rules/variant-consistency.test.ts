import variantConsistency from "../../rules/variant-consistency.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const KO = "미국 발표\n\n미국은 28일 발표했다.\n\n미군은 주둔을 계속한다.\n";
const QUOTED_EN = "U.S. statement\n\nThe U.S. said on the 28th, \"US troops will stay.\"\n\nThe U.S. envoy arrived.\n";

testRule(variantConsistency as Rule<object, string>, {
  valid: [
    {
      name: "one form throughout",
      ko: KO,
      en: "U.S. statement\n\nThe U.S. said on the 28th that U.S. troops would stay.\n\nThe U.S. military will stay.\n",
    },
    {
      name: "a currency sign and a pronoun are not the country",
      ko: KO,
      en: "U.S. statement\n\nThe U.S. paid US$5 billion, officials told us.\n\nThe U.S. military will stay.\n",
    },
    {
      name: "names keep their own spelling",
      ko: "영국 선거\n\n노동당이 승리했다.\n\n노동 비용이 올랐다.\n",
      en: "UK election\n\nThe Labour Party won, and labor unions cheered. He ate Peking duck at Peking University.\n\nLabor costs rose.\n",
    },
    {
      name: "inflections that both spellings share",
      ko: KO,
      en: "Programme\n\nThe programme started and programming resumed.\n\nThe programmes continue, as advisers and one adviser said.\n",
    },
    {
      name: "a headline abbreviation in AP headline style",
      ko: KO,
      en: "US troops to stay\n\nThe U.S. said on the 28th that U.S. troops would stay.\n",
    },
    {
      name: "quotations left out when asked",
      ko: KO,
      en: QUOTED_EN,
      options: { ignoreQuotations: true },
    },
    {
      name: "an outdated form alone when asked",
      ko: "우크라이나\n\n그는 키이우를 방문했다.\n",
      en: "Ukraine\n\nHe visited Kiev.\n",
      options: { ignoreDeprecated: true },
    },
  ],
  invalid: [
    {
      name: "U.S. mixed with US",
      ko: KO,
      en: "U.S. statement\n\nThe U.S. said on the 28th that US troops would stay.\n\nThe U.S. military will stay.\n",
      findings: [{ messageId: "mixedVariant", line: 3, column: 32, text: "US", expected: "U.S.", suggestion: "U.S.", severity: "warning" }],
    },
    {
      name: "titles count, and a tie goes to the preferred form",
      ko: "설리번 보좌관\n\n설리번 국가안보보좌관이 도착했다.\n\n설리번 보좌관은 왕이를 만났다.\n",
      en: "Sullivan arrives\n\nNational Security Adviser Jake Sullivan arrived.\n\nAdvisor Sullivan met Wang Yi.\n",
      findings: [{ messageId: "mixedVariant", line: 5, column: 1, text: "Advisor", suggestion: "Adviser" }],
    },
    {
      name: "the minority form loses, keeping its ending",
      ko: KO,
      en: "Defense\n\nThe defense budget rose.\n\nOther defences fell, and the defense ministry said defenses grew.\n",
      findings: [{ messageId: "mixedVariant", line: 5, column: 7, text: "defences", suggestion: "defenses" }],
    },
    {
      name: "a form that ends a paragraph keeps its full stop",
      ko: KO,
      en: "US statement\n\nThe US said it would stay. The US agreed.\n\nThey will meet the U.S.\n",
      findings: [{ messageId: "mixedVariant", line: 5, column: 20, text: "U.S.", suggestion: "US." }],
    },
    {
      name: "headline abbreviations count when asked",
      ko: KO,
      en: "US troops to stay\n\nThe U.S. said on the 28th that U.S. troops would stay.\n",
      options: { ignoreHeadlineAbbreviations: false },
      findings: [{ messageId: "mixedVariant", line: 1, column: 1, text: "US", suggestion: "U.S." }],
    },
    {
      name: "quotations count by default",
      ko: KO,
      en: QUOTED_EN,
      findings: [{ messageId: "mixedVariant", line: 3, column: 29, text: "US" }],
    },
    {
      name: "an outdated place name alone",
      ko: "우크라이나\n\n그는 키이우를 방문했다.\n",
      en: "Ukraine\n\nHe visited Kiev.\n",
      findings: [{ messageId: "deprecatedVariant", line: 3, column: 12, text: "Kiev", expected: "Kyiv", suggestion: "Kyiv" }],
    },
  ],
});
