import untranslated from "../../rules/untranslated.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n";

testRule(untranslated as Rule<object, string>, {
  valid: [
    { name: "fully translated", ko: KO, en: "Government unveils budget\n\nThe government said on the 28th that next year's budget was set at 656 trillion won.\n" },
    { name: "numbers alone may be identical", ko: "예산\n\n2024\n", en: "Budget\n\n2024\n" },
  ],
  invalid: [
    {
      name: "Korean words left in English",
      ko: KO,
      en: "Government unveils budget\n\nThe government said on the 28th that 내년 예산안 was set at 656 trillion won.\n",
      findings: [{ messageId: "hangulInTarget", line: 3, column: 38, text: "내년 예산안" }],
    },
    {
      name: "paragraph pasted from the source",
      ko: "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n\n야당은 반발했다.\n",
      en: "Government unveils budget\n\nThe government said on the 28th that next year's budget was set at 656 trillion won.\n\n야당은 반발했다.\n",
      findings: [{ messageId: "identicalToSource", line: 5, column: 1 }],
    },
  ],
});
