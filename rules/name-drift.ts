/**
 * name-drift: personal names rendered wrongly or inconsistently. (1) One person spelled two ways in the
 * English (Zhang Youxia / Zhang Youxiao). (2) A spelling the glossary lists as wrong (Kim Jong-eun), or a
 * name the aligned Korean gives a glossary person that is close to but not their standard spelling.
 * (3) A Hanja gloss in the Korean whose Mandarin reading contradicts the English and the Hangul
 * (장유샤(張眞夏) for Zhang Youxia), or that differs from the person's known characters. (4) An English
 * name that cannot render the Korean name beside it (김정은 -> Kim Jong-il). Name finding lives in
 * src/analysis/names.ts, transliteration in src/text/romanization.ts, Hanja readings in src/text/hanja.ts.
 */
import { diffChars } from "diff";
import stringSimilarity from "string-similarity";
import type { NameMention } from "../src/analysis/index.js";
import { bestReading, isMandarinRendering } from "../src/text/hanja.js";
import { consonantSkeleton, editSimilarity, nameLetters, transliterationScore } from "../src/text/romanization.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type GlossaryEntry, type RuleContext, type RuleReport, type Segment, type Severity } from "../src/types.js";

interface Options {
  /** Two spellings at least this similar (0..1, Dice coefficient of letter pairs) can be one name. */
  minSimilarity: number;
  /** A Hangul and a Latin name scoring at least this (0..1) can render each other. */
  minTransliterationScore: number;
  /** A Hanja gloss whose reading scores below this (0..1) against the English contradicts it. */
  minReadingSimilarity: number;
}
type MessageId = "spellingDrift" | "knownVariant" | "notStandard" | "hanjaReading" | "hanjaMismatch" | "noCounterpart";
type Report = RuleReport<MessageId>;

/** A name found in one segment. */
interface Found {
  readonly mention: NameMention;
  readonly segment: Segment;
  /** The glossary person it denotes: its own key, or a short form's only candidate named in full in the article. */
  readonly key: string | null;
}

/** What every check needs: options, glossary people by key and the article's people named in full. */
interface Scope {
  readonly options: Options;
  readonly people: ReadonlyMap<string, GlossaryEntry>;
  readonly present: ReadonlySet<string>;
}

/** Countries whose names the English gives in a Mandarin-based romanization (pinyin, Wade-Giles). */
const CHINESE_COUNTRIES = new Set(["CN", "TW"]);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const spanKey = (found: Found): string => `${found.segment.side}:${found.segment.index}:${found.mention.start}`;
/** How alike two spellings are, in [0, 1]: the better of the Dice coefficient of letter pairs and the edit similarity (one typo in a short name). */
function similarity(a: string, b: string): number {
  const [x, y] = [nameLetters(a), nameLetters(b)];
  return Math.max(stringSimilarity.compareTwoStrings(x, y), editSimilarity(x, y));
}

/** A run of capitalised words in the English: [start, end) and its words. */
interface Window {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A capitalised Latin word (Jong-un, O'Brien, W.). */
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*\.?/gu;

/** The accepted English spellings of a person: en, alternatives and, for a short mention, enShort. */
function accepted(entry: GlossaryEntry, isShort: boolean): string[] {
  const full = [entry.en, ...strings(entry.alternatives)];
  return isShort && typeof entry.enShort === "string" ? [entry.enShort, ...full] : full;
}

/** Every Korean form of a person (ko, aliases, koShort). */
function koreanForms(entry: GlossaryEntry): string[] {
  return [entry.ko, ...strings(entry.koAliases), ...(typeof entry.koShort === "string" ? [entry.koShort] : [])];
}

/** The names of one segment with the glossary person each denotes. */
function namesOf(ctx: RuleContext<Options>, segment: Segment | null, present: ReadonlySet<string>): Found[] {
  if (!segment) return [];
  return ctx.analysis.of(segment).names.map((mention) => {
    const named = mention.candidates.filter((c) => present.has(c));
    const key = mention.match === "short" ? (named.length === 1 ? named[0]! : null) : mention.key;
    return { mention, segment, key };
  });
}

/** The glossary people named in full (not by a short form alone) anywhere in the article. */
function presentPeople(ctx: RuleContext<Options>): Set<string> {
  const keys = ctx.article.pairs.flatMap((pair) => [pair.ko, pair.en]).flatMap((segment) =>
    segment ? ctx.analysis.of(segment).names.filter((m) => m.kind === "full" && m.key).map((m) => m.key!) : []);
  return new Set(keys);
}

/** Which letters differ, for the message: "Zhang Youxia[-o]" style marks on the expected spelling. */
function letterDiff(actual: string, expected: string): string {
  return diffChars(expected, actual).map((part) => (part.added ? `[+${part.value}]` : part.removed ? `[-${part.value}]` : part.value)).join("");
}

function target(found: Found): Pick<Report, "target" | "actual"> {
  return { target: spanOf(found.segment, found.mention.start, found.mention.end), actual: found.mention.text };
}

function source(found: Found | undefined): Pick<Report, "source"> {
  return found ? { source: spanOf(found.segment, found.mention.start, found.mention.end) } : {};
}

// ---------------------------------------------------------------- (2) glossary spellings

/** (2a) A spelling the glossary lists as wrong; when it is also someone else's name, only if the Korean names this person. */
function knownVariants(en: readonly Found[], ko: readonly Found[], scope: Scope): Report[] {
  return en.filter((f) => f.mention.match === "variant" && f.key).flatMap((f) => {
    const entry = scope.people.get(f.key!)!;
    const korean = ko.find((k) => k.key === f.key);
    if (f.mention.candidates.length > 1 && !korean) return [];
    return [{ messageId: "knownVariant" as const, ...target(f), ...source(korean), expected: entry.en, replacement: entry.en, data: { name: entry.ko } }];
  });
}

/** Words of a name for comparing spellings: initials dropped, a hyphenated given name one word. */
const nameWords = (name: string): number => name.split(/\s+/).filter((w) => nameLetters(w).length > 1).length;

/** Every stretch of 1 to 4 capitalised words of the English, a possessive or final period dropped. */
function capitalisedWindows(text: string): Window[] {
  const words = [...text.matchAll(CAPITALISED_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].replace(/(?:[’']s|[’'.])$/, "").length }));
  const windows: Window[] = [];
  words.forEach((first, i) => {
    for (let j = i; j < Math.min(words.length, i + 4); j++) {
      if (j > i && text.slice(words[j - 1]!.end, words[j]!.start).trim() !== "") break;
      windows.push({ start: first.start, end: words[j]!.end, text: text.slice(first.start, words[j]!.end) });
    }
  });
  return windows;
}

/** The English spellings a Korean mention allows: its person's, or an unresolved short form's candidates' short forms. */
function allowedSpellings(korean: Found, scope: Scope): string[] {
  if (korean.key) return accepted(scope.people.get(korean.key)!, true);
  if (korean.mention.match !== "short") return [];
  return [...new Set(korean.mention.candidates.map((c) => scope.people.get(c)?.enShort).filter((s): s is string => typeof s === "string"))];
}

/** A spelling without case, periods and one-letter initials (George W. Bush = George Bush): forms equal here are one spelling. */
const canonical = (name: string): string => name.toLowerCase().replace(/\./g, " ").split(/\s+/).filter((w) => w.length > 1).join(" ");

/** How a stretch of English relates to the allowed spellings with as many words: the closest one, and whether only the format differs. */
function closeness(text: string, allowed: readonly string[], korean: Found): { score: number; best: string; translit: number; isFormatOnly: boolean } | null {
  const forms = allowed.filter((form) => nameWords(form) === nameWords(text));
  if (forms.length === 0) return null;
  let best = forms[0]!, score = -1;
  for (const form of forms) {
    const s = similarity(text, form);
    if (s > score) [best, score] = [form, s];
  }
  const isFormatOnly = forms.some((form) => nameLetters(form) === nameLetters(text));
  return { score, best, translit: transliterationScore(korean.mention.text, text), isFormatOnly };
}

/** True when the English already writes one of the allowed spellings of the Korean mention's person. */
function isRendered(korean: Found, en: readonly Found[], windows: readonly Window[], allowed: readonly string[]): boolean {
  const forms = new Set(allowed.map(canonical));
  return en.some((e) => korean.key && (e.key === korean.key || e.mention.candidates.includes(korean.key))) || windows.some((w) => forms.has(canonical(w.text)));
}

/**
 * (2b) The Korean names a glossary person and the English writes no accepted spelling of theirs, but a
 * stretch of capitalised words that differs from one only in format (warning) or is close to one and
 * renders the Korean (error). Stretches inside other people's glossary names do not count.
 */
function notStandard(pair: AlignedPair, en: readonly Found[], ko: readonly Found[], scope: Scope): Report[] {
  if (!pair.en) return [];
  const { minSimilarity, minTransliterationScore } = scope.options;
  const others = en.filter((e) => e.key || e.mention.candidates.length > 0);
  const all = capitalisedWindows(pair.en.text);
  const windows = all.filter((w) => !others.some((o) => w.start < o.mention.end && w.end > o.mention.start));
  const reports: Report[] = [];
  for (const korean of ko) {
    const allowed = allowedSpellings(korean, scope);
    if (allowed.length === 0 || isRendered(korean, en, all, allowed)) continue;
    const rated = windows.flatMap((w) => {
      const c = closeness(w.text, allowed, korean);
      return c && (c.isFormatOnly || (c.score >= minSimilarity && c.translit >= minTransliterationScore)) ? [{ w, ...c }] : [];
    });
    const best = rated.sort((a, b) => b.score - a.score || (b.w.end - b.w.start) - (a.w.end - a.w.start))[0];
    if (!best) continue;
    reports.push({
      messageId: "notStandard", target: spanOf(pair.en, best.w.start, best.w.end), actual: best.w.text, ...source(korean),
      expected: best.best, replacement: best.best, ...(best.isFormatOnly || !korean.key ? { severity: "warning" as const } : {}),
      data: { korean: korean.mention.text, diff: letterDiff(best.w.text, best.best) },
    });
  }
  return reports;
}

// ---------------------------------------------------------------- (3) Hanja glosses

/** The English name that renders a Korean one: the same glossary person, else the best transliteration. */
function counterpart(korean: Found, en: readonly Found[], options: Options): Found | undefined {
  const same = en.find((e) => korean.key && e.key === korean.key);
  if (same) return same;
  const scored = en.map((e) => ({ e, score: transliterationScore(korean.mention.text, e.mention.text) }));
  const best = scored.sort((a, b) => b.score - a.score)[0];
  return best && best.score >= options.minTransliterationScore ? best.e : undefined;
}

function glossSpan(found: Found): Pick<Report, "source"> {
  const { hanjaStart, hanjaEnd } = found.mention;
  return { source: spanOf(found.segment, hanjaStart!, hanjaEnd!) };
}

/** (3a) A gloss whose Mandarin reading is not the English name that the Hangul and the glossary agree on. */
function readingReport(korean: Found, name: string, entry: GlossaryEntry | undefined, options: Options): Report[] {
  const hanja = korean.mention.hanja!;
  const { reading, score } = bestReading(hanja, name);
  if (score >= options.minReadingSimilarity) return [];
  const expected = typeof entry?.hanja === "string" ? entry.hanja : undefined;
  return [{ messageId: "hanjaReading", ...glossSpan(korean), actual: hanja, ...(expected ? { expected } : {}), data: { hanja, reading, name } }];
}

/** (3) Hanja glosses: a reading that contradicts the English, or characters other than the glossary's. */
function hanjaGlosses(en: readonly Found[], ko: readonly Found[], scope: Scope): Report[] {
  return ko.filter((k) => k.mention.hanja && k.mention.hanjaStart !== null).flatMap((korean) => {
    const entry = korean.key ? scope.people.get(korean.key) : undefined;
    const hanja = korean.mention.hanja!;
    const known = entry ? [entry.hanja, entry.hanjaSimplified].filter((h): h is string => typeof h === "string") : [];
    if (known.includes(hanja)) return [];
    const isChinese = entry ? CHINESE_COUNTRIES.has(String(entry.country)) : isMandarinRendering(korean.mention.text, hanja);
    const english = entry ? entry.en : counterpart(korean, en, scope.options)?.mention.text;
    const contradiction = isChinese && english ? readingReport(korean, english, entry, scope.options) : [];
    if (contradiction.length > 0 || known.length === 0) return contradiction;
    return [{ messageId: "hanjaMismatch" as const, ...glossSpan(korean), actual: hanja, expected: known[0]!, severity: "warning" as const, data: { hanja, korean: korean.mention.text, name: entry!.en } }];
  });
}

// ---------------------------------------------------------------- (4) counterparts

/** True when an English name can render a Korean one (same person, or a plausible transliteration). */
function renders(korean: Found, english: Found, scope: Scope): boolean {
  if (korean.key && (english.key === korean.key || english.mention.candidates.includes(korean.key))) return true;
  if (korean.key && english.key && english.key !== korean.key) return false;
  return transliterationScore(korean.mention.text, english.mention.text) >= scope.options.minTransliterationScore;
}

/** True when a stretch [start, end) overlaps a glossary name of someone other than `key`. */
const insideOther = (names: readonly Found[], key: string | null, start: number, end: number): boolean =>
  names.some((n) => (n.key || n.mention.candidates.length > 0) && n.key !== key && start < n.mention.end && end > n.mention.start);

/** True when some capitalised stretch of the English (a place, a name the finder missed) could render the Korean name. */
function anyLatinRenders(korean: Found, enText: string, en: readonly Found[], options: Options): boolean {
  return capitalisedWindows(enText).some((w) => w.text.split(" ").length <= 3 && !insideOther(en, korean.key, w.start, w.end)
    && transliterationScore(korean.mention.text, w.text) >= options.minTransliterationScore);
}

/** True when the Korean holds the English name's person (ko, alias, a short form of two syllables or more) or a Hangul stretch that could be it. */
function anyHangulRenders(english: Found, koText: string, ko: readonly Found[], scope: Scope): boolean {
  const entry = english.key ? scope.people.get(english.key) : undefined;
  const forms = entry ? koreanForms(entry).filter((f) => f.length > 1) : [];
  if (forms.some((form) => new RegExp(`(?<![\\uAC00-\\uD7A3])${form.replace(/[.]/g, "\\.")}`).test(koText))) return true;
  return [...koText.matchAll(/[\uAC00-\uD7A3]+(?:\s+[\uAC00-\uD7A3]+)?/g)].some((m) => !insideOther(ko, english.key, m.index, m.index + m[0].length)
    && transliterationScore(m[0], english.mention.text) >= scope.options.minTransliterationScore);
}

/** (4) English names that render no Korean name, paired in order with Korean names that no English name renders. */
function counterparts(pair: AlignedPair, en: readonly Found[], ko: readonly Found[], scope: Scope, reported: ReadonlySet<string>): Report[] {
  const koNames = ko.filter((k) => k.mention.kind === "full" || k.key);
  const enNames = en.filter((e) => (e.mention.kind === "full" || e.key) && !reported.has(spanKey(e)) && e.mention.match !== "variant");
  const lonelyKo = koNames.filter((k) => !enNames.some((e) => renders(k, e, scope)) && !anyLatinRenders(k, pair.en!.text, en, scope.options));
  const lonelyEn = enNames.filter((e) => !koNames.some((k) => renders(k, e, scope)) && !anyHangulRenders(e, pair.ko!.text, ko, scope));
  return lonelyEn.slice(0, lonelyKo.length).map((english, i) => {
    const korean = lonelyKo[i]!;
    const isProven = Boolean(korean.key && english.key);
    const expected = korean.key ? scope.people.get(korean.key)!.en : undefined;
    return {
      messageId: "noCounterpart" as const, ...target(english), ...source(korean), data: { korean: korean.mention.text },
      ...(expected ? { expected, replacement: expected } : {}), ...(isProven ? {} : { severity: "warning" as const }),
    };
  });
}

// ---------------------------------------------------------------- (1) spelling drift

/** True when two English spellings are plausibly one name: same consonant skeleton and similar letters. */
function isSameFamily(a: Found, b: Found, options: Options): boolean {
  if (a.key && b.key) return a.key === b.key;
  const [x, y] = [a.mention.text, b.mention.text];
  if (nameLetters(x) === nameLetters(y)) return true;
  return consonantSkeleton(x) === consonantSkeleton(y) && similarity(x, y) >= options.minSimilarity;
}

/** Groups English full names by person: glossary people by key, unknown spellings by family. */
function groupNames(names: readonly Found[], options: Options): Found[][] {
  const groups: Found[][] = [];
  for (const name of names) {
    const group = groups.find((g) => g.some((other) => isSameFamily(name, other, options)));
    if (group) group.push(name);
    else groups.push([name]);
  }
  return groups;
}

/** The preferred spelling of a group: the most used; on a tie the glossary's en, else the first. */
function preferredSpelling(group: readonly Found[], scope: Scope): string {
  const counts = new Map<string, number>();
  for (const f of group) counts.set(f.mention.text, (counts.get(f.mention.text) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const tied = [...counts].filter(([, n]) => n === top).map(([text]) => text);
  const official = group.map((f) => (f.key ? scope.people.get(f.key)!.en : null)).find((en) => en && tied.includes(en));
  return official ?? tied[0]!;
}

function driftReport(found: Found, expected: string, count: number): Report {
  const data = { count, diff: letterDiff(found.mention.text, expected) };
  return { messageId: "spellingDrift", ...target(found), expected, replacement: expected, severity: "warning", data };
}

/** (1) One person spelled two ways: full names by group, then lone surnames against the groups' words. */
function spellingDrift(en: readonly Found[], scope: Scope, reported: ReadonlySet<string>): Report[] {
  const usable = en.filter((f) => f.mention.match !== "variant" && !reported.has(spanKey(f)));
  const groups = groupNames(usable.filter((f) => f.mention.kind === "full"), scope.options);
  const reports: Report[] = [];
  const words: { word: string; count: number }[] = [];
  for (const group of groups) {
    const preferred = preferredSpelling(group, scope);
    const odd = group.filter((f) => f.mention.text !== preferred && nameLetters(f.mention.text) !== nameLetters(preferred));
    reports.push(...odd.map((f) => driftReport(f, preferred, group.length - odd.length)));
    for (const word of preferred.split(/\s+/)) words.push({ word, count: group.length - odd.length });
  }
  const singles = usable.filter((f) => f.mention.kind !== "full" && !f.key && f.mention.candidates.length === 0);
  for (const single of singles) {
    const text = single.mention.text;
    if (words.some((w) => w.word === text)) continue;
    // a longer or shorter form of the same word (Iraq, Iraqi) is a derivation, not a misspelling
    const near = words.filter((w) => w.word.length > 3 && !w.word.startsWith(text) && !text.startsWith(w.word)
      && consonantSkeleton(w.word) === consonantSkeleton(text) && similarity(w.word, text) >= scope.options.minSimilarity);
    if (near.length === 1) reports.push(driftReport(single, near[0]!.word, near[0]!.count));
  }
  return reports;
}

// ---------------------------------------------------------------- the rule

function checkPair(ctx: RuleContext<Options>, pair: AlignedPair, scope: Scope): { reports: Report[]; en: Found[] } {
  const en = namesOf(ctx, pair.en, scope.present), ko = namesOf(ctx, pair.ko, scope.present);
  const glossary = [...knownVariants(en, ko, scope), ...notStandard(pair, en, ko, scope)];
  const reported = new Set(glossary.flatMap((r) => en.filter((e) => r.target && e.mention.start < r.target.end && e.mention.end > r.target.start && e.segment === r.target.segment).map(spanKey)));
  const paired = pair.en && pair.ko ? counterparts(pair, en, ko, scope, reported) : [];
  return { reports: [...glossary, ...hanjaGlosses(en, ko, scope), ...paired], en };
}

export default defineRule({
  meta: {
    id: "name-drift",
    description: "Personal names must be spelled one way, as the glossary and the Korean source have them",
    category: "accuracy/mistranslation",
    defaultSeverity: "error",
    hasSuggestions: true,
    messages: {
      spellingDrift: 'Name "{{actual}}" is spelled "{{expected}}" elsewhere in the text ({{count}} times; letters: {{diff}})',
      knownVariant: 'Name "{{actual}}" is a known misspelling of "{{expected}}" ({{name}})',
      notStandard: '"{{actual}}" for {{korean}} is not the standard spelling "{{expected}}" (letters: {{diff}})',
      hanjaReading: "Hanja gloss {{hanja}} reads {{reading}}, not {{name}}",
      hanjaMismatch: "Hanja gloss {{hanja}} of {{korean}} differs from the known characters {{expected}} of {{name}}",
      noCounterpart: 'English name "{{actual}}" cannot render the Korean name "{{korean}}"',
    },
  },
  defaultOptions: { minSimilarity: 0.75, minTransliterationScore: 0.7, minReadingSimilarity: 0.85 },
  check: (ctx) => {
    const people = new Map((ctx.glossary.names ?? []).map((e) => [e.ko, e]));
    const scope: Scope = { options: ctx.options, people, present: presentPeople(ctx) };
    const results = ctx.article.pairs.map((pair) => checkPair(ctx, pair, scope));
    const reports = results.flatMap((r) => r.reports);
    const reported = new Set(reports.flatMap((r) => (r.target ? [`${r.target.segment.side}:${r.target.segment.index}:${r.target.start}`] : [])));
    return [...reports, ...spellingDrift(results.flatMap((r) => r.en), scope, reported)];
  },
});
