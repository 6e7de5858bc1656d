/**
 * Who each person mention is, across one article. findPeople works per paragraph, so a surname ("장",
 * "Zhang") stays a surname there; here it resolves to the one full name of the article it can stand for
 * (장유샤, Zhang Youxia), and Korean and English mentions are matched through the glossary or, for people the
 * glossary does not know, through the consonant skeletons of their names (린젠 ~ Lin Jian).
 */
import { hangulSkeleton, latinSkeletons } from "../text/align-translit.js";
import type { Article, Glossary, Segment, Side } from "../types.js";
import type { ArticleAnalysis } from "./index.js";
import type { PersonMention } from "./people.js";
import { peopleLexicon, type PersonInfo } from "./people-lexicon.js";

/** A person mention placed in its article. */
export interface SideMention {
  readonly mention: PersonMention;
  readonly segment: Segment;
  /** Index of the mention's bead in article.pairs. */
  readonly pair: number;
  /** Who it is: a glossary English name, a full name as written, or null (a bare title, an unresolved surname). */
  readonly person: string | null;
  /** The person is in names.json. */
  readonly isKnown: boolean;
  /** The fullest name of the person in this language: the written full name, or the mention's own text. */
  readonly fullName: string;
  /** names.json's role text of a known person, lower-cased; "" otherwise. */
  readonly role: string;
}

/** Consonant classes a name must have, by default, before its skeleton alone may identify a person. */
export const MIN_SKELETON_LENGTH = 2;
/** "gh" is silent in English names (Vaughan) but a g in Arabic ones (al-Dabbagh 알-다바그): both readings are tried. */
const SOUNDED_GH = /gh/gi;
/** Korean writes a foreign initial l/r as ㅇ or ㄴ (이 Lee, 임 Lim, 노 Roh): the Latin skeleton may start with an extra L. */
const LEADING_LIQUID = /^L/;

interface Resolution {
  readonly person: string | null;
  readonly isKnown: boolean;
  readonly fullName: string;
}

function collect(article: Article, analysis: ArticleAnalysis, side: Side): { mention: PersonMention; segment: Segment; pair: number }[] {
  return article.pairs.flatMap((pair, index) => {
    const segment = pair[side];
    return segment ? analysis.of(segment).people.map((mention) => ({ mention, segment, pair: index })) : [];
  });
}

function knownPerson(people: readonly PersonInfo[], id: string): PersonInfo | undefined {
  return people.find((p) => p.en === id);
}

/** The full-name mentions a short mention may stand for, by identity; earlier ones first when they decide. */
function resolveShort(short: PersonMention, at: number, fulls: readonly { mention: PersonMention; order: number }[], shortOf: readonly PersonInfo[]): PersonMention | null {
  const fits = fulls.filter(({ mention }) => mention.shortForms.includes(short.text) || shortOf.some((p) => p.en === mention.id));
  const ids = (list: typeof fits) => [...new Set(list.map((f) => f.mention.id))];
  const before = fits.filter((f) => f.order < at);
  if (ids(before).length === 1) return before[0]!.mention;
  return ids(fits).length === 1 ? fits[0]!.mention : null;
}

function resolveOne(mention: PersonMention, order: number, fulls: readonly { mention: PersonMention; order: number }[], side: Side, glossary: Glossary): Resolution {
  if (mention.text === "") return { person: null, isKnown: false, fullName: "" };
  if (!mention.isShort) return { person: mention.id, isKnown: mention.isKnown, fullName: mention.text };
  const lexicon = peopleLexicon(glossary);
  const shortOf = (side === "ko" ? lexicon.koShort : lexicon.enShort).get(mention.text) ?? [];
  const full = resolveShort(mention, order, fulls, shortOf);
  if (full) return { person: full.id, isKnown: full.isKnown, fullName: full.text };
  const isOneSyllable = side === "ko" && [...mention.text].length === 1;
  if (shortOf.length === 1 && !isOneSyllable) return { person: shortOf[0]!.en, isKnown: true, fullName: mention.text };
  return isOneSyllable || shortOf.length > 1 ? { person: null, isKnown: false, fullName: mention.text } : { person: mention.text, isKnown: false, fullName: mention.text };
}

/** Every person mention of one side of the article, in order, with who it is. */
export function resolvePeople(article: Article, analysis: ArticleAnalysis, side: Side, glossary: Glossary): SideMention[] {
  const all = collect(article, analysis, side);
  const fulls = all.map((m, order) => ({ mention: m.mention, order })).filter(({ mention }) => mention.text !== "" && !mention.isShort);
  const people = peopleLexicon(glossary).people;
  return all.map((m, order) => {
    const resolution = resolveOne(m.mention, order, fulls, side, glossary);
    const role = resolution.isKnown && resolution.person ? knownPerson(people, resolution.person)?.role ?? "" : "";
    return { ...m, ...resolution, role };
  });
}

function skeletonsMatch(hangul: string, latin: string, minConsonants: number): boolean {
  const ko = hangulSkeleton(hangul);
  if (ko.length < minConsonants) return false;
  const spellings = [latin, latin.replace(SOUNDED_GH, "g")];
  return spellings.flatMap(latinSkeletons).some((en) => en === ko || en.replace(LEADING_LIQUID, "") === ko);
}

/** Whether a Korean and an English name can be the same name written in two scripts (린젠 ~ Lin Jian, 라이스 ~ Rice). */
export function namesMatch(ko: string, en: string, minConsonants = MIN_SKELETON_LENGTH): boolean {
  const koWords = ko.split(/\s+/).filter(Boolean);
  const enWords = en.split(/[\s-]+/).filter(Boolean);
  if (koWords.length === 0 || enWords.length === 0) return false;
  if (skeletonsMatch(koWords.join(""), enWords.join(""), minConsonants)) return true;
  // one Korean word for a longer English name: the surname (라이스 ~ Condoleezza Rice) is enough; any other word
  // (이해찬 ~ Chung Un-chan) is weaker evidence and needs one consonant class more
  const enWhole = en.split(/\s+/);
  if (koWords.length !== 1 || enWhole.length < 2) return false;
  return enWhole.some((word, i) => skeletonsMatch(koWords[0]!, word, i === enWhole.length - 1 ? minConsonants : minConsonants + 1));
}

/** An English name whose words all belong to a known person's English name ("Zhang" of Zhang Youxia). */
function isPartOf(words: string, name: string): boolean {
  const whole = name.toLowerCase().split(/[\s-]+/);
  return words.toLowerCase().split(/[\s-]+/).every((w) => whole.includes(w));
}

/**
 * Whether a Korean and an English mention are the same person: by the glossary, else by the sound of the
 * names (consonant skeletons of at least `minConsonants` classes).
 */
export function isSamePerson(ko: SideMention, en: SideMention, minConsonants = MIN_SKELETON_LENGTH): boolean {
  if (ko.fullName === "" || en.fullName === "") return false;
  if (ko.isKnown && en.isKnown) return ko.person === en.person;
  if (ko.isKnown && ko.person && isPartOf(en.mention.text, ko.person)) return true;
  const match = (k: string, e: string) => namesMatch(k, e, minConsonants);
  return match(ko.fullName, en.fullName) || match(ko.mention.text, en.mention.text) || (en.isKnown && en.person !== null && match(ko.mention.text, en.person));
}
