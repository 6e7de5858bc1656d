/**
 * Re-expresses a Korean value in the words of an English mention, for a suggestion: "120 billion won" with
 * the Korean 1조 2천억 원 becomes "1.2 trillion won", "53 percent" with 35% becomes "35 percent", "July 71"
 * with 7월17일 becomes "July 17". Only the number is replaced; hedges, currency and unit words are kept.
 */
import type { NumberMention } from "./numbers.js";
import { formatEnglishNumber } from "./numbers.js";

// the digits of an English number with an optional scale word: "120 billion", "1,200", "3.5", ".79"
const EN_NUMBER_CORE = /(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s?(?:hundred|thousand|million|billion|trillion|bn|mn)\b)?/i;
// an English month name or abbreviation
const EN_MONTH_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/;
// the day number after a month name or before "of": "July 17", "17th of July"
const EN_DAY_DIGITS = /\b\d{1,2}(?=\D|$)/;
// a day number with its ordinal suffix ("the 29th")
const EN_ORDINAL_DAY = /\b(\d{1,2})(?:st|nd|rd|th)\b/;
// ordinal suffixes by last digit (11th, 12th, 13th aside)
const ORDINAL_SUFFIXES: Record<number, string> = { 1: "st", 2: "nd", 3: "rd" };
// full English month names, January first
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
// units of measure that translators convert (km to miles, kg to pounds, °C to °F): no suggestion across them
const MEASURE_UNIT = /^(?:km|m|cm|mm|kg|miles?|feet|foot|inch(?:es)?|pounds?|degrees?|도)$/;
// a space or hyphen the spelled-number pattern takes after the last word
const TRAILING_JOINER = /[- ]$/;
// spelled cardinals up to twenty, for an English mention written in words
const SPELLED = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(" ");
// a spelled English number (the words the English number scanner reads)
const EN_SPELLED_CORE = /\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)(?:[- ]|\b))+/i;

/** "21th" → "21st": the ordinal suffix of a day number rewritten for its new value. */
function ordinalDay(_: string, digits: string): string {
  const n = Number(digits);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (ORDINAL_SUFFIXES[n % 10] ?? "th");
  return `${digits}${suffix}`;
}

/** text with [at, at + length) replaced. */
function splice(text: string, at: number, length: number, insert: string): string {
  return `${text.slice(0, at)}${insert}${text.slice(at + length)}`;
}

/** The day number of an English date replaced: after the month name ("July 71"), else before it ("17th of July"). */
function replaceDay(text: string, day: number): string | null {
  const month = EN_MONTH_WORD.exec(text);
  const from = month ? month.index + month[0].length : 0;
  const after = EN_DAY_DIGITS.exec(text.slice(from));
  if (after) return splice(text, from + after.index, after[0].length, String(day));
  const before = EN_DAY_DIGITS.exec(text);
  return before ? splice(text, before.index, before[0].length, String(day)) : null;
}

/** The English date with the Korean month and day put in: "June 16" → "February 16". */
function suggestDate(ko: NumberMention, en: NumberMention): string | null {
  let text: string | null = en.text;
  if (ko.month != null && en.month != null && ko.month !== en.month) {
    const month = EN_MONTH_WORD.exec(text);
    if (!month) return null;
    text = splice(text, month.index, month[0].length, MONTH_NAMES[ko.month - 1] ?? month[0]);
  }
  if (ko.day != null && en.day != null && ko.day !== en.day) text = replaceDay(text, ko.day)?.replace(EN_ORDINAL_DAY, ordinalDay) ?? null;
  if (text !== null && ko.kind === "year" && en.kind === "year") text = text.replace(String(en.value), String(ko.value));
  return text === en.text ? null : text;
}

/** A spelled value in the case of the word it replaces ("Five" → "Four"). */
function spelledLike(value: number, word: string): string {
  const spelled = Number.isInteger(value) ? SPELLED[value] : undefined;
  if (!spelled) return formatEnglishNumber(value);
  return word[0] === word[0]?.toUpperCase() ? `${spelled[0]?.toUpperCase()}${spelled.slice(1)}` : spelled;
}

/** The English number replaced by the Korean value, in the same style (digits with a scale word, or words). */
function suggestQuantity(ko: NumberMention, en: NumberMention): string | null {
  const digits = EN_NUMBER_CORE.exec(en.text);
  if (digits) return splice(en.text, digits.index, digits[0].length, formatEnglishNumber(ko.value));
  const words = EN_SPELLED_CORE.exec(en.text);
  if (!words) return null;
  const core = words[0].replace(TRAILING_JOINER, "");
  return splice(en.text, words.index, core.length, spelledLike(ko.value, core));
}

/**
 * The English mention rewritten to state the Korean value, or null when it cannot be derived (ranges,
 * clock times, a conversion between units such as km and miles).
 */
export function suggestEnglish(ko: NumberMention, en: NumberMention): string | null {
  if (ko.high != null || en.high != null || ko.kind === "time" || en.kind === "time") return null;
  if (ko.kind === "date" || en.kind === "date" || ko.kind === "year") return ko.kind === en.kind ? suggestDate(ko, en) : null;
  const isMeasure = (m: NumberMention) => m.unit !== null && MEASURE_UNIT.test(m.unit);
  if (ko.unit !== en.unit && (isMeasure(ko) || isMeasure(en))) return null;
  return suggestQuantity(ko, en);
}
