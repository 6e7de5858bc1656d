/**
 * name-drift: personal names rendered wrongly or inconsistently. (1) One person spelled two ways in the
 * English (Zhang Youxia / Zhang Youxiao). (2) A spelling the glossary lists as wrong (Kim Jong-eun), or a
 * name the aligned Korean gives a glossary person that is close to but not their standard spelling.
 * (3) A Hanja gloss in the Korean whose Mandarin reading contradicts the English and the Hangul
 * (a gloss 王毅 written beside the English Wang Wei), or that differs from the person's known characters. (4) An English
 * name that cannot render the Korean name beside it (김정은 -> Kim Jong-il). Name finding lives in
 * src/analysis/names.ts, transliteration and spelling comparison in src/text/romanization.ts, Hanja readings
 * in src/text/hanja.ts. The file holds four checks and runs past the usual 250 lines because the issue
 * defines them as one rule with one id; each check is a section below and shares the name matching above.
 */
import { diffChars } from "diff";
import type { NameMention, SegmentFacts } from "../src/analysis/index.js";
import { bestReading, isMandarinRendering } from "../src/text/hanja.js";
import {
  canonicalSpelling, capitalisedStretches, consonantSkeleton, hangulStretches, isDerivation, isVowelSwap, letterSimilarity, letterSimilarityBound, loneCapitalisedStretches,
  nameLetters, nameWordCount, spellingSimilarity, transliterationScore, hangulTransliterationTest, wordFreeFlags, type TextStretch,
} from "../src/text/romanization.js";
import { addTo, getOrAdd } from "../src/text/maps.js";
import { stretchTransliterationTest } from "../src/text/romanization-runs.js";
import { spanOf } from "../src/text/spans.js";
import { isAfterSentenceEnd } from "../src/text/words.js";
import { defineRule, type AlignedPair, type Glossary, type GlossaryEntry, type RuleContext, type RuleReport, type Segment, type Span } from "../src/types.js";

interface Options {
  /** Two spellings at least this similar (0..1: the better of the Dice coefficient of letter pairs and the edit similarity) can be one name. */
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
  /** Korean glossary words that are no names (미국, 외교부, 대통령), which cannot be a name the finder missed. */
  readonly koreanWords: ReadonlySet<string>;
  /** For a paragraph's Hangul stretches: 1 for each stretch with no Korean glossary word, read once per paragraph and article. */
  readonly wordFree: (stretches: readonly TextStretch[]) => Uint8Array;
  /** spellingOf for each of a paragraph's capitalised stretches, read once per paragraph and article. */
  readonly spellingsOf: (stretches: readonly TextStretch[]) => readonly Spelling[];
  /** spellingOf for the glossary's spellings, each read once per article. */
  readonly spellingOf: (form: string) => Spelling;
}

/** A Hangul syllable (right before a match: the match is inside a longer word). */
const HANGUL_SYLLABLE = /^[\uAC00-\uD7A3]$/;
/** Fewest letters of a lone word compared with the words of names (Kim, King, More are too short to tell). */
const MIN_LONE_WORD = 5;
/** Countries whose names the English gives in a Mandarin-based romanization (pinyin, Wade-Giles). */
const CHINESE_COUNTRIES = new Set(["CN", "TW"]);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
/** The key of a place in the article (side, paragraph, offset) in the sets of reported spans. */
const placeKey = (segment: Segment, start: number): string => `${segment.side}:${segment.index}:${start}`;
const spanKey = (found: Found): string => placeKey(found.segment, found.mention.start);
/** The accepted English spellings of a person: en, alternatives and, when asked, enShort. */
function accepted(entry: GlossaryEntry, hasShort: boolean): string[] {
  const full = [entry.en, ...strings(entry.alternatives)];
  return hasShort && typeof entry.enShort === "string" ? [...full, entry.enShort] : full;
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

/** Korean words of the terms, pairs and titles glossaries (미국, 외교부, 대통령): they name no person. */
function koreanGlossaryWords(glossary: Glossary): Set<string> {
  const entries = [...(glossary.terms ?? []), ...(glossary.pairs ?? []), ...(glossary.titles ?? [])];
  return new Set(entries.flatMap((e) => [e.ko, ...strings(e.koAliases), ...(typeof e.koFull === "string" ? [e.koFull] : [])]));
}

/** The glossary people named in full (not by a short form alone) anywhere in the article. */
function presentPeople(ctx: RuleContext<Options>): Set<string> {
  const keys = new Set<string>();
  // a paragraph repeated word for word names the same people: its facts (one object per distinct text and
  // side) are read once, told apart by identity instead of by hashing and comparing whole texts
  const read = new Set<SegmentFacts>();
  for (const segment of ctx.article.pairs.flatMap((pair) => [pair.ko, pair.en])) {
    const facts = segment ? ctx.analysis.of(segment) : null;
    if (!facts || read.has(facts)) continue;
    read.add(facts);
    for (const m of facts.names) if (m.kind === "full" && m.key) keys.add(m.key);
  }
  return keys;
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

/** The English spellings a Korean mention allows: its person's, or an unresolved short form's candidates' short forms. */
function allowedSpellings(korean: Found, scope: Scope): string[] {
  if (korean.key) return accepted(scope.people.get(korean.key)!, true);
  // an unresolved short form is surely a name only before a title (부시 대통령; 타이 may be Thailand)
  if (korean.mention.match !== "short" || !korean.mention.title) return [];
  return [...new Set(korean.mention.candidates.map((c) => scope.people.get(c)?.enShort).filter((s): s is string => typeof s === "string"))];
}

/** What closeness reads of a spelling: its letters, its words and its form without case, periods and initials. */
interface Spelling {
  readonly text: string;
  readonly letters: string;
  readonly words: number;
  readonly canonical: string;
}

const spellingOf = (text: string): Spelling => ({ text, letters: nameLetters(text), words: nameWordCount(text), canonical: canonicalSpelling(text) });

/**
 * How a stretch of English relates to the allowed spellings with as many words (or the same letters): the
 * closest one, the standard first on a tie. Null when there is none, or when it differs in letters from
 * all and none can be `minSimilarity` close (their lengths already rule it out).
 */
function closeness(text: Spelling, allowed: readonly Spelling[], minSimilarity: number): { score: number; best: string; isFormatOnly: boolean } | null {
  // a plural or derived word (the Musharrafs, Iraqi) is no misspelling of a one-word form
  const isWord = text.words === 1;
  const forms = allowed.filter((form) => (form.words === text.words || form.letters === text.letters) && !(isWord && isDerivation(form.text, text.text)));
  if (forms.length === 0) return null;
  const isFormatOnly = forms.some((form) => form.letters === text.letters);
  if (!isFormatOnly && !forms.some((form) => letterSimilarityBound(text.letters, form.letters) >= minSimilarity)) return null;
  let best = forms[0]!, score = -1;
  for (const form of forms) {
    const s = letterSimilarity(text.letters, form.letters);
    if (s > score) [best, score] = [form, s];
  }
  return { score, best: best.text, isFormatOnly };
}

/** True when the English names the Korean mention's glossary person in full. */
function isKnownRendered(korean: Found, en: readonly Found[]): boolean {
  return korean.key !== null && en.some((e) => e.key === korean.key && e.mention.kind === "full");
}

/** True when the English names the Korean mention's person by a short form (Obama, or Clinton for 클린턴). */
function isShortRendered(korean: Found, en: readonly Found[]): boolean {
  const keys = korean.key ? [korean.key] : korean.mention.candidates;
  return en.some((e) => e.mention.kind !== "full" && (keys.includes(e.key ?? "") || e.mention.candidates.some((c) => keys.includes(c))));
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
  let windows: { w: TextStretch; spelling: Spelling }[] | undefined; // read once, and only when a Korean name needs them
  const reports: Report[] = [];
  for (const korean of ko) {
    const allowed = allowedSpellings(korean, scope);
    if (allowed.length === 0 || isKnownRendered(korean, en)) continue;
    if (!windows) {
      const stretches = capitalisedStretches(pair.en.text), spelled = scope.spellingsOf(stretches);
      windows = stretches.flatMap((w, k) => (others.some((o) => w.start < o.mention.end && w.end > o.mention.start) ? [] : [{ w, spelling: spelled[k]! }]));
    }
    const spellings = allowed.map((form) => scope.spellingOf(form));
    const forms = new Set(spellings.map((form) => form.canonical));
    const rated = windows.flatMap(({ w, spelling }) => {
      const c = forms.has(spelling.canonical) ? null : closeness(spelling, spellings, minSimilarity);
      return c && (c.isFormatOnly || (c.score >= minSimilarity && transliterationScore(korean.mention.text, w.text) >= minTransliterationScore)) ? [{ w, ...c }] : [];
    });
    // an accepted spelling counts unless it sits inside a misspelt longer name (Obama in Borack Obama),
    // and a short form (Clinton, or 클린턴's candidates) does not excuse a misspelt full name (Hilary Clinton)
    const rendered = windows.filter(({ w, spelling }) => forms.has(spelling.canonical) && !rated.some((r) => r.w.start <= w.start && r.w.end >= w.end));
    const best = rated.sort((a, b) => b.score - a.score || (b.w.end - b.w.start) - (a.w.end - a.w.start))[0];
    const isFullMisspelling = best !== undefined && nameWordCount(best.w.text) > 1 && !best.isFormatOnly;
    if (!best || (!isFullMisspelling && (rendered.length > 0 || isShortRendered(korean, en)))) continue;
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

/**
 * (3a) A gloss whose Mandarin reading is not the English name that the Hangul and the glossary agree on.
 * Mainland names are pinyin, so a reading must give the very letters; Taiwanese and Hong Kong spellings
 * (Wade-Giles: Tsai Ing-wen, a hyphenated given name) need only sound alike.
 */
function readingReport(korean: Found, name: string, entry: GlossaryEntry | undefined, options: Options): Report[] {
  const hanja = korean.mention.hanja!;
  const { reading, isExact, score } = bestReading(hanja, name);
  const isPinyin = entry ? entry.country === "CN" : !/[-'’]/.test(name);
  if (isExact || (!isPinyin && score >= options.minReadingSimilarity)) return [];
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
    // the English name the gloss is read against: the glossary's for a known person, else the English counterpart.
    // Only the gloss is reported (a source span): the Korean is what is wrong, the English name is in the message.
    const name = entry ? entry.en : counterpart(korean, en, scope.options)?.mention.text;
    const contradiction = isChinese && name ? readingReport(korean, name, entry, scope.options) : [];
    if (contradiction.length > 0 || known.length === 0) return contradiction;
    const data = { hanja, korean: korean.mention.text, name: entry!.en };
    return [{ messageId: "hanjaMismatch" as const, ...glossSpan(korean), actual: hanja, expected: known[0]!, severity: "warning" as const, data }];
  });
}

// ---------------------------------------------------------------- (4) counterparts

/**
 * How well an English name renders a Korean one: 1 for the same person, 0 for two different glossary
 * people, else the transliteration score of the names, or of their best pair of words when that is
 * halfway to a perfect match (에르도간 터키 [총리] holds Erdogan and a country).
 */
function renderScore(korean: Found, english: Found, options: Options): number {
  const koKeys = korean.key ? [korean.key] : korean.mention.candidates;
  const enKeys = english.key ? [english.key] : english.mention.candidates;
  if (koKeys.some((k) => enKeys.includes(k))) return 1;
  if (koKeys.length > 0 && enKeys.length > 0) return 0;
  const whole = transliterationScore(korean.mention.text, english.mention.text);
  const strong = (1 + options.minTransliterationScore) / 2;
  const words = korean.mention.text.split(/\s+/).flatMap((k) => english.mention.text.split(/\s+/).map((e) => transliterationScore(k, e, false)));
  const best = Math.max(0, ...words);
  return best >= strong ? Math.max(whole, best) : whole;
}

/** Pairs Korean and English names one to one, best renderings first; returns the matched sets. */
function matchNames(koNames: readonly Found[], enNames: readonly Found[], options: Options): { ko: Set<Found>; en: Set<Found> } {
  const scored = koNames.flatMap((k) => enNames.map((e) => ({ k, e, score: renderScore(k, e, options) }))).filter((x) => x.score >= options.minTransliterationScore);
  const ko = new Set<Found>(), en = new Set<Found>();
  for (const { k, e } of scored.sort((a, b) => b.score - a.score)) {
    if (ko.has(k) || en.has(e)) continue;
    ko.add(k);
    en.add(e);
  }
  return { ko, en };
}

/** The items that pass a test, in order, each tested only when the caller asks for the next one. */
function* lazyFilter<T>(items: readonly T[], test: (item: T) => boolean): Generator<T, void> {
  for (const item of items) if (test(item)) yield item;
}

/** True when [start, end) overlaps one of the names. */
function overlapsAny(names: Iterable<Found>, start: number, end: number): boolean {
  for (const n of names) if (start < n.mention.end && end > n.mention.start) return true;
  return false;
}

/** True when a capitalised stretch of the English outside the given names (a place, a name the finder missed) could render the Korean name. */
function anyLatinRenders(korean: Found, enText: string, taken: Iterable<Found>, options: Options): boolean {
  const koWords = korean.mention.text.split(/\s+/).length;
  const isRendering = hangulTransliterationTest(korean.mention.text, options.minTransliterationScore);
  // a Korean name of several words (아베 신조) is rendered by as many English words, not by one (Japanese)
  return capitalisedStretches(enText).some((w) => w.text.split(" ").length <= 3 && (koWords === 1 || w.text.includes(" ")) && !overlapsAny(taken, w.start, w.end)
    && isRendering(w.text));
}

/** True when the Korean holds the English name's person (ko, alias, short form as a word) or a Hangul stretch outside the given names that could be it. */
function anyHangulRenders(english: Found, koText: string, taken: Iterable<Found>, scope: Scope): boolean {
  const entry = english.key ? scope.people.get(english.key) : undefined;
  const isFree = (start: number, end: number) => !overlapsAny(taken, start, end) && !HANGUL_SYLLABLE.test(koText[start - 1] ?? "");
  // each occurrence of the form, a one-syllable form only before a space; found as matchAll would, without overlaps
  const occurs = (form: string) => {
    for (let at = koText.indexOf(form); at >= 0;) {
      const isWord = form.length !== 1 || koText[at + 1] === " ";
      if (isWord && isFree(at, at + form.length)) return true;
      at = koText.indexOf(form, isWord ? at + form.length : at + 1);
    }
    return false;
  };
  if (entry && koreanForms(entry).some(occurs)) return true;
  const isRendering = stretchTransliterationTest(english.mention.text, scope.options.minTransliterationScore);
  const stretches = hangulStretches(koText), wordFree = scope.wordFree(stretches);
  return isRendering(koText, stretches, (w, k) => !overlapsAny(taken, w.start, w.end) && wordFree[k] === 1);
}

/**
 * (4) English names that render no Korean name, paired in order with Korean names that no English name
 * renders. Korean and English names are first matched one to one; a name left over is still rendered by a
 * stretch of the other side that no matched or glossary name covers (a place, a name the finder missed).
 */
function counterparts(pair: AlignedPair, en: readonly Found[], ko: readonly Found[], scope: Scope, reported: ReadonlySet<string>): Report[] {
  // an unresolved short form (부시, 차이) counts in Korean only before a title, where it is surely a name
  const koNames = ko.filter((k) => k.mention.kind === "full" || k.key || (k.mention.candidates.length > 0 && k.mention.title));
  const enNames = en.filter((e) => (e.mention.kind === "full" || e.key || e.mention.candidates.length > 0) && !reported.has(spanKey(e)) && e.mention.match !== "variant");
  const matched = matchNames(koNames, enNames, scope.options);
  const knownEn = en.filter((e) => e.key), knownKo = ko.filter((k) => k.key);
  // only as many lonely names of each side as the other side has are reported, so each side's are found
  // lazily, in order, and the costly searches of the paragraph stop once one side runs out
  const takenEn = [...matched.en, ...knownEn], takenKo = [...matched.ko, ...knownKo];
  const unmatchedEn = enNames.filter((e) => !matched.en.has(e) && (e.mention.kind === "full" || e.key));
  if (unmatchedEn.length === 0) return [];
  const lonelyKo = lazyFilter(koNames, (k) => !matched.ko.has(k) && !anyLatinRenders(k, pair.en!.text, takenEn, scope.options));
  const lonelyEn = lazyFilter(unmatchedEn, (e) => !anyHangulRenders(e, pair.ko!.text, takenKo, scope));
  const pairs: [Found, Found][] = [];
  for (let korean = lonelyKo.next(); !korean.done; korean = lonelyKo.next()) {
    const english = lonelyEn.next();
    if (english.done) break;
    pairs.push([english.value, korean.value]);
  }
  return pairs.map(([english, korean]) => {
    const isProven = Boolean(korean.key && english.key && korean.mention.kind === "full" && english.mention.kind === "full");
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
  return consonantSkeleton(x) === consonantSkeleton(y) && spellingSimilarity(x, y) >= options.minSimilarity;
}

/** What isSameFamily reads of a name: its glossary key and its text. */
const familyKey = (f: Found): string => `${f.key ?? ""}\u0000${f.mention.text}`;

/**
 * Groups English full names by person: glossary people by key, unknown spellings by family. A name joins
 * the first group holding a name of its family. isSameFamily reads only a name's key and text, so each
 * distinct (key, text) is compared once, and only with the distinct names that share its key, its letters
 * or its consonant skeleton (isSameFamily needs one of these), instead of with every name before it.
 */
function groupNames(names: readonly Found[], options: Options): Found[][] {
  const groups: Found[][] = [];
  const firstGroup = new Map<string, number>(); // distinct name -> lowest index of a group holding it
  const byKey = new Map<string, Found[]>(), byLetters = new Map<string, Found[]>(), bySkeleton = new Map<string, Found[]>();
  const answer = new Map<string, number>(); // distinct name -> its group, valid while no group gains a new distinct name
  for (const name of names) {
    const id = familyKey(name);
    let index = answer.get(id);
    if (index === undefined) {
      const related = [...(name.key ? byKey.get(name.key) ?? [] : []), ...(byLetters.get(nameLetters(name.mention.text)) ?? []),
        ...(bySkeleton.get(consonantSkeleton(name.mention.text)) ?? [])];
      index = related.filter((other) => isSameFamily(name, other, options)).reduce((min, other) => Math.min(min, firstGroup.get(familyKey(other))!), Infinity);
    }
    if (index === Infinity) groups.push([name]);
    else groups[index]!.push(name);
    const placed = index === Infinity ? groups.length - 1 : index;
    const previous = firstGroup.get(id);
    if (previous === undefined || placed < previous) {
      if (previous === undefined) {
        if (name.key) addTo(byKey, name.key, name);
        addTo(byLetters, nameLetters(name.mention.text), name);
        addTo(bySkeleton, consonantSkeleton(name.mention.text), name);
      }
      firstGroup.set(id, placed);
      answer.clear(); // a group gained a name it lacked: earlier answers may now point to a later group than the first match
    }
    answer.set(id, placed);
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

/** A stretch of English text that a drift report points at. */
interface Spot {
  readonly segment: Segment;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const spotOf = (f: Found): Spot => ({ segment: f.segment, start: f.mention.start, end: f.mention.end, text: f.mention.text });

function driftReport(spot: Spot, expected: string, count: number): Report {
  const data = { count, diff: letterDiff(spot.text, expected) };
  return {
    messageId: "spellingDrift", target: spanOf(spot.segment, spot.start, spot.end), actual: spot.text, expected, replacement: expected,
    severity: "warning", data,
  };
}

/**
 * Capitalised words standing alone that may be a surname by itself: name mentions of one word, and the
 * first word of a sentence ("Rothmann added"), which the name finder leaves out; not inside other names
 * or reported spans.
 */
function loneWords(segments: readonly Segment[], names: readonly Found[], reported: ReadonlySet<string>): Spot[] {
  const namesBySegment = new Map<Segment, Found[]>();
  for (const n of names) addTo(namesBySegment, n.segment, n);
  // a paragraph's lone words depend only on its text (its names and their people are the same wherever it stands)
  const byText = new Map<string, readonly TextStretch[]>();
  return segments.flatMap((segment) => {
    const lone = getOrAdd(byText, segment.text, (text) => loneWindows(text, namesBySegment.get(segment) ?? []));
    return lone.filter((w) => !reported.has(placeKey(segment, w.start))).map((w) => ({ segment, start: w.start, end: w.end, text: w.text }));
  });
}

/** The windows of a paragraph that loneWords keeps, before reported spans are left out. */
function loneWindows(text: string, own: readonly Found[]): TextStretch[] {
  // the windows with no space inside no other window (one word, not joined to a capitalised neighbour), found without the others
  const windows = loneCapitalisedStretches(text);
  const isMention = (w: TextStretch) => own.some((n) => n.mention.start === w.start && n.mention.kind !== "full");
  const isSentenceStart = (w: TextStretch) => isAfterSentenceEnd(text, w.start);
  const isInsideName = (w: TextStretch) => own.some((n) => w.start < n.mention.end && w.end > n.mention.start
    && (n.mention.kind === "full" || n.key || n.mention.candidates.length > 0));
  // an all-capitals word is a dateline or an acronym (GENEVA, NATO), not a name to compare
  return windows.filter((w) => w.text !== w.text.toUpperCase() && (isMention(w) || isSentenceStart(w)) && !isInsideName(w));
}

/** True when a lone word may misspell a word of a name: long enough, and not merely another vowel (Bashir, Bashar are two names). */
function isLoneMisspelling(word: string, text: string, options: Options): boolean {
  if (word.length < MIN_LONE_WORD || text.length < MIN_LONE_WORD || isDerivation(word, text)) return false;
  return !isVowelSwap(word, text) && consonantSkeleton(word) === consonantSkeleton(text) && spellingSimilarity(word, text) >= options.minSimilarity;
}

/** The Korean name of the same pair that the English spelling renders best, if any renders it. */
function renderingKorean(spot: Spot, ko: readonly Found[], options: Options): Found | undefined {
  const scored = ko.map((k) => ({ k, score: transliterationScore(k.mention.text, spot.text) })).filter((x) => x.score >= options.minTransliterationScore);
  return scored.sort((a, b) => b.score - a.score)[0]?.k;
}

/**
 * (1) One person spelled two ways: full names grouped by person, each spelling other than the group's
 * preferred one reported; then lone words (surnames) close to a word of a group's preferred spelling.
 */
function spellingDrift(
  segments: readonly Segment[], en: readonly Found[], scope: Scope, reported: ReadonlySet<string>, koreanOf: (segment: Segment) => readonly Found[],
): Report[] {
  const withSource = (report: Report, spot: Spot): Report => ({ ...report, ...source(renderingKorean(spot, koreanOf(spot.segment), scope.options)) });
  const usable = en.filter((f) => f.mention.match !== "variant" && !reported.has(spanKey(f)));
  const groups = groupNames(usable.filter((f) => f.mention.kind === "full"), scope.options);
  const reports: Report[] = [];
  const words: { word: string; count: number }[] = [];
  for (const group of groups) {
    const preferred = preferredSpelling(group, scope);
    // hyphens and spaces count (Kim Jong Un / Kim Jong-un); case, periods and a middle initial do not (George W. Bush / George Bush)
    const odd = group.filter((f) => canonicalSpelling(f.mention.text) !== canonicalSpelling(preferred));
    reports.push(...odd.map((f) => withSource(driftReport(spotOf(f), preferred, group.length - odd.length), spotOf(f))));
    for (const word of preferred.split(/\s+/)) words.push({ word, count: group.length - odd.length });
  }
  // the words of the preferred spellings by consonant skeleton (isLoneMisspelling needs the same one), in order
  const wordSet = new Set(words.map((w) => w.word));
  const bySkeleton = new Map<string, { word: string; count: number }[]>();
  for (const w of words) addTo(bySkeleton, consonantSkeleton(w.word), w);
  const nearest = new Map<string, { word: string; count: number } | null>(); // lone word -> the one word it misspells
  for (const single of loneWords(segments, en, reported)) {
    const text = single.text;
    if (wordSet.has(text)) continue;
    let target = nearest.get(text);
    if (target === undefined) {
      const near = (bySkeleton.get(consonantSkeleton(text)) ?? []).filter((w) => isLoneMisspelling(w.word, text, scope.options));
      const targets = [...new Set(near.map((w) => w.word))];
      target = targets.length === 1 ? near[0]! : null;
      nearest.set(text, target);
    }
    if (target) reports.push(withSource(driftReport(single, target.word, target.count), single));
  }
  return reports;
}

// ---------------------------------------------------------------- the rule

function checkPair(ctx: RuleContext<Options>, pair: AlignedPair, scope: Scope): { reports: Report[]; en: Found[]; ko: Found[] } {
  const en = namesOf(ctx, pair.en, scope.present), ko = namesOf(ctx, pair.ko, scope.present);
  const glossary = [...knownVariants(en, ko, scope), ...notStandard(pair, en, ko, scope)];
  const reported = new Set(glossary.flatMap((r) => en.filter((e) => r.target && e.mention.start < r.target.end && e.mention.end > r.target.start && e.segment === r.target.segment).map(spanKey)));
  const paired = pair.en && pair.ko ? counterparts(pair, en, ko, scope, reported) : [];
  return { reports: [...glossary, ...hanjaGlosses(en, ko, scope), ...paired], en, ko };
}

/** The reports of the pairs checked so far, by the facts of their Korean and English texts (null: no such side). */
type PairReports = Map<SegmentFacts | null, ReportsByEnglish>;
/** The reports of the pairs checked so far with one Korean text, by the facts of their English text. */
type ReportsByEnglish = Map<SegmentFacts | null, { readonly pair: AlignedPair; readonly reports: readonly Report[] }>;

/** A report of one pair moved onto another pair with the same texts: its spans on that pair's segments. */
function moveReport(report: Report, from: AlignedPair, to: AlignedPair): Report {
  const move = (span: Span) => spanOf(span.segment === from.ko ? to.ko! : to.en!, span.start, span.end);
  return { ...report, ...(report.source ? { source: move(report.source) } : {}), ...(report.target ? { target: move(report.target) } : {}) };
}

/**
 * checkPair for a pair whose texts an earlier pair had (a long document repeats paragraphs): the same
 * names, people and article scope give the same reports, so they are moved onto this pair's segments.
 * The analysis gives one facts object per distinct text and side, which keys the earlier pair.
 */
function checkRepeatedPair(ctx: RuleContext<Options>, pair: AlignedPair, scope: Scope, seen: PairReports): { reports: Report[]; en: Found[]; ko: Found[] } {
  const koFacts = pair.ko ? ctx.analysis.of(pair.ko) : null, enFacts = pair.en ? ctx.analysis.of(pair.en) : null;
  const byEnglish = getOrAdd(seen, koFacts, (): ReportsByEnglish => new Map());
  const earlier = byEnglish.get(enFacts);
  if (!earlier) {
    const result = checkPair(ctx, pair, scope);
    byEnglish.set(enFacts, { pair, reports: result.reports });
    return result;
  }
  const reports = earlier.reports.map((report) => moveReport(report, earlier.pair, pair));
  return { reports, en: namesOf(ctx, pair.en, scope.present), ko: namesOf(ctx, pair.ko, scope.present) };
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
  defaultOptions: { minSimilarity: 0.75, minTransliterationScore: 0.7, minReadingSimilarity: 0.75 },
  check: (ctx) => {
    const people = new Map((ctx.glossary.names ?? []).map((e) => [e.ko, e]));
    const spellings = new Map<string, Spelling>(); // at most the glossary's spellings
    const wordFree = new Map<readonly TextStretch[], Uint8Array>(); // a few bytes per Korean paragraph with an unmatched English name
    const stretchSpellings = new Map<readonly TextStretch[], readonly Spelling[]>(); // per English paragraph whose Korean names someone it misses
    const koreanWords = koreanGlossaryWords(ctx.glossary);
    const scope: Scope = {
      options: ctx.options, people, present: presentPeople(ctx), koreanWords,
      wordFree: (stretches) => getOrAdd(wordFree, stretches, () => wordFreeFlags(stretches, koreanWords)),
      spellingsOf: (stretches) => getOrAdd(stretchSpellings, stretches, () => stretches.map((w) => spellingOf(w.text))),
      spellingOf: (form) => getOrAdd(spellings, form, spellingOf),
    };
    const seen: PairReports = new Map(); // one entry per distinct pair of texts, dropped with the run
    const results = ctx.article.pairs.map((pair) => checkRepeatedPair(ctx, pair, scope, seen));
    const reports = results.flatMap((r) => r.reports);
    const reported = new Set(reports.flatMap((r) => (r.target ? [placeKey(r.target.segment, r.target.start)] : [])));
    const segments = ctx.article.pairs.flatMap((pair) => (pair.en ? [pair.en] : []));
    const pairOf = new Map(ctx.article.pairs.map((pair, index) => [pair.en, index] as const).reverse()); // first pair wins
    const koreanOf = (segment: Segment) => results[pairOf.get(segment) ?? -1]?.ko ?? [];
    return [...reports, ...spellingDrift(segments, results.flatMap((r) => r.en), scope, reported, koreanOf)];
  },
});
