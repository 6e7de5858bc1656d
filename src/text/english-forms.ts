/**
 * English renderings of glossary entries: how to find them in text and when two renderings of one term
 * say the same thing. The variants glossary decides spelling equivalence: U.S. = US (type
 * "abbreviation") and defence = defense (type "spelling"), so that neither ever makes a term look
 * inconsistent; that mix is the variant-consistency rule's business.
 */
import type { Glossary } from "../types.js";

/** Spelling facts from the variants glossary, built once per use. */
export interface SpellingFacts {
  /** Sets of interchangeable abbreviations, preferred first: [["U.S.", "US"], ["U.N.", "UN"], …]. */
  readonly abbreviations: readonly (readonly string[])[];
  /** Lower-cased spelling variant → lower-cased preferred form (defence → defense, co-operation → cooperation). */
  readonly spellings: ReadonlyMap<string, string>;
}

/** Characters with a special meaning in a regular expression. */
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** An acronym: capitals and digits, optionally ending in a lower-case plural s (ICBM, G20, NPT, ICBMs). */
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}s?$/;
/** Words that carry no meaning of their own when renderings are compared. */
const STOP_WORDS = new Set(["the", "of", "a", "an", "and", "for", "on", "in", "to", "with", "by"]);
/** A word of a rendering: letters, digits, inner periods, apostrophes and hyphens. */
const RENDERING_WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
/** Shortest word that counts as an abbreviation of a longer one (Fed for Federal). */
const MIN_PREFIX_LENGTH = 3;
/** A capital letter anywhere: a rendering with none is a description (presidential office), not a name. */
const CAPITAL = /\p{Lu}/u;

/** The text escaped for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(REGEX_SPECIAL, "\\$&");
}

/** Spelling facts from the variants glossary (empty when the glossary has none). */
export function spellingFacts(glossary: Glossary): SpellingFacts {
  const abbreviations: string[][] = [];
  const spellings = new Map<string, string>();
  for (const entry of glossary.variants ?? []) {
    if (entry.type === "abbreviation") abbreviations.push([entry.en, ...entry.variants]);
    else if (entry.type === "spelling" || entry.type === "hyphenation") {
      for (const variant of entry.variants) spellings.set(variant.toLowerCase(), entry.en.toLowerCase());
    }
  }
  return { abbreviations, spellings };
}

/** True for an acronym such as IAEA, G20 or ICBMs. */
export function isAcronym(text: string): boolean {
  return ACRONYM.test(text);
}

/** The glossary's interchangeable abbreviations as they stand in an escaped form (escapeRegExp). */
interface AbbreviationTokens {
  /** Each abbreviation, escaped → the members of its set, escaped (U.S. → U.S., US). */
  readonly choices: ReadonlyMap<string, readonly string[]>;
  /** Finds the abbreviations in an escaped form, whole tokens only: U.S. in "U.S. Forces Korea", never the US inside USFK. */
  readonly token: RegExp;
}

/** The glossary's interchangeable abbreviations for formSource and formReadings; null when it has none. */
function abbreviationTokens(facts: SpellingFacts): AbbreviationTokens | null {
  const choices = new Map<string, string[]>();
  for (const set of facts.abbreviations) for (const member of set) choices.set(escapeRegExp(member), set.map(escapeRegExp));
  if (choices.size === 0) return null;
  const members = [...choices.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { choices, token: new RegExp(`(?<![\\w.])(?:${members.join("|")})(?!\\w)`, "g") };
}

/**
 * The regular-expression source of one English form, with interchangeable abbreviations (U.S. = US). Finding
 * forms uses formMatcher; this pattern is the reference its tests compare it with.
 */
export function formSource(form: string, facts: SpellingFacts): string {
  const source = escapeRegExp(form);
  const tokens = abbreviationTokens(facts);
  if (!tokens) return source;
  return source.replace(tokens.token, (member) => {
    const set = tokens.choices.get(member);
    return set ? `(?:${set.join("|")})` : member;
  });
}

/**
 * The readings of formSource's pattern as plain regular-expression sources, in the order the pattern
 * tries them: each interchangeable abbreviation replaced by one member of its set, the first abbreviation
 * of the form varying slowest ("U.S.-ROK" -> U.S.-ROK, US-ROK, ... when both are abbreviations).
 */
export function formReadings(form: string, facts: SpellingFacts): string[] {
  const source = escapeRegExp(form);
  const tokens = abbreviationTokens(facts);
  if (!tokens) return [source];
  let readings = [""];
  let last = 0;
  for (const m of source.matchAll(tokens.token)) {
    const literal = source.slice(last, m.index);
    const options = tokens.choices.get(m[0]) ?? [m[0]];
    readings = readings.flatMap((reading) => options.map((option) => reading + literal + option));
    last = m.index + m[0].length;
  }
  return readings.map((reading) => reading + source.slice(last));
}

/** A match of a form in a text: [start, end) in UTF-16 code units. */
export interface FormMatch {
  readonly start: number;
  readonly end: number;
}

/**
 * What may not stand right before a form: a letter, a digit or a hyphen, tested on one code point, with and
 * without case folding as the form's pattern would (folding adds a few marks that fold to letters).
 */
const BEFORE_FORM = { exact: /[\p{L}\p{N}-]/u, folded: /[\p{L}\p{N}-]/iu };
/** What may not stand right after a form: a letter or a digit, tested the same way. */
const AFTER_FORM = { exact: /[\p{L}\p{N}]/u, folded: /[\p{L}\p{N}]/iu };
/** A form ending in a letter may take a plural ending: "es", then "s", then none, the order `(?:e?s)?` tries them. */
const PLURAL_ENDINGS = ["es", "s", ""];
/** Ends in a letter. */
const FINAL_LETTER = /\p{L}$/u;

/** The code point that ends at `at` (a surrogate pair read whole), or "" at the start. */
function codePointBefore(text: string, at: number): string {
  if (at <= 0) return "";
  const low = text.charCodeAt(at - 1), high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text[at - 1]!;
}

/** The code point that starts at `at`, or "" at the end. */
function codePointFrom(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? "" : String.fromCodePoint(code);
}

/**
 * Finds a form in text as the pattern `(?<![\p{L}\p{N}-])READING(?:e?s)?(?![\p{L}\p{N}])` would with
 * matchAll, READING being formSource's alternation (the plural only after a final letter), case-insensitively
 * unless `matchCase`. Every form compiling its own Unicode-class pattern cost most of a short run's time, so the
 * word boundaries are tested here, with two patterns shared by all forms, and each form compiles only plain
 * literals: a finder for where any reading starts and one sticky pattern per reading, tried in the order the
 * pattern's backtracking tries them.
 */
export function formMatcher(form: string, facts: SpellingFacts, matchCase: boolean): (text: string) => FormMatch[] {
  const endings = FINAL_LETTER.test(form) ? PLURAL_ENDINGS : [""];
  const sources = formReadings(form, facts).flatMap((reading) => endings.map((ending) => reading + ending));
  const flags = matchCase ? "u" : "iu";
  const finder = new RegExp(sources.join("|"), `g${flags}`);
  const readings = sources.map((source) => new RegExp(source, `y${flags}`));
  const before = matchCase ? BEFORE_FORM.exact : BEFORE_FORM.folded, after = matchCase ? AFTER_FORM.exact : AFTER_FORM.folded;
  const endAt = (text: string, start: number): number | null => {
    if (before.test(codePointBefore(text, start))) return null;
    for (const reading of readings) {
      reading.lastIndex = start;
      const m = reading.exec(text);
      if (m && !after.test(codePointFrom(text, start + m[0].length))) return start + m[0].length;
    }
    return null;
  };
  return (text) => {
    const found: FormMatch[] = [];
    finder.lastIndex = 0;
    for (let hit = finder.exec(text); hit !== null; hit = finder.exec(text)) {
      const end = endAt(text, hit.index);
      if (end !== null) found.push({ start: hit.index, end });
      finder.lastIndex = end ?? hit.index + 1;
    }
    return found;
  };
}

/** A rendering lower-cased, with abbreviations and spellings made uniform and the last word singular. */
export function normalizeRendering(text: string, facts: SpellingFacts): string {
  const words = (text.match(RENDERING_WORD) ?? []).map((word) => {
    const set = facts.abbreviations.find((s) => s.includes(word));
    if (set) return set[0]!.toLowerCase();
    const lower = word.toLowerCase();
    return facts.spellings.get(lower) ?? lower;
  });
  const last = words.length - 1;
  const tail = words[last];
  if (tail !== undefined && tail.length > 3 && tail.endsWith("s") && !tail.endsWith("ss")) words[last] = tail.slice(0, -1);
  return words.join(" ");
}

function contentWords(normalized: string): string[] {
  return normalized.split(" ").filter((w) => w !== "" && !STOP_WORDS.has(w));
}

/** True when every word of `short` is a word of `long` or starts one (Fed → Federal). */
function isCoveredBy(short: readonly string[], long: readonly string[]): boolean {
  return short.length > 0 && short.every((w) => long.some((l) => l === w || (w.length >= MIN_PREFIX_LENGTH && l.startsWith(w))));
}

/** True when a rendering is a description in common nouns (presidential office, parliament), not a name. */
function isDescription(text: string): boolean {
  return !CAPITAL.test(text);
}

/**
 * True when two renderings of one term do not contradict each other: equal after normalization, one an
 * acronym of the other, one a shortening of the other (U.N. Security Council → Security Council), or a
 * proper name with a plain description (Cheong Wa Dae and the presidential office).
 */
export function areCompatible(a: string, b: string, facts: SpellingFacts): boolean {
  const na = normalizeRendering(a, facts);
  const nb = normalizeRendering(b, facts);
  if (na === nb || isAcronym(a) || isAcronym(b)) return true;
  if (isDescription(a) !== isDescription(b)) return true;
  const wa = contentWords(na);
  const wb = contentWords(nb);
  return isCoveredBy(wa, wb) || isCoveredBy(wb, wa);
}
