/** Terminal display width: Hangul, CJK and full-width forms take two columns. */

/** Code point ranges that a terminal draws two columns wide (East Asian Wide and Fullwidth). */
const WIDE_RANGES: readonly [number, number][] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
/** ANSI escape sequences, which take no columns (ESC is a control character on purpose). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
/** Combining marks, which take no column of their own. */
const COMBINING = /^(?:\p{Mn}|\p{Me})$/u;
/** Zero-width code points: joiners and marks, variation selectors, and Hangul medial/final jamo (they join the initial before them). */
const ZERO_WIDTH_RANGES: readonly [number, number][] = [[0x200b, 0x200f], [0x2060, 0x2060], [0xfe00, 0xfe0f], [0x1160, 0x11ff]];

/** Columns one character takes. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (COMBINING.test(ch) || ZERO_WIDTH_RANGES.some(([lo, hi]) => code >= lo && code <= hi)) return 0;
  return WIDE_RANGES.some(([lo, hi]) => code >= lo && code <= hi) ? 2 : 1;
}

/** Columns a string takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, "")) width += charWidth(ch);
  return width;
}

/** Breaks text into lines of at most `width` columns, at spaces when it can, mid-word when it must. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const word of text.replace(/\s+/g, " ").trim().split(" ")) {
    const wordWidth = displayWidth(word);
    const gap = current ? 1 : 0;
    if (currentWidth + gap + wordWidth <= width) {
      current += (gap ? " " : "") + word;
      currentWidth += gap + wordWidth;
      continue;
    }
    if (current) lines.push(current);
    [current, currentWidth] = breakWord(word, width, lines);
  }
  if (current) lines.push(current);
  return lines;
}

function breakWord(word: string, width: number, lines: string[]): [string, number] {
  let current = "";
  let currentWidth = 0;
  for (const ch of word) {
    const w = charWidth(ch);
    if (currentWidth + w > width && current) {
      lines.push(current);
      current = "";
      currentWidth = 0;
    }
    current += ch;
    currentWidth += w;
  }
  return [current, currentWidth];
}

/** Wraps text and keeps at most `maxLines`, marking a cut with an ellipsis. */
export function wrapClamped(text: string, width: number, maxLines: number): string {
  const lines = wrap(text, width);
  if (lines.length <= maxLines) return lines.join("\n");
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? "";
  kept[maxLines - 1] = `${displayWidth(last) >= width ? [...last].slice(0, -1).join("") : last}…`;
  return kept.join("\n");
}

/** The end of `text` in at most `width` columns, led by "…" when cut (a long path keeps its file name). */
export function clipStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let kept = "";
  while (chars.length > 0 && displayWidth(chars[chars.length - 1] + kept) <= width - 1) kept = chars.pop() + kept;
  return `…${kept}`;
}

/** The start of `text` in at most `width` columns, followed by "…" when cut. */
export function clipEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let kept = "";
  let keptWidth = 0;
  for (const ch of text) {
    if (keptWidth + charWidth(ch) > width - 1) break;
    kept += ch;
    keptWidth += charWidth(ch);
  }
  return `${kept}…`;
}
