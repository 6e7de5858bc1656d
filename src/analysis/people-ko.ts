/**
 * Korean people and titles. Korean writes the name first and the title last, with the organisation in
 * between and rank modifiers around the title: 장유샤 중앙군사위원회 부주석, 문재인 전 대통령, 대통령 권한대행.
 * Titles are found by their glossary forms (longest first) where a particle or nothing follows them; the
 * name is the word before the organisation words, kept only if it can be a name.
 */
import type { Glossary } from "../types.js";
import type { PersonMention, TitleMention } from "./people.js";
import { peopleLexicon, type ModifierInfo, type PeopleLexicon, type PersonInfo, type TitleInfo } from "./people-lexicon.js";

interface Token {
  readonly start: number;
  readonly end: number;
  /** The word without surrounding punctuation or a trailing (漢字) gloss. */
  readonly core: string;
  readonly coreStart: number;
  /** The word ends a clause or quotation (만났다., 말했다”): nothing before it belongs to a title after it. */
  readonly isClosed: boolean;
}

interface TitleHit {
  readonly title: TitleInfo;
  readonly start: number;
  readonly end: number;
  /** Ranks of modifiers written onto the title (부국장, 대통령당선인). */
  readonly modifiers: string[];
  readonly spanStart: number;
  readonly spanEnd: number;
}

/** One Hangul syllable. */
const SYLLABLE = /[\uAC00-\uD7A3]/;
/** Particles and copula endings that may follow a title in the same word (대통령은, 장관이던, 대변인에게). */
const PARTICLE = /^(?:이었던|이었으며|이었고|이었다|였던|였다|이던|이며|이고|이자|이다|으로서|로서|으로부터|로부터|으로|로|에게서|에게는|에게도|에게|께서는|께서|께|한테|과의|와의|과는|와는|과|와|은|는|이|가|을|를|의|에서|에는|에|도|만|까지|부터|보다|처럼|측|님|인)?$/;
/** Particles that end a word which is then not a name (정부는, 회담을, 미국의); not 로 or 에, which end names (모로, 다로). */
const NOT_NAME_ENDING = /(?:는|를|을|의|에서|와|과|께|께서|에게|이나|까지|부터|에는)$/;
/** Leading and trailing punctuation around a word, and a trailing (漢字) or (Latin) gloss. */
const LEADING_PUNCT = /^[\s"'“‘「『(<[《〈]+/;
const TRAILING_PUNCT = /(?:\([^)]*\))?[\s"'”’」』)>\]》〉.,;:!?…]*$/;
/** Punctuation that closes a clause or quotation after a word. */
const CLOSING_PUNCT = /[.,;:!?”’"'」』…]/;
/** An initial inside a foreign name (조지 W. 부시): its period closes nothing. */
const INITIAL = /^[A-Z]$/;
/** Foreign names in Hangul may hold a hyphen, a middle dot or an initial (알-다바그, W.): the letters of a name word. */
const NAME_WORD = /^[\uAC00-\uD7A3](?:[\uAC00-\uD7A3·-]*[\uAC00-\uD7A3])?$/;
/** Words that stand between a name and its title without being a name: governments, offices, sides, camps. */
const ORG_ENDING = /(?:부|처|청|위원회|회|당|실|본부|사령부|정부|의회|내각|측|캠프|진영|대사관|영사관|백악관|외무성|국무성|국방성|당국|법원|검찰|경찰|대학|대학교|은행|그룹|협회|재단|센터|기구|연합|공사|방송|통신|신문)$/;
/** Country and region names that stand between a name and its title (하산 이라크 대사); the glossary adds its own. */
const KO_COUNTRIES = new Set(["미", "중", "일", "북", "남", "러", "영", "한", "미국", "중국", "일본", "북한", "남한", "한국", "러시아", "영국", "프랑스",
  "독일", "이탈리아", "스페인", "캐나다", "호주", "인도", "대만", "홍콩", "베트남", "태국", "필리핀", "인도네시아", "말레이시아", "싱가포르", "몽골",
  "파키스탄", "아프가니스탄", "이란", "이라크", "이스라엘", "팔레스타인", "시리아", "레바논", "요르단", "이집트", "사우디", "사우디아라비아", "터키",
  "튀르키예", "우크라이나", "폴란드", "브라질", "멕시코", "아르헨티나", "베네수엘라", "쿠바", "유럽", "아시아", "아프리카", "중동", "유엔", "국제",
  "뉴욕", "워싱턴", "베이징", "도쿄", "모스크바", "런던", "파리", "서울", "평양", "연방", "주", "시", "도", "현지", "해외"]);
/** Everyday words found right before a title that are not names: time, deixis, quantity, status (이날 장관, 당시 대통령). */
const NOT_NAMES = new Set(["이날", "당시", "현재", "지난", "오늘", "어제", "내일", "차기", "역대", "전임", "후임", "해당", "같은", "다른", "모든",
  "각국", "양국", "양측", "우리", "자국", "주요", "고위", "전직", "현직", "일부", "여러", "최근", "앞서", "한편", "이에", "특히", "또한", "그러나",
  "하지만", "그리고", "이후", "당초", "새", "첫", "두", "세", "네", "그", "저", "이번", "각", "그의", "및", "또", "또는", "등", "즉",
  "직전", "이전", "향후", "장차", "미래", "공화당", "민주당", "여당", "야당", "정부", "국가", "외교", "국방", "안보", "경제", "통일", "측근", "신임"]);
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
/** Syllables a Korean or foreign name word may have. */
const MAX_NAME_SYLLABLES = 6;

const isHangul = (ch: string | undefined): boolean => ch !== undefined && SYLLABLE.test(ch);

function tokenize(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => {
    const raw = m[0];
    const lead = LEADING_PUNCT.exec(raw)?.[0].length ?? 0;
    const core = raw.slice(lead).replace(TRAILING_PUNCT, "");
    const isClosed = CLOSING_PUNCT.test(raw.slice(lead + core.length)) && !INITIAL.test(core);
    return { start: m.index, end: m.index + raw.length, core, coreStart: m.index + lead, isClosed };
  });
}

/** The Hangul (and digit: 제1, 2) run directly before `index` in the same word. */
function hangulBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && (isHangul(text[i - 1]) || /\d/.test(text[i - 1]!))) i--;
  return text.slice(i, index);
}

/** The Hangul run directly after `index`. */
function hangulAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && isHangul(text[i])) i++;
  return text.slice(index, i);
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

/** Every title occurrence, longest form first, without overlaps. */
function findTitleHits(text: string, lexicon: PeopleLexicon): TitleHit[] {
  const hits: TitleHit[] = [];
  const claimed = new Uint8Array(text.length);
  for (const [form, title] of lexicon.koTitleForms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      if (claimed.subarray(i, i + form.length).some((c) => c === 1)) continue;
      const hit = titleAt(text, i, form, title, lexicon);
      if (!hit) continue;
      claimed.fill(1, hit.start, hit.end);
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The index of the token holding offset `at`. */
function tokenIndexAt(tokens: readonly Token[], at: number): number {
  return tokens.findIndex((t) => t.start <= at && at < t.end);
}

function isOrgWord(word: string, lexicon: PeopleLexicon): boolean {
  return KO_COUNTRIES.has(word) || lexicon.koNotNames.has(word) || ORG_ENDING.test(word) || /^[A-Z0-9&.-]{2,}$/.test(word);
}

/** A word that is a title itself (총리 in 메르켈 총리 대변인): the owner's title, not the holder's name. */
function isTitleWord(word: string, lexicon: PeopleLexicon): boolean {
  return lexicon.koTitleForms.some(([form, title]) => word.endsWith(form) && !title.isAmbiguous);
}

/** A word that ends in a title and its particle (장관은): another person's title, never a name. */
function endsWithTitle(word: string, lexicon: PeopleLexicon): boolean {
  return lexicon.koTitleForms.some(([form]) => {
    const at = word.lastIndexOf(form);
    return at >= 0 && PARTICLE.test(word.slice(at + form.length));
  });
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

interface NameFound {
  readonly start: number;
  readonly end: number;
  readonly person: PersonInfo | null;
  readonly shortOf: readonly PersonInfo[];
}

/** A glossary full name ending at token `index` (it may span words: 제이크 설리번). */
function knownNameEndingAt(text: string, tokens: readonly Token[], index: number, lexicon: PeopleLexicon): NameFound | null {
  const token = tokens[index]!;
  const end = token.coreStart + token.core.length;
  for (const [form, person] of lexicon.koNames) {
    const start = end - form.length;
    if (start >= 0 && text.slice(start, end) === form && !isHangul(text[start - 1])) return { start, end, person, shortOf: [] };
  }
  return null;
}

/** The name in token `index`: a glossary name, a glossary short form, or a word that can be a name. */
function nameAt(text: string, tokens: readonly Token[], index: number, lexicon: PeopleLexicon): NameFound | null {
  if (index < 0 || tokens[index]!.isClosed) return null;
  const known = knownNameEndingAt(text, tokens, index, lexicon);
  if (known) return known;
  const { core, coreStart } = tokens[index]!;
  const shortOf = lexicon.koShort.get(core) ?? [];
  if (shortOf.length > 0) return { start: coreStart, end: coreStart + core.length, person: null, shortOf };
  if (!NAME_WORD.test(core) || [...core].length > MAX_NAME_SYLLABLES || NOT_NAMES.has(core) || lexicon.koNotNames.has(core)) return null;
  if (NOT_NAME_ENDING.test(core) || isOrgWord(core, lexicon) || lexicon.koModifiers.has(core) || endsWithTitle(core, lexicon)) return null;
  return { start: coreStart, end: coreStart + core.length, person: null, shortOf: [] };
}

/**
 * The name before the title: a glossary name ending one word earlier wins over an unknown word, which is then
 * a country or organisation the lists do not know (알바로 우리베 콜롬비아 대통령).
 */
function nameBefore(text: string, tokens: readonly Token[], index: number, lexicon: PeopleLexicon): NameFound | null {
  const name = nameAt(text, tokens, index, lexicon);
  if (!name || name.person || name.shortOf.length > 0 || index < 1 || tokens[index - 1]!.isClosed) return name;
  return knownNameEndingAt(text, tokens, index - 1, lexicon) ?? name;
}

/** A glossary full name written right after the title (외교부 장관 왕이는). */
function nameAfter(text: string, hitEnd: number, lexicon: PeopleLexicon): NameFound | null {
  if (text[hitEnd] !== " ") return null;
  const from = hitEnd + 1;
  for (const [form, person] of lexicon.koNames) {
    if (!text.startsWith(form, from) || person.isAmbiguous) continue;
    if (PARTICLE.test(hangulAfter(text, from + form.length))) return { start: from, end: from + form.length, person, shortOf: [] };
  }
  return null;
}

function shortFormsOf(text: string, person: PersonInfo | null): string[] {
  if (person) return person.koShort ? [person.koShort] : [];
  const words = text.split(" ");
  if (words.length > 1) return [words[words.length - 1]!];
  return [...text].length >= 2 ? [[...text][0]!] : [];
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
  for (const [form, person] of lexicon.koNames) {
    if (person.isAmbiguous) continue;
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
      const end = i + form.length;
      if (isHangul(text[i - 1]) || !PARTICLE.test(hangulAfter(text, end))) continue;
      if ([...taken, ...out].some((p) => p.start < end && i < p.end)) continue;
      out.push({ start: i, end, text: form, id: person.en, title: null, isKnown: true, isShort: false, shortForms: shortFormsOf(form, person), alsoTitle: null });
    }
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
    const name = nameBefore(text, tokens, chain.nameIndex, lexicon) ?? nameAfter(text, title.end, lexicon);
    if (!name && hit.title.isAmbiguous) continue;
    const joined = byToken.get(chain.concurrentIndex);
    const person = joinTitles(toPerson(text, name, title), joined, people);
    byToken.set(last, person);
    people.push(person);
  }
  return [...people, ...untitledKnownNames(text, lexicon, people)].sort((a, b) => a.start - b.start);
}
