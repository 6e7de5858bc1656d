/**
 * The input decoder on arbitrary bytes (fast-check, fixed seed): valid UTF-8 is decoded natively with a
 * fatal TextDecoder, and only bytes it refuses are scanned in JavaScript for the offset to report, so the
 * two must agree on what is valid, and a refused file must name the scanner's first invalid byte.
 */
import fc from "fast-check";
import { InputError } from "../../src/errors.js";
import { decodeInput, findInvalidUtf8 } from "../../src/read-input.js";

/** Well-formed UTF-8 of every length, and bytes that break it: lone continuation, overlong, surrogate, above U+10FFFF, cut-short lead. */
const PIECES: readonly (readonly number[])[] = [
  [0x41], [0x0a], [0x0d, 0x0a], [0x0d], [0xc3, 0xa9], [0xed, 0x95, 0x9c], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x8f, 0xbf, 0xbf],
  [0x80], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xea], [0xf0, 0x9f], [0xff],
];
const BYTES = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((parts) => Uint8Array.from(parts.flat())),
  fc.uint8Array({ minLength: 1, maxLength: 60 }).map((values) => values.map((value) => value || 0x20)), // NUL means binary
);
const RUNS = { seed: 42, numRuns: 1000 };

/** The decoded text, or the problem of the InputError decodeInput throws. */
function outcome(bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: decodeInput("a.txt", bytes).text };
  } catch (error) {
    if (error instanceof InputError) return { problem: error.problem };
    throw error;
  }
}

describe("decodeInput on arbitrary bytes", () => {
  it("agrees with findInvalidUtf8 on what is well-formed UTF-8", () => {
    fc.assert(fc.property(BYTES, (bytes) => {
      let isNativeValid = true;
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        isNativeValid = false;
      }
      expect(findInvalidUtf8(bytes) === -1).toBe(isNativeValid);
    }), RUNS);
  });

  it("decodes valid UTF-8 exactly and names the first invalid byte of anything else", () => {
    fc.assert(fc.property(BYTES, (bytes) => {
      const result = outcome(bytes);
      const invalidAt = findInvalidUtf8(bytes);
      if ("text" in result && invalidAt === -1) expect(result.text).toBe(new TextDecoder("utf-8").decode(bytes));
      if ("problem" in result && result.problem.startsWith("invalid UTF-8")) expect(result.problem).toMatch(new RegExp(`^invalid UTF-8 at byte ${invalidAt} \\(line \\d+\\)$`));
      if (invalidAt >= 0) expect("text" in result && result.text).not.toBe(new TextDecoder("utf-8").decode(bytes)); // never silently replaced
    }), RUNS);
  });
});
