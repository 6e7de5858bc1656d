/**
 * English quantities: digits with commas and decimals and scale words ("$110 million", "1.2 trillion"),
 * spelled-out numbers ("twenty-five", "a dozen", "a year" = one year), vague magnitudes ("hundreds of"),
 * fractions, ordinals, regnal numbers ("John Paul II"), years ("in 1992", "in '21"), percents,
 * percentage points, ranges, currencies and hedges ("about", "more than", "up to").
 */
import type { Bound, Claims, NumberKind, NumberMention } from "./numbers.js";
import { before, collect, matchAt, mentionAt } from "./dates.js";

interface Core { readonly start: number; readonly end: number; readonly value: number; readonly isSpelled: boolean;
  readonly unit?: string | null; readonly isVague?: boolean; readonly scale?: number | null }
interface Suffix { readonly end: number; readonly kind: NumberKind | null; readonly unit: string | null }

// cardinal words below twenty, by value
const EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
// tens words: twenty = 20 … ninety = 90
const EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
// cardinal number words below one hundred; "a"/"an" count as one before a scale or time word
const EN_SMALL: Record<string, number> = Object.fromEntries([
  ...EN_UNITS.map((w, i) => [w, i]), ...EN_TENS.map((w, i) => [w, 20 + 10 * i]), ["a", 1], ["an", 1],
]);
// multiplier words: "a couple" = 2, dozen = 12, hundred = 10^2, thousand = 10^3, million = 10^6, billion = 10^9, trillion = 10^12
const EN_SCALES: Record<string, number> = { couple: 2, dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mn: 1e6, bn: 1e9 };
// the number words as one alternation
const EN_WORDS = [...Object.keys(EN_SMALL), ...Object.keys(EN_SCALES)].filter((w) => w.length > 2 && w !== "couple").join("|");
// time units that "a"/"an" counts as one: "a year ago", "a week-long holiday"
const EN_ARTICLE_UNITS = "year|month|week|day|decade|century|hour|fortnight|hundred|thousand|million|billion|trillion|dozen";
// a spelled-out cardinal, words joined by hyphens or spaces: "twenty-five", "two hundred thousand", "a dozen"
const EN_SPELLED = new RegExp(`\\b(?:a couple|an?(?= (?:${EN_ARTICLE_UNITS})\\b)|(?:${EN_WORDS}))(?:[- ](?:${EN_WORDS}))*\\b`, "gi");
// splits a spelled number into words
const EN_WORD_SPLIT = /[- ]/;
// "one" as a pronoun, not a count: "no one", "the one", "this one"
const EN_PRONOUN_ONE = /\b(?:no|any|every|the|this|that|which|each|some|little|last|next|other|another|only|right|wrong)\s$/i;
// Arabic digits with thousands commas and decimals, not inside "F-16", "1.5" or "&#8212;" ("$.79" has no whole part); ordinal or decade suffix
const EN_DIGITS = /(?<!\w|[A-Za-z]-|\d[.,]|&#)(\d{1,3}(?:,\d{3})+|\d+|(?<=\$)(?=\.\d))(\.\d+)?(?:(st|nd|rd|th)\b|(['’]?s)\b)?/g;
// a letter right after the digits ("3D", "4G") makes a model name, unless it is a unit
const EN_LETTER_AFTER = /^[A-Za-z]/;
// units written against the digits: "5km", "10mm", "$5m" (with a currency, m = million)
const EN_ATTACHED_UNIT = /(km|kg|cm|mm|mph|m)\b/y;
// a scale word after a number: "1.2 trillion", "$110 million", "3 dozen"
const EN_SCALE_AFTER = / ?(hundred|thousand|million|billion|trillion|dozen|bn|mn)\b/yi;
// "two and a half years" = 2.5 years
const EN_AND_A_HALF = / and a half\b/y;
// range joiners: "3-5", "3 to 5", "two or three", "between 3 and 5", "$3 million to $5 million"
const EN_RANGE_JOIN = /(?: ?[-–—] ?| (?:to|or|and) )(?:(?:US)?\$)?(?=[\d])|(?: ?[-–—] ?| (?:to|or|and) )(?=[a-z])/y;
// percent and percentage points: "35%", "35 percent", "35 per cent", "3.5 percentage points"
const EN_PERCENT = /(?: ?(%)| (percentage[- ]points?\b)| ?-?(percent|per cent|pct)\b)/yi;
// currency after a number: "3.5 trillion won", "110 million dollars", "50 bucks", "hundreds of billions of dollars"
const EN_CURRENCY_AFTER = / (?:of )?(?:(US|U\.S\.|American|Hong Kong|Australian|Canadian|Singapore|Taiwan|New Zealand) )?(dollars?|bucks|won|yen|yuan|renminbi|euros?|cents?|rupees?|pesos?|rubles?|roubles?|francs?)\b/yi;
// currency words, regions and symbols to ISO 4217 codes; cent, rupee, peso and franc stay words (several countries
// use them) and "pounds" is a unit word (also a weight); a code maps to itself
const EN_CURRENCY_CODES: Record<string, string> = {
  dollar: "USD", buck: "USD", won: "KRW", yen: "JPY", yuan: "CNY", renminbi: "CNY", euro: "EUR", ruble: "RUB", rouble: "RUB",
  "hong kong": "HKD", "new zealand": "NZD", australian: "AUD", canadian: "CAD", singapore: "SGD", taiwan: "TWD", "": "USD", us: "USD", "u.s.": "USD",
  hk: "HKD", nt: "TWD", a: "AUD", c: "CAD", nz: "NZD", s: "SGD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", rmb: "CNY",
  krw: "KRW", usd: "USD", eur: "EUR", jpy: "JPY", cny: "CNY", gbp: "GBP", hkd: "HKD",
};
// currency before a number: "$110", "US$2.36", "HK$5", "€3", "£2", "¥100", "₩1,000", "KRW 1.2"
const EN_CURRENCY_BEFORE = /(?:(US|U\.S\.|HK|NT|A|C|NZ|S)?\$|([€£¥₩])|\b(KRW|USD|EUR|JPY|CNY|RMB|GBP|HKD|Won) ?)$/;
// unit words counted after a number: "25,000 people", "83 miles", "10 weeks"
const EN_UNIT_AFTER = / (?:of )?(people|pounds?|mph|persons?|men|women|children|times|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|miles?|kilometers?|kilometres?|km|mm|cm|meters?|metres?|feet|foot|inches|inch|tons?|tonnes?|barrels?|points?|volts?|watts?|degrees?|kilograms?|kg|acres?|hectares?|gallons?|liters?|litres?|countries|nations|cases|votes|seats|passengers|soldiers|troops|victims|bodies|deaths|students|workers|members|units|cars|ships|boats|vessels|planes)\b([- ]old\b)?/yi;
// a hyphenated unit: "24-year-old", "32-meter", "two-page", "10-point"
const EN_HYPHEN_UNIT = /-(year|month|week|day|hour|minute|second|decade|mile|kilometer|kilometre|km|meter|metre|cm|mm|kg|foot|feet|inch|ton|point|page|story|storey|member|nation|party|man|seat|game|megawatt|percent)s?(-old)?\b/yi;
// the unit of an age written "24-year-old" or "24 years old" ("a 5-month-old girl" stays in months)
const AGE_UNIT = "years old";
const YEAR_WORD = /^years?$/i;
// hedges before a number: about/around = approximate; more than/over/at least = lower bound; up to/under = upper bound
const EN_HEDGE_BEFORE = /\b(about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|close to|more than|over|at least|upwards of|in excess of|up to|less than|fewer than|under|below|as many as|as much as|just over|just under|between)\s$/i;
// hedges that set a lower bound (the rest of EN_HEDGE_BEFORE that is not an upper bound is approximate)
const EN_MIN_HEDGES = /^(?:more than|over|at least|upwards of|in excess of|just over|or more|-plus|\+)$/i;
// hedges that set an upper bound
const EN_MAX_HEDGES = /^(?:up to|less than|fewer than|under|below|as many as|as much as|just under|or less|or fewer)$/i;
// hedges after a number: "300-odd", "20 or so", "300-plus", "300+", "5 or more"
const EN_HEDGE_AFTER = /(-odd|-plus|\+| or so| or more| or less| or fewer)/y;
// vague magnitudes: "hundreds", "tens of thousands", "millions of", "dozens"
const EN_VAGUE = /\b(?:(dozens|hundreds|thousands|millions|billions|trillions)|(tens|scores)(?= of))(?: of (thousands|millions|billions))?\b/gi;
// the magnitude each vague plural names
const EN_VAGUE_VALUES: Record<string, number> = { tens: 10, scores: 20, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
// fractions: "one-third", "two-thirds", "a quarter of", "half"
const EN_FRACTION = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine)([- ])(halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|(half)(?: an?(?= (?:percent|percentage|point|million|billion|dozen|year|day|hour|century|decade|mile)))?)\b/gi;
// the denominators of fraction words
const EN_DENOMINATORS: Record<string, number> = { half: 2, halve: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };
// "half" in "first half", "the other half" names a part of something, not a quantity to check
const EN_PART_HALF = /\b(?:first|second|latter|other|the|in|by)\s$/i;
// spelled ordinals: "first", "third", "twenty-first"
const EN_ORDINAL_WORD = /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|hundredth|thousandth)\b/gi;
// ordinal words and their values
const EN_ORDINALS: Record<string, number> = {
  ...Object.fromEntries("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(" ").map((w, i) => [w, i + 1])),
  thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100, thousandth: 1000,
};
// "a second", "per second" and "a 30-second countdown" are time, not an ordinal
const EN_SECOND_TIME = /\b(?:a|per|one|split|\d+)[\s-]$/i;
// "twice" = two times, "thrice" = three times
const EN_WORD_COUNT = /\b(twice|thrice)\b/gi;
// a four-digit number that reads as a year
const EN_YEAR_LIKE = /^(?:1[0-9]|20)\d\d$/;
// verbs of change: "fell 189.02 to 7,683.13" states two values, not a range
const EN_CHANGE_BEFORE = /\b(?:from|rose|fell|jumped|climbed|dropped|slipped|gained|lost|increased|decreased|grew|declined|surged|plunged|up|down|cut|raised|lowered)\s$/i;
// digits or spelled words, in one pass so that "five to 10" is one range
const EN_NUMBER = new RegExp(`${EN_DIGITS.source}|${EN_SPELLED.source}`, "gi");
// digits or spelled words starting exactly at a position, to read the high end of a range
const EN_NUMBER_AT = new RegExp(EN_NUMBER.source, "yi");
// thousands separators
const COMMAS = /,/g;
// a plural ending ("dollars", "thirds"); "bucks" are dollars
const PLURAL_ENDING = /s$/;
const BUCK = /^buck$/;
// "between 3 and 5" is a range; "3 and 5" alone is two numbers
const EN_BETWEEN_BEFORE = /\bbetween\s$/i;

/** Value of spelled words: ["two", "hundred", "thousand"] → 200000, ["a", "dozen"] → 12. */
function spelledValue(words: readonly string[]): number {
  let [total, current] = [0, 0];
  for (const word of words) {
    const small = EN_SMALL[word];
    const scale = EN_SCALES[word] ?? 1;
    if (small !== undefined) current += small;
    else if (scale < 1000) current = (current || 1) * scale;
    else [total, current] = [total + (current || 1) * scale, 0];
  }
  return total + current;
}

function spelledCore(text: string, start: number, words: string): Core {
  const list = words.toLowerCase().split(EN_WORD_SPLIT);
  const scale = Math.max(0, ...list.map((w) => EN_SCALES[w] ?? 0));
  return { start, end: start + words.length, value: spelledValue(list), isSpelled: true, scale: scale >= 1e6 ? scale : null };
}

function digitsValue(int: string, fraction: string | undefined): number {
  return Number(int.replace(COMMAS, "") + (fraction ?? ""));
}

/** A plain number (digits or words) starting exactly at pos, for the high end of a range. */
function coreAt(text: string, pos: number): Core | null {
  const m = matchAt(EN_NUMBER_AT, text, pos);
  if (!m || m[3] || m[4]) return null;
  return m[1] === undefined ? spelledCore(text, pos, m[0]) : { start: pos, end: EN_NUMBER_AT.lastIndex, value: digitsValue(m[1], m[2]), isSpelled: false };
}

/** Applies "and a half" and scale words after a number: "1.2 trillion", "two and a half million". */
function withScale(text: string, core: Core): Core {
  let { end, value } = core;
  let scale = core.scale ?? null;
  if (matchAt(EN_AND_A_HALF, text, end)) [value, end] = [value + 0.5, EN_AND_A_HALF.lastIndex];
  for (let m = matchAt(EN_SCALE_AFTER, text, end); m; m = matchAt(EN_SCALE_AFTER, text, end)) {
    const factor = EN_SCALES[(m[1] as string).toLowerCase()] ?? 1;
    [value, end] = [value * factor, EN_SCALE_AFTER.lastIndex];
    if (factor >= 1e6) scale = Math.max(scale ?? 0, factor);
  }
  return { ...core, end, value, scale };
}

/** The high end of a range after low: "3 to 5", "3-5 million" (the scale then applies to both). */
function readHigh(text: string, low: Core): { low: Core; high: Core } | null {
  const join = matchAt(EN_RANGE_JOIN, text, low.end);
  if (!join || low.isVague) return null;
  const next = coreAt(text, EN_RANGE_JOIN.lastIndex);
  if (!next) return null;
  const high = withScale(text, next);
  const factor = high.value / next.value;
  const lowValue = low.value < next.value && factor > 1 && !low.scale ? low.value * factor : low.value;
  const word = join[0].trim();
  if (high.value <= lowValue) return null;
  if (word.startsWith("and") && !EN_BETWEEN_BEFORE.test(before(text, low.start, 8))) return null;
  if (word.startsWith("to") && (high.value / lowValue >= 10 || EN_CHANGE_BEFORE.test(before(text, low.start, 12)))) return null;
  return { low: { ...low, value: lowValue, scale: low.scale ?? high.scale ?? null }, high };
}

function currencyCode(region: string | undefined, word: string): string {
  const singular = word.toLowerCase().replace(PLURAL_ENDING, "").replace(BUCK, "dollar");
  const regional = region && singular === "dollar" ? EN_CURRENCY_CODES[region.toLowerCase()] : undefined;
  return regional ?? EN_CURRENCY_CODES[singular] ?? singular;
}

/** Percent, currency or unit words after a number. */
function readSuffix(text: string, pos: number): Suffix {
  const percent = matchAt(EN_PERCENT, text, pos);
  if (percent) return { end: EN_PERCENT.lastIndex, kind: "percent", unit: percent[2] ? "pp" : "%" };
  const money = matchAt(EN_CURRENCY_AFTER, text, pos);
  if (money) return { end: EN_CURRENCY_AFTER.lastIndex, kind: "amount", unit: currencyCode(money[1], money[2] as string) };
  for (const re of [EN_HYPHEN_UNIT, EN_UNIT_AFTER]) {
    const unit = matchAt(re, text, pos);
    if (unit) return { end: re.lastIndex, kind: "count", unit: unit[2] && YEAR_WORD.test(unit[1] as string) ? AGE_UNIT : (unit[1] as string).toLowerCase() };
  }
  return { end: pos, kind: null, unit: null };
}

function hedgeOf(word: string | undefined): { isApproximate: boolean; bound: Bound } {
  if (!word || word.toLowerCase() === "between") return { isApproximate: false, bound: null };
  if (EN_MIN_HEDGES.test(word.trim())) return { isApproximate: false, bound: "min" };
  if (EN_MAX_HEDGES.test(word.trim())) return { isApproximate: false, bound: "max" };
  return { isApproximate: true, bound: null };
}

/** Currency symbol and hedge words before a number: "about $", "more than US$", "KRW ". */
function readPrefix(text: string, start: number): { start: number; unit: string | null; hedge: string | undefined } {
  const symbol = EN_CURRENCY_BEFORE.exec(before(text, start, 5));
  const from = symbol ? start - symbol[0].length : start;
  const unit = symbol ? (EN_CURRENCY_CODES[(symbol[1] ?? symbol[2] ?? symbol[3] ?? "").toLowerCase()] ?? "USD") : null;
  const hedge = EN_HEDGE_BEFORE.exec(before(text, from, 16));
  return { start: hedge ? from - hedge[0].length : from, unit, hedge: hedge?.[1] };
}

function kindOf(suffix: Suffix, currency: string | null, hasHigh: boolean, isYear: boolean): NumberKind {
  if (isYear) return "year";
  const kind = suffix.kind ?? (currency ? "amount" : null);
  if (hasHigh && kind !== "amount" && kind !== "percent") return "range";
  return kind ?? "plain";
}

/** Builds the mention for a number with its scale, range, unit or currency, and hedges on both sides. */
function quantity(text: string, core: Core, isYearLike = false): NumberMention {
  const scaled = withScale(text, core);
  const range = readHigh(text, scaled);
  const low = range ? range.low : scaled;
  const numberEnd = range ? range.high.end : scaled.end;
  const odd = matchAt(EN_HEDGE_AFTER, text, numberEnd);
  const suffix = readSuffix(text, odd ? EN_HEDGE_AFTER.lastIndex : numberEnd);
  const late = odd ? null : matchAt(EN_HEDGE_AFTER, text, suffix.end);
  const prefix = readPrefix(text, core.start);
  const unit = core.unit ?? suffix.unit ?? prefix.unit;
  const isYear = isYearLike && !range && !unit && low.value === core.value;
  const [pre, post] = [hedgeOf(prefix.hedge), hedgeOf(odd?.[1] ?? late?.[1])];
  const isVague = core.isVague ?? false;
  return mentionAt(text, prefix.start, late ? EN_HEDGE_AFTER.lastIndex : suffix.end,
    kindOf(suffix, prefix.unit, range !== null, isYear), low.value, {
      unit, isSpelled: core.isSpelled, isVague, scale: low.scale ?? null, bound: post.bound ?? pre.bound,
      isApproximate: isVague || pre.isApproximate || post.isApproximate,
      high: range ? range.high.value : isVague ? low.value * 10 : null,
    });
}

function digitsAt(m: RegExpExecArray, text: string): NumberMention | null {
  const [whole, int = "", fraction, ordinal, decade] = m;
  const [start, end] = [m.index, m.index + whole.length];
  const value = digitsValue(int, fraction);
  if (ordinal) return mentionAt(text, start, end, "ordinal", value);
  if (decade) return mentionAt(text, start, end, value >= 1000 ? "year" : "plain", value, { unit: "decade" });
  const attached = matchAt(EN_ATTACHED_UNIT, text, end);
  if (!attached && !matchAt(EN_SCALE_AFTER, text, end) && EN_LETTER_AFTER.test(text.charAt(end))) return null;
  const isMillions = attached?.[1] === "m" && EN_CURRENCY_BEFORE.test(before(text, start, 5));
  const core = {
    start, end: attached ? EN_ATTACHED_UNIT.lastIndex : end, value: isMillions ? value * 1e6 : value, isSpelled: false,
    unit: attached && !isMillions ? (attached[1] as string) : null, scale: isMillions ? 1e6 : null,
  };
  return quantity(text, core, !fraction && EN_YEAR_LIKE.test(int));
}

/** Digits or spelled words; "one" as a pronoun ("no one", "the one") is skipped. */
function numberAt(m: RegExpExecArray, text: string): NumberMention | null {
  if (m[1] !== undefined) return digitsAt(m, text);
  if (m[0].toLowerCase() === "one" && EN_PRONOUN_ONE.test(before(text, m.index, 8))) return null;
  return quantity(text, spelledCore(text, m.index, m[0]));
}

function vagueAt(m: RegExpExecArray, text: string): NumberMention {
  const magnitude = EN_VAGUE_VALUES[(m[1] ?? m[2] ?? "").toLowerCase()] ?? 1;
  const value = magnitude * (EN_VAGUE_VALUES[(m[3] ?? "").toLowerCase()] ?? 1);
  return quantity(text, { start: m.index, end: m.index + m[0].length, value, isSpelled: true, isVague: true });
}

/** "two-thirds", "a quarter of" (a singular fraction needs "of", else "a third term" is an ordinal), "half". */
function fractionAt(m: RegExpExecArray, text: string): NumberMention | null {
  const [whole, count, joiner, word, half] = m;
  const end = m.index + whole.length;
  if (half) return EN_PART_HALF.test(before(text, m.index, 8)) ? null : quantity(text, { start: m.index, end, value: 0.5, isSpelled: true });
  const singular = (word ?? "").toLowerCase().replace(PLURAL_ENDING, "");
  const isPlural = singular !== (word ?? "").toLowerCase();
  if (!isPlural && joiner === " " && !text.startsWith(" of", end)) return null;
  const value = (EN_SMALL[(count ?? "").toLowerCase()] ?? 1) / (EN_DENOMINATORS[singular] ?? 1);
  return mentionAt(text, m.index, end, "plain", value, { unit: "fraction", isSpelled: true });
}

function ordinalWordAt(m: RegExpExecArray, text: string): NumberMention | null {
  const word = (m[2] ?? "").toLowerCase();
  if (word === "second" && EN_SECOND_TIME.test(before(text, m.index, 8))) return null;
  const value = (EN_ORDINALS[word] ?? 0) + (EN_SMALL[(m[1] ?? "").toLowerCase()] ?? 0);
  return mentionAt(text, m.index, m.index + m[0].length, "ordinal", value, { isSpelled: true });
}

function wordCountAt(m: RegExpExecArray, text: string): NumberMention {
  const value = (m[1] as string).toLowerCase() === "thrice" ? 3 : 2;
  return mentionAt(text, m.index, m.index + m[0].length, "count", value, { unit: "times", isSpelled: true });
}

/** Finds English quantities outside the spans already claimed (by dates); claims their spans too. */
export function findEnglishQuantities(text: string, claims: Claims): NumberMention[] {
  return [
    ...collect(EN_FRACTION, text, claims, fractionAt),
    ...collect(EN_ORDINAL_WORD, text, claims, ordinalWordAt),
    ...collect(EN_VAGUE, text, claims, vagueAt),
    ...collect(EN_WORD_COUNT, text, claims, wordCountAt),
    ...collect(EN_NUMBER, text, claims, numberAt),
  ];
}
