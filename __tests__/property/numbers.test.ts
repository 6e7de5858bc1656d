/**
 * Issue 6, property-based: the number layer (src/text/numbers.ts over korean-numbers.ts and
 * english-numbers.ts) with fast-check and a fixed seed. Finding numbers never throws and gives sorted,
 * in-bounds mentions; an amount read from Korean, written back in Korean or English and read again is
 * the same value (parse(format(parse(x))) = parse(x)).
 */
import fc from "fast-check";
import { findEnglishNumbers, findKoreanNumbers, formatEnglishNumber, formatKoreanNumber } from "../../src/text/numbers.js";
import { expectWellFormed } from "../helpers/number-mentions.js";

const RUNS = { seed: 42, numRuns: 500 };

/** Korean myriad groups: 조 = 10^12, 억 = 10^8, 만 = 10^4 (조 up to 999: amounts stay below 2^53, exact in a double). */
const MYRIADS = [["조", 1e12], ["억", 1e8], ["만", 1e4]] as const;

/** A Korean amount as newsrooms write it, "3조 5천억", "1,200억", "2만5천": text and the value it stands for. */
const KOREAN_AMOUNT = fc.record({
  groups: fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 })),
  rest: fc.integer({ min: 0, max: 9999 }),
  style: fc.constantFrom("digits", "comma", "cheon"),
  spaced: fc.boolean(),
}).filter(({ groups, rest }) => groups.some((g) => g > 0) || rest > 0).map(({ groups, rest, style, spaced }) => {
  /** One group 0..9999: "1200", "1,200" or "1천2백" style ("1천200"). */
  const group = (n: number): string => {
    if (style === "comma") return n.toLocaleString("en-US");
    if (style === "cheon" && n >= 1000) return `${Math.floor(n / 1000)}천${n % 1000 === 0 ? "" : n % 1000}`;
    return String(n);
  };
  const parts = groups.flatMap((g, i) => (g > 0 ? [`${group(g)}${MYRIADS[i]![0]}`] : []));
  if (rest > 0) parts.push(group(rest));
  const value = groups.reduce((sum, g, i) => sum + g * MYRIADS[i]![1], rest);
  return { text: parts.join(spaced ? " " : ""), value };
});

/** Bits of text every number pattern reacts to, glued at random. */
const NUMBERISH = fc.array(fc.constantFrom(
  "1", "0", "9", ",", ".", "~", "-", " ", "만", "억", "조", "천", "백", "수", "여", "명", "원", "달러", "%", "년", "월", "일",
  "약", "이상", "$", "one", "twenty", "hundred", "million", "billion", "trillion", "won", "about", "percent", "July", "p.m.",
  "１", "２", "\u00a0", "\u200b", "😀", "\n",
), { maxLength: 40 }).map((parts) => parts.join(""));
const ANY_TEXT = fc.oneof(NUMBERISH, fc.string({ unit: "binary", maxLength: 120 }));

const koreanAmount = (text: string): number | undefined => findKoreanNumbers(`정부는 ${text} 원을 투입한다.`).find((m) => m.unit === "KRW")?.value;
const englishAmount = (text: string): number | undefined => findEnglishNumbers(`The government will spend ${text}.`).find((m) => m.unit === "KRW")?.value;

describe("the number layer on arbitrary text", () => {
  it("never throws and gives sorted, in-bounds mentions whose text is the span", () => {
    fc.assert(fc.property(ANY_TEXT, (text) => {
      expectWellFormed(text, findKoreanNumbers(text));
      expectWellFormed(text, findEnglishNumbers(text));
    }), RUNS);
  });
});

describe("round trips of Korean amounts", () => {
  it("reads the value a Korean amount stands for", () => {
    fc.assert(fc.property(KOREAN_AMOUNT, ({ text, value }) => {
      expect(koreanAmount(text)).toBe(value);
    }), RUNS);
  });

  it("parse(formatKorean(parse(x))) = parse(x)", () => {
    fc.assert(fc.property(KOREAN_AMOUNT, ({ text }) => {
      const parsed = koreanAmount(text);
      expect(parsed).toBeDefined();
      expect(koreanAmount(formatKoreanNumber(parsed!))).toBe(parsed);
    }), RUNS);
  });

  it("parse(formatEnglish(parse(x))) = parse(x): the English rendering reads back as the same amount", () => {
    fc.assert(fc.property(KOREAN_AMOUNT, ({ text }) => {
      const parsed = koreanAmount(text);
      expect(parsed).toBeDefined();
      expect(englishAmount(formatEnglishNumber(parsed!, "KRW"))).toBe(parsed);
    }), RUNS);
  });

  it("formatting is stable: format(parse(format(v))) = format(v) in both languages", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (value) => {
      const korean = formatKoreanNumber(value);
      expect(formatKoreanNumber(koreanAmount(korean)!)).toBe(korean);
      const english = formatEnglishNumber(value, "KRW");
      expect(formatEnglishNumber(englishAmount(english)!, "KRW")).toBe(english);
    }), RUNS);
  });
});
