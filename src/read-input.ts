/**
 * Reads an article file and decodes it to text without changing any character except a leading
 * byte-order mark, so that every offset in the text maps to a line and column of the original file.
 * Korean files in the wild are often EUC-KR/CP949; bytes are never silently replaced.
 */
import { readFileSync, statSync } from "node:fs";
import { InputError } from "./errors.js";
import { isInvisible } from "./normalize.js";

/** How the input bytes were decoded. */
export type Encoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "euc-kr";

/** A decoded input file. */
export interface InputText {
  /** The path as given, or "<stdin>" for standard input. */
  path: string;
  /** The decoded text, BOM removed, line endings (CRLF, LF, CR) kept as in the file. */
  text: string;
  encoding: Encoding;
  /** Human-readable remarks for stderr, e.g. "decoded as EUC-KR (CP949)". */
  notes: string[];
}

/** The path argument that means standard input. */
export const STDIN_PATH = "-";
/** The name standard input goes by in messages and in InputText.path. */
export const STDIN_NAME = "<stdin>";
/** Bytes per mebibyte, for the size limit and its message. */
const MIB = 1024 * 1024;
/** Largest input accepted: a news article is kilobytes; 40 MB leaves room for the 100,000-paragraph benchmark document (about 32 MB) and rejects anything bigger before reading it. */
export const MAX_INPUT_MB = 40;
/** MAX_INPUT_MB in bytes. */
const MAX_INPUT_BYTES = MAX_INPUT_MB * MIB;
/** Share of control characters above which decoded text is treated as binary data. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of Hangul among non-ASCII characters an EUC-KR decoding needs; UTF-8 bytes misread as CP949 give mostly hanja and rare syllables. */
const MIN_EUC_KR_HANGUL_SHARE = 0.5;
/** Share of NUL bytes at one parity that marks UTF-16 without a byte-order mark. */
const MIN_UTF16_NUL_PARITY_SHARE = 0.9;
/** Share of UTF-16 code units with a NUL half (ASCII letters, digits, spaces) that marks UTF-16 without a byte-order mark. */
const MIN_UTF16_NUL_UNIT_SHARE = 0.2;
/** The note added when a file was decoded as EUC-KR. */
export const EUC_KR_NOTE = "decoded as EUC-KR (CP949)";

/** Code ranges of control characters that do not occur in text: C0 except tab, LF, VT, FF and CR; DEL; C1. */
const CONTROL_RANGES: readonly (readonly [number, number])[] = [[0x00, 0x08], [0x0e, 0x1f], [0x7f, 0x9f]];
/** Last ASCII code. */
const ASCII_MAX = 0x7f;
/** Hangul syllables and jamo. */
const HANGUL_CHAR = /\p{Script=Hangul}/gu;
/** Byte values the decoders below test for. */
const BYTE = { nul: 0x00, lf: 0x0a, cr: 0x0d, asciiEnd: 0x80 } as const;

/** UTF-16 code-unit ranges of high (lead) and low (trail) surrogates. */
const SURROGATES = { high: [0xd800, 0xdbff], low: [0xdc00, 0xdfff] } as const satisfies Record<string, readonly [number, number]>;
/** Bytes per UTF-16 code unit; also the length of the UTF-16 byte-order mark. */
const UTF16_UNIT_BYTES = 2;
/** Bits in a byte, to assemble code units. */
const BYTE_BITS = 8;

/** Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one). */
const BOMS: readonly { bytes: readonly number[]; encoding: Encoding | "utf-32" }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8-bom" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Well-formed UTF-8 sequences by lead byte (Unicode Table 3-7): allowed second byte and total length. */
const UTF8_LEADS: readonly { lead: [number, number]; second: [number, number]; length: number }[] = [
  { lead: [0xc2, 0xdf], second: [0x80, 0xbf], length: 2 },
  { lead: [0xe0, 0xe0], second: [0xa0, 0xbf], length: 3 }, // no overlong forms
  { lead: [0xe1, 0xec], second: [0x80, 0xbf], length: 3 },
  { lead: [0xed, 0xed], second: [0x80, 0x9f], length: 3 }, // no surrogates
  { lead: [0xee, 0xef], second: [0x80, 0xbf], length: 3 },
  { lead: [0xf0, 0xf0], second: [0x90, 0xbf], length: 4 }, // no overlong forms
  { lead: [0xf1, 0xf3], second: [0x80, 0xbf], length: 4 },
  { lead: [0xf4, 0xf4], second: [0x80, 0x8f], length: 4 }, // nothing above U+10FFFF
];
/** Range of UTF-8 continuation bytes after the second one. */
const UTF8_CONTINUATION: [number, number] = [0x80, 0xbf];

const inRange = (value: number | undefined, [low, high]: readonly [number, number]): boolean =>
  value !== undefined && value >= low && value <= high;

/** Length of the well-formed UTF-8 sequence at bytes[at], or 0 when none starts there. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] ?? 0;
  if (lead < BYTE.asciiEnd) return 1;
  const form = UTF8_LEADS.find((entry) => inRange(lead, entry.lead));
  if (!form || !inRange(bytes[at + 1], form.second)) return 0;
  for (let next = at + 2; next < at + form.length; next++) {
    if (!inRange(bytes[next], UTF8_CONTINUATION)) return 0;
  }
  return form.length;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1 if all are valid.
 * A byte loop in JavaScript: decodeByteText runs it only after the native decoder has refused the bytes.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    if ((bytes[at] ?? 0) < BYTE.asciiEnd) {
      at++; // ASCII, most of an English file: skip the table lookup
      continue;
    }
    const length = utf8SequenceLength(bytes, at);
    if (length === 0) return at;
    at += length;
  }
  return -1;
}

/** Decodes well-formed UTF-8 natively (a leading BOM dropped), or returns null when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes); // rejects what findInvalidUtf8 rejects (Unicode Table 3-7)
  } catch {
    return null;
  }
}

/** 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends. */
function byteLine(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = 0; at < offset; at++) {
    const isLf = bytes[at] === BYTE.lf;
    const isLoneCr = bytes[at] === BYTE.cr && bytes[at + 1] !== BYTE.lf;
    if (isLf || isLoneCr) line++;
  }
  return line;
}

const countMatches = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** Counts the UTF-16 code units of text whose code satisfies a test. */
function countCodes(text: string, test: (code: number) => boolean): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    if (test(text.charCodeAt(index))) count++;
  }
  return count;
}

const isControl = (code: number): boolean => CONTROL_RANGES.some((range) => inRange(code, range));

/** A regex character range for a range of codes, written as \uXXXX escapes. */
const codeRange = ([low, high]: readonly [number, number]): string =>
  [low, high].map((code) => `\\u${code.toString(16).padStart(4, "0")}`).join("-");
/** Any character of CONTROL_RANGES, to skip counting in the usual text that has none. */
const CONTROL_CHAR = new RegExp(`[${CONTROL_RANGES.map(codeRange).join("")}]`);

/** Number of control characters in text: a native regex scan first, the counting loop only when there is one. */
const countControls = (text: string): number => (CONTROL_CHAR.test(text) ? countCodes(text, isControl) : 0);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((value, index) => bytes[index] === value);

/** Decodes as EUC-KR/CP949 if the bytes are valid there and read as Korean, else null. */
function decodeEucKr(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("euc-kr", { fatal: true }).decode(bytes);
  } catch {
    return null; // not EUC-KR either; the caller reports the invalid UTF-8 byte
  }
  const nonAscii = countCodes(text, (code) => code > ASCII_MAX);
  const hangul = countMatches(text, HANGUL_CHAR);
  return nonAscii > 0 && hangul / nonAscii >= MIN_EUC_KR_HANGUL_SHARE ? text : null;
}

/** True when NUL bytes sit almost only at odd (LE) or only at even (BE) offsets: UTF-16 text without a BOM. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  bytes.forEach((value, index) => {
    if (value !== BYTE.nul) return;
    if (index % UTF16_UNIT_BYTES === 0) even++;
    else odd++;
  });
  const dominant = Math.max(even, odd);
  const units = bytes.length / UTF16_UNIT_BYTES;
  return dominant / (even + odd) >= MIN_UTF16_NUL_PARITY_SHARE && dominant / units >= MIN_UTF16_NUL_UNIT_SHARE;
}

/** Decodes bytes that carry no UTF-16 byte-order mark: UTF-8 (BOM optional), else EUC-KR. */
function decodeByteText(path: string, bytes: Uint8Array, encoding: Encoding): InputText {
  if (bytes.includes(BYTE.nul)) {
    const isUtf16 = bytes.length % UTF16_UNIT_BYTES === 0 && looksLikeBomlessUtf16(bytes);
    throw new InputError(path, isUtf16 ? "UTF-16 without a byte-order mark (save it as UTF-8)" : "binary file");
  }
  const text = decodeUtf8(bytes);
  if (text !== null) return { path, text, encoding, notes: [] };
  const invalidAt = findInvalidUtf8(bytes);
  const eucKr = encoding === "utf-8" ? decodeEucKr(bytes) : null;
  if (eucKr !== null) return { path, text: eucKr, encoding: "euc-kr", notes: [EUC_KR_NOTE] };
  throw new InputError(path, `invalid UTF-8 at byte ${invalidAt} (line ${byteLine(bytes, invalidAt)})`);
}

/** Byte offset of the first unpaired surrogate in UTF-16 bytes after the BOM (or of a trailing odd byte). */
function findInvalidUtf16(bytes: Uint8Array, isLittleEndian: boolean): number {
  const unitAt = (at: number): number => {
    const [first = 0, second = 0] = [bytes[at], bytes[at + 1]];
    return isLittleEndian ? first | (second << BYTE_BITS) : (first << BYTE_BITS) | second;
  };
  const hasUnit = (at: number): boolean => at + UTF16_UNIT_BYTES <= bytes.length;
  for (let at = UTF16_UNIT_BYTES; hasUnit(at); at += UTF16_UNIT_BYTES) {
    const unit = unitAt(at);
    if (inRange(unit, SURROGATES.low)) return at;
    if (!inRange(unit, SURROGATES.high)) continue;
    const next = at + UTF16_UNIT_BYTES;
    if (!hasUnit(next) || !inRange(unitAt(next), SURROGATES.low)) return at;
    at = next;
  }
  return bytes.length - 1; // only an odd trailing byte is left
}

/** Decodes UTF-16 bytes that start with a byte-order mark. */
function decodeUtf16(path: string, bytes: Uint8Array, encoding: "utf-16le" | "utf-16be"): InputText {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes); // drops the BOM
  } catch {
    const at = findInvalidUtf16(bytes, encoding === "utf-16le");
    throw new InputError(path, `invalid ${encoding === "utf-16le" ? "UTF-16LE" : "UTF-16BE"} at byte ${at}`);
  }
  if (text.includes("\u0000")) throw new InputError(path, "binary file");
  return { path, text, encoding, notes: [] };
}

/**
 * Decodes an input file's bytes. Pure. Accepts UTF-8 with or without BOM, UTF-16 LE/BE with BOM,
 * and EUC-KR/CP949 when the bytes are not UTF-8 but decode to Korean (a note says so).
 * @param path the name used in error messages and InputText.path
 * @throws InputError "empty file", "binary file", "invalid UTF-8 at byte N (line L)" (N 0-based),
 *   "invalid UTF-16LE at byte N", "UTF-16 without a byte-order mark (save it as UTF-8)",
 *   "UTF-32 is not supported (save it as UTF-8)"
 */
export function decodeInput(path: string, bytes: Uint8Array): InputText {
  if (bytes.length === 0) throw new InputError(path, "empty file");
  const bom = BOMS.find((entry) => startsWith(bytes, entry.bytes));
  const encoding = bom?.encoding ?? "utf-8";
  if (encoding === "utf-32") throw new InputError(path, "UTF-32 is not supported (save it as UTF-8)");
  const input =
    encoding === "utf-16le" || encoding === "utf-16be"
      ? decodeUtf16(path, bytes, encoding)
      : decodeByteText(path, bytes, encoding);
  const controls = countControls(input.text);
  if (controls > 0 && controls / input.text.length > MAX_CONTROL_SHARE) throw new InputError(path, "binary file");
  if (isInvisible(input.text)) throw new InputError(path, "empty file"); // whitespace, ZWSP and the like only
  return input;
}

/** Node's errno codes and the problem each means to the user. */
const FS_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  ENOTDIR: "no such file", // a directory in the path is a file
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
};

/**
 * The user-facing problem for a failed file-system call, e.g. "no such file" for ENOENT;
 * null when the error is not a Node errno error (then it is a bug, not an input problem).
 */
export function describeFsError(error: unknown): string | null {
  // duck-typed: under Jest's VM contexts, fs errors are not instances of this realm's Error
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (typeof code !== "string") return null;
  return FS_PROBLEMS[code] ?? `cannot read (${code})`;
}

/** Runs a file-system call, turning errno errors into InputError. */
function callFs<T>(path: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const problem = describeFsError(error);
    if (problem === null) throw error; // not an I/O failure: let it surface as a crash
    throw new InputError(path, problem);
  }
}

/** The "file too large" error for a size in bytes. */
function tooLarge(path: string, size: number): InputError {
  return new InputError(path, `file too large (${Math.ceil(size / MIB)} MB; limit ${MAX_INPUT_MB} MB)`);
}

/** Reads a named file after checking with stat that it is not a directory or too large. */
function readNamedFile(path: string): Uint8Array {
  const stats = callFs(path, () => statSync(path));
  if (stats.isDirectory()) throw new InputError(path, "is a directory");
  if (stats.size > MAX_INPUT_BYTES) throw tooLarge(path, stats.size);
  const bytes = callFs(path, () => readFileSync(path)); // a FIFO has no size until read
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(path, bytes.length);
  return bytes;
}

/**
 * Reads and decodes an input file; "-" reads standard input (named "<stdin>" in messages).
 * @throws InputError "no such file", "is a directory", "permission denied",
 *   "file too large (N MB; limit 40 MB)", "cannot read (CODE)", and everything decodeInput throws
 */
export function readInputFile(path: string): InputText {
  if (path !== STDIN_PATH) return decodeInput(path, readNamedFile(path));
  const bytes = callFs(STDIN_NAME, () => readFileSync(0));
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(STDIN_NAME, bytes.length);
  return decodeInput(STDIN_NAME, bytes);
}
