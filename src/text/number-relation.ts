/**
 * How two different values relate: the same digits at another scale (1조 2천억 = 1.2 trillion written
 * "120 billion": a factor of ten or a thousand, the classic 억 slip), one digit mistyped, dropped, added or
 * two neighbours swapped (35% as "53 percent"), or nothing in common. A relation makes it likely that two
 * left-over numbers are one quantity stated wrongly rather than two different quantities.
 */
import type { NumberMention } from "./numbers.js";

/** "scale": same digits, another power of ten; "digits": a small digit slip; "none": unrelated. */
export type Relation = "scale" | "digits" | "none";

// a decimal point, and leading or trailing zeros, which carry no significant digit
const DECIMAL_POINT = /\./;
const EDGE_ZEROS = /^0+|0+$/g;
// decimal places written when two values are compared digit by digit (more is floating-point noise)
const MAX_PLACES = 10;
// a digit slip needs at least this many digits on one side: any two one-digit numbers differ by one edit
const MIN_SLIP_DIGITS = 2;
// a dropped or doubled digit changes the magnitude by one, so the shorter side needs this many digits to be recognisable
const MIN_INSERTION_DIGITS = 2;

/** One formatter for significantDigits: toLocaleString with options builds a new Intl.NumberFormat on every call. */
const PLAIN_NUMBER = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 10 });

/** The significant digits of a value: 1.2e12 → "12", 0.05 → "5", 350 → "35". */
export function significantDigits(value: number): string {
  // a safe integer is written the same by String, without building Intl's parts (a comparison asks for many)
  const plain = Number.isSafeInteger(value) ? String(Math.abs(value)) : PLAIN_NUMBER.format(Math.abs(value));
  return plain.replace(DECIMAL_POINT, "").replace(EDGE_ZEROS, "") || "0";
}

/** Optimal string alignment distance: changes, insertions, deletions and swaps of neighbours. */
export function digitEdits(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Two dates relate when exactly one stated part differs (the month, or the day). */
function relatedDates(a: NumberMention, b: NumberMention, maxEdits: number): Relation {
  const differs = (x: number | null | undefined, y: number | null | undefined) => x != null && y != null && x !== y;
  const [month, day] = [differs(a.month, b.month), differs(a.day, b.day)];
  if (month && !day) return "digits";
  // a day off by one, or mistyped ("17" as "71"), is one slip
  if (day && !month) return digitEdits(String(a.day), String(b.day)) <= maxEdits || Math.abs((a.day ?? 0) - (b.day ?? 0)) <= maxEdits ? "digits" : "none";
  return "none";
}

/** The power of ten of a value's leading digit: 350 → 2, 0.05 → -2. */
function magnitude(value: number): number {
  return Math.floor(Math.log10(Math.abs(value)));
}

/** The digits of two values of one magnitude, written to the same decimal place: 20 and 12 → "20", "12". */
function alignedDigits(a: number, b: number): [string, string] {
  const decimals = (v: number) => (String(Math.abs(v)).split(".")[1] ?? "").length;
  const places = Math.max(decimals(a), decimals(b));
  const write = (v: number) => Math.abs(v).toFixed(Math.min(places, MAX_PLACES)).replace(DECIMAL_POINT, "");
  return [write(a), write(b)];
}

/**
 * True when one value looks like the other mistyped: at the same magnitude, digits changed or swapped
 * (35 and 53, 5.5501 and 3.5501); one magnitude apart, a digit dropped or doubled (1153 and 11153).
 */
function isDigitSlip(a: number, b: number, maxEdits: number): boolean {
  const gap = Math.abs(magnitude(a) - magnitude(b));
  if (gap === 0) {
    const [x, y] = alignedDigits(a, b);
    return Math.max(x.length, y.length) >= MIN_SLIP_DIGITS && digitEdits(x, y) <= maxEdits;
  }
  const x = significantDigits(a);
  const y = significantDigits(b);
  return gap === 1 && Math.min(x.length, y.length) >= MIN_INSERTION_DIGITS && digitEdits(x, y) <= maxEdits;
}

/** The number that stands for a mention against another: a date's year against a year, a range's high end when the lows agree. */
function comparable(m: NumberMention, other: NumberMention): number {
  if (m.kind === "date" && other.kind === "year" && m.year != null) return m.year;
  if (m.value === other.value && m.high != null && other.high != null) return m.high;
  return m.value;
}

/** How the values of two mentions relate (the low end of a range stands for it, or its high end when the lows agree). */
export function relatedValues(a: NumberMention, b: NumberMention, maxEdits: number): Relation {
  if (a.kind === "date" && b.kind === "date") return relatedDates(a, b, maxEdits);
  const x = comparable(a, b);
  const y = comparable(b, a);
  if (x === y || x === 0 || y === 0) return "none";
  return relatedNumbers(x, y, maxEdits);
}

function relatedNumbers(a: number, b: number, maxEdits: number): Relation {
  if (significantDigits(a) === significantDigits(b)) return "scale";
  return isDigitSlip(a, b, maxEdits) ? "digits" : "none";
}
