import addition from "../../rules/addition.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n\n야당은 국회 심사에서 예산안을 꼼꼼히 따지겠다고 말했다.\n";
const EN = "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n\nThe opposition said it would scrutinize the budget closely in the National Assembly review.\n";

testRule(addition as Rule<object, string>, {
  valid: [
    { name: "faithful translation", ko: KO, en: EN },
    { name: "sentence in the same paragraph is not an addition", ko: KO, en: EN.replace("656 trillion won.", "656 trillion won ($490 billion).") },
  ],
  invalid: [
    {
      name: "paragraph with no source",
      ko: KO,
      en: `${EN}\nCritics have long argued that the finance ministry underestimates tax revenue, a claim the ministry has always denied.\n`,
      findings: [{ messageId: "paragraphAdded", line: 7, column: 1, severity: "warning" }],
    },
    {
      name: "keyword line is info",
      ko: KO,
      en: `${EN}\nbudget, finance ministry, National Assembly, opposition\n`,
      findings: [{ messageId: "keywordLine", line: 7, column: 1, text: "budget, finance ministry, National Assembly, opposition", severity: "info" }],
    },
    {
      name: "paragraph much longer than its source",
      ko: "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다. 올해보다 2.8% 늘었다.\n",
      en: "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won, up 2.8 percent and the largest in the country's history, after months of negotiations between ministries, a period in which the finance ministry repeatedly warned that tax revenue would fall short of forecasts and that borrowing would rise again for a fifth year, a concern echoed by rating agencies, economists and the central bank, which has kept its policy rate unchanged this year.\n",
      findings: [{ messageId: "translationExpanded", line: 3, column: 1 }],
    },
  ],
});
