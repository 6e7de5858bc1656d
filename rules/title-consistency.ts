/**
 * title-consistency: one person carries different titles in one language across the article ("Defense
 * Minister Lee" four times, "Spokesperson Lee" once; 이 장관 three times, 이 차관 once). Both languages are checked,
 * because source texts have these errors too. The title most mentions agree with is the reference (ties go to
 * the title the other language confirms, then to the first mention); the others are reported. Short forms of
 * one office (장관 and 외교장관, "Advisor" and "National Security Adviser"), former or acting titles, titles the
 * glossary knows the person holds (names.json role), titles held together (겸, "and") and mentions next to words
 * that announce a change of post are exempt. An English outlier shows the Korean title of its paragraph as source.
 */
import { compareTitles, isHeldTitle } from "../src/analysis/people-compare.js";
import { isSamePerson, resolvePeople, type SideMention } from "../src/analysis/people-identity.js";
import type { TitleMention } from "../src/analysis/people.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type RuleReport, type Side, type Span } from "../src/types.js";

interface Options {
  /** Titled mentions (count) a person needs before the titles are compared. */
  minMentions: number;
  /** Do not check the Korean source text. */
  ignoreSource: boolean;
  /** Consonant classes (count) two names in different scripts must share before they count as one person. */
  minNameConsonants: number;
  /** Characters around a mention searched for words that announce a change of post (promoted, 취임). */
  maxCueDistance: number;
}
type MessageId = "inconsistentTitle" | "inconsistentSourceTitle";

interface Sides {
  readonly own: readonly SideMention[];
  readonly other: readonly SideMention[];
  readonly side: Side;
  readonly options: Options;
}

/** Defaults: two titled mentions, both languages, two consonant classes to match names, cues within 60 characters. */
const DEFAULT_OPTIONS: Options = { minMentions: 2, ignoreSource: false, minNameConsonants: 2, maxCueDistance: 60 };
/** Ranks that make a different title legitimate in one mention: a former, acting or designated holder. */
const CONTEXT_RANKS = new Set(["former", "acting", "elect", "nominee", "interim"]);
/** Ranks that make two titles of one office different posts (a vice chairman is not the chairman). */
const POST_RANKS = new Set(["vice", "first", "second", "assistant"]);
/** Words that announce a change of post in the paragraph, so two titles may both be right. */
const CHANGE_CUES: Readonly<Record<Side, RegExp>> = {
  en: /\b(?:promot(?:ed|ion)|appoint(?:ed|ment)|nominat(?:ed|ion)|sworn in|succeed(?:ed|s)?|replac(?:ed|es|ing)|took office|elected|became|resign(?:ed|s|ation)|stepped down|demoted|reshuffle)\b/i,
  ko: /승진|임명|발탁|취임|내정|지명|선출|당선|기용|사임|퇴임|물러|경질|교체|후임|전임|출신/,
};

const titleOf = (m: SideMention): TitleMention => m.mention.title!;

/** Two titles of one person agree: one office and the same post rank (former, acting and the like aside). */
function agree(a: TitleMention, b: TitleMention): boolean {
  const difference = compareTitles(a, b);
  if (difference.kind !== "rank") return difference.kind === "same";
  return [...difference.added, ...difference.dropped].every((r) => !POST_RANKS.has(r));
}

function isContextual(m: SideMention): boolean {
  return titleOf(m).isThen || titleOf(m).modifiers.some((r) => CONTEXT_RANKS.has(r));
}

/** The titled mentions of each identified person; Korean people need a glossary name or a matching English name. */
function byPerson({ own, other, side, options }: Sides): Map<string, SideMention[]> {
  const groups = new Map<string, SideMention[]>();
  for (const m of own) {
    if (!m.mention.title || m.person === null || isContextual(m)) continue;
    const isConfirmed = side === "en" || m.isKnown || other.some((o) => isSamePerson(m, o, options.minNameConsonants));
    if (isConfirmed) groups.set(m.person, [...(groups.get(m.person) ?? []), m]);
  }
  return groups;
}

/** The other language's mentions of the same person (or its unnamed titles in the same paragraph). */
function counterparts(m: SideMention, sides: Sides): SideMention[] {
  const same = (o: SideMention) => (sides.side === "ko" ? isSamePerson(m, o, sides.options.minNameConsonants) : isSamePerson(o, m, sides.options.minNameConsonants));
  return sides.other.filter((o) => o.mention.title !== null && (same(o) || (o.pair === m.pair && o.mention.text === "")));
}

function agreesAcross(m: SideMention, o: SideMention, side: Side): boolean {
  return side === "ko" ? agree(titleOf(m), titleOf(o)) : agree(titleOf(o), titleOf(m));
}

/** The mention whose title most others agree with; ties go to the one the other language confirms, then the first. */
function reference(group: readonly SideMention[], sides: Sides): SideMention {
  const support = (m: SideMention) => group.filter((n) => agree(titleOf(m), titleOf(n))).length;
  const confirmed = (m: SideMention) => counterparts(m, sides).filter((o) => agreesAcross(m, o, sides.side)).length;
  const isBetter = (m: SideMention, best: SideMention) =>
    support(m) > support(best) || (support(m) === support(best) && confirmed(m) > confirmed(best));
  return group.reduce((best, m) => (isBetter(m, best) ? m : best));
}

/** Titles the person holds together, as the text says (경제부총리 겸 기획재정부 장관). */
function jointTitles(group: readonly SideMention[]): TitleMention[] {
  return group.flatMap((n) => (n.mention.alsoTitle ? [n.mention.alsoTitle, titleOf(n)] : []));
}

/** A word announcing a change of post near the mention (promoted, 승진, 취임): both titles may be right. */
function hasChangeCue(m: SideMention, sides: Sides): boolean {
  const { text } = m.segment, distance = sides.options.maxCueDistance;
  const near = text.slice(Math.max(0, m.mention.start - distance), Math.min(text.length, m.mention.end + distance));
  return CHANGE_CUES[sides.side].test(near);
}

function isExempt(m: SideMention, group: readonly SideMention[], sides: Sides): boolean {
  if (isHeldTitle(titleOf(m), m.role) || jointTitles(group).some((t) => agree(t, titleOf(m)))) return true;
  if (hasChangeCue(m, sides)) return true;
  return counterparts(m, sides).some((o) => o.pair === m.pair && agreesAcross(m, o, sides.side));
}

/** The other language's title for the same person in the same paragraph, the one agreeing with the reference first. */
function counterpartSpan(m: SideMention, ref: SideMention, sides: Sides): Span | undefined {
  const here = counterparts(m, sides).filter((o) => o.pair === m.pair && o.mention.text !== "");
  const other = here.find((o) => agreesAcross(ref, o, sides.side)) ?? here[0];
  const title = other?.mention.title;
  return other && title ? spanOf(other.segment, title.start, title.end) : undefined;
}

/**
 * An English outlier shows the Korean title of that paragraph as its source (the evidence); a Korean outlier
 * is located on the Korean word alone, since a target span would make the English its primary location.
 */
function toReport(m: SideMention, ref: SideMention, count: number, sides: Sides): RuleReport<MessageId> {
  const title = titleOf(m), expected = titleOf(ref).text;
  const span = spanOf(m.segment, title.start, title.end);
  const common = { data: { name: ref.fullName || m.fullName, count }, actual: title.text, expected };
  if (sides.side === "ko") return { messageId: "inconsistentSourceTitle", ...common, source: span };
  const other = counterpartSpan(m, ref, sides);
  return { messageId: "inconsistentTitle", ...common, target: span, replacement: expected, ...(other ? { source: other } : {}) };
}

function checkGroup(group: readonly SideMention[], sides: Sides): RuleReport<MessageId>[] {
  if (group.length < sides.options.minMentions) return [];
  const ref = reference(group, sides);
  const agreeing = group.filter((m) => agree(titleOf(ref), titleOf(m))).length;
  return group
    .filter((m) => !agree(titleOf(ref), titleOf(m)) && !isExempt(m, group, sides))
    .map((m) => toReport(m, ref, agreeing, sides));
}

function checkSide(sides: Sides): RuleReport<MessageId>[] {
  return [...byPerson(sides).values()].flatMap((group) => checkGroup(group, sides));
}

export default defineRule({
  meta: {
    id: "title-consistency",
    description: "A person must carry the same title throughout the article in each language",
    category: "terminology/inconsistency",
    defaultSeverity: "warning",
    hasSuggestions: true,
    messages: {
      inconsistentTitle: 'Title "{{actual}}" for {{name}} differs from "{{expected}}" in {{count}} other mention(s)',
      inconsistentSourceTitle: 'The Korean calls {{name}} "{{actual}}" here but "{{expected}}" in {{count}} other mention(s)',
    },
  },
  defaultOptions: DEFAULT_OPTIONS,
  check: ({ article, analysis, glossary, options }) => {
    const ko = resolvePeople(article, analysis, "ko", glossary);
    const en = resolvePeople(article, analysis, "en", glossary);
    const english = checkSide({ own: en, other: ko, side: "en", options });
    return options.ignoreSource ? english : [...english, ...checkSide({ own: ko, other: en, side: "ko", options })];
  },
});
