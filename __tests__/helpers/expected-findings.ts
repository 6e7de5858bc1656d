/** The stable projection of findings that samples' and fixtures' expected.json files record (STYLE.md §6). */
import type { Finding } from "../../src/types.js";

export interface StableFinding {
  rule: string;
  messageId: string;
  side: "source" | "target";
  line: number;
  column: number;
}

/** Keeps rule, messageId and the position of the finding's primary side (the English when it has one). */
export function stableFindings(findings: readonly Finding[]): StableFinding[] {
  return findings
    .map((f) => {
      const side = f.target ? "target" : "source";
      const location = (f.target ?? f.source)!;
      return { rule: f.rule, messageId: f.messageId, side, line: location.line, column: location.column } as StableFinding;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || a.messageId.localeCompare(b.messageId));
}
