/**
 * Calendar mentions in Korean and English news text: dates, months, years, weekdays and clock times.
 * Korean writes dates as year 년, month 월, day 일 ("2021년 7월 17일"); English newsrooms write "July 17,
 * 2021", "Dec. 21" or turn the Korean day of month into a weekday ("16일" becomes "Wednesday").
 * Also home of the NumberMention constructor shared by the Korean and English scanners.
 */
import type { NumberKind, NumberMention } from "./numbers.js";

/** Optional mention fields a scanner sets; everything else defaults to null / false. */
export type MentionFields = Partial<Omit<NumberMention, "start" | "end" | "text" | "kind" | "value">>;
interface Span { readonly start: number; readonly end: number }
type Builder = (m: RegExpExecArray, text: string) => NumberMention | null;

// 일 = Sunday, 월 = Monday … 토 = Saturday: the index is the weekday (0 = Sunday)
const KO_WEEKDAY_CHARS = "일월화수목금토";
// English weekday and month names keyed by their first three letters
const EN_WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const EN_MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
// 지난해/작년 = last year, 올해/금년 = this year, 내년 = next year
const KO_YEAR_OFFSETS: Record<string, number> = { 지난해: -1, 작년: -1, 전년: -1, 올해: 0, 금년: 0, 내년: 1 };
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
// after a bare day of month, a duration marker means "N days", not "the Nth" (3일 동안, 10일 후, 3일째)
const KO_DAY_DURATION = /^(?:간|째|여| ?(?:동안|만에|만|후|뒤|전|이내|내|이상|이하|가량|정도|씩|마다|연속|넘게|남짓|미만))(?:[에의을를은는이가도과와로]|에서|까지|부터)?(?![가-힣])/;
// weekday right after a Korean date: "16일 수요일", "16일(수)"
const KO_WEEKDAY_AFTER = / ?(?:\(([일월화수목금토])\)|([일월화수목금토])요일)/y;
// a Korean weekday on its own: 수요일 = Wednesday
const KO_WEEKDAY = /(?<![가-힣])([일월화수목금토])요일/g;
// Korean clock time: 오후 3시 = 3 p.m., 오전 10시 30분, 새벽 1시, 3시 반 (half past); 시간 = hours is a duration
const KO_TIME = /(?<![\d.,])(?:(오전|오후|새벽|아침|낮|저녁|밤) ?)?(\d{1,2})시(?!간)(?: ?(\d{1,2})분| (반))?/g;
// 정오 = noon, 자정 = midnight
const KO_NOON = /(?<![가-힣])(정오|자정)(?=$|[^가-힣]|[에께까부])/g;

// English month names and newsroom abbreviations (AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec.)
const EN_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![a-z])";
// English ordinal suffix after a day number: 17th, 1st
const EN_NTH = "(?:st|nd|rd|th)?";
// month day[-day][, year]: "July 17", "Dec. 21, 2021", "September 11th", "June 21-24"
const EN_MDY = new RegExp(`\\b${EN_MONTH} (\\d{1,2})${EN_NTH}(?:[-–](\\d{1,2}))?(?![\\d,.]\\d)\\b(?:,? ((?:1[6-9]|20)\\d\\d)\\b)?`, "g");
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
const EN_NTH_DAY = /\b(?:on|by|until|till|since|from|through|before|after|as of) (the (\d{1,2})(?:st|nd|rd|th))\b/g;
// weekday names, also plural ("on Mondays")
const EN_WEEKDAY = /\b(Sun|Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat)day(s)?\b/g;
// clock time with a.m./p.m.: "3 p.m.", "10:30 a.m.", "3pm"
const EN_TIME = /(?<![\d.,:])\b(\d{1,2})(?:[:.]([0-5]\d))? ?([ap])\.?m\.?(?![a-z])/gi;
// 24-hour clock time "15:30"
const EN_CLOCK = /(?<![\d.,:])\b([01]?\d|2[0-3]):([0-5]\d)\b(?![:\d])/g;
// "noon", "midnight", "3 o'clock"
const EN_TIME_WORD = /\b(?:(noon|midnight)|(\d{1,2}) o['’]clock)\b/gi;
// US month/day "9/11", "7/17/2021" (a day of 5 or more, so "1/2" stays a fraction)
const EN_SLASH_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\d/])/g;

/** Builds a mention of text[start, end) with every optional field filled (null / false when unknown). */
export function mentionAt(text: string, start: number, end: number, kind: NumberKind, value: number, fields: MentionFields = {}): NumberMention {
  return {
    start, end, text: text.slice(start, end), value: tidy(value), kind, unit: null, isSpelled: false,
    isApproximate: false, high: null, bound: null, isVague: false, scale: null, year: null, month: null,
    day: null, weekday: null, yearOffset: null, meridiem: null, key: "", ...fields,
  };
}

/** Rounds away binary floating-point noise (12.3 * 1e12 is 12300000000000.002). */
export function tidy(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
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

/** Spans claimed by earlier, more specific passes, sorted and disjoint so that a lookup is a binary search. */
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

  /** Claims the spans found by one pass (sorted, disjoint and free), merging in linear time. */
  addAll(found: readonly Span[]): void {
    const merged: Span[] = [];
    let i = 0;
    for (const span of found) {
      while (i < this.spans.length && (this.spans[i] as Span).start < span.start) merged.push(this.spans[i++] as Span);
      merged.push(span);
    }
    this.spans = [...merged, ...this.spans.slice(i)];
  }
}

/** True when [start, end) overlaps none of this pass's sorted, disjoint mentions (only the last few can). */
function isFreeOf(found: readonly Span[], start: number, end: number): boolean {
  for (let i = found.length - 1; i >= 0 && (found[i] as Span).end > start; i--) {
    if ((found[i] as Span).start < end) return false;
  }
  return true;
}

/** Runs one global regex over text, keeping the mentions that `build` accepts and that overlap nothing claimed. */
export function collect(re: RegExp, text: string, claims: Claims, build: Builder): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(re)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (start === end || !claims.isFree(start, end) || !isFreeOf(out, start, end)) continue;
    const mention = build(m as RegExpExecArray, text);
    if (mention && claims.isFree(mention.start, mention.end) && isFreeOf(out, mention.start, mention.end)) out.push(mention);
  }
  claims.addAll(out);
  return out;
}

/** Reads a two-digit year: '21 is 2021, '98 is 1998. */
export function fullYear(digits: string): number {
  const n = Number(digits.replace(/\D/g, ""));
  if (digits.replace(/\D/g, "").length > 2) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

function isDate(month: number | null, day: number | null): boolean {
  return (month === null || (month >= 1 && month <= 12)) && (day === null || (day >= 1 && day <= 31));
}

function dateMention(text: string, start: number, end: number, parts: MentionFields): NumberMention {
  const { year = null, month = null, day = null, weekday = null, yearOffset = null } = parts;
  if (year !== null && month === null && day === null) return mentionAt(text, start, end, "year", year, parts);
  return mentionAt(text, start, end, "date", day ?? month ?? year ?? weekday ?? yearOffset ?? 0, parts);
}

function koreanDate(m: RegExpExecArray, text: string): NumberMention | null {
  const [whole, y, mo, d] = m;
  const month = mo ? Number(mo) : null;
  const day = d ? Number(d) : null;
  if (!isDate(month, day) || (!y && !mo && !d)) return null;
  let end = m.index + whole.trimEnd().length;
  if (!y && !mo && KO_DAY_DURATION.test(text.slice(end, end + 8))) return null;
  const lead = KO_YEAR_LEAD.exec(text.slice(Math.max(0, m.index - 5), m.index));
  const start = lead && (y || mo) ? m.index - lead[0].length : m.index;
  KO_WEEKDAY_AFTER.lastIndex = end;
  const wd = day !== null ? KO_WEEKDAY_AFTER.exec(text) : null;
  if (wd) end = KO_WEEKDAY_AFTER.lastIndex;
  const weekday = wd ? KO_WEEKDAY_CHARS.indexOf((wd[1] ?? wd[2]) as string) : null;
  const yearOffset = lead && start < m.index ? (KO_YEAR_OFFSETS[lead[1] as string] ?? null) : null;
  return dateMention(text, start, end, { year: y ? fullYear(y) : null, month, day, weekday, yearOffset });
}

function koreanDayRange(m: RegExpExecArray, text: string): NumberMention | null {
  const month = m[1] ? Number(m[1]) : null;
  const [day, high] = [Number(m[2]), Number(m[3])];
  if (!isDate(month, day) || high <= day || high > 31) return null;
  return dateMention(text, m.index, m.index + m[0].length, { month, day, high });
}

function koreanMonthRange(m: RegExpExecArray, text: string): NumberMention | null {
  const [month, high] = [Number(m[1]), Number(m[2])];
  if (!isDate(month, null) || high <= month || high > 12) return null;
  return dateMention(text, m.index, m.index + m[0].length, { month, high });
}

function relativeYear(m: RegExpExecArray, text: string, offsets: Record<string, number>): NumberMention {
  const yearOffset = offsets[(m[1] as string).toLowerCase()] ?? 0;
  return dateMention(text, m.index, m.index + m[0].length, { yearOffset });
}

function koreanDottedDate(m: RegExpExecArray, text: string): NumberMention | null {
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : null;
  if (!isDate(month, day)) return null;
  return dateMention(text, m.index, m.index + m[0].length, { year: Number(m[1]), month, day });
}

function koreanEventDate(m: RegExpExecArray, text: string): NumberMention | null {
  const month = Number(m[1]);
  const day = Number(m[2]);
  return isDate(month, day) ? dateMention(text, m.index, m.index + m[0].length, { month, day }) : null;
}

function koreanTime(m: RegExpExecArray, text: string): NumberMention | null {
  const [whole, part, h, min, half] = m;
  const hour = Number(h);
  if (hour > 24) return null;
  const isPm = part !== undefined && /오후|저녁|밤|낮/.test(part) && hour < 12 && !(part === "낮" && hour > 6 && hour < 12);
  const meridiem = part === undefined ? null : isPm ? "pm" : "am";
  const minute = half ? 30 : Number(min ?? 0);
  return mentionAt(text, m.index, m.index + whole.length, "time", (isPm ? hour + 12 : hour) + minute / 60, { meridiem });
}

function koreanNoon(m: RegExpExecArray, text: string): NumberMention {
  const isNoon = m[1] === "정오";
  return mentionAt(text, m.index, m.index + m[0].length, "time", isNoon ? 12 : 0, { meridiem: isNoon ? "pm" : "am" });
}

function koreanWeekday(m: RegExpExecArray, text: string): NumberMention {
  return dateMention(text, m.index, m.index + m[0].length, { weekday: KO_WEEKDAY_CHARS.indexOf(m[1] as string) });
}

/** Finds Korean dates, years with 년, weekdays and clock times; claims their spans. */
export function findKoreanCalendar(text: string, claims: Claims): NumberMention[] {
  return [
    ...collect(KO_DOTTED_DATE, text, claims, koreanDottedDate),
    ...collect(KO_EVENT_DATE, text, claims, koreanEventDate),
    ...collect(KO_TIME, text, claims, koreanTime),
    ...collect(KO_NOON, text, claims, koreanNoon),
    ...collect(KO_DAY_RANGE, text, claims, koreanDayRange),
    ...collect(KO_MONTH_RANGE, text, claims, koreanMonthRange),
    ...collect(KO_DATE, text, claims, koreanDate),
    ...collect(KO_WEEKDAY, text, claims, koreanWeekday),
    ...collect(KO_RELATIVE_YEAR, text, claims, (m) => relativeYear(m, text, KO_YEAR_OFFSETS)),
  ];
}

function monthNumber(name: string): number {
  return EN_MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

/** "November last year": extends a month mention over a following relative year. */
function withYearAfter(text: string, start: number, end: number, parts: MentionFields): NumberMention {
  EN_YEAR_AFTER.lastIndex = end;
  const after = parts.year == null ? EN_YEAR_AFTER.exec(text) : null;
  if (!after) return dateMention(text, start, end, parts);
  const yearOffset = EN_YEAR_OFFSETS[after[1] as string] ?? null;
  return dateMention(text, start, EN_YEAR_AFTER.lastIndex, { ...parts, yearOffset });
}

function englishMonthDay(m: RegExpExecArray, text: string): NumberMention | null {
  const month = monthNumber(m[1] as string);
  const [day, high] = [Number(m[2]), m[3] ? Number(m[3]) : null];
  if (!isDate(month, day) || (high !== null && (high <= day || high > 31))) return null;
  const year = m[4] ? Number(m[4]) : null;
  return withYearAfter(text, m.index, m.index + m[0].length, { year, month, day, high });
}

function englishDayMonth(m: RegExpExecArray, text: string): NumberMention | null {
  const day = Number(m[1]);
  const month = monthNumber(m[2] as string);
  if (!isDate(month, day)) return null;
  const year = m[3] ? Number(m[3]) : null;
  return withYearAfter(text, m.index, m.index + m[0].length, { year, month, day });
}

function englishMonthYear(m: RegExpExecArray, text: string): NumberMention {
  return dateMention(text, m.index, m.index + m[0].length, { year: Number(m[2]), month: monthNumber(m[1] as string) });
}

function englishMonthAlone(m: RegExpExecArray, text: string): NumberMention | null {
  const name = m[1] as string;
  const isAbbreviated = name.length <= 4 && !["May", "June", "July"].includes(name);
  if (isAbbreviated && !name.endsWith(".")) return null;
  const isCommonWord = name === "May" || name === "March";
  if (isCommonWord && !EN_MONTH_LEAD.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
  return withYearAfter(text, m.index, m.index + name.length, { month: monthNumber(name) });
}

function englishNthDay(m: RegExpExecArray, text: string): NumberMention | null {
  const day = Number(m[2]);
  const start = m.index + m[0].length - (m[1] as string).length;
  return isDate(null, day) ? dateMention(text, start, m.index + m[0].length, { day }) : null;
}

function englishSlashDate(m: RegExpExecArray, text: string): NumberMention | null {
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (!isDate(month, day) || (day < 5 && !m[3])) return null;
  return dateMention(text, m.index, m.index + m[0].length, { month, day, year: m[3] ? fullYear(m[3]) : null });
}

function englishWeekday(m: RegExpExecArray, text: string): NumberMention {
  const weekday = EN_WEEKDAYS[(m[1] as string).slice(0, 3).toLowerCase()] ?? 0;
  return dateMention(text, m.index, m.index + m[0].length, { weekday });
}

/** "Wednesday, July 17": a weekday right before a date joins that date. */
function joinWeekdays(text: string, dates: NumberMention[], weekdays: readonly NumberMention[]): NumberMention[] {
  const out = [...dates];
  for (const w of weekdays) {
    const i = out.findIndex((d) => d.kind === "date" && d.start > w.end && d.start - w.end <= 2 && /^,? $/.test(text.slice(w.end, d.start)));
    const next = out[i];
    if (!next) out.push(w);
    else out[i] = dateMention(text, w.start, next.end, { year: next.year, month: next.month, day: next.day, weekday: w.weekday });
  }
  return out;
}

function englishTime(m: RegExpExecArray, text: string): NumberMention | null {
  const hour = Number(m[1]);
  if (hour < 1 || hour > 12) return null;
  const isPm = (m[3] as string).toLowerCase() === "p";
  const value = (hour % 12) + (isPm ? 12 : 0) + Number(m[2] ?? 0) / 60;
  return mentionAt(text, m.index, m.index + m[0].length, "time", value, { meridiem: isPm ? "pm" : "am" });
}

function englishClock(m: RegExpExecArray, text: string): NumberMention {
  return mentionAt(text, m.index, m.index + m[0].length, "time", Number(m[1]) + Number(m[2]) / 60);
}

function englishTimeWord(m: RegExpExecArray, text: string): NumberMention | null {
  const hour = m[1] ? (m[1].toLowerCase() === "noon" ? 12 : 0) : Number(m[2]);
  if (hour > 12) return null;
  return mentionAt(text, m.index, m.index + m[0].length, "time", hour, { isSpelled: m[1] !== undefined });
}

/** Finds English dates, months, weekdays and clock times; claims their spans. */
export function findEnglishCalendar(text: string, claims: Claims): NumberMention[] {
  const dates = [
    ...collect(EN_TIME, text, claims, englishTime),
    ...collect(EN_CLOCK, text, claims, englishClock),
    ...collect(EN_TIME_WORD, text, claims, englishTimeWord),
    ...collect(EN_MDY, text, claims, englishMonthDay),
    ...collect(EN_DMY, text, claims, englishDayMonth),
    ...collect(EN_MY, text, claims, englishMonthYear),
    ...collect(EN_MONTH_ALONE, text, claims, englishMonthAlone),
    ...collect(EN_NTH_DAY, text, claims, englishNthDay),
    ...collect(EN_SLASH_DATE, text, claims, englishSlashDate),
    ...collect(EN_RELATIVE_YEAR, text, claims, (m) => relativeYear(m, text, EN_YEAR_OFFSETS)),
  ];
  return joinWeekdays(text, dates, collect(EN_WEEKDAY, text, claims, englishWeekday));
}
