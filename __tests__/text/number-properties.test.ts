/**
 * Property checks for the number layer with a fixed-seed generator (no Math.random): formatting a value and
 * parsing it back gives the value, and arbitrary strings never throw and give well-formed mentions.
 */
import { compareNumbers } from "../../src/text/number-compare.js";
import {
  findEnglishNumbers, findKoreanNumbers, formatEnglishNumber, formatKoreanNumber, sameQuantity,
} from "../../src/text/numbers.js";
import { expectWellFormed } from "../helpers/number-mentions.js";

const COMPARE_OPTIONS = {
  relativeTolerance: 0, conversionTolerance: 0.03, allowRounding: true, maxRounding: 0.1, allowWeekdayForDay: true,
  ignoreYears: false, maxDigitEdits: 1, maxBoundRatio: 1.2,
};

/** Linear congruential generator (Numerical Recipes constants); the same seed gives the same sequence. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CASES = 2000;
const ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Spells 1..999,999 the way English news does: "twenty-five thousand three hundred". */
function spell(n: number): string {
  const below100 = (k: number) => (k < 20 ? ONES[k] : `${TENS[Math.floor(k / 10)]}${k % 10 ? `-${ONES[k % 10]}` : ""}`);
  const below1000 = (k: number) => [k >= 100 ? `${ONES[Math.floor(k / 100)]} hundred` : "", k % 100 ? below100(k % 100) : ""]
    .filter(Boolean).join(" ");
  const thousands = Math.floor(n / 1000);
  return [thousands ? `${below1000(thousands)} thousand` : "", n % 1000 ? below1000(n % 1000) : ""].filter(Boolean).join(" ");
}

/** A random integer of 1 to 15 digits with a random number of trailing zeros (like real amounts). */
function randomAmount(next: () => number): number {
  const digits = 1 + Math.floor(next() * 15);
  const zeros = Math.floor(next() * digits);
  const head = Math.max(1, Math.floor(next() * 10 ** (digits - zeros)));
  return head * 10 ** zeros;
}

describe("round trips", () => {
  it("formatKoreanNumber then findKoreanNumbers gives the value back", () => {
    const next = lcg(20160101);
    for (let i = 0; i < CASES; i++) {
      const value = randomAmount(next);
      const mentions = findKoreanNumbers(`총 ${formatKoreanNumber(value)} 원을 투입한다`);
      expect(mentions.map((m) => [m.value, m.unit])).toEqual([[value, "KRW"]]);
    }
  });

  it("formatEnglishNumber then findEnglishNumbers gives the value back", () => {
    const next = lcg(42);
    for (let i = 0; i < CASES; i++) {
      const value = randomAmount(next);
      const mentions = findEnglishNumbers(`They will spend ${formatEnglishNumber(value, "USD")} on it.`);
      expect(mentions.map((m) => [m.value, m.unit])).toEqual([[value, "USD"]]);
    }
  });

  it("a Korean amount and its English rendering are the same quantity", () => {
    const next = lcg(7);
    for (let i = 0; i < CASES; i++) {
      const value = randomAmount(next);
      const [k] = findKoreanNumbers(`${formatKoreanNumber(value)} 달러`);
      const [e] = findEnglishNumbers(formatEnglishNumber(value, "USD"));
      expect(k && e && sameQuantity(k, e, { relativeTolerance: 0 })).toBe(true);
    }
  });

  it("spelled-out numbers read back", () => {
    const next = lcg(99);
    for (let i = 0; i < CASES; i++) {
      const value = 1 + Math.floor(next() * 999_999);
      const text = `We counted ${spell(value)} ships.`;
      expect(findEnglishNumbers(text).map((m) => m.value)).toEqual([value]);
    }
  });

  it("Korean and English dates read back", () => {
    const next = lcg(1231);
    for (let i = 0; i < CASES; i++) {
      const [month, day] = [1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28)];
      const [k] = findKoreanNumbers(`${month}월 ${day}일 발표`);
      const [e] = findEnglishNumbers(`on ${formatMonth(month)} ${day} it said`);
      expect([k?.month, k?.day, e?.month, e?.day]).toEqual([month, day, month, day]);
    }
  });
});

function formatMonth(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en-US", { month: "long", timeZone: "UTC" });
}

describe("arbitrary text", () => {
  // fragments that exercise every pattern, glued at random
  const PIECES = ["1", "2", "0", ",", ".", "~", "-", " ", "만", "억", "조", "천", "백", "십", "수", "여", "명", "원", "달러", "%",
    "년", "월", "일", "시", "분", "한", "두", "세", "첫", "번째", "약", "이상", "제", "(", ")", "'", "$", "one", "two", "twenty",
    "hundred", "million", "a ", "the ", "of ", "to ", "or ", "about ", "percent", "July", "May", "Monday", "p.m.", "th", "s",
    "II", "half", "third", "dozen", "&#", "F-", "km", "\n", "가", "A", "₩", "€"];

  it("never throws and gives sorted, disjoint spans that read back", () => {
    const next = lcg(123456789);
    for (let i = 0; i < 3000; i++) {
      const length = 1 + Math.floor(next() * 40);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join("");
      expectWellFormed(text, findKoreanNumbers(text));
      expectWellFormed(text, findEnglishNumbers(text));
    }
  });

  it("compares arbitrary pairs without throwing, each mention in at most one disagreement", () => {
    const next = lcg(987654321);
    const piece = () => PIECES[Math.floor(next() * PIECES.length)];
    for (let i = 0; i < 1500; i++) {
      const [ko, en] = [0, 1].map(() => Array.from({ length: 1 + Math.floor(next() * 30) }, piece).join("")) as [string, string];
      const result = compareNumbers(ko, findKoreanNumbers(ko), en, findEnglishNumbers(en), COMPARE_OPTIONS);
      const used = result.disagreements.flatMap((d) => [d.ko, d.en]);
      expect(new Set(used).size).toBe(used.length);
      for (const d of result.disagreements) expect([ko.slice(d.ko.start, d.ko.end), en.slice(d.en.start, d.en.end)]).toEqual([d.ko.text, d.en.text]);
    }
  });

  it("finds no disagreement between an amount and its English rendering", () => {
    const next = lcg(55555);
    for (let i = 0; i < CASES; i++) {
      const value = randomAmount(next);
      const [ko, en] = [`예산은 ${formatKoreanNumber(value)}원이다.`, `The budget is ${formatEnglishNumber(value, "KRW")}.`];
      expect(compareNumbers(ko, findKoreanNumbers(ko), en, findEnglishNumbers(en), COMPARE_OPTIONS).disagreements).toEqual([]);
    }
  });

  it("stays fast on long adversarial input", () => {
    const inputs = ["1 ".repeat(20_000), "3조 ".repeat(10_000), "one-".repeat(10_000), "1~".repeat(10_000), "9.".repeat(20_000)];
    const started = performance.now();
    for (const text of inputs) {
      findKoreanNumbers(text);
      findEnglishNumbers(text);
    }
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
