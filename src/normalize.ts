/**
 * Unicode normalisation of paragraph text, keeping every character's place in the file.
 *
 * Rules compare what a reader sees, so text is put in one form before any rule runs:
 * - NFC: Hangul written decomposed (NFD conjoining jamo, as macOS file names and some editors write
 *   it) is composed, so "외교장관" matches whether it was typed as 4 syllables or as 10 jamo;
 * - invisible format characters are dropped: zero-width space, (non-)joiner, word joiner, soft hyphen,
 *   a byte-order mark in the middle of the text, and the bidirectional marks and overrides;
 * - no-break, ideographic and other fixed-width spaces become a plain space, and full-width ASCII
 *   (２０２４, Ａ) becomes ASCII, as East Asian input methods type digits and letters.
 * NFKC is not used: it would also rewrite ², ①, ㎞ and ligatures, which rules treat as written.
 *
 * Locations must still point into the raw file, so the text is carried with one file offset per
 * UTF-16 code unit: a character left as it is, or replaced one for one, keeps its own offset; the
 * characters a composed cluster becomes all take the offset of the cluster's first code unit; a dropped
 * character leaves a gap. Pieces built from these offsets give findings the raw file's columns.
 */

/** Text with the file offset of each of its UTF-16 code units. */
export interface OffsetText {
  readonly text: string;
  readonly offsets: readonly number[];
}

/** One run of normalised text copied from consecutive file offsets (the shape of a Piece without its paragraph). */
export interface OffsetRun {
  /** Start in the text. */
  textStart: number;
  /** Length in UTF-16 code units of the text. */
  length: number;
  /** Start in the decoded file text. */
  fileOffset: number;
}

/** Invisible format characters a reader does not see: soft hyphen, ZWSP, ZWNJ, ZWJ, LRM, RLM, bidi embeddings and overrides, word joiner and invisible operators, bidi isolates, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
/** A character a reader sees: neither whitespace (\s is exactly what String.prototype.trim removes) nor INVISIBLE. */
const VISIBLE = new RegExp(`[^\\s${INVISIBLE.source.slice(1, -1)}]`);
/**
 * A character NFC might change or compose with what precedes it. Every code point below U+0300 and every
 * precomposed Hangul syllable (U+AC00..U+D7A3) is NFC_Quick_Check=Yes with combining class 0, so a text of
 * only those is already NFC; a jamo that could join a syllable (U+1160..U+11FF) is outside these ranges.
 */
const MAYBE_NOT_NFC = /[\u0300-\uABFF\uD7A4-\uFFFF]/; // every code unit outside those two ranges, surrogates included
/** Spaces other than U+0020 that look like one: no-break, en/em and other fixed widths, narrow no-break, medium mathematical, ideographic. */
const WIDE_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/;
/** Full-width forms of printable ASCII (U+FF01..U+FF5E map to U+0021..U+007E). */
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
/** Distance from a full-width form to its ASCII character. */
const FULL_WIDTH_SHIFT = 0xfee0;
/** Anything the folding steps change (NFC is checked separately). */
const FOLDED = new RegExp(`[${[INVISIBLE, WIDE_SPACE, FULL_WIDTH].map((set) => set.source.slice(1, -1)).join("")}]`); // one class scans faster than an alternation
/**
 * One cluster NFC may change as a whole: a code point with the combining marks and Hangul medial and
 * final jamo (U+1160..U+11FF, U+D7B0..U+D7FF) after it, or such characters with no base before them.
 */
const CLUSTER = /[^\p{M}\u1160-\u11FF\uD7B0-\uD7FF][\p{M}\u1160-\u11FF\uD7B0-\uD7FF]*|[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]+/gu;

/** True when normalize() would change the text. */
export function needsNormalizing(text: string): boolean {
  return FOLDED.test(text) || (MAYBE_NOT_NFC.test(text) && text.normalize("NFC") !== text);
}

/** True when a line holds nothing a reader sees: whitespace and invisible format characters only. */
export function isInvisible(text: string): boolean {
  return !VISIBLE.test(text); // a regex scan: no copy of a whole file's text
}

/** Length of text without its trailing whitespace and invisible characters: where its visible content ends. */
export function visibleEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isInvisible(text[end - 1] ?? "")) end -= 1;
  return end;
}

/** Replaces wide spaces and full-width ASCII one for one. */
function foldChar(char: string): string {
  if (WIDE_SPACE.test(char)) return " ";
  if (FULL_WIDTH.test(char)) return String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_SHIFT);
  return char;
}

/** Normalises one cluster that starts at index `start` of the input, appending to `out`. */
function appendCluster(cluster: string, start: number, input: OffsetText, out: { text: string; offsets: number[] }): void {
  let kept = "";
  const keptAt: number[] = [];
  for (let i = 0; i < cluster.length; i++) {
    const char = cluster[i] ?? "";
    if (INVISIBLE.test(char)) continue;
    kept += foldChar(char);
    keptAt.push(input.offsets[start + i] ?? 0);
  }
  const composed = kept.normalize("NFC");
  out.text += composed;
  if (composed.length === kept.length) out.offsets.push(...keptAt);
  else for (let i = 0; i < composed.length; i++) out.offsets.push(keptAt[0] ?? 0); // a composed cluster points at its start
}

/** Normalises text (see the module comment), giving each resulting code unit the file offset it came from. */
export function normalizeOffsetText(input: OffsetText): OffsetText {
  if (!needsNormalizing(input.text)) return input;
  const out = { text: "", offsets: [] as number[] };
  for (const match of input.text.matchAll(CLUSTER)) appendCluster(match[0], match.index, input, out);
  return out;
}

/** normalizeOffsetText, then leading and trailing whitespace dropped with their offsets. */
export function normalizeAndTrim(input: OffsetText): OffsetText {
  const normalized = normalizeOffsetText(input);
  const start = normalized.text.length - normalized.text.trimStart().length;
  const end = normalized.text.trimEnd().length;
  return { text: normalized.text.slice(start, end), offsets: normalized.offsets.slice(start, end) };
}

/** The normalised form of a text, without offsets: what paragraph text and finding locations hold for these characters. */
export function normalizeText(text: string): string {
  return needsNormalizing(text) ? normalizeOffsetText({ text, offsets: Array.from({ length: text.length }, () => 0) }).text : text;
}

/** Runs of consecutive file offsets in an OffsetText, each a stretch of text copied from one place in the file. */
export function offsetRuns(input: OffsetText, textStart = 0): OffsetRun[] {
  const runs: OffsetRun[] = [];
  input.offsets.forEach((fileOffset, i) => {
    const current = runs.at(-1);
    const isNext = current !== undefined && current.fileOffset + current.length === fileOffset && current.textStart + current.length === textStart + i;
    if (isNext) current.length += 1;
    else runs.push({ textStart: textStart + i, length: 1, fileOffset });
  });
  return runs;
}
