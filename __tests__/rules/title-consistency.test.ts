import titleConsistency from "../../rules/title-consistency.js";
import type { Rule } from "../../src/types.js";
import { testRule } from "../helpers/rule-tester.js";

// People named here are invented (홍길동 Hong Gil-dong, 김철수 Kim Chul-soo), except in neutral sentences that
// give real office holders their real titles.
const doc = (title: string, ...paragraphs: string[]): string => `${title}\n\n${paragraphs.join("\n\n")}\n`;

const KO_TALKS = doc("회담 소식",
  "홍길동 국방위원회 부위원장은 3일 김철수 보좌관을 만났다.",
  "홍 부위원장은 김 보좌관에게 협력을 요청했다.",
  "김 보좌관은 홍 부위원장의 제안을 검토하겠다고 말했다.");
const EN_TALKS = doc("Talks news",
  "Vice Chairman of the Defense Committee Hong Gil-dong met Advisor Kim Chul-soo on the 3rd.",
  "Vice Chairman Hong asked Advisor Kim for cooperation.",
  "Advisor Kim said he would review the proposal of Vice Chairman Hong.");

testRule(titleConsistency as Rule<object, string>, {
  valid: [
    { name: "one title throughout, in short and long forms", ko: KO_TALKS, en: EN_TALKS },
    {
      name: "a generic short form of the same office",
      ko: doc("통일 정책", "홍길동 통일부 장관은 3일 새 정책을 발표했다.", "홍 장관은 대화를 제안했다."),
      en: doc("Unification policy", "Unification Minister Hong Gil-dong announced a new policy on the 3rd.", "Minister Hong proposed talks."),
    },
    {
      name: "a former post in a background paragraph",
      ko: doc("외교 소식", "홍길동 국방장관은 3일 훈련을 참관했다.", "홍 장관은 외교부 차관을 지냈다."),
      en: doc("Diplomatic news", "Defense Minister Hong Gil-dong observed a drill on the 3rd.", "Hong previously served as a vice foreign minister; former Vice Foreign Minister Hong is a veteran diplomat."),
    },
    {
      name: "a promotion the paragraph announces",
      ko: doc("인사", "김철수 외교부 차관은 3일 회의를 주재했다.", "김철수 장관은 4일 장관으로 승진해 취임했다."),
      en: doc("Appointments", "Vice Foreign Minister Kim Chul-soo chaired a meeting on the 3rd.", "Foreign Minister Kim Chul-soo was promoted and took office on the 4th."),
    },
    {
      name: "two titles the glossary knows one person holds",
      ko: doc("정상회담", "시진핑 국가주석은 3일 대표단을 만났다.", "시 주석은 협력을 강조했다."),
      en: doc("Summit", "President Xi Jinping met the delegation on the 3rd.", "General Secretary Xi stressed cooperation."),
    },
    {
      name: "two posts held together, joined by 겸 and by and",
      ko: doc("경제 정책", "홍길동 경제부총리 겸 기획재정부 장관은 3일 예산안을 발표했다.", "홍 부총리는 재정 건전성을 강조했다.", "홍 장관은 협조를 요청했다."),
      en: doc("Economic policy", "Deputy Prime Minister and Finance Minister Hong Gil-dong announced the budget on the 3rd.", "Deputy Prime Minister Hong stressed fiscal soundness.", "Finance Minister Hong asked for cooperation."),
    },
    {
      name: "the Korean side left unchecked when asked",
      ko: doc("회담 소식", "홍길동 부위원장은 3일 연설했다.", "홍 부위원장은 협력을 강조했다.", "홍 부장은 회담을 마쳤다."),
      en: doc("Talks news", "Vice Chairman Hong Gil-dong spoke on the 3rd.", "Vice Chairman Hong stressed cooperation.", "Vice Chairman Hong ended the talks."),
      options: { ignoreSource: true },
    },
  ],
  invalid: [
    {
      name: "an abbreviated title is suggested with its period",
      ko: doc("의회 소식", "홍길동 상원의원은 3일 연설했다.", "홍 상원의원은 이어 기자들과 만났다.", "홍 상원의원은 4일 귀국했다."),
      en: doc("Congress news", "Sen. Hong Gil-dong gave a speech on the 3rd.", "Sen. Hong then met reporters.", "Spokesperson Hong returned home on the 4th."),
      findings: [{ messageId: "inconsistentTitle", text: "Spokesperson", suggestion: "Sen." }],
    },
    {
      name: "an English title that differs from the others",
      ko: KO_TALKS,
      en: doc("Talks news",
        "Vice Chairman of the Defense Committee Hong Gil-dong met Advisor Kim Chul-soo on the 3rd.",
        "Vice Chairman Hong asked Advisor Kim for cooperation.",
        "Advisor Kim said he would review the proposal of Advisor Hong."),
      findings: [{ messageId: "inconsistentTitle", line: 7, column: 50, text: "Advisor", actual: "Advisor", expected: "Vice Chairman", suggestion: "Vice Chairman", severity: "warning" }],
    },
    {
      name: "the Korean title of the same person in that paragraph is shown as the source",
      ko: KO_TALKS,
      en: doc("Talks news",
        "Vice Chairman of the Defense Committee Hong Gil-dong met Advisor Kim Chul-soo on the 3rd.",
        "Vice Chairman Hong asked Advisor Kim for cooperation.",
        "Advisor Kim said he would review the proposal of Advisor Hong."),
      findings: [{ messageId: "inconsistentTitle", side: "source", line: 7, column: 10, text: "부위원장" }],
    },
    {
      name: "a Korean title that differs from the others",
      ko: doc("회담 소식", "홍길동 부위원장은 3일 연설했다.", "홍 부위원장은 협력을 강조했다.", "홍 부장은 회담을 마쳤다."),
      en: doc("Talks news", "Vice Chairman Hong Gil-dong spoke on the 3rd.", "Vice Chairman Hong stressed cooperation.", "Vice Chairman Hong ended the talks."),
      findings: [{ messageId: "inconsistentSourceTitle", side: "source", line: 7, column: 3, text: "부장", expected: "부위원장" }],
    },
    {
      name: "a tie decided by the Korean",
      ko: doc("외교 소식", "김철수 외교부 장관은 3일 회담했다.", "김철수 외교부 장관은 4일 귀국했다."),
      en: doc("Diplomatic news", "Foreign Minister Kim Chul-soo held talks on the 3rd.", "Vice Foreign Minister Kim Chul-soo returned home on the 4th."),
      findings: [{ messageId: "inconsistentTitle", line: 5, column: 1, text: "Vice Foreign Minister", suggestion: "Foreign Minister" }],
    },
  ],
});
