/**
 * title-mismatch: the English title of a person contradicts the Korean title in the aligned paragraph. A rank
 * on one side only (외교장관 -> "Vice Foreign Minister", 전 대통령 -> "President") is an error although the office
 * matches; a different office ("Spokesperson Lee" for 장관) is an error when both titles are glossary titles of
 * clearly different posts. People are matched through the glossary or the sound of their names; a title with
 * no identifiable person is compared only when it is the one title of its office on each side (a warning).
 */
import { affinity, compareTitles, isHeldTitle, sharesOffice, wordingKey, type TitleDifference } from "../src/analysis/people-compare.js";
import { identityKey, isSamePerson, resolvePeople, type SideMention } from "../src/analysis/people-identity.js";
import { addTo } from "../src/text/maps.js";
import { peopleLexicon, type PeopleLexicon } from "../src/analysis/people-lexicon.js";
import { renderKoreanTitle, suggestTitle } from "../src/analysis/people-suggest.js";
import type { TitleMention } from "../src/analysis/people.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type RuleReport, type Severity } from "../src/types.js";

interface Options {
  /** Ranks never reported, e.g. ["former"] when background paragraphs drop it on purpose. */
  ignoreRanks: string[];
  /** Do not compare titles whose person cannot be identified on both sides. */
  ignoreUnnamed: boolean;
  /** Consonant classes (count) two names in different scripts must share before they count as one person. */
  minNameConsonants: number;
}
/** Defaults: every rank reported, unnamed titles compared, two consonant classes to match names. */
const DEFAULT_OPTIONS: Options = { ignoreRanks: [], ignoreUnnamed: false, minNameConsonants: 2 };
type MessageId = "rankAdded" | "rankDropped" | "rankChanged" | "officeMismatch" | "wrongRendering";

/** A Korean and an English title compared, with what is known of the person. */
interface Comparison {
  readonly ko: SideMention;
  readonly en: SideMention;
  readonly difference: TitleDifference;
  /** The person is identified on both sides (glossary or name), not only by the office. */
  readonly isIdentified: boolean;
}

/** The people of both sides of the article, resolved once, with what the checks need. */
interface ArticlePeople {
  readonly ko: readonly SideMention[];
  readonly en: readonly SideMention[];
  /** The mentions of each bead, by index in article.pairs, in order. */
  readonly koByPair: ReadonlyMap<number, readonly SideMention[]>;
  readonly enByPair: ReadonlyMap<number, readonly SideMention[]>;
  readonly lexicon: PeopleLexicon;
  readonly options: Options;
  /**
   * Answers over the whole article by what they read of a mention (identityKey, wordingKey): a person
   * named thousands of times in a long document is searched for once, not once per mention.
   */
  readonly memo: Map<string, unknown>;
}

const titled = (m: SideMention): boolean => m.mention.title !== null;
const titleOf = (m: SideMention): TitleMention => m.mention.title!;
/** Ranks English writes before a title's nationality words: "former South Korean President". */
const LEADING_RANKS = new Set(["former", "acting", "interim"]);
/** How far apart two titles are, for picking the closest: a different office is farther than any rank difference. */
const OFFICE_DISTANCE = 100;
const size = (d: TitleDifference): number => (d.kind === "same" ? 0 : d.kind === "rank" ? 1 + d.added.length + d.dropped.length : OFFICE_DISTANCE);

/** The Korean title of the same person closest to the English one: same office first, then the fewest rank differences. */
function closest(en: SideMention, kos: readonly SideMention[]): Comparison | null {
  let best: Comparison | null = null;
  for (const ko of kos) {
    const difference = compareTitles(titleOf(ko), titleOf(en));
    const isBetter = !best || size(difference) < size(best.difference)
      || (size(difference) === size(best.difference) && titleOf(ko).core.length > titleOf(best.ko).core.length);
    if (isBetter) best = { ko, en, difference, isIdentified: true };
  }
  return best;
}

/** The mentions of each bead, by index in article.pairs, in order. */
function byPair(mentions: readonly SideMention[]): Map<number, SideMention[]> {
  const map = new Map<number, SideMention[]>();
  for (const m of mentions) addTo(map, m.pair, m);
  return map;
}

/** The answer remembered in article.memo under the key, computed on first use. */
function memoized<T>(article: ArticlePeople, key: string, compute: () => T): T {
  if (article.memo.has(key)) return article.memo.get(key) as T;
  const value = compute();
  article.memo.set(key, value);
  return value;
}

/**
 * Korean titles of the paragraph that belong to no one the English names: unnamed, or with a name no English
 * mention matches. `kos` are the Korean mentions of en's paragraph.
 */
function unclaimed(kos: readonly SideMention[], en: SideMention, article: ArticlePeople): SideMention[] {
  const others = (article.enByPair.get(en.pair) ?? []).filter((e) => e !== en && e.fullName !== "");
  return kos.filter((k) => titled(k) && !isSamePerson(k, en, article.options.minNameConsonants)
    && !others.some((e) => isSamePerson(k, e, article.options.minNameConsonants)));
}

/**
 * Whether the person may hold the English title too: it is in names.json's role, the Korean gives it to them
 * in another paragraph, or the Korean paragraph names that office for no one else (의장을 맡은 하미드 알바르 외무장관).
 */
function holdsElsewhere(comparison: Comparison, article: ArticlePeople): boolean {
  const title = titleOf(comparison.en);
  if (isHeldTitle(title, comparison.en.role || comparison.ko.role)) return true;
  const key = `held ${identityKey(comparison.en)} ${wordingKey(title)}`;
  const isHeld = memoized(article, key, () => article.ko.some((k) => titled(k) && isSamePerson(k, comparison.en, article.options.minNameConsonants)
    && sharesOffice(titleOf(k), title)));
  return isHeld || unclaimed(article.koByPair.get(comparison.en.pair) ?? [], comparison.en, article).some((k) => sharesOffice(titleOf(k), title));
}

/** English titles of people found in the Korean paragraph, compared with that person's Korean titles. */
function compareIdentified(kos: readonly SideMention[], ens: readonly SideMention[], article: ArticlePeople): { found: Comparison[]; used: Set<SideMention> } {
  const found: Comparison[] = [];
  const used = new Set<SideMention>();
  for (const en of ens) {
    const same = kos.filter((ko) => isSamePerson(ko, en, article.options.minNameConsonants) && titled(ko));
    if (same.length === 0) continue; // not named with a title here: compareByOffice may still pair the titles
    used.add(en);
    same.forEach((ko) => used.add(ko));
    let comparison = closest(en, same);
    // 의장을 맡은 X 외무장관, 국방차관을 지낸 X 장관: the English title may render a Korean title named for no one
    const other = comparison && comparison.difference.kind !== "same" ? closest(en, unclaimed(kos, en, article)) : null;
    if (other && size(other.difference) < size(comparison!.difference)) comparison = { ...other, isIdentified: false };
    if (!comparison || comparison.difference.kind === "same" && !titleOf(en).isVariant) continue;
    if (comparison.difference.kind === "office" && holdsElsewhere(comparison, article)) continue;
    found.push(comparison);
  }
  return { found, used };
}

/** The titles of `others` that render `title` best, when one does (affinity above 0). */
function bestOf<T>(others: readonly T[], score: (other: T) => number): T | null {
  const scores = others.map(score);
  const top = Math.max(0, ...scores);
  const best = others.filter((_, i) => scores[i] === top);
  return top > 0 && best.length === 1 ? best[0]! : null;
}

/**
 * Titles left over on both sides (no name ties them to a person) compared when each is the other's single
 * best rendering: 국무장관 and "former Secretary of State", even with 외무상 in the same paragraph.
 */
function compareByOffice(kos: readonly SideMention[], ens: readonly SideMention[]): Comparison[] {
  const found: Comparison[] = [];
  for (const en of ens) {
    const ko = bestOf(kos, (k) => affinity(titleOf(k), titleOf(en)));
    if (!ko || bestOf(ens, (e) => affinity(titleOf(ko), titleOf(e))) !== en) continue;
    if (ko.isKnown && en.isKnown) continue; // two different known people
    const difference = compareTitles(titleOf(ko), titleOf(en));
    if (difference.kind === "rank" && difference.isStrict) found.push({ ko, en, difference, isIdentified: false });
  }
  return found;
}

function severityOf(comparison: Comparison): Severity | undefined {
  const { difference, isIdentified } = comparison;
  if (!isIdentified) return "warning";
  if (difference.kind === "rank") return difference.isStrict ? undefined : "warning";
  return difference.kind === "office" && !difference.isClear ? "warning" : undefined;
}

function messageOf(difference: TitleDifference): MessageId {
  if (difference.kind === "office") return "officeMismatch";
  if (difference.kind === "same") return "wrongRendering";
  if (difference.dropped.length === 0) return "rankAdded";
  return difference.added.length === 0 ? "rankDropped" : "rankChanged";
}

/** The English title the same person has elsewhere that agrees with the Korean one ("Vice Chairman" for Zhang). */
function agreeingTitle(comparison: Comparison, article: ArticlePeople): string | null {
  const ko = titleOf(comparison.ko);
  return memoized(article, `agreeing ${identityKey(comparison.ko)} ${wordingKey(ko)}`, () => {
    const other = article.en.find((en) => titled(en) && isSamePerson(comparison.ko, en, article.options.minNameConsonants)
      && compareTitles(ko, titleOf(en)).kind === "same" && !titleOf(en).isVariant);
    return other ? titleOf(other).text : null;
  });
}

/**
 * The English title the report covers: from the nationality words on when a lower-case rank word must go in
 * front of them ("South Korean President" -> "former South Korean President").
 */
function targetTitle(comparison: Comparison): TitleMention {
  const en = titleOf(comparison.en), { difference } = comparison;
  if (difference.kind !== "rank" || !difference.dropped.some((r) => LEADING_RANKS.has(r)) || en.orgStart >= en.start) return en;
  return { ...en, start: en.orgStart, text: comparison.en.segment.text.slice(en.orgStart, en.end) };
}

function expectedOf(comparison: Comparison, en: TitleMention, article: ArticlePeople): string {
  const ko = titleOf(comparison.ko);
  if (comparison.difference.kind === "rank") return suggestTitle(ko, en, article.lexicon);
  return agreeingTitle(comparison, article) ?? renderKoreanTitle(ko, article.lexicon);
}

function toReport(comparison: Comparison, article: ArticlePeople): RuleReport<MessageId> | null {
  const { difference } = comparison;
  const ranks = difference.kind === "rank" ? [...difference.added, ...difference.dropped] : [];
  if (ranks.length > 0 && ranks.every((r) => article.options.ignoreRanks.includes(r))) return null;
  const ko = titleOf(comparison.ko), en = targetTitle(comparison);
  const expected = expectedOf(comparison, en, article);
  const severity = severityOf(comparison);
  return {
    messageId: messageOf(difference), data: { source: ko.text, ranks: ranks.join(", ") || "none" },
    source: spanOf(comparison.ko.segment, ko.start, ko.end), target: spanOf(comparison.en.segment, en.start, en.end),
    actual: en.text, expected, replacement: expected, ...(severity ? { severity } : {}),
  };
}

function checkBead(pair: number, article: ArticlePeople): RuleReport<MessageId>[] {
  const kos = article.koByPair.get(pair) ?? [];
  const ens = (article.enByPair.get(pair) ?? []).filter(titled);
  const { found, used } = compareIdentified(kos, ens, article);
  const rest = article.options.ignoreUnnamed ? [] : compareByOffice(kos.filter((k) => titled(k) && !used.has(k)), ens.filter((e) => !used.has(e)));
  return [...found, ...rest].flatMap((comparison) => toReport(comparison, article) ?? []);
}

export default defineRule({
  meta: {
    id: "title-mismatch",
    description: "A person's English title must match the rank and office of the Korean title",
    category: "accuracy/mistranslation",
    defaultSeverity: "error",
    hasSuggestions: true,
    messages: {
      rankAdded: 'Title "{{actual}}" adds a rank ({{ranks}}) that the Korean "{{source}}" does not have; expected "{{expected}}"',
      rankDropped: 'Title "{{actual}}" drops the rank ({{ranks}}) of the Korean "{{source}}"; expected "{{expected}}"',
      rankChanged: 'Title "{{actual}}" has a different rank ({{ranks}}) from the Korean "{{source}}"; expected "{{expected}}"',
      officeMismatch: 'Title "{{actual}}" names a different office from the Korean "{{source}}"; expected "{{expected}}"',
      wrongRendering: 'Title "{{actual}}" is a known wrong rendering of the Korean "{{source}}"; expected "{{expected}}"',
    },
  },
  defaultOptions: DEFAULT_OPTIONS,
  check: ({ article, analysis, glossary, options }) => {
    const ko = resolvePeople(article, analysis, "ko", glossary), en = resolvePeople(article, analysis, "en", glossary);
    const data: ArticlePeople = { ko, en, koByPair: byPair(ko), enByPair: byPair(en), lexicon: peopleLexicon(glossary), options, memo: new Map() };
    return article.pairs.flatMap((pair, index) => (pair.ko && pair.en ? checkBead(index, data) : []));
  },
});
