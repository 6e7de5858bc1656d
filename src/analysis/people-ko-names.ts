/**
 * Korean words around a title: tokens with their punctuation stripped, the particles that may follow a title,
 * the words that stand between a name and its title (organisations, countries), and the name itself: a
 * glossary name, a glossary short form (설리번, 장), or a word that can be a name, before the title or, after
 * "<title>인", after it (부의장인 이자트 이브라힘).
 */
import type { PeopleLexicon, PersonInfo } from "./people-lexicon.js";
import { isHangulSyllableUnit } from "../text/script.js";

/** A whitespace-separated word of the paragraph. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The word without surrounding punctuation or a trailing (漢字) gloss. */
  readonly core: string;
  readonly coreStart: number;
  /** The word ends a clause or quotation (만났다., 말했다”): nothing before it belongs to a title after it. */
  readonly isClosed: boolean;
}

/** One Hangul syllable. */
const SYLLABLE = /[\uAC00-\uD7A3]/;
/** Particles and copula endings that may follow a title in the same word (대통령은, 장관이던, 대변인에게). */
export const PARTICLE = /^(?:이었던|이었으며|이었고|이었다|였던|였다|이던|이며|이고|이자|이다|으로서|로서|으로부터|로부터|으로|로|에게서|에게는|에게도|에게|께서는|께서|께|한테|과의|와의|과는|와는|과|와|은|는|이|가|을|를|의|에서|에는|에|도|만|까지|부터|보다|처럼|측|님|인)?$/;
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
const ORG_ENDING = /(?:부|처|청|위원회|회|당|실|본부|사령부|정부|의회|내각|측|캠프|진영|대사관|영사관|백악관|외무성|국무성|국방성|당국|법원|검찰|경찰|대학|대학교|은행|그룹|협회|재단|센터|기구|연합|공사|방송|통신|신문|기지|공항|병원|연구소|재판소|박물관)$/;
/** Country and region names that stand between a name and its title (하산 이라크 대사); the glossary adds its own. */
const KO_COUNTRIES = new Set(["미", "중", "일", "북", "남", "러", "영", "한", "미국", "중국", "일본", "북한", "남한", "한국", "러시아", "영국", "프랑스",
  "남아공", "남아프리카공화국", "잠비아", "짐바브웨", "케냐", "나이지리아", "수단", "에티오피아", "소말리아", "리비아", "알제리", "모로코", "튀니지",
  "그루지야", "조지아", "스위스", "오스트리아", "네덜란드", "벨기에", "스웨덴", "노르웨이", "덴마크", "핀란드", "그리스", "체코", "헝가리", "루마니아",
  "세르비아", "보스니아", "코소보", "아르메니아", "카자흐스탄", "우즈베키스탄", "방글라데시", "스리랑카", "네팔", "미얀마", "캄보디아", "라오스",
  "뉴질랜드", "칠레", "페루", "콜롬비아", "볼리비아", "에콰도르", "예멘", "카타르", "쿠웨이트", "아랍에미리트", "가자", "아프간", "EU", "나토",
  "독일", "이탈리아", "스페인", "캐나다", "호주", "인도", "대만", "홍콩", "베트남", "태국", "필리핀", "인도네시아", "말레이시아", "싱가포르", "몽골",
  "파키스탄", "아프가니스탄", "이란", "이라크", "이스라엘", "팔레스타인", "시리아", "레바논", "요르단", "이집트", "사우디", "사우디아라비아", "터키",
  "튀르키예", "우크라이나", "폴란드", "브라질", "멕시코", "아르헨티나", "베네수엘라", "쿠바", "유럽", "아시아", "아프리카", "중동", "유엔", "국제",
  "뉴욕", "워싱턴", "베이징", "도쿄", "모스크바", "런던", "파리", "서울", "평양", "연방", "주", "시", "도", "현지", "해외"]);
/** Everyday words found right before a title that are not names: time, deixis, quantity, status (이날 장관, 당시 대통령). */
const NOT_NAMES = new Set(["이날", "당시", "현재", "지난", "오늘", "어제", "내일", "차기", "역대", "전임", "후임", "해당", "같은", "다른", "모든",
  "각국", "양국", "양측", "우리", "자국", "주요", "고위", "전직", "현직", "일부", "여러", "최근", "앞서", "한편", "이에", "특히", "또한", "그러나",
  "하지만", "그리고", "이후", "당초", "새", "첫", "두", "세", "네", "그", "저", "이번", "각", "그의", "및", "또", "또는", "등", "즉",
  "직전", "이전", "향후", "장차", "미래", "공화당", "민주당", "여당", "야당", "정부", "국가", "외교", "국방", "안보", "경제", "통일", "측근", "신임"]);
/** The copula after a title that introduces its holder's name: 부의장인 이자트 이브라힘 (the vice chairman, Izzat Ibrahim). */
const COPULA = "인";
/** A name word with its particle (이브라힘이, 홍길동은): the name and the particle. */
const NAME_PARTICLE = /^(.+?)(?:은|는|이|가|을|를|의|에게|과|와|도)$/;
/** Honorifics and ranks the glossary does not list that follow a name (존 고든 장군, 홍길동 씨): not part of the name. */
const HONORIFICS = new Set(["씨", "여사", "장군", "박사", "교수", "목사", "신부", "기자", "특파원", "변호사", "선수", "감독"]);
/** Words a name after a title may have, at most (이자트 이브라힘). */
const MAX_NAME_WORDS = 3;
/** Syllables a Korean or foreign name word may have. */
const MAX_NAME_SYLLABLES = 6;


/** Whether a character is a Hangul syllable. */
export const isHangul = (ch: string | undefined): boolean => ch !== undefined && SYLLABLE.test(ch);

/** The words of a paragraph with their offsets, punctuation and glosses stripped from their cores. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => {
    const raw = m[0];
    // a word that starts and ends with a Hangul syllable (most words) has no punctuation to strip and closes nothing
    if (isHangulSyllableUnit(raw.charCodeAt(0)) && isHangulSyllableUnit(raw.charCodeAt(raw.length - 1))) return { start: m.index, end: m.index + raw.length, core: raw, coreStart: m.index, isClosed: false };
    const lead = LEADING_PUNCT.exec(raw)?.[0].length ?? 0;
    const core = raw.slice(lead).replace(TRAILING_PUNCT, "");
    const isClosed = CLOSING_PUNCT.test(raw.slice(lead + core.length)) && !INITIAL.test(core);
    return { start: m.index, end: m.index + raw.length, core, coreStart: m.index + lead, isClosed };
  });
}

/** The Hangul run directly after `index`. */
export function hangulAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && isHangul(text[i])) i++;
  return text.slice(index, i);
}

/** A word that stands between a name and its title: a country, a glossary term, an organisation, an acronym. */
export function isOrgWord(word: string, lexicon: PeopleLexicon): boolean {
  return KO_COUNTRIES.has(word) || lexicon.koNotNames.has(word) || ORG_ENDING.test(word) || /^[A-Z0-9&.-]{2,}$/.test(word);
}

/** A word that is a title itself (총리 in 메르켈 총리 대변인): the owner's title, not the holder's name. */
export function isTitleWord(word: string, lexicon: PeopleLexicon): boolean {
  return lexicon.koTitleForms.some(([form, title]) => word.endsWith(form) && !title.isAmbiguous);
}

/** A word that ends in a title and its particle (장관은): another person's title, never a name. */
function endsWithTitle(word: string, lexicon: PeopleLexicon): boolean {
  return lexicon.koTitleForms.some(([form]) => {
    const at = word.lastIndexOf(form);
    return at >= 0 && PARTICLE.test(word.slice(at + form.length));
  });
}

/** A name found next to a title: where it is, the glossary person when known, the people a short form may be. */
export interface NameFound {
  readonly start: number;
  readonly end: number;
  readonly person: PersonInfo | null;
  readonly shortOf: readonly PersonInfo[];
}

/** A glossary full name ending at token `index` (it may span words: 제이크 설리번). */
function knownNameEndingAt(text: string, tokens: readonly Token[], index: number, lexicon: PeopleLexicon): NameFound | null {
  const token = tokens[index]!;
  const end = token.coreStart + token.core.length;
  // a form ending at `end` ends with the character before it, so only the forms sharing that last character can match
  const forms = lexicon.koNamesByLast ? (lexicon.koNamesByLast.get(text[end - 1] ?? "") ?? []) : lexicon.koNames;
  for (const [form, person] of forms) {
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
export function nameBefore(text: string, tokens: readonly Token[], index: number, lexicon: PeopleLexicon): NameFound | null {
  const name = nameAt(text, tokens, index, lexicon);
  if (!name || name.person || name.shortOf.length > 0 || index < 1 || tokens[index - 1]!.isClosed) return name;
  return knownNameEndingAt(text, tokens, index - 1, lexicon) ?? name;
}

/** A glossary full name written right after the title (외교부 장관 왕이는). */
export function nameAfter(text: string, hitEnd: number, lexicon: PeopleLexicon): NameFound | null {
  if (text[hitEnd] !== " ") return null;
  const from = hitEnd + 1;
  const forms = lexicon.koNamesByInitial ? (lexicon.koNamesByInitial.get(text[from] ?? "") ?? []) : lexicon.koNames;
  for (const [form, person] of forms) {
    if (!text.startsWith(form, from) || person.isAmbiguous) continue;
    if (PARTICLE.test(hangulAfter(text, from + form.length))) return { start: from, end: from + form.length, person, shortOf: [] };
  }
  return null;
}

/** The forms a later mention of this name may take: the glossary short form, a foreign surname, a Korean surname. */
export function shortFormsOf(text: string, person: PersonInfo | null): string[] {
  if (person) return person.koShort ? [person.koShort] : [];
  const words = text.split(" ");
  if (words.length > 1) return [words[words.length - 1]!];
  return [...text].length >= 2 ? [[...text][0]!] : [];
}

/** The name words after "<title>인" (부의장인 이자트 이브라힘이): up to the word that carries the particle. */
export function nameAfterCopula(text: string, tokens: readonly Token[], last: number, titleEnd: number, lexicon: PeopleLexicon): NameFound | null {
  const own = tokens[last]!;
  if (text.slice(titleEnd, own.coreStart + own.core.length) !== COPULA || own.isClosed) return null;
  for (let j = last + 1; j <= last + MAX_NAME_WORDS && j < tokens.length; j++) {
    const known = lexicon.koNames.find(([form]) => text.startsWith(form, tokens[last + 1]!.coreStart)
      && PARTICLE.test(hangulAfter(text, tokens[last + 1]!.coreStart + form.length)));
    if (known) return { start: tokens[last + 1]!.coreStart, end: tokens[last + 1]!.coreStart + known[0].length, person: known[1], shortOf: [] };
    const { core, coreStart, isClosed } = tokens[j]!;
    const bare = NAME_PARTICLE.exec(core)?.[1];
    const word = bare && [...bare].length >= 2 ? bare : core;
    if (HONORIFICS.has(word) && j > last + 1) return { start: tokens[last + 1]!.coreStart, end: tokens[j - 1]!.coreStart + tokens[j - 1]!.core.length, person: null, shortOf: [] };
    if (!NAME_WORD.test(word) || NOT_NAMES.has(word) || isOrgWord(word, lexicon) || endsWithTitle(core, lexicon)) return null;
    if (word !== core) return { start: tokens[last + 1]!.coreStart, end: coreStart + word.length, person: null, shortOf: [] };
    if (isClosed) return null;
  }
  return null;
}
