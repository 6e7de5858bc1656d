/**
 * Calendar mentions in Korean and English news text: dates, months, years, weekdays and clock times.
 * Korean writes dates as year 년, month 월, day 일 ("2021년 7월 17일"); English newsrooms write "July 17,
 * 2021", "Dec. 21" or turn the Korean day of month into a weekday ("16일" becomes "Wednesday").
 * Also home of what the Korean and English scanners share: the NumberMention constructor and the passes.
 */
import type { Claims, NumberKind, NumberMention } from "./numbers.js";

/** Optional mention fields a scanner sets; everything else defaults to null / false. */
export type MentionFields = Partial<Omit<NumberMention, "start" | "end" | "text" | "kind" | "value">>;
interface Span { readonly start: number; readonly end: number }
type Builder = (m: RegExpExecArray, text: string) => NumberMention | null;
/** Which numbered capture groups of a date pattern hold the year, month, day and a range's high end. */
interface Groups { readonly year?: number; readonly month?: number; readonly day?: number; readonly high?: number; readonly weekday?: number }

// 일 = Sunday, 월 = Monday … 토 = Saturday: the index is the weekday (0 = Sunday)
const KO_WEEKDAY_CHARS = "일월화수목금토";
// English weekday names keyed by their first three letters (0 = Sunday)
const EN_WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
// English month names keyed by their first three letters
const EN_MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
// 지난해/작년 = last year, 올해/금년 = this year, 내년 = next year
const KO_YEAR_OFFSETS: Record<string, number> = { 지난해: -1, 작년: -1, 전년: -1, 올해: 0, 금년: 0, 내년: 1 };
// "last year" = -1, "this year" = 0, "next year" = 1
const EN_YEAR_OFFSETS: Record<string, number> = { last: -1, this: 0, next: 1 };

// Korean date, parts in order year 년, month 월, day 일: "2021년 7월 17일", "7월17일", "'21년", "29일자"
const KO_DATE = /(?<![\d.,])(?=\d|['’‘]\d)(?:(\d{4}|['’‘]\d{2})년(?!대|간|도|째| 동안) ?)?(?:(\d{1,2})월(?!간) ?)?(?:(\d{1,2})일(자)?)?/g;
// a range of days: "24~26일", "7월 24-26일", "21일-24일"
const KO_DAY_RANGE = /(?<![\d.,])(?:(\d{1,2})월 ?)?(\d{1,2})일? ?[~∼〜～-] ?(\d{1,2})일/g;
// a range of months: "7~9월" = July to September
const KO_MONTH_RANGE = /(?<![\d.,])(\d{1,2}) ?[~∼〜～-] ?(\d{1,2})월(?! ?\d)/g;
// a year named relative to the article: 지난해/작년 = last year, 올해/금년 = this year, 내년 = next year
const KO_RELATIVE_YEAR = /(?<![가-힣])(지난해|작년|전년|올해|금년|내년)/g;
// dotted Korean dateline "2007.10" or "2007.10.04" (year.month.day)
const KO_DOTTED_DATE = /(?<![\d.,])((?:19|20)\d\d)\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.])/g;
// "9·11 테러", "6.15 공동선언", "6·25 전쟁": month·day naming an event
const KO_EVENT_DATE = /(?<![\d.,])(\d{1,2})[·ㆍ./](\d{1,2})(?= ?(?:테러|사태|사건|참사|공격|총선|대선|선거|선언|공동|남북|전쟁|항쟁|민주|혁명|기념))/g;
// 지난해/올해 before a date ("지난해 11월" = November last year)
const KO_YEAR_LEAD = /(지난해|작년|전년|올해|금년|내년) ?$/;
// after a bare day of month, a duration marker means "N days", not "the Nth" (3일 동안, 10일 후, 3일째, 10일 앞둔)
const KO_DAY_DURATION = /^(?:째|여| ?(?:간|동안|만에|만|후|뒤|전|이내|내|이상|이하|가량|정도|씩|마다|연속|넘게|남짓|미만|앞둔|앞두고|앞두며|앞서|짜리|밖에|밖))(?:[에의을를은는이가도과와로]|에서|까지|부터)?(?![가-힣])/;
// a hedge before a bare day count makes it a number of days: 최소 3일 = at least three days, 약 10일 = about ten days
const KO_DURATION_HEDGE = /(?:약|최소한?|최대|불과|무려|단|거의) ?$/;
// weekday right after a Korean date: "16일 수요일", "16일(수)"
const KO_WEEKDAY_AFTER = / ?(?:\(([일월화수목금토])\)|([일월화수목금토])요일)/y;
// a Korean weekday on its own: 수요일 = Wednesday
const KO_WEEKDAY = /(?<![가-힣])([일월화수목금토])요일/g;

// English month names and newsroom abbreviations (AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec.)
const EN_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])";
// English ordinal suffix after a day number: 17th, 1st
const EN_NTH = "(?:st|nd|rd|th)?";
// weekday names ("Wed" + "nesday"), also plural ("on Mondays")
const EN_WEEKDAY_NAME = "(Sun|Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat)days?\\b";
// [weekday,] month day[-day][, year]: "July 17", "Dec. 21, 2021", "Wednesday, July 17", "June 21-24"
const EN_MDY = new RegExp(`\\b(?:${EN_WEEKDAY_NAME},? )?${EN_MONTH} (\\d{1,2})${EN_NTH}(?:[-–](\\d{1,2}))?(?![\\d,.]\\d)\\b(?:,? ((?:1[6-9]|20)\\d\\d)\\b)?`, "g");
// day month [year]: "17 July", "17th of July 2021"
const EN_DMY = new RegExp(`(?<![\\d,.])\\b(\\d{1,2})${EN_NTH} (?:of )?${EN_MONTH}(?:,? ((?:1[6-9]|20)\\d\\d)\\b)?`, "g");
// month year: "July 2021", "November of 2020"
const EN_MY = new RegExp(`\\b${EN_MONTH}(?: of)?,? ((?:1[6-9]|20)\\d\\d)\\b`, "g");
// a month on its own: "in November", "Last February"
const EN_MONTH_ALONE = new RegExp(`\\b${EN_MONTH}`, "g");
// May and March are also ordinary words, so alone they need a lead word ("in May", "last March")
const EN_MONTH_LEAD = /\b(?:in|since|until|till|by|of|last|next|this|early|late|mid|mid-|through|from|during|before|after|to|and|or|each|every)[ -]$/i;
// "November last year" names the year relative to now
const EN_YEAR_AFTER = / (last|this|next) year\b/y;
// "last year", "this year", "next year"
const EN_RELATIVE_YEAR = /\b(last|this|next) year\b/gi;
// "on the 29th": a day of month without its month
const EN_NTH_DAY = /\bthe (\d{1,2})(?:st|nd|rd|th)\b/g;
// the preposition that makes "the 29th" a date ("on the 29th"), not a rank ("the 29th minute")
const EN_DAY_LEAD = /\b(?:on|by|until|till|since|from|through|before|after|of) $/i;
// a weekday on its own: "on Wednesday"
const EN_WEEKDAY = new RegExp(`\\b${EN_WEEKDAY_NAME}`, "g");
// clock time with a.m./p.m.: "3 p.m.", "10:30 a.m.", "3pm"
const EN_TIME = /(?<![\d.,:])\b(\d{1,2})(?:[:.]([0-5]\d))? ?([ap])\.?m\.?(?![a-z])/gi;
// 24-hour clock time "15:30"
const EN_CLOCK = /(?<![\d.,:])\b([01]?\d|2[0-3]):([0-5]\d)\b(?![:\d])/g;
// "noon", "midnight", "3 o'clock"
const EN_TIME_WORD = /\b(?:(noon|midnight)|(\d{1,2}) o['’]clock)\b/gi;
// US month/day/year "7/17/2021", or month/day "9/11" with a day of 5 or more ("1/2" stays a fraction)
const EN_SLASH_DATE = /(?<![\d/.])(\d{1,2})\/(?:(\d{1,2})\/(\d{4}|\d{2})|([5-9]|[12]\d|3[01]))(?![\d/])/g;
// regnal and war numbers after a capitalised name: "John Paul II", "Benedict XVI", "World War II"
const EN_ROMAN = /\b(?=[IVX]{2,}\b|[VX]\b)(X{0,3})(IX|IV|V?I{0,3})\b(?![.'’-])/g;
// the capitalised name before a regnal number
const EN_NAME_BEFORE = /(?:^|[^\w'’.-])[A-Z][a-z]+ $/;
// Roman digit values
const EN_ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };
// a two-digit year after a preposition: "in '21", "since ’98", "the ’90s"
const EN_SHORT_YEAR = /['’](\d\d)(s)?\b/g;
// the preposition a two-digit year needs, so that a quote mark before digits is not read as a year
const EN_SHORT_YEAR_LEAD = /\b(?:in|since|of|until|by|from|to|through|and|the) $/i;
// an ASCII digit (\d): a pass whose pattern needs one is skipped in a text without any
const DIGIT = /\d/;
// the capitals Roman numerals are written with: EN_ROMAN needs one
const ROMAN_LETTER = /[IVX]/;
// a month written in digits rather than as a name
const DIGITS_ONLY = /^\d+$/;
// everything but digits, to read "'21" as 21
const NON_DIGITS = /\D/g;

/**
 * Builds a mention of text[start, end) with every optional field filled (null / false when unknown).
 * Every mention is built by this one object literal, its fields always in this order (withChanges copies
 * them the same way), so that all mentions share one hidden class: a comparison reads the fields of
 * thousands of them, and code that met a second shape was thrown away and compiled again.
 */
export function mentionAt(text: string, start: number, end: number, kind: NumberKind, value: number, fields: MentionFields = {}): NumberMention {
  return {
    start, end, text: text.slice(start, end), value: tidy(value), kind, unit: fields.unit ?? null, isSpelled: fields.isSpelled ?? false,
    isApproximate: fields.isApproximate ?? false, high: fields.high ?? null, bound: fields.bound ?? null, isVague: fields.isVague ?? false,
    scale: fields.scale ?? null, year: fields.year ?? null, month: fields.month ?? null, day: fields.day ?? null,
    weekday: fields.weekday ?? null, yearOffset: fields.yearOffset ?? null, meridiem: fields.meridiem ?? null, key: fields.key ?? "",
  };
}

/** A copy of m with the given fields changed (`{ ...m, ...changes }`), built with the field order of mentionAt. */
export function withChanges(m: NumberMention, changes: Partial<NumberMention>): NumberMention {
  const pick = <K extends keyof NumberMention>(key: K): NumberMention[K] => (key in changes ? (changes[key] as NumberMention[K]) : m[key]);
  return {
    start: pick("start"), end: pick("end"), text: pick("text"), value: pick("value"), kind: pick("kind"), unit: pick("unit"),
    isSpelled: pick("isSpelled"), isApproximate: pick("isApproximate"), high: pick("high"), bound: pick("bound"), isVague: pick("isVague"),
    scale: pick("scale"), year: pick("year"), month: pick("month"), day: pick("day"), weekday: pick("weekday"),
    yearOffset: pick("yearOffset"), meridiem: pick("meridiem"), key: pick("key"),
  };
}

/** Rounds away binary floating-point noise (12.3 * 1e12 is 12300000000000.002). */
export function tidy(value: number): number {
  if (Number.isSafeInteger(value) || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(12));
}

/** Sticky-matches re (flag y) at pos; returns the match or null. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Up to `length` characters of text before pos. */
export function before(text: string, pos: number, length: number): string {
  return text.slice(Math.max(0, pos - length), pos);
}

/** True when [start, end) overlaps none of this pass's sorted, disjoint mentions (only the last few can). */
function isFreeOf(found: readonly Span[], start: number, end: number): boolean {
  for (let i = found.length - 1; i >= 0 && (found[i] as Span).end > start; i--) {
    if ((found[i] as Span).start < end) return false;
  }
  return true;
}

/** collect, or nothing (nothing found, nothing claimed) when a cheap test shows the pattern cannot match. */
export function collectIf(isPossible: boolean, re: RegExp, text: string, claims: Claims, build: Builder): NumberMention[] {
  return isPossible ? collect(re, text, claims, build) : [];
}

/** One scanner pass: runs a global regex (not reused by `build`) over text and keeps the mentions `build` accepts that overlap nothing claimed. */
export function collect(re: RegExp, text: string, claims: Claims, build: Builder): NumberMention[] {
  const out: NumberMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (start === end) re.lastIndex++;
    if (start === end || !claims.isFree(start, end) || !isFreeOf(out, start, end)) continue;
    const mention = build(m, text);
    if (mention && claims.isFree(mention.start, mention.end) && isFreeOf(out, mention.start, mention.end)) out.push(mention);
  }
  claims.addAll(out);
  return out;
}

/** Reads a two-digit year: '21 is 2021, '98 is 1998. */
export function fullYear(digits: string): number {
  const bare = digits.replace(NON_DIGITS, "");
  if (bare.length > 2) return Number(bare);
  return Number(bare) < 50 ? 2000 + Number(bare) : 1900 + Number(bare);
}

function weekdayNumber(name: string | undefined): number | null {
  return name === undefined ? null : (EN_WEEKDAYS[name.slice(0, 3).toLowerCase()] ?? null);
}

/** The month a name or abbreviation stands for ("Sept." = 9), or of digits ("7" = 7); 0 when unknown. */
export function monthNumber(name: string): number {
  return DIGITS_ONLY.test(name) ? Number(name) : (EN_MONTHS[name.slice(0, 3).toLowerCase()] ?? 0);
}

function dateMention(text: string, start: number, end: number, parts: MentionFields): NumberMention {
  const { year = null, month = null, day = null, weekday = null, yearOffset = null } = parts;
  if (year !== null && month === null && day === null) return mentionAt(text, start, end, "year", year, parts);
  return mentionAt(text, start, end, "date", day ?? month ?? year ?? weekday ?? yearOffset ?? 0, parts);
}

/** Year, month, day and a range's high end from a match; null when out of range (month 13, day 32, 26~24일). */
function dateParts(m: RegExpExecArray, groups: Groups): MentionFields | null {
  const read = (i: number | undefined) => (i === undefined ? undefined : m[i]);
  const [y, mo, d, hi] = [read(groups.year), read(groups.month), read(groups.day), read(groups.high)];
  const [month, day] = [mo ? monthNumber(mo) : null, d ? Number(d) : null];
  const high = hi ? Number(hi) : null;
  if ((month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) return null;
  if (high !== null && (high <= (day ?? month ?? 0) || high > (day === null ? 12 : 31))) return null;
  const weekday = groups.weekday === undefined ? null : weekdayNumber(m[groups.weekday]);
  return { year: y ? fullYear(y) : null, month, day, high, weekday };
}

/** A builder for dates whose parts sit in fixed groups; English dates may go on with "last year". */
function datesFrom(groups: Groups, isEnglish: boolean): Builder {
  return (m, text) => {
    const parts = dateParts(m, groups);
    if (!parts) return null;
    const end = m.index + m[0].length;
    return isEnglish ? withYearAfter(text, m.index, end, parts) : dateMention(text, m.index, end, parts);
  };
}

function koreanDate(m: RegExpExecArray, text: string): NumberMention | null {
  const parts = m[1] || m[2] || m[3] ? dateParts(m, { year: 1, month: 2, day: 3 }) : null;
  let end = m.index + m[0].trimEnd().length;
  const isBareDay = !m[1] && !m[2];
  if (!parts || (isBareDay && (KO_DAY_DURATION.test(text.slice(end, end + 8)) || KO_DURATION_HEDGE.test(before(text, m.index, 4))))) return null;
  const lead = m[1] || m[2] ? KO_YEAR_LEAD.exec(before(text, m.index, 5)) : null;
  const weekday = parts.day !== null ? matchAt(KO_WEEKDAY_AFTER, text, end) : null;
  if (weekday) end = KO_WEEKDAY_AFTER.lastIndex;
  return dateMention(text, lead ? m.index - lead[0].length : m.index, end, {
    ...parts, weekday: weekday ? KO_WEEKDAY_CHARS.indexOf((weekday[1] ?? weekday[2]) as string) : null,
    yearOffset: lead ? (KO_YEAR_OFFSETS[lead[1] as string] ?? null) : null,
  });
}

function koreanWeekday(m: RegExpExecArray, text: string): NumberMention {
  return dateMention(text, m.index, m.index + m[0].length, { weekday: KO_WEEKDAY_CHARS.indexOf(m[1] as string) });
}

function relativeYear(m: RegExpExecArray, text: string, offsets: Record<string, number>): NumberMention {
  return dateMention(text, m.index, m.index + m[0].length, { yearOffset: offsets[(m[1] as string).toLowerCase()] ?? 0 });
}

/** Finds Korean dates, years with 년 and weekdays; claims their spans. */
export function findKoreanCalendar(text: string, claims: Claims): NumberMention[] {
  const hasDigit = DIGIT.test(text);
  return [
    ...collectIf(hasDigit, KO_DOTTED_DATE, text, claims, datesFrom({ year: 1, month: 2, day: 3 }, false)),
    ...collectIf(hasDigit, KO_EVENT_DATE, text, claims, datesFrom({ month: 1, day: 2 }, false)),
    ...collectIf(hasDigit, KO_DAY_RANGE, text, claims, datesFrom({ month: 1, day: 2, high: 3 }, false)),
    ...collectIf(hasDigit, KO_MONTH_RANGE, text, claims, datesFrom({ month: 1, high: 2 }, false)),
    ...collectIf(hasDigit, KO_DATE, text, claims, koreanDate),
    ...collect(KO_WEEKDAY, text, claims, koreanWeekday),
    ...collect(KO_RELATIVE_YEAR, text, claims, (m) => relativeYear(m, text, KO_YEAR_OFFSETS)),
  ];
}

/** "November last year": extends a date over a following relative year. */
function withYearAfter(text: string, start: number, end: number, parts: MentionFields): NumberMention {
  const after = parts.year == null ? matchAt(EN_YEAR_AFTER, text, end) : null;
  if (!after) return dateMention(text, start, end, parts);
  return dateMention(text, start, EN_YEAR_AFTER.lastIndex, { ...parts, yearOffset: EN_YEAR_OFFSETS[after[1] as string] ?? null });
}

/** A month alone; abbreviations need their period, and May and March need a lead word ("in May"). */
function englishMonthAlone(m: RegExpExecArray, text: string): NumberMention | null {
  const name = m[1] as string;
  if (name.length <= 4 && !["May", "June", "July"].includes(name) && !name.endsWith(".")) return null;
  if ((name === "May" || name === "March") && !EN_MONTH_LEAD.test(before(text, m.index, 8))) return null;
  return withYearAfter(text, m.index, m.index + name.length, { month: monthNumber(name) });
}

function englishNthDay(m: RegExpExecArray, text: string): NumberMention | null {
  if (!EN_DAY_LEAD.test(before(text, m.index, 7))) return null;
  const parts = dateParts(m, { day: 1 });
  return parts ? dateMention(text, m.index, m.index + m[0].length, parts) : null;
}

function englishSlashDate(m: RegExpExecArray, text: string): NumberMention | null {
  const parts = dateParts(m, m[2] ? { month: 1, day: 2, year: 3 } : { month: 1, day: 4 });
  return parts ? dateMention(text, m.index, m.index + m[0].length, parts) : null;
}

function englishTime(m: RegExpExecArray, text: string): NumberMention | null {
  const hour = Number(m[1]);
  const isPm = (m[3] as string).toLowerCase() === "p";
  const value = (hour % 12) + (isPm ? 12 : 0) + Number(m[2] ?? 0) / 60;
  return hour < 1 || hour > 12 ? null : mentionAt(text, m.index, m.index + m[0].length, "time", value, { meridiem: isPm ? "pm" : "am" });
}

function englishClock(m: RegExpExecArray, text: string): NumberMention {
  return mentionAt(text, m.index, m.index + m[0].length, "time", Number(m[1]) + Number(m[2]) / 60);
}

function englishTimeWord(m: RegExpExecArray, text: string): NumberMention | null {
  const hour = m[1] ? (m[1].toLowerCase() === "noon" ? 12 : 0) : Number(m[2]);
  return hour > 12 ? null : mentionAt(text, m.index, m.index + m[0].length, "time", hour, { isSpelled: m[1] !== undefined });
}

function romanAt(m: RegExpExecArray, text: string): NumberMention | null {
  if (!EN_NAME_BEFORE.test(before(text, m.index, 20))) return null;
  const digits = [...m[0]].map((c) => EN_ROMAN_DIGITS[c] ?? 0);
  const value = digits.reduce((sum, d, i) => sum + (d < (digits[i + 1] ?? 0) ? -d : d), 0);
  return mentionAt(text, m.index, m.index + m[0].length, "ordinal", value);
}

function shortYearAt(m: RegExpExecArray, text: string): NumberMention | null {
  if (!EN_SHORT_YEAR_LEAD.test(before(text, m.index, 9))) return null;
  const year = fullYear(m[1] as string);
  return mentionAt(text, m.index, m.index + m[0].length, "year", year, { unit: m[2] ? "decade" : null, year });
}

/** Finds English dates, months, weekdays, years written '21, clock times and regnal numbers; claims their spans. */
export function findEnglishCalendar(text: string, claims: Claims): NumberMention[] {
  const hasDigit = DIGIT.test(text);
  return [
    ...collectIf(hasDigit, EN_TIME, text, claims, englishTime),
    ...collectIf(hasDigit, EN_CLOCK, text, claims, englishClock),
    ...collect(EN_TIME_WORD, text, claims, englishTimeWord),
    ...collectIf(hasDigit, EN_MDY, text, claims, datesFrom({ weekday: 1, month: 2, day: 3, high: 4, year: 5 }, true)),
    ...collectIf(hasDigit, EN_DMY, text, claims, datesFrom({ day: 1, month: 2, year: 3 }, true)),
    ...collectIf(hasDigit, EN_MY, text, claims, datesFrom({ month: 1, year: 2 }, true)),
    ...collect(EN_MONTH_ALONE, text, claims, englishMonthAlone),
    ...collectIf(hasDigit, EN_NTH_DAY, text, claims, englishNthDay),
    ...collectIf(hasDigit, EN_SLASH_DATE, text, claims, englishSlashDate),
    ...collect(EN_RELATIVE_YEAR, text, claims, (m) => relativeYear(m, text, EN_YEAR_OFFSETS)),
    ...collectIf(hasDigit, EN_SHORT_YEAR, text, claims, shortYearAt),
    ...collectIf(ROMAN_LETTER.test(text), EN_ROMAN, text, claims, romanAt),
    ...collect(EN_WEEKDAY, text, claims, (m, t) => dateMention(t, m.index, m.index + m[0].length, { weekday: weekdayNumber(m[1]) })),
  ];
}
