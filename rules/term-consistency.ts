/**
 * term-consistency: one Korean term rendered in English in ways that contradict each other within one text
 * (청와대 as "Blue House" here and "Cheong Wa Dae" there, 동해 as "East Sea" and "Sea of Japan"), and
 * renderings the glossary lists as wrong (전구 as "war zone"). Terms are terms.json entries found by
 * ctx.analysis in both paragraphs of a bead; an English rendering counts only where its Korean term
 * stands in the aligned paragraph, and a paragraph whose English names no known rendering says nothing
 * (translators paraphrase). Acronyms, shortenings and plain descriptions of a name are not inconsistencies.
 */
import type { TermHit } from "../src/analysis/terms.js";
import { countryLexicon, findCountryNames, type CountryLexicon } from "../src/text/country-names.js";
import { areCompatible, isAcronym, normalizeRendering, spellingFacts, type SpellingFacts } from "../src/text/english-forms.js";
import { addTo, getOrAdd } from "../src/text/maps.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type GlossaryEntry, type RuleContext, type RuleReport, type Segment } from "../src/types.js";

interface Options {
  /** Korean mentions of a term (count, in the whole text) before its English renderings are compared. */
  minOccurrences: number;
  /**
   * Do not compare renderings of common-noun terms (tariffs/duties); by default their mixes are reported as
   * info, since varying a common noun is often deliberate style, while mixing names (capitalized or acronym) is a warning.
   */
  ignoreCommonTerms: boolean;
}
type MessageId = "inconsistentTerm" | "nonStandardTerm";
type Ctx = RuleContext<Options>;

/** One English rendering of a Korean term, with the Korean mention it translates. */
interface Rendering {
  readonly en: TermHit;
  readonly ko: TermHit;
  readonly pair: AlignedPair;
  /** Normalized form (case, U.S./US, spelling, plural folded). */
  readonly norm: string;
}

/** Per-text state: Korean mention counts and English renderings, both by term group (key + qualifier). */
interface Tally {
  readonly counts: Map<string, number>;
  readonly renderings: Map<string, Rendering[]>;
  /** Per term: the country a bare mention stands for, when the text introduced the term only for that country. */
  readonly bare: ReadonlyMap<string, string>;
  readonly lexicon: CountryLexicon;
  /** terms.json entries by ko key (the first entry of a key, as Array.find would give). */
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
}

/** A capital letter at the start of a standard rendering: the term is a name (Blue House, Eastern Theater Command). */
const PROPER_NAME = /^\p{Lu}/u;
/** Characters before an English rendering searched for the country that owns it (South Korea's Defense Ministry). */
const COUNTRY_WINDOW = 40;
/** What may stand between a country and the institution it owns: a possessive, a space. */
const COUNTRY_GAP = /^(?:['’]s)?\s+$/;
/** A word that starts in lower case: the case a replacement follows (tariffs, not the headline's Tariffs). */
const LOWER_INITIAL = /^\p{Ll}/u;

function termsOf(ctx: Ctx, segment: Segment): TermHit[] {
  return ctx.analysis.of(segment).terms.filter((m): m is TermHit => m.glossary === "terms");
}

/**
 * Terms of different countries are different terms: 국방부 (Defense Ministry) and 미 국방부 (Pentagon). A bare
 * mention belongs to the country the text introduced the term with (미국 국방부 …, 국방부 대변인은 …).
 */
function groupOf(hit: TermHit, tally: Tally): string {
  return `${hit.key}\u0000${hit.qualifier ?? tally.bare.get(hit.key) ?? ""}`;
}

/**
 * Korean news names a foreign institution with its country first and may drop it later, while the
 * domestic one goes bare throughout: when a term's first mention is qualified and every qualified mention
 * names one country, its bare mentions stand for that country.
 */
function bareQualifiers(ctx: Ctx): Map<string, string> {
  const mentions = ctx.article.pairs.flatMap((pair) => (pair.ko ? termsOf(ctx, pair.ko) : []));
  const bare = new Map<string, string>();
  const byKey = new Map<string, TermHit[]>();
  for (const m of mentions) addTo(byKey, m.key, m);
  for (const [key, own] of byKey) {
    const countries = new Set(own.map((m) => m.qualifier).filter((q) => q !== null));
    const first = own[0]?.qualifier;
    if (first && countries.size === 1) bare.set(key, first);
  }
  return bare;
}

function nonStandard(en: TermHit, ko: TermHit, pair: AlignedPair, entry: GlossaryEntry): RuleReport<MessageId> {
  return {
    messageId: "nonStandardTerm", data: { korean: ko.text }, actual: en.text, expected: entry.en, replacement: entry.en,
    source: spanOf(pair.ko!, ko.start, ko.end), target: spanOf(pair.en!, en.start, en.end),
  };
}

/**
 * True when the English names another country right before the rendering than the one the Korean term
 * was taken to stand for ("South Korea's Defense Ministry" where a bare 국방부 followed 미국 국방부).
 */
function isOtherCountrys(en: TermHit, segment: Segment, country: string | undefined, lexicon: CountryLexicon): boolean {
  if (country === undefined) return false;
  const before = segment.text.slice(Math.max(0, en.start - COUNTRY_WINDOW), en.start);
  const names = findCountryNames(before, lexicon);
  const last = names[names.length - 1];
  return last !== undefined && COUNTRY_GAP.test(before.slice(last.end)) && !last.ids.includes(country);
}

/** More renderings than Korean mentions, in different words: a gloss ("Cheong Wa Dae, the former Blue House"), not a mix. */
function isGloss(renderings: readonly Rendering[], mentions: number): boolean {
  return renderings.length > mentions && new Set(renderings.map((r) => r.norm)).size > 1;
}

/** Tallies one bead; returns reports for renderings the glossary lists as wrong. */
function tallyPair(pair: AlignedPair, ctx: Ctx, facts: SpellingFacts, tally: Tally): RuleReport<MessageId>[] {
  if (!pair.ko || !pair.en) return [];
  const koTerms = termsOf(ctx, pair.ko);
  const enTerms = termsOf(ctx, pair.en);
  const reports: RuleReport<MessageId>[] = [];
  for (const ko of koTerms) tally.counts.set(groupOf(ko, tally), (tally.counts.get(groupOf(ko, tally)) ?? 0) + 1);
  for (const key of new Set(koTerms.map((k) => k.key))) {
    const mentions = koTerms.filter((k) => k.key === key);
    const entry = tally.entries.get(key);
    const renderings = enTerms.filter((e) => e.key === key);
    if (!entry) continue;
    reports.push(...renderings.filter((e) => e.form === "variant").map((e) => nonStandard(e, mentions[0]!, pair, entry)));
    if (new Set(mentions.map((m) => groupOf(m, tally))).size !== 1) continue; // two countries' terms in one paragraph: which is which is unknown
    const group = groupOf(mentions[0]!, tally);
    const country = mentions[0]!.qualifier ?? tally.bare.get(key);
    const accepted = renderings
      .filter((e) => e.form !== "variant" && !isOtherCountrys(e, pair.en!, country, tally.lexicon))
      .map((en) => ({ en, ko: mentions[0]!, pair, norm: normalizeRendering(en.rendering, facts) }));
    if (isGloss(accepted, mentions.length)) continue;
    getOrAdd(tally.renderings, group, () => []).push(...accepted);
  }
  return reports;
}

/** The renderings of the form most used (acronyms aside); a tie goes to the glossary's standard form, then to the first used. */
function majority(list: readonly Rendering[], entry: GlossaryEntry, facts: SpellingFacts): readonly Rendering[] {
  const groups = new Map<string, Rendering[]>();
  for (const r of list.filter((x) => !isAcronym(x.en.rendering))) addTo(groups, r.norm, r);
  const standard = normalizeRendering(entry.en, facts);
  const ranked = [...groups.values()].sort((a, b) => b.length - a.length || Number(b[0]!.norm === standard) - Number(a[0]!.norm === standard));
  return ranked[0] ?? [];
}

/** The majority form as written where its case fits the flagged words (not the headline's "Tariffs" for "duties"). */
function writtenLike(flagged: Rendering, top: readonly Rendering[]): string {
  const isLower = (text: string) => LOWER_INITIAL.test(text);
  const sample = top.find((r) => isLower(r.en.text) === isLower(flagged.en.text)) ?? top[0]!;
  const text = sample.en.text;
  return isLower(flagged.en.text) && isLower(sample.en.rendering) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function inconsistencies(list: readonly Rendering[], entry: GlossaryEntry, facts: SpellingFacts): RuleReport<MessageId>[] {
  const top = majority(list, entry, facts);
  const chosen = top[0];
  if (!chosen) return [];
  const severity = isName(entry) ? {} : { severity: "info" as const };
  return list
    .filter((r) => r.norm !== chosen.norm && !areCompatible(r.en.rendering, chosen.en.rendering, facts))
    .map((r) => {
      const expected = writtenLike(r, top);
      return {
        messageId: "inconsistentTerm" as const, data: { korean: r.ko.text }, actual: r.en.text, expected, replacement: expected,
        source: spanOf(r.pair.ko!, r.ko.start, r.ko.end), target: spanOf(r.pair.en!, r.en.start, r.en.end), ...severity,
      };
    });
}

/** Entries by ko key, the first of each key kept: a lookup per term and paragraph instead of a scan of the glossary. */
function entriesByKey(entries: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  const byKey = new Map<string, GlossaryEntry>();
  for (const entry of entries) if (!byKey.has(entry.ko)) byKey.set(entry.ko, entry);
  return byKey;
}

/** A term whose standard rendering is a name (Blue House, IAEA), not a common noun (tariffs). */
function isName(entry: GlossaryEntry): boolean {
  return PROPER_NAME.test(entry.en) || isAcronym(entry.en);
}

function isCompared(entry: GlossaryEntry, options: Options): boolean {
  return !options.ignoreCommonTerms || isName(entry);
}

export default defineRule({
  meta: {
    id: "term-consistency",
    description: "A Korean term must be rendered one accepted way throughout the English text",
    category: "terminology/inconsistency",
    defaultSeverity: "warning",
    hasSuggestions: true,
    messages: {
      inconsistentTerm: 'Term "{{korean}}" is rendered "{{actual}}" here and "{{expected}}" elsewhere in this text',
      nonStandardTerm: 'Term "{{korean}}" is rendered "{{actual}}"; the standard rendering is "{{expected}}"',
    },
  },
  defaultOptions: { minOccurrences: 2, ignoreCommonTerms: false },
  check: (ctx) => {
    const facts = spellingFacts(ctx.glossary);
    const tally: Tally = {
      counts: new Map(), renderings: new Map(), bare: bareQualifiers(ctx), lexicon: countryLexicon(ctx.glossary), entries: entriesByKey(ctx.glossary.terms ?? []),
    };
    const reports = ctx.article.pairs.flatMap((pair) => tallyPair(pair, ctx, facts, tally));
    for (const [group, list] of tally.renderings) {
      const key = list[0]?.ko.key;
      const entry = key === undefined ? undefined : tally.entries.get(key);
      if (!entry || (tally.counts.get(group) ?? 0) < ctx.options.minOccurrences || !isCompared(entry, ctx.options)) continue;
      reports.push(...inconsistencies(list, entry, facts));
    }
    return reports;
  },
});
