/**
 * term-consistency: one Korean term rendered in English in ways that contradict each other within one text
 * (청와대 as "Blue House" here and "Cheong Wa Dae" there, 동해 as "East Sea" and "Sea of Japan"), and
 * renderings the glossary lists as wrong (전구 as "war zone"). Terms are terms.json entries found by
 * ctx.analysis in both paragraphs of a bead; an English rendering counts only where its Korean term
 * stands in the aligned paragraph, and a paragraph whose English names no known rendering says nothing
 * (translators paraphrase). Acronyms, shortenings and plain descriptions of a name are not inconsistencies.
 */
import type { TermHit } from "../src/analysis/terms.js";
import { areCompatible, isAcronym, normalizeRendering, spellingFacts, type SpellingFacts } from "../src/text/english-forms.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type GlossaryEntry, type RuleContext, type RuleReport, type Segment } from "../src/types.js";

interface Options {
  /** Korean mentions of a term (count, in the whole text) before its English renderings are compared. */
  minOccurrences: number;
  /** Compare renderings only of terms whose standard English form is a name (capitalized or an acronym), not common nouns such as tariffs/duties. */
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
}

/** A capital letter at the start of a standard rendering: the term is a name (Blue House, Eastern Theater Command). */
const PROPER_NAME = /^\p{Lu}/u;

function termsOf(ctx: Ctx, segment: Segment): TermHit[] {
  return ctx.analysis.of(segment).terms.filter((m): m is TermHit => m.glossary === "terms");
}

/** Terms of different countries are different terms: 국방부 (Defense Ministry) and 미 국방부 (Pentagon). */
function groupOf(hit: TermHit): string {
  return `${hit.key}\u0000${hit.qualifier ?? ""}`;
}

function nonStandard(en: TermHit, ko: TermHit, pair: AlignedPair, entry: GlossaryEntry): RuleReport<MessageId> {
  return {
    messageId: "nonStandardTerm", data: { korean: ko.text }, actual: en.text, expected: entry.en, replacement: entry.en,
    source: spanOf(pair.ko!, ko.start, ko.end), target: spanOf(pair.en!, en.start, en.end),
  };
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
  for (const ko of koTerms) tally.counts.set(groupOf(ko), (tally.counts.get(groupOf(ko)) ?? 0) + 1);
  for (const key of new Set(koTerms.map((k) => k.key))) {
    const mentions = koTerms.filter((k) => k.key === key);
    const entry = ctx.glossary.terms?.find((e) => e.ko === key);
    const renderings = enTerms.filter((e) => e.key === key);
    if (!entry) continue;
    reports.push(...renderings.filter((e) => e.form === "variant").map((e) => nonStandard(e, mentions[0]!, pair, entry)));
    if (new Set(mentions.map(groupOf)).size !== 1) continue; // two countries' terms in one paragraph: which is which is unknown
    const accepted = renderings.filter((e) => e.form !== "variant").map((en) => ({ en, ko: mentions[0]!, pair, norm: normalizeRendering(en.rendering, facts) }));
    if (isGloss(accepted, mentions.length)) continue;
    const group = groupOf(mentions[0]!);
    tally.renderings.set(group, [...(tally.renderings.get(group) ?? []), ...accepted]);
  }
  return reports;
}

/** The renderings of the form most used (acronyms aside); a tie goes to the glossary's standard form, then to the first used. */
function majority(list: readonly Rendering[], entry: GlossaryEntry, facts: SpellingFacts): readonly Rendering[] {
  const groups = new Map<string, Rendering[]>();
  for (const r of list.filter((x) => !isAcronym(x.en.rendering))) groups.set(r.norm, [...(groups.get(r.norm) ?? []), r]);
  const standard = normalizeRendering(entry.en, facts);
  const ranked = [...groups.values()].sort((a, b) => b.length - a.length || Number(b[0]!.norm === standard) - Number(a[0]!.norm === standard));
  return ranked[0] ?? [];
}

/** The majority form as written where its case fits the flagged words (not the headline's "Tariffs" for "duties"). */
function writtenLike(flagged: Rendering, top: readonly Rendering[]): string {
  const isLower = (text: string) => /^\p{Ll}/u.test(text);
  const sample = top.find((r) => isLower(r.en.text) === isLower(flagged.en.text)) ?? top[0]!;
  const text = sample.en.text;
  return isLower(flagged.en.text) && isLower(sample.en.rendering) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function inconsistencies(list: readonly Rendering[], entry: GlossaryEntry, facts: SpellingFacts): RuleReport<MessageId>[] {
  const top = majority(list, entry, facts);
  const chosen = top[0];
  if (!chosen) return [];
  return list
    .filter((r) => r.norm !== chosen.norm && !areCompatible(r.en.rendering, chosen.en.rendering, facts))
    .map((r) => {
      const expected = writtenLike(r, top);
      return {
        messageId: "inconsistentTerm" as const, data: { korean: r.ko.text }, actual: r.en.text, expected, replacement: expected,
        source: spanOf(r.pair.ko!, r.ko.start, r.ko.end), target: spanOf(r.pair.en!, r.en.start, r.en.end),
      };
    });
}

function isCompared(entry: GlossaryEntry, options: Options): boolean {
  return !options.ignoreCommonTerms || PROPER_NAME.test(entry.en) || isAcronym(entry.en);
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
  defaultOptions: { minOccurrences: 2, ignoreCommonTerms: true },
  check: (ctx) => {
    const facts = spellingFacts(ctx.glossary);
    const tally: Tally = { counts: new Map(), renderings: new Map() };
    const reports = ctx.article.pairs.flatMap((pair) => tallyPair(pair, ctx, facts, tally));
    for (const [group, list] of tally.renderings) {
      const entry = ctx.glossary.terms?.find((e) => e.ko === list[0]?.ko.key);
      if (!entry || (tally.counts.get(group) ?? 0) < ctx.options.minOccurrences || !isCompared(entry, ctx.options)) continue;
      reports.push(...inconsistencies(list, entry, facts));
    }
    return reports;
  },
});
