// number-mismatch injector: corrupts one faithful sentence pair with a wrong number in the English.
//
// It looks for an English number that renders a number of the Korean in the same pair (the same value:
// "1억1천만 달러" and "$110 million", "35%" and "35 percent", "7월 17일" and "July 17", "3명" and "three
// people") and changes it the way translators and typists get numbers wrong:
//   - a digit mistyped ("1,153" -> "1,553") or two neighbouring digits swapped ("35 percent" -> "53 percent"),
//   - a Korean myriad converted wrongly, by a factor of 10 or 1,000 ("1.2 trillion" -> "120 billion",
//     "$110 million" -> "$11 million", "5,000" -> "50,000"),
//   - a date with the wrong month ("February 16" -> "June 16") or day ("July 17" -> "July 71", "the 29th" -> "the 30th"),
//   - a spelled-out count changed ("three people" -> "four people").
// Returns null when the English states no number that the Korean also states. Self-contained plain JS:
// imports nothing from the project.

/** English month names, January first; abbreviations map to their month. */
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_ABBREVIATIONS = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12 };
/** English scale words and their values. */
const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Spelled counts the injector reads and writes. */
const SPELLED = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** An English number in digits with an optional scale word; not inside a model name ("F-16", "G8", "3G"). */
const EN_NUMBER = /(?<![\w.,/-]|[A-Za-z]-)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d%]*[A-Za-z]|\/|\s?[ap]\.?m\b|:|\.\s)(?:(\s?)(thousand|million|billion|trillion)\b)?/g;
/** An English date: month name (or abbreviation) and day. */
const EN_DATE = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) (\d{1,2})\b(?!,\d|\.\d)/g;
/** "on the 29th": a day of month alone. */
const EN_NTH_DAY = /\b(on|since|until|by) the (\d{1,2})(st|nd|rd|th)\b/g;
/** A spelled count before a plural noun: "three people". */
const EN_SPELLED = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= [a-z]+s\b)/gi;

/** Korean numerals: digits with 천/백 and the myriads 만/억/조 ("1조 2천억", "1억1천만", "30억6천 만"). */
const KO_NUMBER = /(?<![\d.,])\d[\d,]*(?:\.\d+)?(?:[천백십]?\s?[조억만](?:\s?\d[\d,]*(?:\.\d+)?[천백십]?\s?[조억만]?)*)?(?![\d]|\s?시(?!간))/g;
/** One group of a Korean numeral: digits, a sub-unit and a myriad. */
const KO_GROUP = /(\d[\d,]*(?:\.\d+)?)([천백십])?\s?([조억만])?/g;
/** Korean dates: "7월 17일", "17일", "7월". */
const KO_MONTH_DAY = /(\d{1,2})월\s?(\d{1,2})일/g;
const KO_DAY = /(?<![\d월]\s?|\d)(\d{1,2})일(?!\s?(?:간|동안|째))/g;
/** Korean native counts before a counter: "세 명" = three people. */
const KO_NATIVE = { 두: 2, 세: 3, 네: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10 };
const KO_NATIVE_COUNT = /(?<![가-힣])(두|세|네|다섯|여섯|일곱|여덟|아홉|열) ?(?:명|개|곳|척|대|가지|차례|번|개국|마리)/g;

const SUB_UNITS = { 천: 1e3, 백: 1e2, 십: 10 };
const MYRIADS = { 만: 1e4, 억: 1e8, 조: 1e12 };

/** The value of a Korean numeral: "1조 2천억" = 1.2e12, "1억1천만" = 1.1e8. */
function koreanValue(text) {
  let [total, group] = [0, 0];
  for (const m of text.matchAll(KO_GROUP)) {
    group += Number(m[1].replace(/,/g, "")) * (SUB_UNITS[m[2]] ?? 1);
    if (m[3]) [total, group] = [total + group * MYRIADS[m[3]], 0];
  }
  return total + group;
}

/** Every value the Korean states: numerals, native counts, and the month and day of dates. */
function koreanFacts(ko) {
  const values = [...ko.matchAll(KO_NUMBER)].map((m) => koreanValue(m[0]));
  values.push(...[...ko.matchAll(KO_NATIVE_COUNT)].map((m) => KO_NATIVE[m[1]]));
  const dates = [...ko.matchAll(KO_MONTH_DAY)].map((m) => ({ month: Number(m[1]), day: Number(m[2]) }));
  const days = [...ko.matchAll(KO_DAY)].map((m) => Number(m[1]));
  return { values, dates, days: [...days, ...dates.map((d) => d.day)] };
}

const same = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
const pick = (list, rng) => list[Math.floor(rng() * list.length) % list.length];

/** Writes a value the way English news does: "120 billion", "1.2 trillion", "11,000", "3.5". */
function formatEnglish(value) {
  for (const [word, size] of Object.entries(SCALES).reverse()) {
    if (size >= 1e6 && value >= size) return `${Number((value / size).toPrecision(6))} ${word}`;
  }
  return Number(value.toPrecision(9)).toLocaleString("en-US", { maximumFractionDigits: 6 });
}

/**
 * A digit mistyped or two neighbouring digits swapped, keeping the shape ("1,153" -> "1,553"); only the
 * significant digits change (a typo in "5,000" gives "6,000", not "5,004"), in a year only the last two,
 * and the first digit never becomes 0.
 */
function digitSlip(digits, rng, isYear = false) {
  const significant = isYear ? digits.length : Math.max(digits.replace(/[0,.]+$/, "").length, 1);
  const positions = [...digits].map((c, i) => (/\d/.test(c) && i < significant && (!isYear || i >= 2) ? i : -1)).filter((i) => i >= 0);
  const swaps = positions.filter((i, k) => positions[k + 1] === i + 1 && digits[i] !== digits[i + 1] && !(i === 0 && digits[1] === "0"));
  if (swaps.length > 0 && rng() < 0.5) {
    const i = pick(swaps, rng);
    return digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
  }
  const i = pick(positions, rng);
  const choices = [..."0123456789"].filter((d) => d !== digits[i] && !(i === 0 && d === "0"));
  return digits.slice(0, i) + pick(choices, rng) + digits.slice(i + 1);
}

/** Candidates among English digits: [start, end, replacement builder]. */
function numberCandidates(en, facts) {
  const out = [];
  const englishValues = [...en.matchAll(EN_NUMBER)].map((m) => Number(m[1].replace(/,/g, "") + (m[2] ?? "")) * (SCALES[m[4]] ?? 1));
  for (const m of en.matchAll(EN_NUMBER)) {
    const [whole, int, fraction = "", space = "", scaleWord] = m;
    const value = Number(int.replace(/,/g, "") + fraction) * (SCALES[scaleWord] ?? 1);
    if (facts.values.filter((v) => same(v, value)).length !== 1 || value <= 1) continue; // one Korean counterpart (1 is often "a")
    if (englishValues.filter((v) => same(v, value)).length !== 1) continue; // stated once in the English
    const isYear = !scaleWord && !fraction && /^(?:1\d|20)\d\d$/.test(int);
    out.push({
      start: m.index, end: m.index + whole.length, value,
      build: (rng) => {
        if (!isYear && (scaleWord || value >= 1e4) && rng() < 0.5) return formatEnglish(value * pick([10, 0.1, 1000, 0.001], rng));
        return digitSlip(int + fraction, rng, isYear) + (scaleWord ? `${space}${scaleWord}` : "");
      },
    });
  }
  return out;
}

/** "1st", "2nd", "3rd", "11th", "28th". */
function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** The value an English number replacement states ("120 billion" = 1.2e11), or null for words and dates. */
function replacementValue(text) {
  const m = /^(\d[\d,]*)(\.\d+)?(?:\s?(thousand|million|billion|trillion))?$/.exec(text);
  return m ? Number(m[1].replace(/,/g, "") + (m[2] ?? "")) * (SCALES[m[3]] ?? 1) : null;
}

/** Candidates among English dates whose month and day the Korean states. */
function dateCandidates(en, facts) {
  const out = [];
  for (const m of en.matchAll(EN_DATE)) {
    const month = MONTHS.indexOf(m[1]) + 1 || MONTH_ABBREVIATIONS[m[1].replace(".", "")];
    const day = Number(m[2]);
    if (!facts.dates.some((d) => d.month === month && d.day === day)) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, value: day,
      build: (rng) => {
        if (rng() < 0.5) return `${pick(MONTHS.filter((_, i) => i + 1 !== month), rng)} ${day}`;
        const swapped = day >= 10 && day % 10 !== 0 && day % 11 !== 0 ? Number(String(day).split("").reverse().join("")) : null;
        const other = swapped ?? [1, 2, 3].map((d) => day + d).find((d) => d <= 28 && !facts.days.includes(d)) ?? day - 1;
        return `${m[1]} ${other}`;
      },
    });
  }
  for (const m of en.matchAll(EN_NTH_DAY)) {
    const day = Number(m[2]);
    if (!facts.days.includes(day) || day >= 28) continue;
    const other = [1, 2, 3].map((d) => day + d).find((d) => !facts.days.includes(d)) ?? day + 4;
    out.push({ start: m.index, end: m.index + m[0].length, value: day, build: () => `${m[1]} the ${ordinal(other)}` });
  }
  return out;
}

/** Candidates among spelled counts whose value the Korean states in digits or native numerals. */
function spelledCandidates(en, facts) {
  const words = [...en.matchAll(EN_SPELLED)];
  const valueOf = (m) => SPELLED.indexOf(m[1].toLowerCase());
  const once = (m) => facts.values.filter((v) => v === valueOf(m)).length === 1 && words.filter((o) => valueOf(o) === valueOf(m)).length === 1;
  return words.filter(once).map((m) => {
    const value = valueOf(m);
    return {
      start: m.index, end: m.index + m[1].length, value,
      build: (rng) => {
        const word = pick(SPELLED.slice(2).filter((w, i) => i + 2 !== value && !facts.values.includes(i + 2)), rng);
        return /^[A-Z]/.test(m[1]) ? word[0].toUpperCase() + word.slice(1) : word;
      },
    };
  });
}

/**
 * Corrupts one number of the English that renders a number of the Korean. Returns { en } or null when the
 * pair has no such number.
 */
export function inject(ko, en, rng, _glossary) {
  const facts = koreanFacts(ko);
  const dates = dateCandidates(en, facts);
  const taken = (c) => dates.some((d) => d.start <= c.start && c.end <= d.end);
  const candidates = [...dates, ...numberCandidates(en, facts).filter((c) => !taken(c)), ...spelledCandidates(en, facts)];
  if (candidates.length === 0) return null;
  const target = pick(candidates, rng);
  for (let attempt = 0; attempt < 5; attempt++) {
    const replacement = target.build(rng);
    const value = replacementValue(replacement);
    if (value !== null && (value <= 1 || facts.values.some((v) => same(v, value)))) continue; // still a number the Korean states, or "a"
    if (replacement && replacement !== en.slice(target.start, target.end)) {
      return { en: en.slice(0, target.start) + replacement + en.slice(target.end) };
    }
  }
  return null;
}
