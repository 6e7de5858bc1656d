/**
 * Comparing two title mentions: the same office (외교장관 ~ "Foreign Minister" ~ 부장 "Minister"), and the
 * same rank (외교장관 vs "Vice Foreign Minister": vice on one side only). Shared by title-mismatch (Korean
 * vs English) and title-consistency (one person's titles in one language).
 */
import type { TitleMention } from "./people.js";
import { foldPhrase, officeOfPhrase, type TitleInfo } from "./people-lexicon.js";

/** How two titles differ: not at all, in rank only (same office), or in office. */
export type TitleDifference =
  | { readonly kind: "same" }
  | { readonly kind: "rank"; readonly added: readonly string[]; readonly dropped: readonly string[]; readonly isStrict: boolean }
  | { readonly kind: "office"; readonly isClear: boolean };

/** Ranks whose presence on one side only changes who the person is: a deputy is not the minister, a former one no longer is. */
const STRICT_RANKS = new Set(["vice", "first", "second", "assistant", "former", "acting"]);
/** Office words that name the same kind of post, so a difference between them is a weaker sign (chair ~ president). */
const HEAD_CLASSES: readonly (readonly string[])[] = [
  ["president", "chair", "premier", "head", "leader", "chief", "speaker", "governor", "mayor"],
  ["minister", "secretary", "director", "commissioner", "administrator"],
  ["adviser", "aide", "assistant", "counselor"],
  ["ambassador", "envoy", "representative", "consul", "delegate", "negotiator"],
  ["commander", "general", "marshal", "colonel", "officer"],
  ["lawmaker", "legislator", "senator", "member", "mp"],
  ["judge", "justice", "prosecutor", "counsel"],
];
/** Words that end the head of an office name ("secretary of state" -> "secretary"). */
const HEAD_BOUNDARY = / (?:of|for|to|at|in) /;

/** The word that names the post: "foreign minister" -> "minister", "secretary of state" -> "secretary". */
export function headOf(office: string): string {
  const words = office.split(HEAD_BOUNDARY)[0]!.split(" ");
  return words[words.length - 1]!;
}

function headClass(head: string): number {
  const index = HEAD_CLASSES.findIndex((group) => group.includes(head));
  return index;
}

/** One office name is the bare head of the other: "minister" and "foreign minister". */
function isGenericOf(generic: string, specific: string): boolean {
  return !generic.includes(" ") && headOf(specific) === generic;
}

/** A Korean title form is the tail of another's (의원 of 상원의원, 장관 of 외교장관): the generic word for the post. */
function isKoreanTail(a: TitleInfo, b: TitleInfo): boolean {
  return a.koForms.some((x) => b.koForms.some((y) => y.length > x.length && y.endsWith(x)));
}

/** Two glossary titles name the same office: same root, a shared rendering, or one the generic form of the other. */
export function isSameOffice(a: TitleInfo, b: TitleInfo): boolean {
  if (a.root === b.root || isKoreanTail(a, b) || isKoreanTail(b, a)) return true;
  return a.offices.some((x) => b.offices.some((y) => x === y || isGenericOf(x, y) || isGenericOf(y, x)));
}

/** One Hangul syllable: a Korean title mention. */
const HANGUL = /[\uAC00-\uD7A3]/;

/** The offices a mention can name: every office of its Korean title, or the office of the English words as written. */
function mentionOffices(mention: TitleMention): string[] {
  return HANGUL.test(mention.core) ? mention.titles.flatMap((t) => t.offices) : [officeOfPhrase(mention.core)];
}

/**
 * Two titles of different offices that are clearly different posts: different posts of one kind (foreign vs
 * prime minister: same head word) or different kinds of post (adviser vs vice chairman). Near-synonyms (chair
 * vs president, minister vs secretary) are not clear: translators use them for one another.
 */
export function isClearlyDifferent(a: TitleMention, b: TitleMention): boolean {
  const heads = (m: TitleMention) => mentionOffices(m).map(headOf);
  const ha = heads(a), hb = heads(b);
  if (ha.some((x) => hb.includes(x))) return true;
  return !ha.some((x) => hb.some((y) => headClass(x) >= 0 && headClass(x) === headClass(y)));
}

/** The ranks of a mention read as one of its candidate titles: the title's own plus the modifiers. */
function ranksAs(mention: TitleMention, title: TitleInfo): Set<string> {
  return new Set([...title.ranks, ...mention.modifiers]);
}

function rankDifference(a: Set<string>, b: Set<string>, ignoreFormer: boolean): { added: string[]; dropped: string[] } {
  const keep = (r: string) => !(ignoreFormer && r === "former");
  return { added: [...b].filter((r) => !a.has(r) && keep(r)), dropped: [...a].filter((r) => !b.has(r) && keep(r)) };
}

/**
 * How mention `b` differs from mention `a` (for title-mismatch: a = Korean, b = English). Every reading of
 * each is tried; the closest reading wins. "added" are ranks b has and a lacks.
 */
export function compareTitles(a: TitleMention, b: TitleMention): TitleDifference {
  const ignoreFormer = a.isThen || b.isThen;
  let best: { added: string[]; dropped: string[] } | null = null;
  for (const ta of a.titles) {
    for (const tb of b.titles) {
      if (!isSameOffice(ta, tb)) continue;
      const difference = rankDifference(ranksAs(a, ta), ranksAs(b, tb), ignoreFormer);
      if (difference.added.length + difference.dropped.length === 0) return { kind: "same" };
      if (!best || difference.added.length + difference.dropped.length < best.added.length + best.dropped.length) best = difference;
    }
  }
  if (!best) return { kind: "office", isClear: isClearlyDifferent(a, b) };
  const isStrict = [...best.added, ...best.dropped].some((r) => STRICT_RANKS.has(r));
  return { kind: "rank", added: best.added, dropped: best.dropped, isStrict };
}

/** The two mentions name the same office (any rank). */
export function sharesOffice(a: TitleMention, b: TitleMention): boolean {
  return a.titles.some((ta) => b.titles.some((tb) => isSameOffice(ta, tb)));
}

/**
 * How closely an English title renders a Korean one, for pairing titles that no name ties together:
 * 3 = the Korean title's own rendering (국무장관 ~ "Secretary of State"), 2 = same office root, 1 = a shared
 * or generic office ("Minister"), 0 = none. Rank words are ignored.
 */
export function affinity(ko: TitleMention, en: TitleMention): number {
  const core = foldPhrase(en.core);
  const office = officeOfPhrase(en.core);
  if (ko.titles.some((t) => t.renderings.includes(core) || t.offices.includes(office))) return 3;
  if (ko.titles.some((a) => en.titles.some((b) => a.root === b.root))) return 2;
  return sharesOffice(ko, en) ? 1 : 0;
}

/** Whether a rendering of the title appears in a person's role text (names.json "role"): the person holds it too. */
export function isHeldTitle(mention: TitleMention, role: string): boolean {
  if (role === "") return false;
  const core = mention.core.toLowerCase();
  return role.includes(core) || mention.titles.some((t) => t.renderings.some((r) => r.includes(" ") && role.includes(r)));
}

/** Numbers for glossary titles, for wordingKey (title objects live as long as their glossary's lexicon). */
const TITLE_IDS = new WeakMap<TitleInfo, number>();
let nextTitleId = 0;

/**
 * What compareTitles, sharesOffice, isClearlyDifferent and isHeldTitle read of a title mention (its core
 * words, rank modifiers, then-marker and glossary titles), as a string: two mentions with the same key
 * compare alike with every other, so callers can compare distinct keys once.
 */
export function wordingKey(t: TitleMention): string {
  const ids = t.titles.map((title) => {
    let id = TITLE_IDS.get(title);
    if (id === undefined) TITLE_IDS.set(title, (id = nextTitleId++));
    return id;
  });
  return JSON.stringify([t.core, t.isThen, t.modifiers, ids]);
}
