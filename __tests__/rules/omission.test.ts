import omission from "../../rules/omission.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

const KO = "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n\n기획재정부는 연구개발 예산을 줄이고 복지 예산을 늘렸다고 설명했다.\n\n야당은 국회 심사에서 예산안을 꼼꼼히 따지겠다고 말했다.\n";
const EN_FULL = "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n\nThe Ministry of Economy and Finance explained that it cut research and development spending and raised welfare spending.\n\nThe opposition said it would scrutinize the budget closely in the National Assembly review.\n";

testRule(omission as Rule<object, string>, {
  valid: [
    { name: "every paragraph translated", ko: KO, en: EN_FULL },
    {
      name: "hard-wrapped English paragraph is one paragraph",
      ko: "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n",
      en: "Government unveils budget\n\nThe government said on the 28th that it had set\nnext year's budget at 656 trillion won.\n",
    },
  ],
  invalid: [
    {
      name: "middle paragraph dropped",
      ko: KO,
      en: "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n\nThe opposition said it would scrutinize the budget closely in the National Assembly review.\n",
      findings: [{ messageId: "paragraphOmitted", side: "source", line: 5, column: 1, severity: "error" }],
    },
    {
      name: "byline left untranslated is info",
      ko: "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.\n\n홍길동 기자 gildong@example.com\n",
      en: "Government unveils budget\n\nThe government said on the 28th that it had set next year's budget at 656 trillion won.\n",
      findings: [{ messageId: "creditOmitted", side: "source", line: 5, column: 1, severity: "info" }],
    },
    {
      name: "translation cut to a fragment",
      ko: "정부 예산안 발표\n\n정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다. 기획재정부는 연구개발 예산을 줄이고 복지 예산을 늘렸다고 설명했다. 야당은 국회 심사에서 예산안을 꼼꼼히 따지겠다고 말했다.\n",
      en: "Government unveils budget\n\nThe budget is 656 trillion won.\n",
      findings: [{ messageId: "translationTruncated", side: "target", line: 3, column: 1, text: "The budget is 656 trillion won.", severity: "warning" }],
    },
  ],
});
