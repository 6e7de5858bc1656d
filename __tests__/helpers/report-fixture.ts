/** One shared Report for formatter tests: two findings with Hangul, one info, one file. */
import type { Report } from "../../src/types.js";

export const REPORT: Report = {
  tool: { name: "translint", version: "0.0.0-test" },
  files: [{
    path: "article.txt", sourcePath: "article.txt", targetPath: "article.txt",
    source: { lang: "ko", paragraphs: [{ index: 0, line: 1, text: "정부 예산안 발표" }, { index: 1, line: 3, text: "정부는 내년 예산안을 656조 원으로 확정했다." }] },
    target: { lang: "en", paragraphs: [{ index: 0, line: 5, text: "Government unveils budget" }, { index: 1, line: 7, text: "The government set 예산안 at 656 trillion won." }] },
    alignment: [{ source: [0], target: [0], score: 0.95 }, { source: [1], target: [1], score: 0.42 }],
    findings: [
      {
        rule: "untranslated", severity: "error", category: "accuracy/untranslated", messageId: "hangulInTarget",
        message: 'Korean text "예산안" left untranslated in the English', docs: "rules/untranslated.md",
        source: null,
        target: { file: "article.txt", paragraph: 1, line: 7, column: 20, endLine: 7, endColumn: 23, text: "예산안" },
        suggestion: null, actual: null, expected: null,
      },
      {
        rule: "addition", severity: "info", category: "accuracy/addition", messageId: "keywordLine",
        message: 'Keyword line "budget, finance" has no Korean counterpart', docs: "rules/addition.md",
        source: { file: "article.txt", paragraph: 1, line: 3, column: 1, endLine: 3, endColumn: 27, text: "정부는 내년 예산안을 656조 원으로 확정했다." },
        target: { file: "article.txt", paragraph: 2, line: 9, column: 1, endLine: 9, endColumn: 16, text: "budget, finance" },
        suggestion: "budget", actual: null, expected: null,
      },
    ],
    suppressed: [],
  }],
  summary: { files: 1, errors: 1, warnings: 0, infos: 1 },
};
