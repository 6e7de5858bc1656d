/** English number mentions: digits, scale words, spelled-out numbers, percents, ranges, ordinals and hedges. */
import { findEnglishNumbers, type NumberMention } from "../../src/text/numbers.js";

/** The mention whose span is exactly `words`, after checking that the span reads back from the text. */
function mentionOf(text: string, words: string): NumberMention {
  const mentions = findEnglishNumbers(text);
  const found = mentions.find((m) => text.slice(m.start, m.end) === words);
  if (!found) throw new Error(`no mention "${words}" in "${text}": ${mentions.map((m) => `[${m.text}]`).join(" ")}`);
  expect(found.text).toBe(words);
  return found;
}

describe("digits, scale words and currencies", () => {
  it.each([
    ["showed off the $110 million wonder", "$110 million", 110_000_000, "amount", "USD"],
    ["it cost 110 million dollars", "110 million dollars", 110_000_000, "amount", "USD"],
    ["will spend 3.5 trillion won.", "3.5 trillion won", 3.5e12, "amount", "KRW"],
    ["a budget of KRW 1.2 trillion", "KRW 1.2 trillion", 1.2e12, "amount", "KRW"],
    ["an investment of US$2.36 billion", "US$2.36 billion", 2.36e9, "amount", "USD"],
    ["jumped 61 cents to", "61 cents", 61, "amount", "cent"],
    ["at $30.45 a barrel", "$30.45", 30.45, "amount", "USD"],
    ["more than $50bn (£27bn)", "more than $50bn", 5e10, "amount", "USD"],
    ["an initial $5m to help", "$5m", 5e6, "amount", "USD"],
    ["worth €3 billion", "€3 billion", 3e9, "amount", "EUR"],
    ["50 or 75 bucks", "50 or 75 bucks", 50, "amount", "USD"],
    ["perform 12.3 trillion calculations", "12.3 trillion", 12.3e12, "plain", null],
    ["25,000 people", "25,000 people", 25_000, "count", "people"],
    ["83 miles of wiring", "83 miles", 83, "count", "miles"],
    ["has 8,192 microprocessors", "8,192", 8192, "plain", null],
    ["fell 0.23 percent to 1,182.17", "1,182.17", 1182.17, "plain", null],
  ])("%s", (text, words, value, kind, unit) => {
    expect(mentionOf(text, words)).toMatchObject({ value, kind, unit, isSpelled: false });
  });

  it("keeps a change apart from a range: fell 189.02 to 7,683.13", () => {
    expect(findEnglishNumbers("fell 189.02 to 7,683.13").map((m) => m.value)).toEqual([189.02, 7683.13]);
  });

  it("skips model names and HTML entities", () => {
    expect(findEnglishNumbers("an F-16 and a B-52 in 3D &#8212; G-8")).toEqual([]);
  });
});

describe("spelled-out numbers", () => {
  it.each([
    ["three people died", "three people", 3],
    ["twenty-five of them", "twenty-five", 25],
    ["a dozen eggs", "a dozen", 12],
    ["two hundred thousand boats", "two hundred thousand boats", 200_000],
    ["after a year in office", "a year", 1],
    ["a week-long holiday", "a week", 1],
    ["one of the hurdles", "one", 1],
    ["more than a hundred people", "more than a hundred people", 100],
    ["two and a half years", "two and a half years", 2.5],
    ["half a percent", "half a percent", 0.5],
    ["a couple of years ago", "a couple of years", 2],
    ["twice a day", "twice", 2],
  ])("%s", (text, words, value) => {
    expect(mentionOf(text, words)).toMatchObject({ value, isSpelled: true });
  });

  it.each([
    ["two-thirds of voters", "two-thirds", 2 / 3],
    ["a third of the group", "a third", 1 / 3],
    ["one-third", "one-third", 1 / 3],
  ])("fraction %s", (text, words, value) => {
    expect(mentionOf(text, words).value).toBeCloseTo(value, 10);
  });

  it.each([
    ["hundreds of protesters", "hundreds", 100],
    ["tens of thousands of people", "tens of thousands of people", 10_000],
    ["hundreds of billions of dollars", "hundreds of billions of dollars", 1e11],
    ["dozens were hurt", "dozens", 12],
    ["millions of people", "millions of people", 1e6],
  ])("vague %s", (text, words, value) => {
    expect(mentionOf(text, words)).toMatchObject({ value, isVague: true, isApproximate: true });
  });

  it.each(["no one knew", "the one who left", "this one", "someone else", "May I ask?", "a man and a woman"])(
    "finds no number in %s", (text) => {
      expect(findEnglishNumbers(text)).toEqual([]);
    });
});

describe("percent and percentage points", () => {
  it.each([
    ["rose 35 percent", "35 percent", "%"],
    ["rose 35 per cent", "35 per cent", "%"],
    ["rose 35%", "35%", "%"],
    ["fell 3.5 percentage points", "3.5 percentage points", "pp"],
  ])("%s", (text, words, unit) => {
    expect(mentionOf(text, words)).toMatchObject({ kind: "percent", unit });
  });
});

describe("hedges", () => {
  it.each([
    ["about 300 people", "about 300 people", true, null],
    ["around 5", "around 5", true, null],
    ["nearly 6,000", "nearly 6,000", true, null],
    ["some 8 ships", "some 8 ships", true, null],
    ["roughly 9", "roughly 9", true, null],
    ["an estimated 5,000 people", "an estimated 5,000 people", true, null],
    ["more than 300 bodies", "more than 300 bodies", false, "min"],
    ["over 10 years", "over 10 years", false, "min"],
    ["at least 70 people", "at least 70 people", false, "min"],
    ["up to 10 weeks", "up to 10 weeks", false, "max"],
    ["fewer than 20", "fewer than 20", false, "max"],
    ["a 300-odd crowd", "300-odd", true, null],
  ])("%s", (text, words, isApproximate, bound) => {
    expect(mentionOf(text, words)).toMatchObject({ isApproximate, bound });
  });
});

describe("ranges, ordinals and years", () => {
  it.each([
    ["3 to 5 people", "3 to 5 people", 3, 5],
    ["3-5 people", "3-5 people", 3, 5],
    ["two or three", "two or three", 2, 3],
    ["between 3 and 5", "between 3 and 5", 3, 5],
    ["3 to 5 million", "3 to 5 million", 3e6, 5e6],
  ])("range %s", (text, words, value, high) => {
    expect(mentionOf(text, words)).toMatchObject({ value, high });
  });

  it.each([
    ["the first session", "first", 1],
    ["the 3rd round", "3rd", 3],
    ["the twenty-first century", "twenty-first", 21],
    ["in the 29th minute", "29th", 29],
    ["Pope John Paul II said", "II", 2],
    ["Pope Benedict XVI", "XVI", 16],
    ["a third term", "third", 3],
  ])("ordinal %s", (text, words, value) => {
    expect(mentionOf(text, words)).toMatchObject({ kind: "ordinal", value });
  });

  it.each([
    ["tests in 1992.", "1992", 1992],
    ["in '21 it rose", "'21", 2021],
    ["the 1990s", "1990s", 1990],
  ])("year %s", (text, words, value) => {
    expect(mentionOf(text, words)).toMatchObject({ kind: "year", value });
  });

  it.each([
    ["the 24-year-old woman", "24-year-old", 24],
    ["a 32-meter telescope", "32-meter", 32],
    ["the two-page letter", "two-page", 2],
  ])("hyphenated unit %s", (text, words, value) => {
    expect(mentionOf(text, words)).toMatchObject({ kind: "count", value });
  });
});
