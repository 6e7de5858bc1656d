/**
 * Korean quantities. Korean groups digits by 10^4: 만 = 10^4, 억 = 10^8, 조 = 10^12, with 천 = 10^3,
 * 백 = 10^2 and 십 = 10 inside a group, so 1억1천만 = 110,000,000 and 1조 2천억 = 1.2 trillion (not
 * 120 billion). Also native Korean numerals before counters (한 명, 두 차례), vague magnitudes
 * (수천 = thousands), counters and currencies, percents, ranges, ordinals and hedges (약, 여, 이상).
 */
import type { Bound, Claims, NumberKind, NumberMention } from "./numbers.js";
import { before, collect, collectIf, fullYear, matchAt, mentionAt, type MentionFields } from "./dates.js";
import { KO_UNITS, type UnitInfo } from "./korean-units.js";

interface Core { readonly start: number; readonly end: number; readonly value: number; readonly scale: number | null }

// 천/백/십 multiply the digits before them inside a group below 10^4
const KO_SUB_UNITS: Record<string, number> = { 천: 1000, 백: 100, 십: 10 };
// 만/억/조 multiply a whole group: 만 = 10^4, 억 = 10^8, 조 = 10^12
const KO_MYRIADS: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
// one group below 10^4: "3천5백", "2천500", "12", "1,300", "3.5", "천"
const KO_GROUP = /(?:\d+(?:,\d{3})*(?:\.\d+)?(?:[천백십]\d*)*|(?:[천백십]\d*)+)/y;
// splits a group into coefficient / unit pairs: "3천5백" → 3, 천, 5, 백, ""
const KO_GROUP_SPLIT = /([천백십])/;
// a myriad unit right after a group, or after a space when the group ends in 천/백/십 ("30억6천 만원")
const KO_MYRIAD = /[만억조]/y;
const KO_SPACED_MYRIAD = / [만억조]/y;
// a group that ends in a sub-unit (천, 백, 십) and so cannot end the number
const KO_SUB_UNIT_END = /[천백십]$/;
// an optional space before the next group of a chain ("3조 5천억")
const KO_CHAIN_GAP = / ?(?=[\d천백십])/y;
// where a Sino-Korean numeral starts: a digit (not inside "F-16", "1.5" or an HTML entity "&#8212;"), or 천/백/십/만 (or 수천, 몇십) starting a word
const KO_NUMERAL_START = /(?<![\d.,]|[A-Za-z]-?|&#)\d|(?<![가-힣])(?:[수몇] ?[십백천만억조]|[십백천만])/g;
// "3분의 1" = one third (denominator first)
const KO_FRACTION = /분의 ?(\d+)/y;
// 여 right after a number: "300여 명" = some 300 people
const KO_ODD = /여/y;
// range joiners: 3~5명, 3-5명
const KO_RANGE_JOIN = / ?[~∼〜～\-–－] ?(?=\d)/y;
// "2, 3년" = two or three years
const KO_PAIR_JOIN = /, ?(?=\d)/y;
// after a one-syllable counter, a particle or a non-Hangul character must follow ("3명이", not "세계")
const KO_AFTER_COUNTER = /^(?:$|[^가-힣]|[의에을를이가은는도만과와로으씩째나까부쯤께당내여뿐였인란며면서회밖동간전후])/;
// hedges after a number: 가량/정도/쯤/남짓/안팎/내외/가까이 = about; 이상/초과/넘게 = at least; 이하/미만/이내 = at most
const KO_HEDGE_AFTER = / ?(가량|정도|쯤|남짓|안팎|내외|가까이|이상|이하|미만|초과|이내|(?:이|가)? ?넘(?:게|는|은|어|었|긴|던))/y;
// 조 after a law word is an article, not 10^12: "헌법 9조" = Article 9 of the constitution
const KO_LAW_BEFORE = /(?:헌법|법|법안|조약|협약|협정|규정|제) ?$/;
// hedges that set a lower bound (이상 = or more, 초과 = over, 넘다 = exceed, 최소/적어도 = at least)
const KO_MIN_HEDGE = /이상|초과|넘|최소|적어도/;
// hedges that set an upper bound (이하 = or less, 미만 = under, 이내 = within, 최대/최고 = at most)
const KO_MAX_HEDGE = /이하|미만|이내|최대|최고/;
// thousands separators; a digit
const COMMAS = /,/g;
const DIGIT = /\d/;
// hedges before a number: 약/대략/거의 = about; 최소/적어도 = at least; 최대/최고 = at most; 제 = ordinal ("제3차")
const KO_HEDGE_BEFORE = /(?:^|[^가-힣])(약|대략|거의|최소한?|적어도|최대|최고|제) ?$/;
// native Korean cardinals: tens (열 = 10, 스물 = 20 … 아흔 = 90) then units (한 = 1 … 아홉 = 9); 한두/두세/서너 = 1-2, 2-3, 3-4
const KO_NATIVE = /(?<![가-힣])(?:(열|스무|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?: ?(한|두|세|네|다섯|여섯|일곱|여덟|아홉))?|(한두|두세|두어|서너|네댓|너덧|대여섯|한|두|세|네|다섯|여섯|일곱|여덟|아홉))/g;
// native cardinals used as nouns: "중 하나" = one of them
const KO_NATIVE_NOUN = /(?<![가-힣])(하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)(?=$|[^가-힣]|[의이가을를은는도만과와로에씩뿐다였])/g;
// native ordinals: 첫째/둘째 = first/second, 첫 번째, 처음/최초 = first
const KO_NATIVE_ORDINAL = /(?<![가-힣])(?:(첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)째|첫(?: ?번째)?|처음|최초)/g;
// native day counts (하루 = 1 day … 보름 = 15 days), 일년 = 1 year, 일주일 = 1 week, 절반 = half
const KO_WORD_NUMBER = /(?<![가-힣])(하루|이틀|사흘|나흘|닷새|엿새|열흘|보름|일년|일주일|절반)/g;
// native number words and their values
const KO_NATIVE_VALUES: Record<string, number> = {
  한: 1, 하나: 1, 두: 2, 둘: 2, 세: 3, 셋: 3, 네: 4, 넷: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 첫: 1,
  스무: 20, 스물: 20, 서른: 30, 마흔: 40, 쉰: 50, 예순: 60, 일흔: 70, 여든: 80, 아흔: 90, 처음: 1, 최초: 1,
  하루: 1, 이틀: 2, 사흘: 3, 나흘: 4, 닷새: 5, 엿새: 6, 열흘: 10, 보름: 15, 일년: 1, 일주일: 1, 절반: 0.5,
};
// native ranges: 한두 = one or two, 두세 = two or three, 서너 = three or four
const KO_NATIVE_RANGES: Record<string, readonly [number, number]> = {
  한두: [1, 2], 두세: [2, 3], 두어: [2, 3], 서너: [3, 4], 네댓: [4, 5], 너덧: [4, 5], 대여섯: [5, 6],
};
// units of the native day counts and word numbers
const KO_WORD_UNITS: Record<string, string> = { 일년: "년", 일주일: "주일", 절반: "fraction" };
// native numerals that count any noun ("두 지도자" = two leaders); 한 (also "a"), 네 ("yes") and 열 ("open") need a counter
const KO_NATIVE_BEFORE_NOUN: ReadonlySet<string> = new Set(["두", "세", "다섯", "여섯", "일곱", "여덟", "아홉", "두세", "서너"]);
// a space and a Hangul word after a native numeral
const KO_NOUN_AFTER = /^ [가-힣]/;
// counters after native numerals (한 명, 두 차례, 세 번째)
// (counters that are also word parts need a space: 한나라당 is a party, 세대 a generation, 두발 hair)
const KO_NATIVE_COUNTER = / ?(번째|차례|가지|마리|시간|개월|개국|군데|명|개|곳|번|척|살|배|쌍|채|권|장|건)| (사람|나라|달|해|주|대|발|분|팀|잔|병)/y;
// Korean clock time: 오후 3시 = 3 p.m., 오전 10시 30분, 새벽 1시, 3시 반 (half past); 시간 = hours is a duration
const KO_TIME = /(?<![\d.,])(?:(오전|오후|새벽|아침|낮|저녁|밤) ?)?(\d{1,2})시(?!간)(?: ?(\d{1,2})분| (반))?/g;
// a race time in seconds and hundredths: "13초04" = 13.04 seconds, "12초87"
const KO_RACE_TIME = /(?<![\d.,])(\d{1,3})초(\d{2})(?!\d)/g;
// 정오 = noon, 자정 = midnight
const KO_NOON = /(?<![가-힣])(정오|자정)(?=$|[^가-힣]|[에께까부])/g;
// 오후/저녁/밤 = p.m.; 낮 (daytime) is p.m. for 1-6 o'clock
const KO_PM = /^(?:오후|저녁|밤)$/;
// the units above as one sticky alternation, longest first so 개월 wins over 개
const KO_UNIT = new RegExp(` ?(${Object.keys(KO_UNITS).sort((a, b) => b.length - a.length).join("|")})`, "y");
// units a digit-less numeral may take ("백명", "천만 달러"); others read as words (천장 = ceiling, 백인 = white person)
const KO_HANGUL_NUMERAL_UNITS: ReadonlySet<string> = new Set(["명", "달러", "원", "엔", "위안", "유로", "개", "개국", "곳", "마리", "년", "척", "톤"]);
// a Latin letter right after digits makes a model name ("3G", "8GB"), unless it is a unit (km, kg)
const LATIN_LETTER = /^[A-Za-z]$/;
// Hangul one-syllable units need the KO_AFTER_COUNTER check
const HANGUL_SYLLABLE = /^[가-힣]$/;

/** Value of one group below 10^4, or null if its 천/백/십 are out of order ("천천히"). */
function groupValue(group: string): number | null {
  const parts = group.split(KO_GROUP_SPLIT);
  let total = 0;
  let last = 1e4;
  for (let i = 1; i < parts.length; i += 2) {
    const unit = KO_SUB_UNITS[parts[i] as string] ?? 1;
    if (unit >= last) return null;
    last = unit;
    total += (parts[i - 1] ? Number(parts[i - 1]?.replace(COMMAS, "")) : 1) * unit;
  }
  const tail = Number((parts[parts.length - 1] ?? "").replace(COMMAS, ""));
  return last < 1e4 && tail >= last ? null : total + tail;
}

/** The myriad unit (만, 억, 조) after a group, also after a space when the group ends in 천/백/십 ("6천 만원"). */
function readMyriad(text: string, pos: number, group: string): { mark: string; end: number } | null {
  const myriad = matchAt(KO_MYRIAD, text, pos) ?? (KO_SUB_UNIT_END.test(group) ? matchAt(KO_SPACED_MYRIAD, text, pos) : null);
  return myriad ? { mark: myriad[0].trim(), end: pos + myriad[0].length } : null;
}

/** Reads a Sino-Korean numeral at pos ("1억1천만", "3조 5천억", "2만5000", "천"); null if none. */
function readSino(text: string, pos: number, claims: Claims): Core | null {
  let [total, end, cursor, lastMyriad] = [0, pos, pos, Infinity];
  let scale: number | null = null;
  while (cursor < text.length) {
    KO_GROUP.lastIndex = cursor;
    const group = KO_GROUP.exec(text);
    const value = group ? groupValue(group[0]) : cursor === pos && KO_MYRIADS[text[cursor] ?? ""] ? 1 : null;
    if (value === null || !claims.isFree(cursor, cursor + 1)) break;
    const myriad = readMyriad(text, group ? KO_GROUP.lastIndex : cursor, group?.[0] ?? "");
    const multiplier = myriad ? (KO_MYRIADS[myriad.mark] ?? 1) : 1;
    if (multiplier >= lastMyriad || (!myriad && cursor > end && value >= lastMyriad)) break;
    [total, lastMyriad, scale] = [total + value * multiplier, multiplier, scale ?? (myriad ? multiplier : null)];
    end = myriad ? myriad.end : KO_GROUP.lastIndex;
    KO_CHAIN_GAP.lastIndex = end;
    if (!myriad || !KO_CHAIN_GAP.exec(text)) break;
    cursor = KO_CHAIN_GAP.lastIndex;
  }
  return end > pos ? { start: pos, end, value: total, scale } : null;
}

/** A counter or unit at pos, with its kind; one-syllable Hangul counters must end a word ("3명이", not "3명단"). */
function readUnit(text: string, pos: number): { end: number; word: string; info: UnitInfo } | null {
  const m = matchAt(KO_UNIT, text, pos);
  if (!m) return null;
  const word = m[1] as string;
  if (HANGUL_SYLLABLE.test(word) && !KO_AFTER_COUNTER.test(text.slice(KO_UNIT.lastIndex, KO_UNIT.lastIndex + 1))) return null;
  const info = KO_UNITS[word];
  return info ? { end: KO_UNIT.lastIndex, word, info } : null;
}

/** A range's high end right after a number: "3~5", "2, 3" (consecutive only). */
function readHigh(text: string, core: Core, claims: Claims): Core | null {
  for (const join of [KO_RANGE_JOIN, KO_PAIR_JOIN]) {
    if (!matchAt(join, text, core.end)) continue;
    const high = readSino(text, join.lastIndex, claims);
    const isPair = join === KO_PAIR_JOIN;
    if (high && high.value > core.value && (!isPair || high.value === core.value + 1)) return high;
  }
  return null;
}

function hedgeFields(word: string | undefined): { isApproximate: boolean; bound: Bound } {
  if (!word) return { isApproximate: false, bound: null };
  if (KO_MIN_HEDGE.test(word)) return { isApproximate: false, bound: "min" };
  if (KO_MAX_HEDGE.test(word)) return { isApproximate: false, bound: "max" };
  return { isApproximate: true, bound: null };
}

/** Adds the hedges around a number (약 … 이상, 제 … for ordinals) to its span and fields. */
function hedged(text: string, start: number, end: number, kind: NumberKind, value: number, fields: MentionFields): NumberMention {
  const before = KO_HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  const word = before?.[1];
  const from = before && word ? start - before[0].slice(before[0].indexOf(word)).length : start;
  const after = matchAt(KO_HEDGE_AFTER, text, end);
  const to = after ? KO_HEDGE_AFTER.lastIndex : end;
  const [pre, post] = [hedgeFields(word === "제" ? undefined : word), hedgeFields(after?.[1])];
  const isApproximate = (fields.isApproximate ?? false) || pre.isApproximate || post.isApproximate;
  const finalKind = word === "제" ? "ordinal" : kind;
  return mentionAt(text, from, to, finalKind, value, { ...fields, isApproximate, bound: post.bound ?? pre.bound });
}

/** Kind and value of a number with its unit: 1990년대 is a year, 80년대 the 1980s. */
function kindOf(unit: UnitInfo | undefined, value: number, hasHigh: boolean): [NumberKind, number] {
  if (!unit) return [hasHigh ? "range" : "plain", value];
  const [kind, name] = unit;
  if (kind === "year" && name === "decade") return ["year", value < 100 ? fullYear(String(value)) : value];
  return [hasHigh && kind !== "percent" && kind !== "amount" ? "range" : kind, value];
}

/** "헌법 9조": a whole number of 조 after a law word. */
function isArticle(text: string, core: Core): boolean {
  return core.scale === 1e12 && core.value % 1e12 === 0 && core.value < 1e15 && KO_LAW_BEFORE.test(before(text, core.start, 6));
}

/** "3분의 1" = 1/3: the denominator comes first. */
function fractionMention(text: string, core: Core, numerator: number, end: number): NumberMention {
  return hedged(text, core.start, end, "plain", numerator / core.value, { unit: "fraction" });
}

/** Builds the mention for a Sino-Korean numeral with its 여, range, unit and hedges. */
function sinoMention(text: string, core: Core, isVague: boolean, claims: Claims): NumberMention | null {
  const fraction = core.value > 0 ? matchAt(KO_FRACTION, text, core.end) : null;
  if (fraction) return fractionMention(text, core, Number(fraction[1]), KO_FRACTION.lastIndex);
  const isOdd = matchAt(KO_ODD, text, core.end) !== null;
  let end = isOdd ? core.end + 1 : core.end;
  const high = isOdd || isVague ? null : readHigh(text, core, claims);
  if (high) end = high.end;
  const unit = readUnit(text, end);
  const hasDigits = DIGIT.test(text[core.start] ?? "");
  if (!unit && (!hasDigits || LATIN_LETTER.test(text.charAt(end)))) return null;
  if (!hasDigits && !isVague && !isOdd && !KO_HANGUL_NUMERAL_UNITS.has(unit?.word ?? "")) return null;
  if (!unit && isArticle(text, core)) return mentionAt(text, core.start, end, "ordinal", core.value / 1e12, { unit: "조" });
  const [kind, value] = kindOf(unit?.info, core.value, high !== null);
  return hedged(text, core.start, unit ? unit.end : end, kind, value, {
    unit: unit ? unit.info[1] : null, scale: core.scale, isSpelled: !hasDigits, isVague,
    isApproximate: isOdd || isVague, high: high ? high.value : isVague ? core.value * 10 : null,
  });
}

function sinoAt(m: RegExpExecArray, text: string, claims: Claims): NumberMention | null {
  const isVague = m[0].length >= 2 && (m[0].startsWith("수") || m[0].startsWith("몇"));
  const core = readSino(text, m.index + (isVague ? m[0].length - 1 : 0), claims);
  return core ? sinoMention(text, { ...core, start: m.index }, isVague, claims) : null;
}

/** 한 명, 두 차례, 스물다섯 살, 세 번째; 한두/두세 give a range. */
/** The counter after a native numeral, or "" before a plain noun ("두 지도자"), or null. */
function nativeCounter(text: string, m: RegExpExecArray): { word: string; end: number } | null {
  const end = m.index + m[0].length;
  const counter = matchAt(KO_NATIVE_COUNTER, text, end);
  const word = counter?.[1] ?? counter?.[2] ?? "";
  const after = text.slice(KO_NATIVE_COUNTER.lastIndex, KO_NATIVE_COUNTER.lastIndex + 1);
  if (counter && (!HANGUL_SYLLABLE.test(word) || KO_AFTER_COUNTER.test(after))) return { word, end: KO_NATIVE_COUNTER.lastIndex };
  const isCount = m[2] !== undefined || KO_NATIVE_BEFORE_NOUN.has(m[3] ?? "");
  return isCount && KO_NOUN_AFTER.test(text.slice(end, end + 2)) ? { word: "", end } : null;
}

function nativeAt(m: RegExpExecArray, text: string): NumberMention | null {
  const [, tens, tensUnits, units] = m;
  const counter = nativeCounter(text, m);
  if (!counter) return null;
  const range = units ? KO_NATIVE_RANGES[units] : undefined;
  const value = range ? range[0] : (KO_NATIVE_VALUES[tens ?? ""] ?? 0) + (KO_NATIVE_VALUES[tensUnits ?? units ?? ""] ?? 0);
  const kind: NumberKind = counter.word === "번째" ? "ordinal" : range ? "range" : "count";
  const fields = { unit: counter.word || null, isSpelled: true, isApproximate: range !== undefined, high: range ? range[1] : null };
  return hedged(text, m.index, counter.end, kind, value, fields);
}

/** A number word on its own: 하나 (plain), 첫째/처음 (ordinal, the word in group 1 or 첫 = 1), 하루 (1 day). */
function wordAt(kind: NumberKind): (m: RegExpExecArray, text: string) => NumberMention {
  return (m, text) => {
    const word = m[1] ?? "";
    const unit = kind === "count" ? (KO_WORD_UNITS[word] ?? "일") : null;
    const value = KO_NATIVE_VALUES[word] ?? 1;
    return mentionAt(text, m.index, m.index + m[0].length, unit === "fraction" ? "plain" : kind, value, { unit, isSpelled: true });
  };
}

function koreanTime(m: RegExpExecArray, text: string): NumberMention | null {
  const [whole, part, h, min, half] = m;
  const hour = Number(h);
  if (hour > 24) return null;
  const isPm = part !== undefined && hour < 12 && (KO_PM.test(part) || (part === "낮" && hour <= 6));
  const value = (isPm ? hour + 12 : hour) + (half ? 30 : Number(min ?? 0)) / 60;
  return mentionAt(text, m.index, m.index + whole.length, "time", value, { meridiem: part === undefined ? null : isPm ? "pm" : "am" });
}

/** "13초04" = 13.04 seconds. */
function raceTime(m: RegExpExecArray, text: string): NumberMention {
  return mentionAt(text, m.index, m.index + m[0].length, "count", Number(`${m[1]}.${m[2]}`), { unit: "초" });
}

function koreanNoon(m: RegExpExecArray, text: string): NumberMention {
  const isNoon = m[1] === "정오";
  return mentionAt(text, m.index, m.index + m[0].length, "time", isNoon ? 12 : 0, { meridiem: isNoon ? "pm" : "am" });
}

/** Finds Korean quantities and clock times outside the spans already claimed (by dates); claims their spans too. */
export function findKoreanQuantities(text: string, claims: Claims): NumberMention[] {
  const hasDigit = DIGIT.test(text);
  return [
    ...collectIf(hasDigit, KO_TIME, text, claims, koreanTime),
    ...collectIf(hasDigit, KO_RACE_TIME, text, claims, raceTime),
    ...collect(KO_NOON, text, claims, koreanNoon),
    ...collect(KO_NUMERAL_START, text, claims, (m) => sinoAt(m, text, claims)),
    ...collect(KO_NATIVE_ORDINAL, text, claims, wordAt("ordinal")),
    ...collect(KO_WORD_NUMBER, text, claims, wordAt("count")),
    ...collect(KO_NATIVE, text, claims, nativeAt),
    ...collect(KO_NATIVE_NOUN, text, claims, wordAt("plain")),
  ];
}
