/**
 * Highlighted text for terminal cells: runs of text, some marked (a finding's words, the letters a
 * character diff removed or added), wrapped by display width with each line's colour opened and closed
 * on that line. Without colour, marks become visible brackets: «words», [letters].
 */
import { diffChars } from "diff";
import { paint } from "./ansi.js";
import { displayWidth, wrap } from "./width.js";

/** What a marked run is: the finding's words, or letters only in the actual / only in the expected text. */
export type Mark = "words" | "removed" | "added";

export interface Run {
  readonly text: string;
  readonly mark?: Mark;
}

/** How each mark looks: an SGR code with colour (bold inverse; inverse red; inverse green), brackets without. */
export const MARK_STYLES: Readonly<Record<Mark, { code: string; open: string; close: string }>> = {
  words: { code: "1;7", open: "«", close: "»" },
  removed: { code: "7;31", open: "[", close: "]" },
  added: { code: "7;32", open: "[", close: "]" },
};

/** Shortest share of shared characters (2 × common / total length) at which actual and expected count as similar. */
export const MIN_DIFF_SIMILARITY = 0.6;

interface MarkedChar {
  readonly ch: string;
  readonly mark: Mark | undefined;
}

/** The runs as plain text, marks shown as brackets. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => (r.mark ? `${MARK_STYLES[r.mark].open}${r.text}${MARK_STYLES[r.mark].close}` : r.text)).join("");
}

/** The runs as characters with their marks, whitespace runs folded to one space and the ends trimmed (as wrap does). */
function markedChars(runs: readonly Run[]): MarkedChar[] {
  const chars: MarkedChar[] = [];
  for (const run of runs) {
    for (const ch of run.text) {
      const isSpace = /\s/.test(ch);
      const previous = chars[chars.length - 1];
      if (isSpace && (!previous || previous.ch === " ")) continue;
      chars.push({ ch: isSpace ? " " : ch, mark: run.mark });
    }
  }
  while (chars[chars.length - 1]?.ch === " ") chars.pop();
  return chars;
}

/** One line's characters as text, each marked stretch painted on its own. */
function renderLine(chars: readonly MarkedChar[], color: boolean): string {
  let out = "";
  let i = 0;
  while (i < chars.length) {
    const mark = chars[i]!.mark;
    let text = "";
    while (i < chars.length && chars[i]!.mark === mark) text += chars[i++]!.ch;
    out += mark ? paint(text, MARK_STYLES[mark].code, color) : text;
  }
  return out;
}

/**
 * Wraps the runs to `width` columns and at most `maxLines` lines (a cut is marked "…"). With colour, marked
 * stretches are painted line by line, so a table cell never carries an open colour into its border;
 * without colour they are bracketed as in MARK_STYLES.
 */
export function wrapRuns(runs: readonly Run[], width: number, maxLines: number, color: boolean): string {
  const chars = markedChars(color ? runs : [{ text: plainText(runs) }]);
  const text = chars.map((c) => c.ch).join("");
  const lines: MarkedChar[][] = [];
  let at = 0;
  for (const line of wrap(text, width)) {
    const length = [...line].length;
    lines.push(chars.slice(at, at + length));
    at += length;
    if (chars[at]?.ch === " ") at += 1; // the space the line broke at
  }
  if (lines.length > maxLines) {
    lines.length = maxLines;
    const last = lines[maxLines - 1]!;
    const lastWidth = displayWidth(last.map((c) => c.ch).join(""));
    lines[maxLines - 1] = [...(lastWidth >= width ? last.slice(0, -1) : last), { ch: "…", mark: undefined }];
  }
  return lines.map((line) => renderLine(line, color)).join("\n");
}

/**
 * The actual and expected texts with the characters that differ marked (diffChars), or null when they are
 * equal or share too little for a character diff to help (2 × common characters / total below `minSimilarity`).
 */
export function diffRuns(actual: string, expected: string, minSimilarity = MIN_DIFF_SIMILARITY): { actual: Run[]; expected: Run[] } | null {
  if (!actual || !expected || actual === expected) return null;
  const changes = diffChars(actual, expected);
  const common = changes.filter((c) => !c.added && !c.removed).reduce((n, c) => n + c.value.length, 0);
  if ((2 * common) / (actual.length + expected.length) < minSimilarity) return null;
  const runs = { actual: [] as Run[], expected: [] as Run[] };
  for (const change of changes) {
    if (!change.added) runs.actual.push(change.removed ? { text: change.value, mark: "removed" } : { text: change.value });
    if (!change.removed) runs.expected.push(change.added ? { text: change.value, mark: "added" } : { text: change.value });
  }
  return runs;
}
