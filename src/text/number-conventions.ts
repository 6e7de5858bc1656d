/**
 * Newsroom conventions for numbers in translation, which are not errors: a bound that covers the other
 * value ("more than 12 hours" for 13시간), a Celsius temperature given in Fahrenheit, a conversion added in
 * parentheses ("656 trillion won ($490 billion)"), "a"/"an" for one, a weekday or 올해/지난해 standing for a
 * date, a scale word left understood ("150 million euros today and 200 tomorrow"), a dotted dateline.
 */
import { isCalendarFamily, slotFamily } from "./number-slots.js";
import { sameQuantity, type CompareOptions, type NumberMention } from "./numbers.js";

/** The tolerances agree() needs. */
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
  return { ...k, value: k.value * factor + offset, high: k.high == null ? null : k.high * factor + offset, isApproximate: true };
}

/** Two ranges of quantities ("20~30건", "20 to 30 reports") agree at both ends, not merely overlap; null if not two ranges. */
function agreeRanges(k: NumberMention, e: NumberMention, options: AgreeOptions): boolean | null {
  if (k.high == null || e.high == null || k.isVague || e.isVague || isCalendarFamily(slotFamily(k))) return null;
  const low = (m: NumberMention): NumberMention => ({ ...m, high: null });
  const high = (m: NumberMention): NumberMention => ({ ...m, value: m.high ?? m.value, high: null });
  return sameQuantity(low(k), low(e), options) && sameQuantity(high(k), high(e), options);
}

/** True when a Korean and an English mention state the same quantity, allowing bounds, rounding and °C for °F. */
export function agree(k: NumberMention, e: NumberMention, options: AgreeOptions): boolean {
  const ranges = agreeRanges(k, e, options);
  if (ranges !== null) return ranges;
  if (sameQuantity(k, e, options)) return true;
  const family = slotFamily(k);
  if (family === "temperature" && slotFamily(e) === family) {
    const tolerance = Math.max(options.relativeTolerance, options.conversionTolerance ?? 0);
    if (sameQuantity(inFahrenheit(k), e, { ...options, relativeTolerance: tolerance })) return true;
  }
  return !isCalendarFamily(family) && withinBound(k, e, options.maxBoundRatio);
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
  return ARTICLE_ONE.test(m.text) || DOTTED_DATE.test(m.text) || EN_BOTH.test(side.text.slice(m.start, m.end + BOTH_WINDOW));
}

/** Mentions that may disagree with a counterpart but are not reported alone: a conversion the translator added. */
export function isQuietAlone(side: SideNumbers, m: NumberMention): boolean {
  return isConversion(side, m);
}

function isMonthAlone(m: NumberMention | undefined): m is NumberMention {
  return m !== undefined && m.kind === "date" && m.month != null && m.day == null && m.year == null;
}

function isDayNumber(m: NumberMention | undefined): m is NumberMention {
  return m !== undefined && m.kind === "plain" && DAY_DIGITS.test(m.text);
}

/** A month and a day-like number next to it ("July 71", "42 July"): one date with its day mistyped. */
function joined(text: string, first: NumberMention, second: NumberMention): NumberMention | null {
  if (second.start !== first.end + 1) return null;
  const [month, day] = isMonthAlone(first) && isDayNumber(second) ? [first, second] : isMonthAlone(second) && isDayNumber(first) ? [second, first] : [null, null];
  if (!month || !day) return null;
  return { ...month, start: first.start, end: second.end, text: text.slice(first.start, second.end), day: day.value, value: day.value };
}

/** English mentions with a month and an out-of-range day next to it joined into one date ("July 71"). */
export function joinMistypedDates(text: string, mentions: readonly NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const [m, next] = [mentions[i] as NumberMention, mentions[i + 1]];
    const date = next ? joined(text, m, next) : null;
    out.push(date ?? m);
    if (date) i++;
  }
  return out;
}
