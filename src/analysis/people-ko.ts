/**
 * Korean people and titles. Korean writes the name first and the title last, with the organisation in
 * between and rank modifiers around the title: 장유샤 중앙군사위원회 부주석, 문재인 전 대통령, 대통령 권한대행.
 * Titles are found by their glossary forms (longest first) where a particle or nothing follows them; the
 * name is the word before the organisation words, kept only if it can be a name.
 */
import type { Glossary } from "../types.js";
import type { PersonMention, TitleMention } from "./people.js";
import {
  hangulAfter, isHangul, isOrgWord, isTitleWord, nameAfter, nameAfterCopula, nameBefore, PARTICLE, shortFormsOf, tokenize, type NameFound, type Token,
} from "./people-ko-names.js";
import { findForms } from "../text/forms-index.js";
import { peopleLexicon, type ModifierInfo, type PeopleLexicon, type TitleInfo } from "./people-lexicon.js";
import { isHangulSyllableUnit } from "../text/script.js";

interface TitleHit {
  readonly title: TitleInfo;
  readonly start: number;
  readonly end: number;
  /** Ranks of modifiers written onto the title (부국장, 대통령당선인). */
  readonly modifiers: string[];
  readonly spanStart: number;
  readonly spanEnd: number;
}

/** 측, 진영, 캠프 (side, camp) after a name make that name the owner of the title, not its holder (빌 버튼 오바마 측 대변인). */
const OWNER_MARK = /^(?:측|진영|캠프)(?:의)?$/;
/** 겸 (concurrently) joins two titles of one person: 경제부총리 겸 기획재정부 장관. */
const CONCURRENT_MARK = "겸";
/** Words that mark a title as past at the time of the story (당시 국방장관). */
const THEN_WORDS = new Set(["당시", "당시의"]);
/** A verb after the title that makes it a past office: 대통령을 지낸, 장관을 역임한 (who served as). */
const SERVED_AFTER = /^\s*(?:을|를)?\s*(?:지낸|지냈던|지냈다|역임한|역임했던|역임했다)/;
/** Titles whose holder heads a ministry: "X부장관" reads X부 + 장관, not X + 부장관 (deputy secretary). */
const MINISTRY_HEAD_OFFICES = new Set(["minister", "secretary"]);
/** Words walked over between a title and its name, at most. */
const MAX_CHAIN_WORDS = 4;

/** The Hangul (and digit: 제1, 2) run directly before `index` in the same word. */
function hangulBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && (isHangul(text[i - 1]) || /\d/.test(text[i - 1]!))) i--;
  return text.slice(i, index);
}

/** A suffix modifier written onto the title (대통령당선인은) and what is left for the particle. */
function attachedSuffix(rest: string, lexicon: PeopleLexicon): { modifier: ModifierInfo | null; length: number } | null {
  if (PARTICLE.test(rest)) return { modifier: null, length: 0 };
  for (const [form, modifier] of lexicon.koModifiers) {
    if (modifier.position === "suffix" && rest.startsWith(form) && PARTICLE.test(rest.slice(form.length))) return { modifier, length: form.length };
  }
  return null;
}

/** Whether a title form found after attached Hangul `prefix` should give way to a shorter reading. */
function yieldsToMinistry(form: string, prefix: string, lexicon: PeopleLexicon): boolean {
  if (prefix === "" || !form.startsWith("부")) return false;
  const shorter = lexicon.koTitleForms.find(([f]) => f === form.slice(1))?.[1];
  return shorter !== undefined && shorter.offices.some((o) => MINISTRY_HEAD_OFFICES.has(o));
}

/** A title at [index, index + form.length), checked against what is written around it in its word. */
function titleAt(text: string, index: number, form: string, title: TitleInfo, lexicon: PeopleLexicon): TitleHit | null {
  const prefix = hangulBefore(text, index);
  if (yieldsToMinistry(form, prefix, lexicon)) return null;
  const end = index + form.length;
  const suffix = attachedSuffix(hangulAfter(text, end), lexicon);
  if (!suffix) return null;
  const attached = prefix === "" ? null : lexicon.koModifiers.get(prefix);
  if (title.isAmbiguous && prefix !== "" && !attached) return null; // 주식시장 is a stock market, 치과의원 a clinic
  const modifiers = [...(attached && !attached.isAmbiguous ? attached.ranks : []), ...(suffix.modifier?.ranks ?? [])];
  const spanStart = attached && !attached.isAmbiguous ? index - prefix.length : index;
  return { title, start: index, end, modifiers, spanStart, spanEnd: end + suffix.length };
}

/** Skips no position: a Korean title may follow any character (부국장, 외교부장관). */
const isNever = (): boolean => false;

/** True when a unit of [start, end) is claimed by an earlier title. */
function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end && k < claimed.length; k++) if (claimed[k] === 1) return true;
  return false;
}

/** Every title occurrence, longest form first, without overlaps. */
function findTitleHits(text: string, lexicon: PeopleLexicon): TitleHit[] {
  const hits: TitleHit[] = [];
  const claimed = new Uint8Array(text.length);
  // every occurrence of every form, longest form first (the order of a search form by form)
  for (const { form: k, at: i } of findForms(text, lexicon.koTitleIndex, text, isNever)) {
    const [form, title] = lexicon.koTitleForms[k]!;
    if (isClaimed(claimed, i, i + form.length)) continue;
    const hit = titleAt(text, i, form, title, lexicon);
    if (!hit) continue;
    claimed.fill(1, hit.start, hit.end);
    hits.push(hit);
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The index of the token holding offset `at`. */
function tokenIndexAt(tokens: readonly Token[], at: number): number {
  return tokens.findIndex((t) => t.start <= at && at < t.end);
}

interface Chain {
  /** Index of the word before the organisation and modifier words, or -1. */
  readonly nameIndex: number;
  /** Index of the word holding a title joined to this one by 겸 (concurrently), or -1. */
  readonly concurrentIndex: number;
  readonly modifiers: string[];
  readonly spanStart: number;
  readonly isThen: boolean;
}

/** Walks left from the title over modifier (전, 신임) and organisation (중국 외교부) words to the name. */
function walkLeft(tokens: readonly Token[], titleToken: number, hit: TitleHit, lexicon: PeopleLexicon): Chain {
  const modifiers: string[] = [];
  let spanStart = hit.spanStart, isThen = false, i = titleToken - 1, concurrentIndex = -1;
  for (let steps = 0; i >= 0 && steps < MAX_CHAIN_WORDS; i--, steps++) {
    const word = tokens[i]!.core;
    const modifier = lexicon.koModifiers.get(word);
    if (tokens[i]!.isClosed) break;
    if (word === CONCURRENT_MARK && i > 0 && concurrentIndex < 0) {
      concurrentIndex = --i; // 경제부총리 겸 기획재정부 장관: the title before 겸 is the same person's
      continue;
    }
    if (modifier?.position === "prefix") {
      modifiers.push(...modifier.ranks);
      spanStart = tokens[i]!.coreStart;
      continue;
    }
    if (THEN_WORDS.has(word)) isThen = true;
    // 오바마 측 대변인, 메르켈 총리 대변인: the word before 측 or before another title is whose spokesperson
    else if ((OWNER_MARK.test(word) || isTitleWord(word, lexicon)) && i > 0) i--;
    else if (!isOrgWord(word, lexicon)) break;
  }
  return { nameIndex: i, concurrentIndex, modifiers, spanStart, isThen };
}

/** A suffix modifier written as its own word after the title (대통령 권한대행). */
function spacedSuffix(tokens: readonly Token[], titleToken: number, lexicon: PeopleLexicon): { ranks: readonly string[]; end: number } | null {
  const next = tokens[titleToken + 1];
  if (!next) return null;
  for (const [form, modifier] of lexicon.koModifiers) {
    if (modifier.position === "suffix" && next.core.startsWith(form) && PARTICLE.test(next.core.slice(form.length))) {
      return { ranks: modifier.ranks, end: next.coreStart + form.length };
    }
  }
  return null;
}

function toPerson(text: string, name: NameFound | null, title: TitleMention): PersonMention {
  if (!name) return { start: title.start, end: title.end, text: "", id: "", title, isKnown: false, isShort: false, shortForms: [], alsoTitle: null };
  const written = text.slice(name.start, name.end);
  const isShort = name.shortOf.length > 0 || (!name.person && [...written].length === 1);
  return {
    start: name.start, end: name.end, text: written, id: name.person?.en ?? written, title,
    isKnown: name.person !== null, isShort, shortForms: isShort ? [] : shortFormsOf(written, name.person), alsoTitle: null,
  };
}

function titleMention(text: string, hit: TitleHit, chain: Chain, suffix: { ranks: readonly string[]; end: number } | null): TitleMention {
  const served = SERVED_AFTER.test(text.slice(hit.spanEnd)) ? ["former"] : [];
  const modifiers = [...new Set([...chain.modifiers, ...hit.modifiers, ...(suffix?.ranks ?? []), ...served])];
  const ranks = [...new Set([...hit.title.ranks, ...modifiers])];
  const start = Math.min(chain.spanStart, hit.spanStart);
  const end = Math.max(hit.spanEnd, suffix?.end ?? 0);
  return {
    start, end, text: text.slice(start, end), key: hit.title.root, rank: ranks[0] ?? null, ranks, modifiers, titles: [hit.title],
    core: text.slice(hit.start, hit.end), coreStart: hit.start, coreEnd: hit.end, orgStart: start, isVariant: false, isThen: chain.isThen,
  };
}

/** Glossary names written without a title, so that later short forms can be resolved (제이크 설리번은 ... 설리번 보좌관). */
function untitledKnownNames(text: string, lexicon: PeopleLexicon, taken: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  // every occurrence of every form, longest form first (the order of a search form by form); none right after a syllable
  for (const { form: k, at: i } of findForms(text, lexicon.koNameIndex, text, isHangulSyllableUnit)) {
    const [form, person] = lexicon.koNames[k]!;
    if (person.isAmbiguous) continue;
    const end = i + form.length;
    if (!PARTICLE.test(hangulAfter(text, end))) continue; // findForms left out a start right after a syllable
    const isOverlapping = (p: PersonMention) => p.start < end && i < p.end;
    if (taken.some(isOverlapping) || out.some(isOverlapping)) continue;
    out.push({ start: i, end, text: form, id: person.en, title: null, isKnown: true, isShort: false, shortForms: shortFormsOf(form, person), alsoTitle: null });
  }
  return out;
}

/** 당시 a few words before the name (당시 조지 H. W. 부시 미국 전 대통령): the title is the one held at the time. */
function thenBefore(tokens: readonly Token[], nameIndex: number): boolean {
  for (let i = nameIndex - 1; i >= 0 && i >= nameIndex - MAX_CHAIN_WORDS && !tokens[i]!.isClosed; i--) {
    if (THEN_WORDS.has(tokens[i]!.core)) return true;
  }
  return false;
}

/** A title directly followed by another (사무총장 보좌관, 총리 대변인) names whose aide the person is, not the person's post. */
function ownsNextTitle(hits: readonly TitleHit[], hit: TitleHit, next: Token | undefined, own: Token): boolean {
  if (!next || own.isClosed || hit.spanEnd !== own.coreStart + own.core.length) return false;
  return hits.some((other) => other.start === next.coreStart);
}

/** Links a title to the one before 겸 (both ways); without a name of its own it takes that title's person. */
function joinTitles(own: PersonMention, joined: PersonMention | undefined, people: PersonMention[]): PersonMention {
  if (!joined) return own;
  people[people.indexOf(joined)] = { ...joined, alsoTitle: own.title };
  return own.text === "" && joined.text !== "" ? { ...joined, title: own.title, alsoTitle: joined.title } : { ...own, alsoTitle: joined.title };
}

/** Finds Korean person mentions with their titles in one paragraph. */
export function findKoreanPeople(text: string, glossary: Glossary): PersonMention[] {
  const lexicon = peopleLexicon(glossary);
  const tokens = tokenize(text);
  const people: PersonMention[] = [];
  const hits = findTitleHits(text, lexicon);
  const byToken = new Map<number, PersonMention>();
  for (const hit of hits) {
    const first = tokenIndexAt(tokens, hit.start);
    const last = tokenIndexAt(tokens, hit.end - 1);
    if (first < 0 || last < 0) continue;
    const chain = walkLeft(tokens, first, hit, lexicon);
    const lastToken = tokens[last]!;
    const suffix = hit.spanEnd === lastToken.coreStart + lastToken.core.length ? spacedSuffix(tokens, last, lexicon) : null;
    if (ownsNextTitle(hits, hit, tokens[last + 1], lastToken)) continue;
    const isThen = chain.isThen || thenBefore(tokens, chain.nameIndex);
    const title = titleMention(text, hit, { ...chain, isThen }, suffix);
    const before = nameBefore(text, tokens, chain.nameIndex, lexicon);
    // "<title>인 <name>" names the holder outright; a word before the title the glossary does not know may be an organisation
    const name = (before?.person ? before : nameAfterCopula(text, tokens, last, hit.spanEnd, lexicon) ?? before) ?? nameAfter(text, title.end, lexicon);
    if (!name && hit.title.isAmbiguous) continue;
    const joined = byToken.get(chain.concurrentIndex);
    const person = joinTitles(toPerson(text, name, title), joined, people);
    byToken.set(last, person);
    people.push(person);
  }
  return [...people, ...untitledKnownNames(text, lexicon, people)].sort((a, b) => a.start - b.start);
}
