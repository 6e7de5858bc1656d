/**
 * Who each person mention is, across one article. findPeople works per paragraph, so a surname ("장",
 * "Zhang") stays a surname there; here it resolves to the one full name of the article it can stand for
 * (장유샤, Zhang Youxia), and Korean and English mentions are matched through the glossary or, for people the
 * glossary does not know, through the consonant skeletons of their names (린젠 ~ Lin Jian).
 */
import { hangulSkeleton, latinSkeletons } from "../text/align-translit.js";
import { addTo } from "../text/maps.js";
import { memoize } from "../text/memo.js";
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

/** A full-name mention with its position among the side's mentions. */
interface Full {
  readonly mention: PersonMention;
  readonly order: number;
}

/**
 * The full-name mentions a short form may stand for, in order, and where the second person among them
 * first appears (Infinity when they are all one person): with these, resolving a short mention is a
 * binary search instead of a pass over every full name of the article.
 */
interface Fits {
  readonly fits: readonly Full[];
  readonly secondPerson: number;
}

/** The side's full-name mentions by short form and by id, for finding the fits of a short mention fast. */
interface FullIndex {
  readonly byShortForm: ReadonlyMap<string, readonly Full[]>;
  readonly byId: ReadonlyMap<string, readonly Full[]>;
  /** Fits by short mention text (a text always has the same glossary short-form owners on one side). */
  readonly fitsOf: Map<string, Fits>;
}

function indexFulls(fulls: readonly Full[]): FullIndex {
  const byShortForm = new Map<string, Full[]>(), byId = new Map<string, Full[]>();
  for (const full of fulls) {
    for (const form of new Set(full.mention.shortForms)) addTo(byShortForm, form, full);
    addTo(byId, full.mention.id, full);
  }
  return { byShortForm, byId, fitsOf: new Map() };
}

/** The full mentions whose short forms include the text or whose id is one of the glossary people it is short for, in order. */
function fitsOf(text: string, shortOf: readonly PersonInfo[], index: FullIndex): Fits {
  const known = index.fitsOf.get(text);
  if (known) return known;
  const lists = [index.byShortForm.get(text) ?? [], ...shortOf.map((p) => index.byId.get(p.en) ?? [])];
  const fits = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => a.order - b.order);
  const first = fits[0]?.mention.id;
  const second = fits.findIndex((f) => f.mention.id !== first);
  const result = { fits, secondPerson: second < 0 ? Infinity : second };
  index.fitsOf.set(text, result);
  return result;
}

/** The full-name mentions a short mention may stand for, by identity; earlier ones first when they decide. */
function resolveShort(short: PersonMention, at: number, index: FullIndex, shortOf: readonly PersonInfo[]): PersonMention | null {
  const { fits, secondPerson } = fitsOf(short.text, shortOf, index);
  // fits before the short mention: a prefix of the ordered fits
  let low = 0, high = fits.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (fits[middle]!.order < at) low = middle + 1;
    else high = middle;
  }
  if (low > 0 && low <= secondPerson) return fits[0]!.mention; // one person named before it
  return fits.length > 0 && secondPerson === Infinity ? fits[0]!.mention : null;
}

function resolveOne(mention: PersonMention, order: number, index: FullIndex, side: Side, glossary: Glossary): Resolution {
  if (mention.text === "") return { person: null, isKnown: false, fullName: "" };
  if (!mention.isShort) return { person: mention.id, isKnown: mention.isKnown, fullName: mention.text };
  const lexicon = peopleLexicon(glossary);
  const shortOf = (side === "ko" ? lexicon.koShort : lexicon.enShort).get(mention.text) ?? [];
  const full = resolveShort(mention, order, index, shortOf);
  if (full) return { person: full.id, isKnown: full.isKnown, fullName: full.text };
  const isOneSyllable = side === "ko" && [...mention.text].length === 1;
  if (shortOf.length === 1 && !isOneSyllable) return { person: shortOf[0]!.en, isKnown: true, fullName: mention.text };
  return isOneSyllable || shortOf.length > 1 ? { person: null, isKnown: false, fullName: mention.text } : { person: mention.text, isKnown: false, fullName: mention.text };
}

/** Resolutions by analysis (one run over one article), so the rules that need them share one computation. */
const RESOLVED = new WeakMap<ArticleAnalysis, { article: Article; glossary: Glossary; side: Side; people: SideMention[] }[]>();

/** Every person mention of one side of the article, in order, with who it is. */
export function resolvePeople(article: Article, analysis: ArticleAnalysis, side: Side, glossary: Glossary): SideMention[] {
  const done = RESOLVED.get(analysis) ?? [];
  const known = done.find((d) => d.article === article && d.glossary === glossary && d.side === side);
  if (known) return known.people;
  const people = computePeople(article, analysis, side, glossary);
  RESOLVED.set(analysis, [...done, { article, glossary, side, people }]);
  return people;
}

function computePeople(article: Article, analysis: ArticleAnalysis, side: Side, glossary: Glossary): SideMention[] {
  const all = collect(article, analysis, side);
  const index = indexFulls(all.map((m, order) => ({ mention: m.mention, order })).filter(({ mention }) => mention.text !== "" && !mention.isShort));
  const roles = new Map<string, string>();
  for (const p of [...peopleLexicon(glossary).people].reverse()) roles.set(p.en, p.role); // the first person with an id wins, as find() did
  return all.map((m, order) => {
    const { person, isKnown, fullName } = resolveOne(m.mention, order, index, side, glossary);
    const role = isKnown && person ? roles.get(person) ?? "" : "";
    // written out, not spread: a long document has hundreds of thousands of mentions
    return { mention: m.mention, segment: m.segment, pair: m.pair, person, isKnown, fullName, role };
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
  return NAMES_MATCH(ko, en, minConsonants);
}

/** Remembered answers: title rules compare every person mention of one language with every one of the other. */
const NAMES_MATCH = memoize(computeNamesMatch, (ko, en, minConsonants) => `${ko}\u0000${en}\u0000${minConsonants}`);

function computeNamesMatch(ko: string, en: string, minConsonants: number): boolean {
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

/** The skeleton namesMatch reads of a Korean name: its words joined. */
function koreanKey(name: string): string {
  return hangulSkeleton(name.split(/\s+/).filter(Boolean).join(""));
}

/**
 * Every skeleton namesMatch may compare with a Korean one for an English name: of the words joined and of
 * each word alone, with gh read both ways and without a leading L. namesMatch(ko, en) needs koreanKey(ko)
 * among them.
 */
function englishKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const part of [name.split(/[\s-]+/).filter(Boolean).join(""), ...name.split(/\s+/)]) {
    for (const skeleton of [part, part.replace(SOUNDED_GH, "g")].flatMap(latinSkeletons)) keys.add(skeleton).add(skeleton.replace(LEADING_LIQUID, ""));
  }
  return [...keys];
}

/** The lower-cased words isPartOf reads of a name. */
const partWords = (name: string): string[] => name.toLowerCase().split(/[\s-]+/);

/**
 * What isSamePerson reads of a mention (its names, person and whether it is known), as a string: two
 * mentions with the same key are the same person as the same others, so callers can compare distinct
 * keys once instead of every pair of mentions.
 */
export function identityKey(m: SideMention): string {
  // joined at NUL (which no name holds) instead of JSON.stringify: the same four fields tell keys apart, without escaping each
  return `${m.fullName}\u0000${m.mention.text}\u0000${m.person === null ? "\u0001" : `\u0002${m.person}`}\u0000${m.isKnown ? 1 : 0}`;
}

/**
 * For many mentions of one language, a finder of those that may be the same person as a mention of the
 * other language: every mention isSamePerson accepts (and some it does not), found through indexes of
 * glossary person, name words and consonant skeletons instead of by comparing with each.
 */
export function samePersonCandidates<T extends SideMention>(others: readonly T[], othersSide: Side): (m: SideMention) => T[] {
  const byPerson = new Map<string, T[]>(), byWord = new Map<string, T[]>(), byKey = new Map<string, T[]>();
  const position = new Map<T, number>();
  for (const o of others) {
    position.set(o, position.size);
    if (o.fullName === "") continue; // isSamePerson never accepts a mention without a name
    if (o.isKnown && o.person !== null) addTo(byPerson, o.person, o);
    if (othersSide === "en") {
      addTo(byWord, partWords(o.mention.text)[0]!, o); // isPartOf needs every word, so the first one
      const names = [o.fullName, o.mention.text, ...(o.isKnown && o.person !== null ? [o.person] : [])];
      for (const key of new Set(names.flatMap(englishKeys))) addTo(byKey, key, o);
    } else {
      if (o.isKnown && o.person) for (const word of new Set(partWords(o.person))) addTo(byWord, word, o);
      for (const key of new Set([o.fullName, o.mention.text].map(koreanKey))) addTo(byKey, key, o);
    }
  }
  return (m) => {
    if (m.fullName === "") return [];
    const found = new Set<T>(m.isKnown && m.person !== null ? byPerson.get(m.person) ?? [] : []);
    const add = (list: readonly T[] | undefined) => { for (const o of list ?? []) found.add(o); };
    if (othersSide === "en") {
      if (m.isKnown && m.person) for (const word of partWords(m.person)) add(byWord.get(word));
      for (const key of new Set([m.fullName, m.mention.text].map(koreanKey))) add(byKey.get(key));
    } else {
      add(byWord.get(partWords(m.mention.text)[0]!));
      const names = [m.fullName, m.mention.text, ...(m.isKnown && m.person !== null ? [m.person] : [])];
      for (const key of new Set(names.flatMap(englishKeys))) add(byKey.get(key));
    }
    return [...found].sort((a, b) => position.get(a)! - position.get(b)!); // in their own order
  };
}
