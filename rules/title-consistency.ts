/**
 * title-consistency: one person carries different titles in one language across the article ("Defense
 * Minister Lee" four times, "Spokesperson Lee" once; 이 장관 three times, 이 차관 once). Both languages are checked,
 * because source texts have these errors too. The title most mentions agree with is the reference (ties go to
 * the title the other language confirms, then to the first mention); the others are reported. Short forms of
 * one office (장관 and 외교장관, "Advisor" and "National Security Adviser"), former or acting titles, titles the
 * glossary knows the person holds (names.json role), titles held together (겸, "and") and mentions next to words
 * that announce a change of post are exempt. An English outlier shows the Korean title of its paragraph as source.
 */
import { compareTitles, isHeldTitle, wordingKey } from "../src/analysis/people-compare.js";
import { identityKey, isSamePerson, resolvePeople, samePersonCandidates, type SideMention } from "../src/analysis/people-identity.js";
import { addTo } from "../src/text/maps.js";
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
  readonly index: Index;
}

/** Titles by wording (Index.wording), each with one mention's title and how many mentions carry it. */
type Wordings = Map<number, { title: TitleMention; count: number }>;

/** One identity of the other language with a title: a mention of it, and its titles by wording. */
interface TitledPerson {
  readonly mention: SideMention;
  readonly wordings: Wordings;
}

/**
 * Memos for one run over one article. isSamePerson reads only a mention's identity (identityKey) and agree()
 * only a title's wording (wordingKey), so each distinct identity or wording is compared once with each
 * distinct other instead of once per mention; a person named thousands of times in a long document then
 * costs as much as one named a few times.
 */
interface Index {
  readonly identity: (m: SideMention) => number;
  readonly wording: (t: TitleMention) => number;
  readonly agree: (a: TitleMention, b: TitleMention) => boolean;
  readonly same: (m: SideMention, o: SideMention, side: Side) => boolean;
  /** Titled mentions of the other language by identity, then by wording with their count. */
  readonly otherTitled: ReadonlyMap<number, TitledPerson>;
  /** Mentions of the other language with a title, by pair, in order. */
  readonly otherByPair: ReadonlyMap<number, readonly SideMention[]>;
  /**
   * Of the other language's mentions, one per identity, those that may be the same person as a mention of
   * this language (all that are, some that are not).
   */
  readonly candidates: (m: SideMention) => readonly SideMention[];
  /** By identity of a mention of this language: the titled identities of the other language that are the same person. */
  readonly sameTitled: Map<number, TitledPerson[]>;
  readonly memo: Map<string, number | boolean>;
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
function agreeTitles(a: TitleMention, b: TitleMention): boolean {
  const difference = compareTitles(a, b);
  if (difference.kind !== "rank") return difference.kind === "same";
  return [...difference.added, ...difference.dropped].every((r) => !POST_RANKS.has(r));
}

/** Numbers each distinct key, in order of first use; each object's number is remembered. */
function numbering<T extends object>(keyOf: (value: T) => string): (value: T) => number {
  const ids = new Map<string, number>();
  const known = new Map<T, number>();
  return (value) => {
    let id = known.get(value);
    if (id !== undefined) return id;
    const key = keyOf(value);
    id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    known.set(value, id);
    return id;
  };
}

function createIndex(options: Options): Omit<Index, "otherTitled" | "otherByPair" | "sameTitled" | "candidates"> {
  const identity = numbering<SideMention>(identityKey);
  const wording = numbering<TitleMention>(wordingKey);
  const memo = new Map<string, number | boolean>();
  const cached = (key: string, compute: () => boolean): boolean => {
    const hit = memo.get(key);
    if (hit !== undefined) return hit as boolean;
    const value = compute();
    memo.set(key, value);
    return value;
  };
  return {
    identity, wording, memo,
    agree: (a, b) => cached(`a${wording(a)},${wording(b)}`, () => agreeTitles(a, b)),
    // isSamePerson takes the Korean mention first
    same: (m, o, side) => cached(`s${side}${identity(m)},${identity(o)}`, () =>
      (side === "ko" ? isSamePerson(m, o, options.minNameConsonants) : isSamePerson(o, m, options.minNameConsonants))),
  };
}

/** Counts one more title under its wording. */
function countWording(wordings: Wordings, key: number, title: TitleMention): void {
  const tally = wordings.get(key);
  if (tally) tally.count += 1;
  else wordings.set(key, { title, count: 1 });
}

function buildIndex(other: readonly SideMention[], side: Side, options: Options): Index {
  const base = createIndex(options);
  const otherTitled = new Map<number, TitledPerson>();
  const otherByPair = new Map<number, SideMention[]>();
  const identities = new Map<number, SideMention>();
  for (const o of other) {
    const id = base.identity(o);
    if (!identities.has(id)) identities.set(id, o);
    const title = o.mention.title;
    if (title === null) continue;
    addTo(otherByPair, o.pair, o);
    if (o.mention.text === "") continue; // a bare title is nobody's by name, only its paragraph's
    let entry = otherTitled.get(id);
    if (!entry) otherTitled.set(id, (entry = { mention: o, wordings: new Map() }));
    countWording(entry.wordings, base.wording(title), title);
  }
  const find = samePersonCandidates([...identities.values()], side === "ko" ? "en" : "ko");
  const found = new Map<number, readonly SideMention[]>(); // by identity: the candidates depend on nothing else
  const candidates = (m: SideMention) => {
    const id = base.identity(m);
    let list = found.get(id);
    if (!list) found.set(id, (list = find(m)));
    return list;
  };
  return { ...base, otherTitled, otherByPair, candidates, sameTitled: new Map() };
}

function isContextual(m: SideMention): boolean {
  return titleOf(m).isThen || titleOf(m).modifiers.some((r) => CONTEXT_RANKS.has(r));
}

/** The titled mentions of each identified person; Korean people need a glossary name or a matching English name. */
function byPerson({ own, side, index }: Sides): Map<string, SideMention[]> {
  const groups = new Map<string, SideMention[]>();
  for (const m of own) {
    if (!m.mention.title || m.person === null || isContextual(m)) continue;
    const isConfirmed = side === "en" || m.isKnown || index.candidates(m).some((o) => index.same(m, o, side));
    if (isConfirmed) addTo(groups, m.person, m);
  }
  return groups;
}

/** The other language's titled mentions in m's paragraph that are m's counterparts: the same person, or an unnamed title. */
function pairCounterparts(m: SideMention, sides: Sides): SideMention[] {
  const here = sides.index.otherByPair.get(m.pair) ?? [];
  return here.filter((o) => o.mention.text === "" || sides.index.same(m, o, sides.side));
}

function agreesAcross(m: SideMention, o: SideMention, sides: Sides): boolean {
  return sides.side === "ko" ? sides.index.agree(titleOf(m), titleOf(o)) : sides.index.agree(titleOf(o), titleOf(m));
}

/** How many of the other language's mentions of the same person (or unnamed titles in m's paragraph) agree with m's title. */
function confirmations(m: SideMention, sides: Sides): number {
  const { index } = sides;
  const key = `c${index.identity(m)},${index.wording(titleOf(m))}`;
  let named = index.memo.get(key) as number | undefined;
  if (named === undefined) {
    named = 0;
    const id = index.identity(m);
    let same = index.sameTitled.get(id);
    if (!same) {
      const titled = index.candidates(m).flatMap((o) => index.otherTitled.get(index.identity(o)) ?? []);
      index.sameTitled.set(id, (same = titled.filter(({ mention }) => index.same(m, mention, sides.side))));
    }
    for (const { wordings } of same) {
      for (const { title, count } of wordings.values()) {
        if (sides.side === "ko" ? index.agree(titleOf(m), title) : index.agree(title, titleOf(m))) named += count;
      }
    }
    index.memo.set(key, named);
  }
  const unnamed = (index.otherByPair.get(m.pair) ?? []).filter((o) => o.mention.text === "" && agreesAcross(m, o, sides)).length;
  return named + unnamed;
}

/** The mention whose title most others agree with; ties go to the one the other language confirms, then the first. */
function reference(group: readonly SideMention[], sides: Sides): SideMention {
  const { index } = sides;
  const wordings: Wordings = new Map();
  for (const n of group) countWording(wordings, index.wording(titleOf(n)), titleOf(n));
  const supportOf = new Map<number, number>();
  const support = (m: SideMention) => {
    const key = index.wording(titleOf(m));
    let value = supportOf.get(key);
    if (value === undefined) {
      value = 0;
      for (const { title, count } of wordings.values()) if (index.agree(titleOf(m), title)) value += count;
      supportOf.set(key, value);
    }
    return value;
  };
  const confirmedOf = new Map<SideMention, number>();
  const confirmed = (m: SideMention) => confirmedOf.get(m) ?? (confirmedOf.set(m, confirmations(m, sides)), confirmedOf.get(m)!);
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

function isExempt(m: SideMention, isJoint: (t: TitleMention) => boolean, sides: Sides): boolean {
  if (isHeldTitle(titleOf(m), m.role) || isJoint(titleOf(m))) return true;
  if (hasChangeCue(m, sides)) return true;
  return pairCounterparts(m, sides).some((o) => agreesAcross(m, o, sides));
}

/** The other language's title for the same person in the same paragraph, the one agreeing with the reference first. */
function counterpartSpan(m: SideMention, ref: SideMention, sides: Sides): Span | undefined {
  const here = pairCounterparts(m, sides).filter((o) => o.mention.text !== "");
  const other = here.find((o) => agreesAcross(ref, o, sides)) ?? here[0];
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
  const { agree, wording } = sides.index;
  const ref = reference(group, sides);
  const agreeing = group.filter((m) => agree(titleOf(ref), titleOf(m))).length;
  const joint = [...new Map(jointTitles(group).map((t) => [wording(t), t])).values()]; // one title per wording
  const jointOf = new Map<number, boolean>();
  const isJoint = (t: TitleMention) => jointOf.get(wording(t)) ?? (jointOf.set(wording(t), joint.some((j) => agree(j, t))), jointOf.get(wording(t))!);
  return group
    .filter((m) => !agree(titleOf(ref), titleOf(m)) && !isExempt(m, isJoint, sides))
    .map((m) => toReport(m, ref, agreeing, sides));
}

function checkSide(sides: Omit<Sides, "index">): RuleReport<MessageId>[] {
  const full: Sides = { ...sides, index: buildIndex(sides.other, sides.side, sides.options) };
  return [...byPerson(full).values()].flatMap((group) => checkGroup(group, full));
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
