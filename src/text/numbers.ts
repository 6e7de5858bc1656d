/**
 * Number mentions in Korean and English news text, normalised to values so that a rule can check that a
 * Korean paragraph and its English translation state the same numbers, and the aligner can use them as
 * anchors. Korean groups digits by 10^4 (만 = 10^4, 억 = 10^8, 조 = 10^12), English by 10^3, so
 * "1억1천만 달러" and "$110 million" are both 1.1e8 USD.
 */
import { findEnglishCalendar, findKoreanCalendar, withChanges } from "./dates.js";
import { findEnglishQuantities } from "./english-numbers.js";
import { findKoreanQuantities } from "./korean-numbers.js";
import { memoize } from "./memo.js";

export type NumberKind = "amount" | "count" | "percent" | "year" | "date" | "time" | "ordinal" | "range" | "plain";
/** "min" for 이상/넘는/"more than"/"at least", "max" for 미만/이하/"up to"/"less than". */
export type Bound = "min" | "max" | null;

export interface NumberMention {
  /** Half-open span in the text (UTF-16 code units), covering the number with its unit and hedges. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * The normalised value. For a date: the day of month, else the month, else the year, else the weekday,
   * else the year offset (지난해 = -1); for a range: its low end; for a time: hours since midnight
   * (15.5 = 3:30 p.m.); for a vague magnitude ("수천", "thousands"): the magnitude (1000).
   */
  readonly value: number;
  readonly kind: NumberKind;
  /** ISO 4217 code, "%", "pp" (percentage points), or a unit word or counter ("people", "명"), or null. */
  readonly unit: string | null;
  /** Spelled out ("three", "한 명", "a dozen"), not digits. */
  readonly isSpelled: boolean;
  /** Marked approximate ("about", "약", "여", "가량") or vague ("수천", "hundreds of"). */
  readonly isApproximate: boolean;
  // Fields below are always set by the finders; optional so that hand-built mentions stay valid.
  /** Upper end of a range ("3~5명" → 5) or of a vague magnitude ("수천" → 10000). */
  readonly high?: number | null;
  readonly bound?: Bound;
  /** A magnitude with no exact value: 수십억 (billions), "hundreds of", "dozens". */
  readonly isVague?: boolean;
  /** Largest multiplier word used: 1e4 for 만, 1e8 for 억, 1e6 for "million"; null if none. */
  readonly scale?: number | null;
  /** Calendar parts of a date, as stated; weekday 0 = Sunday … 6 = Saturday. */
  readonly year?: number | null; readonly month?: number | null; readonly day?: number | null; readonly weekday?: number | null;
  /** Year relative to the article date: -1 for 지난해 / "last year", 0 this year, 1 next year. */
  readonly yearOffset?: number | null;
  /** For a time: "am" / "pm" when stated (오전/오후, a.m./p.m.), null when the hour could be either. */
  readonly meridiem?: "am" | "pm" | null;
  /** Normalised anchor key: "1.1e8", "d:7-17", "y:2021", "%:35" (see numberKey). */
  readonly key?: string;
}

/** How tolerant sameQuantity is. */
export interface CompareOptions {
  /** Relative difference always accepted between two values (0.01 = 1%). */
  readonly relativeTolerance: number;
  /** Accept a weekday ("on Wednesday") for a day of month ("16일"), as translators convert them. Default true. */
  readonly allowWeekdayForDay?: boolean;
  /** Accept newsroom rounding of hedged or scaled values ("about $2.4 billion" for 23억6천만 달러). Default true. */
  readonly allowRounding?: boolean;
  /** Relative difference accepted after a unit conversion the translator added (240km = "150 miles"). Default 0.03. */
  readonly conversionTolerance?: number;
  /** Largest relative change rounding may make ("about 2,000" for 1,980 but not for 1,500). Default 0.1. */
  readonly maxRounding?: number;
}

// newsroom rounding never moves a value by more than 10% ("about 2,000" for 1,980 but not for 1,500)
const DEFAULT_MAX_ROUNDING = 0.1;
/** Defaults for sameQuantity. */
export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { relativeTolerance: 0.005, allowWeekdayForDay: true, allowRounding: true, conversionTolerance: 0.03, maxRounding: DEFAULT_MAX_ROUNDING };

interface Span { readonly start: number; readonly end: number }

// kinds that name a point in the calendar rather than a quantity
const CALENDAR_KINDS: ReadonlySet<NumberKind> = new Set(["date", "time", "year"]);
// an ISO 4217 currency code
const CURRENCY_CODE = /^[A-Z]{3}$/;
// unit conversions translators make: [unit, other units, other per unit]; 1 km = 0.621371 miles, 하루 = 24 hours
const UNIT_CONVERSIONS: readonly (readonly [string, readonly string[], number])[] = [
  ["km", ["miles", "mile", "mph"], 0.621371], ["km/h", ["mph"], 0.621371], ["m", ["feet", "foot"], 3.28084], ["cm", ["inches", "inch"], 0.393701],
  ["mm", ["inches", "inch"], 0.0393701], ["kg", ["pounds", "pound"], 2.20462], ["일", ["hours", "hour"], 24],
  ["decade", ["년", "years", "year"], 10], ["decades", ["년", "years", "year"], 10], ["century", ["년", "years", "year"], 100],
];
// trailing zeros of an integer's digits
const TRAILING_ZEROS = /0+$/;
// Korean myriad units, largest first: 조 = 10^12, 억 = 10^8, 만 = 10^4
const KO_MYRIAD_MARKS: readonly (readonly [string, number])[] = [["조", 1e12], ["억", 1e8], ["만", 1e4]];
// English scale words, largest first
const EN_SCALE_WORDS: readonly (readonly [string, number])[] = [["trillion", 1e12], ["billion", 1e9], ["million", 1e6]];
// thousands separators for English digits
const EN_DIGIT_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });
// how English writes a currency: a symbol before the number ("$110 million") or a word after it ("3.5 trillion won")
const EN_CURRENCY_FORMS: Record<string, readonly [string, string]> = { USD: ["$", ""], EUR: ["€", ""], GBP: ["£", ""], KRW: ["", " won"], JPY: ["", " yen"], CNY: ["", " yuan"] };

/** Spans claimed by earlier, more specific scanner passes; sorted and disjoint, so a lookup is a binary search. */
export class Claims {
  private spans: readonly Span[] = [];

  /** True when [start, end) overlaps no claimed span. */
  isFree(start: number, end: number): boolean {
    let [low, high] = [0, this.spans.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.spans[mid] as Span).end <= start) low = mid + 1;
      else high = mid;
    }
    const next = this.spans[low];
    return next === undefined || next.start >= end;
  }

  /** Claims the spans found by one pass (disjoint from each other and from those claimed). */
  addAll(found: readonly Span[]): void {
    if (found.length > 0) this.spans = [...this.spans, ...found].sort((a, b) => a.start - b.start);
  }
}

/**
 * The mentions of a text, remembered by text (a bounded memo, src/text/memo.ts): the aligner's anchors and
 * the analysis behind number-mismatch scan every paragraph, and a long document repeats datelines and boilerplate.
 */
const KOREAN_MENTIONS = memoize((text: string): readonly NumberMention[] => {
  const claims = new Claims();
  return finish([...findKoreanCalendar(text, claims), ...findKoreanQuantities(text, claims)]);
}, (text) => text);
// the English counterpart of KOREAN_MENTIONS
const ENGLISH_MENTIONS = memoize((text: string): readonly NumberMention[] => {
  const claims = new Claims();
  return finish([...findEnglishCalendar(text, claims), ...findEnglishQuantities(text, claims)]);
}, (text) => text);

/** Finds number mentions in Korean text, in text order. */
export function findKoreanNumbers(text: string): NumberMention[] {
  return KOREAN_MENTIONS(text).slice(); // a copy: the caller may reorder its array, never the remembered one
}

/** Finds number mentions in English text, in text order. */
export function findEnglishNumbers(text: string): NumberMention[] {
  return ENGLISH_MENTIONS(text).slice();
}

/** The mentions in text order, each given its key. */
function finish(mentions: NumberMention[]): NumberMention[] {
  // the scanners built these mentions for this call alone: setting the key in place keeps mentionAt's shape (see there)
  for (const m of mentions) (m as { key: string }).key = numberKey(m);
  return mentions.sort((a, b) => a.start - b.start);
}

/** Short exponent form with 3 significant digits: 110000000 → "1.1e8", 25000 → "2.5e4". */
function exponentKey(value: number): string {
  return Number(value.toPrecision(3)).toExponential().replace("+", "");
}

function dateKey(m: NumberMention): string {
  if (m.month != null && m.day != null) return `d:${m.month}-${m.day}`;
  if (m.day != null) return `d:-${m.day}`;
  if (m.month != null) return `m:${m.month}`;
  if (m.weekday != null) return `w:${m.weekday}`;
  if (m.yearOffset != null) return `y:${m.yearOffset > 0 ? "+" : ""}${m.yearOffset}`;
  return `y:${m.year ?? m.value}`;
}

/**
 * A normalised key for anchoring paragraphs: equal keys suggest the same number. Dates give "d:7-17"
 * (month-day), "d:-29" (day only), "m:11" (month), "w:3" (weekday); years "y:2021" or "y:1990s";
 * times "t:15:30"; percents "%:35"; ordinals "o:3"; ranges "r:3e0-5e0"; vague magnitudes "~1e3";
 * other quantities the value to 3 significant digits ("1.1e8").
 */
export function numberKey(m: NumberMention): string {
  if (m.kind === "date") return dateKey(m);
  if (m.kind === "year") return m.unit === "decade" ? `y:${m.value}s` : `y:${m.value}`;
  if (m.kind === "time") return `t:${Math.floor(m.value)}:${String(Math.round((m.value % 1) * 60)).padStart(2, "0")}`;
  if (m.kind === "ordinal") return `o:${m.value}`;
  if (m.isVague) return `~${exponentKey(m.value)}`;
  if (m.high != null) return `r:${exponentKey(m.value)}-${exponentKey(m.high)}`;
  if (m.unit === "%" || m.unit === "pp") return `%:${m.value}`;
  return exponentKey(m.value);
}

/** Place value of the last significant digit: 2.36e9 → 1e7, 110 → 10, 0.25 → 0.01 (and 0 → 10, as its digit string "0" reads). */
function lastDigitUnit(value: number): number {
  if (Number.isSafeInteger(value)) {
    // the trailing zeros of the digits, counted without writing them (a safe integer is written without an exponent)
    let [rest, zeros] = [Math.abs(value), 0];
    for (; rest % 10 === 0 && rest !== 0; zeros++) rest /= 10;
    return 10 ** (value === 0 ? 1 : zeros);
  }
  const [whole = "", fraction] = String(Math.abs(value)).split(".");
  if (fraction) return 10 ** -fraction.length;
  if (whole.includes("e")) return 1;
  return 10 ** (whole.length - whole.replace(TRAILING_ZEROS, "").length);
}

/** Hedged ("about") or scaled ("million"): a value newsrooms round. */
function isRounded(m: NumberMention): boolean {
  return m.isApproximate || (m.scale ?? 0) >= 1e6;
}

/** Rounding allowed when either side is hedged or scaled: half the coarser last digit, at most MAX_ROUNDING. */
function roundingSlack(a: NumberMention, b: NumberMention, options: CompareOptions): number {
  if (!(options.allowRounding ?? true) || (!isRounded(a) && !isRounded(b))) return 0;
  const half = Math.max(lastDigitUnit(a.value), lastDigitUnit(b.value)) / 2;
  return Math.min(half, (options.maxRounding ?? DEFAULT_MAX_ROUNDING) * Math.max(Math.abs(a.value), Math.abs(b.value)));
}

/** The top of the values a mention may stand for: a range's high end, ten times a vague magnitude, else its value. */
function topOf(m: NumberMention): number {
  return m.high ?? (m.isVague ? m.value * 10 : m.value);
}

/** True when the values a and b may stand for overlap: a range, or a vague magnitude up to ten times it. */
function overlaps(a: NumberMention, b: NumberMention, tolerance: number, slack: number): boolean {
  const aHigh = topOf(a);
  const bHigh = topOf(b);
  const margin = slack + tolerance * Math.max(Math.abs(aHigh), Math.abs(bHigh));
  return a.value <= bHigh + margin && b.value <= aHigh + margin;
}

function isMoney(m: NumberMention): boolean {
  return m.unit !== null && CURRENCY_CODE.test(m.unit);
}

function isPercent(m: NumberMention): boolean {
  return m.unit === "%" || m.unit === "pp";
}

function conflictingUnits(a: NumberMention, b: NumberMention): boolean {
  if (isMoney(a) && isMoney(b)) return a.unit !== b.unit;
  return (isMoney(a) && isPercent(b)) || (isPercent(a) && isMoney(b));
}

/** a in b's unit when translators convert between them ("240km" → 149 miles, "five decades" → 50 years). */
function converted(a: NumberMention, b: NumberMention): NumberMention | null {
  const target = b.unit;
  if (a.unit == null || target == null) return null; // most mentions: no unit on one side, nothing to convert
  const row = UNIT_CONVERSIONS.find(([unit, others]) => a.unit === unit && others.includes(target));
  if (!row) return null;
  const factor = row[2];
  return withChanges(a, { value: a.value * factor, high: a.high == null ? null : a.high * factor, unit: target, isApproximate: true });
}

/**
 * True when two amounts (neither a calendar mention) state the same quantity: sameQuantity with
 * relativeTolerance in place of options.relativeTolerance. A caller that needs another tolerance passes it
 * here rather than a copy of the options, whose new shape would send the optimised comparison code back
 * to be compiled again.
 */
export function sameAmountWithin(a: NumberMention, b: NumberMention, options: CompareOptions, relativeTolerance: number): boolean {
  if (conflictingUnits(a, b)) return false;
  const aInB = converted(a, b);
  const bInA = converted(b, a);
  if (!aInB && !bInA) return overlaps(a, b, relativeTolerance, roundingSlack(a, b, options));
  const tolerance = Math.max(relativeTolerance, options.conversionTolerance ?? 0.03);
  const x = aInB ?? a;
  const y = aInB ? b : (bInA as NumberMention);
  return overlaps(x, y, tolerance, roundingSlack(x, y, options));
}

function sameField(a: number | null | undefined, b: number | null | undefined): boolean | null {
  return a == null || b == null ? null : a === b;
}

/** Month or day agree, or one lies in the other's range ("24~26일" and "the 25th"); null if either is unknown. */
function samePart(a: NumberMention, b: NumberMention, part: "month" | "day"): boolean | null {
  const [x, y] = [a[part], b[part]];
  if (x == null || y == null) return null;
  const top = (m: NumberMention, v: number) => (m.high != null && (part === "day" || m.day == null) ? m.high : v);
  return x <= top(b, y) && y <= top(a, x);
}

/** The year a calendar mention states: a year's value, or a date's year. */
function yearOf(m: NumberMention): number | null | undefined {
  return m.kind === "year" ? m.value : m.year;
}

/** 올해/"last year" (x) against an explicit year (y). */
function isRelativeTo(x: NumberMention, y: NumberMention): boolean {
  return x.yearOffset != null && yearOf(y) != null;
}

/** A weekday (x) against a day of month (y). */
function isWeekdayForDay(x: NumberMention, y: NumberMention): boolean {
  return x.weekday != null && y.day != null;
}

function sameDate(a: NumberMention, b: NumberMention, options: CompareOptions): boolean {
  const year = sameField(yearOf(a), yearOf(b));
  const month = samePart(a, b, "month");
  const day = samePart(a, b, "day");
  const offset = sameField(a.yearOffset, b.yearOffset);
  if (year === false || month === false || day === false || offset === false) return false;
  const weekday = sameField(a.weekday, b.weekday);
  if (weekday !== null) return weekday;
  if (year === true || month === true || day === true || offset === true) return true;
  // 올해/"last year" against an explicit year cannot be checked without the article's date
  if (isRelativeTo(a, b) || isRelativeTo(b, a)) return true;
  return (options.allowWeekdayForDay ?? true) && (isWeekdayForDay(a, b) || isWeekdayForDay(b, a));
}

function sameTime(a: NumberMention, b: NumberMention): boolean {
  if (a.value === b.value) return true;
  return (a.meridiem == null || b.meridiem == null) && a.value % 12 === b.value % 12;
}

/** A calendar mention against a plain number: "29일" vs "the 29th", "새벽 1시" vs "1 in the morning". */
function sameCalendarNumber(cal: NumberMention, other: NumberMention): boolean {
  if (other.unit !== null && CURRENCY_CODE.test(other.unit)) return false;
  if (cal.kind === "time") return cal.value % 12 === other.value % 12;
  if (cal.kind !== "year" && (cal.month != null || cal.weekday != null)) return false;
  return cal.value <= (other.high ?? other.value) && other.value <= (cal.high ?? cal.value);
}

/**
 * True when a Korean and an English mention state the same quantity, allowing newsroom conventions:
 * rounding of hedged or scaled values ("about $110 million" for 1억1천만 달러), ranges and vague
 * magnitudes that contain the other value, a weekday for a day of month, dropped years or months in
 * dates, an explicit year for 올해/지난해, metric units converted ("240km" = "about 150 miles") and
 * decades for years. Never equal across a factor of 1000 ("1.2 billion" for 1조2천억), nor across
 * currencies, nor between am and pm.
 */
export function sameQuantity(ko: NumberMention, en: NumberMention, options: CompareOptions = DEFAULT_COMPARE_OPTIONS): boolean {
  const koCal = CALENDAR_KINDS.has(ko.kind);
  const enCal = CALENDAR_KINDS.has(en.kind);
  if (koCal && enCal) {
    if (ko.kind === "time" || en.kind === "time") return ko.kind === en.kind && sameTime(ko, en);
    return sameDate(ko, en, options);
  }
  if (koCal) return sameCalendarNumber(ko, en);
  if (enCal) return sameCalendarNumber(en, ko);
  return sameAmountWithin(ko, en, options, options.relativeTolerance);
}

function koreanGroup(group: number): string {
  return group % 1000 === 0 ? `${group / 1000}천` : String(group);
}

/**
 * Writes a number the way Korean newsrooms do, grouping by 10^4: 110000000 → "1억1천만",
 * 25000 → "2만5천", 3500 → "3500". Non-integers and negatives are written with digits.
 */
export function formatKoreanNumber(value: number): string {
  if (!Number.isSafeInteger(value) || value < 1e4) return String(value);
  const parts: string[] = [];
  let rest = value;
  for (const [mark, size] of KO_MYRIAD_MARKS) {
    const group = Math.floor(rest / size);
    if (group > 0) parts.push(`${koreanGroup(group)}${mark}`);
    rest -= group * size;
  }
  return rest > 0 ? `${parts.join("")}${koreanGroup(rest)}` : parts.join("");
}

/**
 * Writes a number the way English newsrooms do: 110000000 → "110 million", 1.2e12 → "1.2 trillion",
 * 25000 → "25,000"; with a currency code, "$110 million" (USD) or "3.5 trillion won" (KRW).
 */
export function formatEnglishNumber(value: number, currency: string | null = null): string {
  const scale = EN_SCALE_WORDS.find(([, size]) => Math.abs(value) >= size && Number.isInteger((value / size) * 1000));
  const digits = scale ? `${Number((value / scale[1]).toPrecision(12))} ${scale[0]}` : EN_DIGIT_FORMAT.format(value);
  const [before, after] = currency ? (EN_CURRENCY_FORMS[currency] ?? [`${currency} `, ""]) : ["", ""];
  return `${before}${digits}${after}`;
}
