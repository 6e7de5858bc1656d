/**
 * Slots of number mentions: what a number counts, so that a Korean and an English mention can be paired
 * as the same quantity before their values are compared. A percent pairs with a percent, a dollar amount
 * with a dollar amount, a date with a date, a count of people (명) with a count of people ("people",
 * "soldiers", "victims"). Korean counters with no English unit word (개, 곳, 가지) and English numbers with
 * no unit ("five water-bombers") only pair weakly with each other.
 */
import type { NumberMention } from "./numbers.js";

/** How sure a pairing is that two mentions fill the same slot. */
export type SlotFit = "strong" | "compatible" | "weak" | "none";

// Korean counters and English unit words grouped by what they count; a word not listed is its own family
const UNIT_FAMILIES: Record<string, string> = Object.fromEntries([
  ...familyRows("people", "명 인 사람 people person persons men women children passengers soldiers troops victims bodies deaths students workers members member man"),
  ...familyRows("years", "년 해 year years"),
  ...familyRows("age", "살 세"), ["years old", "age"],
  ...familyRows("decades", "decade decades"),
  ...familyRows("months", "개월 달 month months"),
  ...familyRows("weeks", "주 주일 week weeks"),
  ...familyRows("days", "일 day days"),
  ...familyRows("hours", "시간 hour hours"),
  ...familyRows("minutes", "분 minute minutes"),
  ...familyRows("seconds", "초 second seconds"),
  ...familyRows("length", "km m cm mm miles mile feet foot inches inch meter meters metre metres kilometer kilometers kilometre kilometres"),
  ...familyRows("weight", "kg kilogram kilograms tons ton tonnes tonne"),
  ...familyRows("temperature", "도 degrees degree"),
  ...familyRows("countries", "개국 나라 countries nations nation"),
  ...familyRows("times", "배 번 차례 회 times"),
  ...familyRows("votes", "표 votes"),
  ...familyRows("seats", "석 seats seat"),
  ...familyRows("ships", "척 ships boats vessels"),
  ...familyRows("speed", "km/h mph knots 노트"),
  ...familyRows("cases", "건 cases"),
  ...familyRows("points", "점 points point"),
  ...familyRows("vehicles", "대 cars planes units"),
]);
// Korean counters that count any thing ("3개", "5곳", "두 가지"): English rarely has a unit word for them
const GENERIC_COUNTERS: ReadonlySet<string> = new Set(["개", "곳", "가지", "군데", "마리", "채", "권", "장", "쌍", "팀", "잔", "병", "발", "자", "단계", "층", "개사", "라운드", "골", "평"]);
// families of things counted one by one with a Korean counter (명, 척, 개): an English noun may count them too ("seven pilgrims")
const COUNTED_FAMILIES: ReadonlySet<string> = new Set(["people", "generic", "ships", "vehicles", "cases", "countries", "times", "votes", "seats"]);
// families whose units convert into each other (km and miles, kg and pounds, °C and °F): a mismatch there may be a conversion slip
const CONVERTED_FAMILIES: ReadonlySet<string> = new Set(["length", "weight", "temperature"]);
// kinds that never pair weakly with a plain number: a calendar point is not a count
const CALENDAR_KINDS: ReadonlySet<string> = new Set(["date", "year", "time"]);
// families that may name one slot although their units differ: %포인트 and "a 9-point lead", 1600년 and "1,600-year-old"
const COMPATIBLE_FAMILIES: ReadonlySet<string> = new Set(["percent|points", "points|percent", "years|age", "age|years"]);
// Korean ordinal counters of elapsed time (23년째 = "for 23 years") and the duration family they count
const ELAPSED_ORDINALS: Record<string, string> = { 년째: "years", 개월째: "months", 일째: "days", 주째: "weeks" };
// a bare four-digit English number that may be a year written without "in" ("1738")
const YEAR_DIGITS = /^(?:1\d|20)\d\d$/;

// one spelling per unit of measure, so that "m" and "meters" (or 킬로 and "km") count as the same unit
const CANONICAL_UNITS: Record<string, string> = Object.fromEntries([
  ...familyRows("m", "m meter meters metre metres"), ...familyRows("km", "km kilometer kilometers kilometre kilometres"),
  ...familyRows("mi", "miles mile"), ...familyRows("ft", "feet foot"), ...familyRows("in", "inches inch"),
  ...familyRows("kg", "kg kilogram kilograms"), ...familyRows("t", "tons ton tonnes tonne"),
]);

/** Family table rows from a space-separated word list. */
function familyRows(family: string, words: string): [string, string][] {
  return words.split(" ").map((word) => [word, family]);
}

/** The family of a date: by its finest stated part, so that a day pairs with a day and a month with a month. */
function dateFamily(m: NumberMention): string {
  if (m.day != null) return "date:day";
  if (m.month != null) return "date:month";
  if (m.weekday != null) return "date:weekday";
  if (m.yearOffset != null) return "date:relative";
  return "year";
}

/** The family of a count or range by its unit: "people" for 명 and "soldiers", "generic" for 개, "plain" for none. */
function countFamily(unit: string | null): string {
  if (unit === null) return "plain";
  if (unit === "%" || unit === "pp") return "percent";
  if (GENERIC_COUNTERS.has(unit)) return "generic";
  return UNIT_FAMILIES[unit] ?? UNIT_FAMILIES[unit.toLowerCase()] ?? unit.toLowerCase();
}

/**
 * What a mention counts: "percent", "money:USD", "date:day", "date:month", "year", "time", "ordinal",
 * "people", "length", …, "generic" (a Korean counter with no English unit word), "plain" (no unit).
 */
export function slotFamily(m: NumberMention): string {
  if (m.kind === "date") return dateFamily(m);
  if (m.kind === "year") return "year";
  if (m.kind === "time") return "time";
  if (m.kind === "ordinal") return ELAPSED_ORDINALS[m.unit ?? ""] ?? "ordinal";
  if (m.kind === "percent") return "percent";
  if (m.unit === "pounds") return "pounds"; // 파운드 and "pounds" name sterling or a weight alike
  if (m.kind === "amount") return `money:${m.unit ?? "?"}`;
  if (m.unit === "fraction") return "fraction";
  return countFamily(m.unit);
}

/** True when a family's units convert into each other, so that a mismatch may be a conversion slip. */
export function isConvertedFamily(family: string): boolean {
  return CONVERTED_FAMILIES.has(family);
}

/** True for a family that names a point in the calendar. */
export function isCalendarFamily(family: string): boolean {
  return family.startsWith("date:") || family === "year" || family === "time";
}

/** A year against a date with a year ("2003년" and "February 2002") or a bare four-digit number (of family otherFamily) on the other side. */
function isYearLike(year: NumberMention, other: NumberMention, otherFamily: string): boolean {
  if (year.kind !== "year") return false;
  return (other.kind === "date" && other.year != null) || (otherFamily === "plain" && YEAR_DIGITS.test(String(other.value)));
}

/** A family with no unit: a bare number or a generic counter. */
function isBare(family: string): boolean {
  return family === "plain" || family === "generic";
}

/**
 * How well a Korean and an English mention fit one slot: "strong" for the same family with a unit
 * (a percent and a percent, 명 and "people"), "compatible" for related families (years and an age),
 * "weak" when one side states no unit ("5대" and "five"),
 * "none" for different things (a percent and a count, a date and a number of days).
 */
export function slotFit(ko: NumberMention, en: NumberMention): SlotFit {
  return slotFitOfFamilies(ko, en, slotFamily(ko), slotFamily(en));
}

/** slotFit for mentions whose families (slotFamily) are known: a comparison asks for every pair of its mentions. */
export function slotFitOfFamilies(ko: NumberMention, en: NumberMention, a: string, b: string): SlotFit {
  if (a === b) return isBare(a) || a === "ordinal" || a === "fraction" ? "weak" : "strong";
  if (COMPATIBLE_FAMILIES.has(`${a}|${b}`)) return "compatible";
  if (isYearLike(ko, en, b) || isYearLike(en, ko, a)) return "weak";
  if (CALENDAR_KINDS.has(ko.kind) || CALENDAR_KINDS.has(en.kind)) return "none";
  if (isBare(a) && isBare(b)) return "weak";
  if (!isBare(a) && !isBare(b)) return "none";
  const united = isBare(a) ? b : a;
  return united === "percent" || united === "ordinal" || united === "fraction" ? "none" : "weak";
}

/** True when two mentions state their quantity in the same unit ("15m" and "15 meters"), not a conversion of it. */
export function isSameUnit(a: NumberMention, b: NumberMention): boolean {
  const canonical = (unit: string | null) => (unit === null ? null : (CANONICAL_UNITS[unit.toLowerCase()] ?? unit.toLowerCase()));
  return canonical(a.unit) === canonical(b.unit);
}

/** True for a family of things counted one by one (people, ships, 개), not measured (tons, km). */
export function isCountedFamily(family: string): boolean {
  return COUNTED_FAMILIES.has(family);
}
