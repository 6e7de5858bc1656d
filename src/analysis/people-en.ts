/**
 * English people and titles. A title is a glossary rendering ("Foreign Minister", "Vice Chairman") with its
 * rank words around it ("former", "acting", "-elect"); its person is the name right after it ("Foreign
 * Minister Wang Yi", "Vice Chairman of the Central Military Commission Zhang Youxia"), the name before it
 * in apposition ("Wang Yi, China's foreign minister"), or the name after a comma ("the vice chairman, Zhang").
 */
import type { Glossary } from "../types.js";
import type { PersonMention, TitleMention } from "./people.js";
import { attachedName, JOINING_GAP, knownNameAt, MAX_LEFT_WORDS, NAME_TOKEN, NOT_NAMES, POSSESSIVE_GAP, tokenize, type NameFound, type Token } from "./people-en-names.js";
import { peopleLexicon, type EnglishTitleForm, type PeopleLexicon, type TitleInfo } from "./people-lexicon.js";

interface CoreHit {
  readonly first: number;
  readonly last: number;
  readonly forms: readonly EnglishTitleForm[];
}

/** A period right after a word and then a capitalised word: "Sen. Hong". */
const ABBREVIATION_PERIOD = /^\. \p{Lu}/u;
/** Single-word titles that are also everyday English words: read as titles only next to a name. */
const WEAK_WORDS = new Set(["general", "justice", "chair", "speaker", "representative", "assistant", "judge", "director", "king", "pope",
  "marshal", "counselor", "counsellor", "consul", "secretary", "aide", "adviser", "advisor", "envoy", "commander", "colonel", "governor",
  "president", "minister", "chairman", "premier", "mayor", "senator", "emperor"]);
/** Words before a bare single-word title that make it a title of someone ("the president", "his spokesman", "Karzai's spokesman"). */
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "s"]);
/** The code units of the ASCII capitals A and Z (a known name starts with one). */
const [UPPER_A, UPPER_Z] = [0x41, 0x5a];

/** The longest glossary rendering starting at token `i`. */
function coreAt(tokens: readonly Token[], i: number, lexicon: PeopleLexicon): CoreHit | null {
  let phrase = "";
  let best: CoreHit | null = null;
  for (let n = 0; n < lexicon.enTitleMaxWords && i + n < tokens.length; n++) {
    if (n > 0 && !JOINING_GAP.test(tokens[i + n]!.gap) && tokens[i + n]!.gap !== ". ") break;
    phrase = n === 0 ? tokens[i]!.lower : `${phrase} ${tokens[i + n]!.lower}`;
    if (!lexicon.enTitlePrefixes.has(phrase)) break; // no longer phrase can be a rendering either
    const forms = lexicon.enTitleForms.get(phrase);
    if (forms) best = { first: i, last: i + n, forms };
  }
  return best;
}

/** Whether token `i` may stand between rank words and the title: a nationality or organisation word, "U.S.", a possessive. */
function isOrgWordBefore(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1]!;
  const isWord = NAME_TOKEN.test(token.text) || /^[A-Z]{1,5}$/.test(token.text) || (token.lower === "s" && POSSESSIVE_GAP.test(token.gap));
  return isWord && (JOINING_GAP.test(next.gap) || next.gap === ". " || next.gap === "." || POSSESSIVE_GAP.test(next.gap));
}

interface LeftWords {
  readonly ranks: string[];
  readonly start: number;
  readonly orgStart: number;
  readonly isThen: boolean;
}

/** Rank words right before the title ("former", "Deputy", "acting", "ex-"), skipping nationality words. */
function leftModifiers(tokens: readonly Token[], first: number, lexicon: PeopleLexicon): LeftWords {
  const ranks: string[] = [];
  let start = tokens[first]!.start, isThen = false, orgStart = start, isOrgRun = true;
  for (let i = first - 1, steps = 0; i >= 0 && steps < MAX_LEFT_WORDS; i--, steps++) {
    const token = tokens[i]!;
    const ordinal = token.text === "First" ? "first" : token.text === "Second" ? "second" : null;
    const modifier = lexicon.enModifiers.get(token.lower);
    if (token.lower === "then") {
      isThen = true;
      start = token.start;
    } else if (ordinal || modifier?.position === "prefix") {
      ranks.push(...(ordinal ? [ordinal] : modifier!.ranks));
      start = token.start;
    } else if (!isOrgWordBefore(tokens, i)) break;
    isOrgRun &&= start === tokens[first]!.start && !POSSESSIVE_GAP.test(tokens[i + 1]!.gap) && token.lower !== "s";
    if (isOrgRun) orgStart = token.start;
  }
  return { ranks, start, orgStart: Math.min(orgStart, start), isThen };
}

/** Rank words right after the title ("President-elect", "Defense Secretary nominee"). */
function rightModifiers(tokens: readonly Token[], last: number, lexicon: PeopleLexicon): { ranks: readonly string[]; last: number } {
  const next = tokens[last + 1];
  const modifier = next && JOINING_GAP.test(next.gap) ? lexicon.enModifiers.get(next.lower) : undefined;
  return modifier?.position === "suffix" ? { ranks: modifier.ranks, last: last + 1 } : { ranks: [], last };
}

function isWeakCore(tokens: readonly Token[], hit: CoreHit): boolean {
  if (hit.first !== hit.last) return false;
  const token = tokens[hit.first]!;
  const isSentenceStart = hit.first === 0 || /[.!?"“]\s*$/.test(token.gap);
  return WEAK_WORDS.has(token.lower) || !/^[A-Z]/.test(token.text) || isSentenceStart;
}

/**
 * A title abbreviated with a period before a name ("Sen. Hong", "Rep. Kim"), spelled so in the glossary:
 * the period is part of the title's words, so a suggestion that replaces them brings its own.
 */
function hasAbbreviationPeriod(text: string, last: Token, titles: readonly TitleInfo[]): boolean {
  if (!ABBREVIATION_PERIOD.test(text.slice(last.end, last.end + 3))) return false;
  const dotted = `${last.lower}.`;
  return titles.some((title) => title.renderings.includes(dotted));
}

function titleOf(text: string, tokens: readonly Token[], hit: CoreHit, lexicon: PeopleLexicon): { title: TitleMention; last: number } {
  const left = leftModifiers(tokens, hit.first, lexicon);
  const right = rightModifiers(tokens, hit.last, lexicon);
  const modifiers = [...new Set([...left.ranks, ...right.ranks])];
  // a rendering several titles share reads first as the one with the fewest ranks ("Finance Minister": 재무장관 before 경제부총리)
  const titles = hit.forms.map((f) => f.title).sort((a, b) => a.ranks.length - b.ranks.length);
  const ranks = [...new Set([...(titles[0]?.ranks ?? []), ...modifiers])];
  const coreStart = tokens[hit.first]!.start;
  const period = right.last === hit.last && hasAbbreviationPeriod(text, tokens[hit.last]!, titles) ? 1 : 0;
  const coreEnd = tokens[hit.last]!.end + period;
  const end = tokens[right.last]!.end + period;
  return {
    title: {
      start: left.start, end, text: text.slice(left.start, end), key: titles[0]!.root, rank: ranks[0] ?? null, ranks, modifiers, titles,
      core: text.slice(coreStart, coreEnd), coreStart, coreEnd, orgStart: left.orgStart, isVariant: hit.forms.every((f) => f.isVariant), isThen: left.isThen,
    },
    last: right.last,
  };
}

function toPerson(text: string, tokens: readonly Token[], name: NameFound | null, title: TitleMention | null): PersonMention | null {
  if (!name) return title ? { start: title.start, end: title.end, text: "", id: "", title, isKnown: false, isShort: false, shortForms: [], alsoTitle: null } : null;
  const start = tokens[name.first]!.start, end = tokens[name.last]!.end;
  const written = text.slice(start, end);
  const words = written.split(/\s+/);
  const isShort = !name.person && words.length === 1;
  const shortForms = name.person ? (name.person.enShort ? [name.person.enShort] : [words[0]!, words[words.length - 1]!]) : isShort ? [] : [words[0]!, words[words.length - 1]!];
  return {
    start, end, text: written, id: name.person?.en ?? written, title, isKnown: name.person !== null, isShort,
    shortForms: [...new Set(shortForms)], alsoTitle: null,
  };
}

/** Glossary names written without a title, so that later short forms can be resolved. */
function untitledKnownNames(text: string, tokens: readonly Token[], lexicon: PeopleLexicon, taken: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  tokens.forEach((token, i) => {
    const first = token.text.charCodeAt(0); // /^[A-Z]/ without the regex: most tokens are lower case
    if (!(first >= UPPER_A && first <= UPPER_Z)) return;
    const isTaken = (p: PersonMention) => p.start <= token.start && token.start < p.end;
    if (taken.some(isTaken) || out.some(isTaken)) return;
    const known = knownNameAt(text, tokens, i, lexicon);
    const person = known && toPerson(text, tokens, known, null);
    if (person) out.push(person);
  });
  return out;
}

/** A determiner or possessive before the title, over organisation words: "the president", "an Air Force spokesman". */
function hasDeterminer(tokens: readonly Token[], first: number): boolean {
  let i = first - 1;
  while (i >= 0 && first - i <= MAX_LEFT_WORDS && /^[A-Z]/.test(tokens[i]!.text) && !NOT_NAMES.has(tokens[i]!.text)) i--;
  return DETERMINERS.has(tokens[i]?.lower ?? "");
}

/** A rendering hyphenated onto a capitalised word ("Foreign Affairs-Trade Minister") is part of a longer title. */
function isInsideCompound(tokens: readonly Token[], hit: CoreHit, lexicon: PeopleLexicon): boolean {
  const previous = tokens[hit.first - 1];
  const isHyphen = /^[-\u2010\u2011]$/.test(tokens[hit.first]!.gap);
  return isHyphen && previous !== undefined && /^[A-Z]/.test(previous.text) && !lexicon.enModifiers.has(previous.lower);
}

/** "Deputy Prime Minister and Finance Minister Choi": the first title is the named person's too. */
function joinTitles(own: PersonMention, joined: PersonMention, people: PersonMention[]): PersonMention {
  people[people.indexOf(joined)] = { ...own, start: own.start, title: joined.title, alsoTitle: own.title };
  return { ...own, alsoTitle: joined.title };
}

/** Finds English person mentions with their titles in one paragraph. */
export function findEnglishPeople(text: string, glossary: Glossary): PersonMention[] {
  const lexicon = peopleLexicon(glossary);
  const tokens = tokenize(text);
  const people: PersonMention[] = [];
  let previous: { person: PersonMention; last: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const hit = coreAt(tokens, i, lexicon);
    if (!hit || isInsideCompound(tokens, hit, lexicon)) continue;
    const { title, last } = titleOf(text, tokens, hit, lexicon);
    const first = tokens.findIndex((t) => t.start === title.start);
    const name = attachedName(text, tokens, first, last, lexicon);
    i = last;
    if (!name && isWeakCore(tokens, hit) && !hasDeterminer(tokens, first)) continue;
    const person = toPerson(text, tokens, name, title);
    if (!person) continue;
    const isJoined = previous !== null && previous.last === first - 2 && tokens[first - 1]!.lower === "and" && previous.person.text === "";
    people.push(isJoined ? joinTitles(person, previous!.person, people) : person);
    previous = { person: people[people.length - 1]!, last };
  }
  return [...people, ...untitledKnownNames(text, tokens, lexicon, people)].sort((a, b) => a.start - b.start);
}
