/** ANSI colours for terminal formatters; every helper is the identity when colour is off. */
import type { Severity } from "../types.js";

/** SGR codes per severity: red, yellow, cyan. */
const SEVERITY_CODES: Record<Severity, string> = { error: "31", warning: "33", info: "36" };

/** Wraps text in an SGR code when `color` is on. */
export function paint(text: string, code: string, color: boolean): string {
  return color ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** The severity word, coloured by severity. */
export function severityLabel(severity: Severity, color: boolean): string {
  return paint(severity, SEVERITY_CODES[severity], color);
}

/** Bold text. */
export function bold(text: string, color: boolean): string {
  return paint(text, "1", color);
}

/** Dim text. */
export function dim(text: string, color: boolean): string {
  return paint(text, "2", color);
}
