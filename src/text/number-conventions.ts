/**
 * Newsroom conventions for numbers in translation, which are not errors: a bound that covers the other
 * value ("more than 12 hours" for 13시간), a Celsius temperature given in Fahrenheit, a conversion added in
 * parentheses ("656 trillion won ($490 billion)"), "a"/"an" for one, a weekday or 올해/지난해 standing for a
 * date, a scale word left understood ("150 million euros today and 200 tomorrow"), a dotted dateline.
 */
import { isCalendarFamily, slotFamily } from "./number-slots.js";
import { monthNumber, withChanges } from "./dates.js";
import { sameAmountWithin, sameQuantity, type CompareOptions, type NumberMention } from "./numbers.js";

/** The tolerances agreeOfFamilies needs. */
export interface AgreeOptions extends CompareOptions {
  /** A bound ("more than 12") accepts an unbounded value on its side up to this many times it. */
  readonly maxBoundRatio: number;
  /** Leave years out of the comparison. */
  readonly ignoreYears: boolean;
}

/** The text and number mentions of one side of a pair. */
export interface SideNumbers {
  readonly text: string;
  readonly mentions: readonly NumberMention[];
}

// Korean temperatures are Celsius and English news often gives Fahrenheit: °F = °C × 1.8 + 32
const CELSIUS_TO_FAHRENHEIT = [1.8, 32] as const;
// how close log1000 of a ratio must come to a whole number for the ratio to be a scale word (1e3, 1e6, …)
const SCALE_EPSILON = 1e-9;
// an opening parenthesis right after a number: "656 trillion won ($490 billion)", "10달러(약 1만원)"
const CONVERSION_OPEN = /^\s?\(\s?$/;
// English "a"/"an" for one ("a year ago"): a newsroom convention, never a wrong number
const ARTICLE_ONE = /^an?\s/i;
// a dotted Korean dateline or stamp ("2007.10", "2006.12.04"): metadata of the page, not a fact of the story
const DOTTED_DATE = /^\d{4}\.\d/;
// "two sides", "the two countries", "two Koreas": English for 양측, 양국, 남북, not a count to check
const EN_BOTH = /^(?:the )?two (?:sides|countries|nations|Koreas|leaders|governments|parties|men)\b/i;
// characters after a mention searched for the noun of "two sides"
const BOTH_WINDOW = 14;
// one or two digits, a day of month typed next to a month name
const DAY_DIGITS = /^\d{1,2}$/;
// an English month name or abbreviation right before a number ("July 71", "Jan. 71"), or right after one ("42 July")
const EN_MONTH_BEFORE = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? $/;
const EN_MONTH_AFTER = /^ (January|February|March|April|May|June|July|August|September|October|November|December)\b/;
// a year after a date: "July 71, 1991"
const EN_YEAR_AFTER = /^,? ((?:1[6-9]|20)\d\d)\b/;
// characters searched around a number for its month name and year
const MONTH_WINDOW = 12;
// families that are never reported: a weekday or 올해 for a date, a fraction ("half") that may be a manner of speaking
const UNREPORTED_FAMILIES: ReadonlySet<string> = new Set(["date:weekday", "date:relative", "fraction"]);
// kinds of a Korean 1 that English writes as "a", "the first" or leaves out
const ONE_KINDS: ReadonlySet<string> = new Set(["count", "plain", "ordinal"]);

/** "150 million euros today and 200 tomorrow": an English bare number that leaves a scale word understood. */
export function isElidedScale(k: NumberMention, e: NumberMention): boolean {
  if (e.unit !== null || e.scale != null || e.isSpelled || k.scale == null || e.value <= 0) return false;
  const thousands = Math.log10(k.value / e.value) / 3;
  return thousands >= 1 && Math.abs(thousands - Math.round(thousands)) < SCALE_EPSILON;
}

/** A bound ("more than 12", "20명 이상") and an unbounded value on its side, not too far past it. */
function withinBound(a: NumberMention, b: NumberMention, maxRatio: number): boolean {
  const check = (bound: NumberMention, other: NumberMention) => {
    if (!bound.bound || other.bound || bound.value <= 0) return false;
    const ratio = other.value / bound.value;
    return bound.bound === "min" ? ratio >= 1 && ratio <= maxRatio : ratio <= 1 && ratio >= 1 / maxRatio;
  };
  return check(a, b) || check(b, a);
}

/** A Korean (Celsius) temperature in Fahrenheit, as English news often gives it. */
function inFahrenheit(k: NumberMention): NumberMention {
  const [factor, offset] = CELSIUS_TO_FAHRENHEIT;
  return withChanges(k, { value: k.value * factor + offset, high: k.high == null ? null : k.high * factor + offset, isApproximate: true });
}

/** Two ranges ("20~30건" and "20 to 30 reports", "21~24일" and "June 21-24") agree at both ends, not merely overlap; null if not two ranges. */
function agreeRanges(k: NumberMention, e: NumberMention, kFamily: string, eFamily: string, options: AgreeOptions): boolean | null {
  if (k.high == null || e.high == null || k.isVague || e.isVague) return null;
  if (k.kind === "date" && e.kind === "date") return sameQuantity(k, e, options) && k.value === e.value && k.high === e.high;
  if (isCalendarFamily(kFamily)) return null;
  // a range's ends keep its family: slotFamily reads neither value nor high
  const low = (m: NumberMention): NumberMention => withChanges(m, { high: null });
  const high = (m: NumberMention): NumberMention => withChanges(m, { value: m.high ?? m.value, high: null });
  return sameValue(low(k), low(e), kFamily, eFamily, options) && sameValue(high(k), high(e), kFamily, eFamily, options);
}

/** sameQuantity, also reading a Korean Celsius temperature against English Fahrenheit. */
function sameValue(k: NumberMention, e: NumberMention, kFamily: string, eFamily: string, options: AgreeOptions): boolean {
  if (sameQuantity(k, e, options)) return true;
  if (kFamily !== "temperature" || eFamily !== "temperature") return false;
  const tolerance = Math.max(options.relativeTolerance, options.conversionTolerance ?? 0);
  // temperatures are counts, never calendar mentions: sameQuantity of the two is sameAmountWithin
  return sameAmountWithin(inFahrenheit(k), e, options, tolerance);
}

/**
 * True when a Korean and an English mention state the same quantity, allowing bounds, rounding and °C for °F.
 * Takes each mention's family (slotFamily) as the caller computed it: a comparison asks for every pair of its mentions.
 */
export function agreeOfFamilies(k: NumberMention, e: NumberMention, kFamily: string, eFamily: string, options: AgreeOptions): boolean {
  const ranges = agreeRanges(k, e, kFamily, eFamily, options);
  if (ranges !== null) return ranges;
  return sameValue(k, e, kFamily, eFamily, options) || (!isCalendarFamily(kFamily) && withinBound(k, e, options.maxBoundRatio));
}

/** True for a mention in parentheses right after another number: a conversion or a gloss, not a new quantity. */
export function isConversion(side: SideNumbers, m: NumberMention): boolean {
  const open = side.text.lastIndexOf("(", m.start);
  if (open < 0 || side.text.indexOf(")", m.start) < m.end) return false;
  return side.mentions.some((other) => other !== m && other.end <= open && CONVERSION_OPEN.test(side.text.slice(other.end, open + 1)));
}

/**
 * Mentions never compared by slot: a 1 (often "a" or "the first" in English), weekdays, relative years,
 * vague magnitudes, fractions, datelines, and "two" for 양국/양측 ("the two sides").
 */
export function isConvention(side: SideNumbers, m: NumberMention, options: AgreeOptions): boolean {
  const family = slotFamily(m);
  if (m.isVague || UNREPORTED_FAMILIES.has(family) || (options.ignoreYears && family === "year")) return true;
  if (m.value === 1 && ONE_KINDS.has(m.kind)) return true;
  return (m.value === 1 && ARTICLE_ONE.test(m.text)) || (m.kind === "date" && DOTTED_DATE.test(m.text)) || EN_BOTH.test(side.text.slice(m.start, m.end + BOTH_WINDOW));
}

/** Mentions that may disagree with a counterpart but are not reported alone: a conversion the translator added. */
export function isQuietAlone(side: SideNumbers, m: NumberMention): boolean {
  return isConversion(side, m);
}

function isDayNumber(m: NumberMention | undefined): m is NumberMention {
  return m !== undefined && m.kind === "plain" && DAY_DIGITS.test(m.text);
}

/** The span and month of a month name right before (or after) a day-like number, with a year after it. */
function mistypedDateAt(text: string, day: NumberMention): { start: number; end: number; month: number; year: number | null } | null {
  const before = EN_MONTH_BEFORE.exec(text.slice(Math.max(0, day.start - MONTH_WINDOW), day.start));
  const after = before ? null : EN_MONTH_AFTER.exec(text.slice(day.end, day.end + MONTH_WINDOW));
  const name = before?.[1] ?? after?.[1];
  if (!name) return null;
  const start = before ? day.start - before[0].length : day.start;
  const end = after ? day.end + after[0].length : day.end;
  const year = EN_YEAR_AFTER.exec(text.slice(end, end + MONTH_WINDOW));
  return { start, end: year ? end + year[0].length : end, month: monthNumber(name), year: year ? Number(year[1]) : null };
}

/** A month name and a day-like number next to it ("July 71", "March 92", "42 July"): one date with its day mistyped. */
function mistypedDate(text: string, day: NumberMention): NumberMention | null {
  const found = isDayNumber(day) ? mistypedDateAt(text, day) : null;
  if (!found || found.month === 0) return null;
  const { start, end, month, year } = found;
  return withChanges(day, { kind: "date", start, end, text: text.slice(start, end), month, day: day.value, year, unit: null });
}

/** True when the mentions are in text order already. */
function isInTextOrder(mentions: readonly NumberMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if ((mentions[i] as NumberMention).start < (mentions[i - 1] as NumberMention).start) return false;
  return true;
}

/** English mentions with a month name next to a bare day-like number joined into one date ("July 71", "March 92"). */
export function joinMistypedDates(text: string, mentions: readonly NumberMention[]): NumberMention[] {
  const dates = mentions.map((m) => mistypedDate(text, m)).filter((m): m is NumberMention => m !== null);
  // nothing joined: the mentions as they are, sorted (the finders return them in text order)
  if (dates.length === 0) return isInTextOrder(mentions) ? mentions.slice() : [...mentions].sort((a, b) => a.start - b.start);
  const isCovered = (m: NumberMention) => dates.some((d) => d.start <= m.start && m.end <= d.end);
  return [...mentions.filter((m) => !isCovered(m)), ...dates].sort((a, b) => a.start - b.start);
}
