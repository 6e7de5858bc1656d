/** html formatter, shared helpers: escaping of text and attribute values, element ids and plurals. */
import type { Finding, Severity } from "../types.js";

/** The two sides of a finding, named as in Finding and in the samples' expected.json. */
export type SideName = "source" | "target";
/** Both sides, Korean first. */
export const SIDES: readonly SideName[] = ["source", "target"];
/** Severities from most to least severe: the order of filters and counts. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
/** Characters that could open markup, start an entity or end a quoted attribute value. */
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and for double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Attribute values by name; undefined and false leave the attribute out, true writes it bare. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** Renders ` name="value"` pairs with every value escaped (names are fixed by the formatter). */
export function attrs(values: Attributes): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join("");
}

/** "1 error", "2 errors". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Id of a finding within the page: file index and finding index. */
export function findingId(file: number, index: number): string {
  return `f${file}-${index}`;
}

/** Id of a finding's highlight on one side. */
export function markId(finding: string, side: SideName): string {
  return `${finding}-${side}`;
}

/** Label of a side in the list ("KO"/"EN"). */
export function sideLabel(side: SideName): string {
  return side === "source" ? "KO" : "EN";
}

/** Ids of the elements that describe a finding (its message and, when set, its suggestion). */
export function describedBy(id: string, finding: Finding): string {
  return finding.suggestion === null ? `msg-${id}` : `msg-${id} sug-${id}`;
}
