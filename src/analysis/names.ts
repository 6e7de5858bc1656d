/**
 * Personal names per paragraph, for ctx.analysis.of(segment).names. English: glossary names (names.json
 * en, alternatives, known wrong variants, enShort) and capitalised name sequences, with titles ("Vice
 * Chairman", "Sen."), places, organisations, months and sentence-initial function words stripped; a
 * headline in title case yields glossary and titled names only. Korean: glossary names (ko, koAliases;
 * a koShort of two syllables anywhere, of one syllable only before a glossary title: 시 주석), Hanja
 * glosses attached to the name before them (장유샤(張又俠)), unknown names written right before a title
 * (숀 사벳 백악관 대변인), and unknown Hanja-glossed names that transliterate Mandarin. Transliterated
 * foreign names are hard to tell from words, so an unknown Korean word counts as a name only in those
 * shapes. Each mention says how it relates to the glossary (key, candidates, match) and whether it is a
 * full name, a short form or a lone capitalised word; a short form's person is for the caller to resolve
 * against the article's full names (김 and Kim have many candidates).
 */
import { findHanjaGlosses, isHanja, isMandarinRendering, isNonSinoKoreanSyllable, type HanjaGloss } from "../text/hanja.js";
import { findWords, firstWords, isCapitalized, type Word } from "../text/words.js";
import { findForms, indexForms, type FormIndex } from "../text/forms-index.js";
import type { Glossary, GlossaryEntry, Side } from "../types.js";
import { isHangulSyllableUnit } from "../text/script.js";

/** How a mention relates to the glossary. */
export type NameMatch = "official" | "alternative" | "variant" | "short";

export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The glossary entry's English form when the name is known, else null. */
  readonly known: string | null;
  /** A Hanja gloss written right after a Korean name, e.g. 張又俠, else null. */
  readonly hanja: string | null;
  /** Where the Hanja gloss is ([start, end) inside its parentheses), or null. */
  readonly hanjaStart: number | null;
  readonly hanjaEnd: number | null;
  /** The glossary entry's ko key when the name is known (one candidate), else null. */
  readonly key: string | null;
  /** Every glossary entry (ko key) the text may denote: one for a full name, several for 김 or Kim. */
  readonly candidates: readonly string[];
  /** official (en/ko), alternative (accepted form, Korean alias), variant (known wrong spelling), short, or null. */
  readonly match: NameMatch | null;
  /** "full" name, "short" form (surname, koShort/enShort, a word after a title), or a lone capitalised "word". */
  readonly kind: "full" | "short" | "word";
  /** The title next to the name (after it in Korean, before it in English), or null. */
  readonly title: string | null;
}

/** Which glossary form wins when one text is the form of several people (Lee Byung-chul: 이병철, and a variant for 리병철). */
const MATCH_RANK: Readonly<Record<NameMatch, number>> = { official: 0, alternative: 1, short: 2, variant: 3 };

/** A glossary spelling of a person. */
interface NameForm {
  readonly form: string;
  readonly key: string;
  readonly match: NameMatch;
  readonly isAmbiguous: boolean;
}

/** Lookup tables built from the glossary for one call. */
interface Lexicon {
  readonly forms: readonly NameForm[];
  /** forms[k].form in lower case, for the English search (lowered once, not once per paragraph). */
  readonly lowerForms: readonly string[];
  /** The people (keys, without repeats, in the order of forms) each lower-cased form may denote. */
  readonly keysOf: ReadonlyMap<string, readonly string[]>;
  /** The strings searched for: lowerForms in English, the forms as written in Korean. */
  readonly formIndex: FormIndex;
  readonly byKey: ReadonlyMap<string, GlossaryEntry>;
  readonly titles: ReadonlySet<string>;
  /** Length of the longest of titles. */
  readonly maxTitleLength: number;
  /** The last code unit of each title: a word part that ends otherwise is no title and ends none. */
  readonly titleEnds: ReadonlySet<string>;
  /** Each part of a title before one of its spaces (전 of 전 대통령): only such a head opens a two-word title. */
  readonly titleHeads: ReadonlySet<string>;
  /** Korean: the titles of titles.json only (a surname alone before 관계자 is no name). */
  readonly glossaryTitles: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  /** English: words of titles (Secretary, Chairman); a name after them is a titled name. */
  readonly titleWords: ReadonlySet<string>;
  /** English: place words and nationalities (South, Korea, Israeli); a capitalised word after them is a place. */
  readonly placeWords: ReadonlySet<string>;
  readonly surnames: ReadonlySet<string>;
  readonly givenNames: ReadonlySet<string>;
}

/** Korean particles a name may carry (김정은은, 설리번과, 시진핑의). */
const KO_PARTICLES = "은 는 이 가 을 를 의 에 에게 에게서 에서 와 과 와의 과의 도 만 로 으로 로서 께 께서 측 씨 등 이나 나 부터 까지 처럼 보다 이라고 라고 이라는 라는 이며 며 이고 고 한테 과는 와는 에는 에도 에게는 로부터 으로부터 이다 다".split(" ");
/** KO_PARTICLES as a set: a text is a particle when it is one of them whole. */
const KO_PARTICLE_SET = new Set(KO_PARTICLES);
/** Length of the longest particle: a longer rest of a word is no particle. */
const MAX_PARTICLE_LENGTH = Math.max(...KO_PARTICLES.map((p) => p.length));
/** Korean nouns for people that stand after a name like a title (씨, 교수, 관계자). */
const KO_PERSON_NOUNS = ["씨", "여사", "교수", "박사", "감독", "선수", "기자", "사장", "회장", "장군", "지도자", "총재", "대표", "위원장", "의원", "특파원", "변호사", "목사", "신부", "왕자", "황태자", "여왕", "국왕", "총통", "관계자", "대변인", "부장", "국장", "대사", "총리", "대통령", "장관", "주석", "부주석", "보좌관", "위원", "차관", "사령관", "의장", "상원의원", "하원의원", "후보", "전 대통령", "당선인"];
/** Korean words that stand between a name and its title but are no names (this day, then, new, government). */
const KO_NON_NAMES = ["당시", "이번", "이날", "전날", "현재", "신임", "차기", "역대", "해당", "각국", "양국", "정부", "관계", "고위", "전직", "현직", "같은", "모든", "여러", "다른", "새로운", "주요", "일부", "공식", "현지", "국내", "국제", "외국", "해외", "민간", "한편", "또한", "특히", "당국", "정권", "행정부", "지난", "올해", "작년", "최근", "앞서", "이후", "직후", "그러나", "하지만", "또", "및", "어느", "어떤", "이런", "그런", "한국인", "미국인", "전", "현", "前", "故", "고", "부", "한", "그", "이", "각", "첫", "새", "대", "측", "군", "당"];
/** One-syllable words that look like a surname before a title but are a modifier or determiner (전 대통령 = former president). */
const KO_NOT_SURNAMES = new Set(["전", "현", "고", "前", "故", "그", "각", "새", "첫", "약", "총", "본", "동", "해당", "부", "차", "대", "신"]);
/** Endings of Korean words that are no name: case particles of two syllables, connective verb endings (상황에서, 한다며). */
const KO_GRAMMAR_ENDING = /(?:에서|에게|으로|부터|까지|처럼|보다|라고|이며|하며|한다|했다|에는|에도|과의|와의|따라|때문에|적인|력한|스러운|로운|다운|같은|있는|없는|하는|되는|[는를에와며던쳐해된적])$/;
/** Korean organisation endings: a word with one is context between a name and a title (국무부 대변인). */
const KO_ORG_ENDING = /(?:부|처|청|원|관|국|당|군|회|사|소|단|위|대학|은행|그룹|통신|방송|신문|위원회|재단|연구소|정부)$/;
/** English words that may open a sentence before a name: function words, months, days (After Kim, On Monday Obama). */
const EN_FUNCTION_WORDS = new Set("the a an in on at after before but and or as if when while since although though this that these those it he she they we i you his her their our its my your there here what who whom whose which why how some many most all both each every no not one two three also meanwhile however still yet then now today yesterday tomorrow according under over with without from for to by of about during despite through among between against such other another more less few several any last next first later earlier january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split(" "));
/** English honorifics and title words that stand before a name (Sen. McCain, Vice Chairman Zhang). */
const EN_TITLE_WORDS = "sir lord lady dame prince princess queen king crown pope emperor president vice chairman chairwoman chairperson secretary minister premier chancellor ambassador spokesman spokeswoman spokesperson adviser advisor general director chief commander governor mayor senator congressman congresswoman representative professor judge justice coach manager leader envoy deputy counselor former late acting".split(" ");
/** English title abbreviations: title words only when written with their period (Sen. is a title, Sen a name). */
const EN_TITLE_ABBREVIATIONS = new Set("mr mrs ms dr prof sen rep gov gen lt col capt adm sgt rev fr".split(" "));
/** English place abbreviations written with a period (St. Louis, Mt. Everest). */
const EN_PLACE_ABBREVIATIONS = new Set("st mt ft pt".split(" "));
/** English words that are no part of a personal name: places, nationalities, generic capitalised words. */
const EN_PLACE_WORDS = "north south east west northern southern eastern western central national international united new old korean chinese japanese american russian british french german soviet asian european african israeli arab islamic catholic christian muslim olympic olympics games world war cup base library museum".split(" ");
/** English words that end a personal name: what follows is an organisation or place (Livermore Laboratory). */
const EN_ORG_WORDS = new Set("ministry department agency commission committee council party command army navy force forces corps university institute college school bank group corp inc co ltd company association society foundation center centre office bureau service news times post journal daily network laboratory lab hospital court assembly congress senate house parliament cabinet administration government republic kingdom union federation state states province city county island islands sea ocean river mountain mountains street airport station stadium church museum club team league festival award prize treaty agreement accord act law plan project program summit talks day peninsula strait zone bay gulf lake valley park square hall tower bridge building palace temple region district airlines motors electronics".split(" "));
/** Lowercase words that may stand inside a name (Ursula von der Leyen, Vincent van Gogh). */
const EN_NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "da", "di", "du", "la", "le", "dos", "del", "ter", "ten"]);
/** A Latin word: letters with inner apostrophes, hyphens or periods (Jong-un, O'Brien, U.S.), or an initial (W.). */
const EN_WORD = /\p{Lu}\.(?=\s)|[\p{L}\p{M}]+(?:[-'’.][\p{L}\p{M}]+)*\.?/gu;
/** A sentence end before a word: the word is sentence-initial (and so capitalised anyway). */
const SENTENCE_END = /(?:^|[.!?:;]["'”’)]*|["“‘(])\s*$/;
/** Share of capitalised words that marks a headline in title case, where capitals say nothing. */
const TITLE_CASE_SHARE = 0.6;
/** Fewest words a paragraph needs before the title-case share is trusted. */
const TITLE_CASE_MIN_WORDS = 4;
/** A word as the title-case test reads it (letters, apostrophes, hyphens). */
const TITLE_CASE_WORD = /\p{L}[\p{L}'’-]*/gu;
/** The letters a word has at most and still does not count for the title-case share (of, the, and). */
const MIN_TITLE_CASE_LETTERS = 3;
/** Most words in an unknown English name (Robert F. Kennedy Jr. has four). */
const MAX_NAME_WORDS = 4;
/** Hangul syllables of an unknown Korean-style name (surname + given name). */
const KOREAN_NAME_SYLLABLES = 3;
/** Most syllables of a foreign given name written before the surname (크리스토퍼 has four). */
const MAX_GIVEN_SYLLABLES = 4;
/** Syllable counts of a Hangul word that may be an unknown foreign name. */
const MIN_FOREIGN_SYLLABLES = 2;
const MAX_FOREIGN_SYLLABLES = 8;
/** Characters after a Korean name searched for its title. */
const TITLE_LOOKAHEAD = 40;
/** Most words (a country, an organisation) between a Korean name and its title. */
const MAX_CONTEXT_WORDS = 2;
/** Particles a word may carry when it ends a two-word title (백악관 대변인은). */
const KO_TITLE_PARTICLE = /(?:은|는|이|가|을|를|의|과|와|도|에게)$/;
/** Hangul only. */
const ALL_HANGUL = /^[\uAC00-\uD7A3]+$/;

/** True when the text is one whole Korean particle (은, 에게서). */
const isParticle = (text: string): boolean => KO_PARTICLE_SET.has(text);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** The glossary spellings of every person for one side, longest first. */
function nameForms(entries: readonly GlossaryEntry[], side: Side): NameForm[] {
  const forms: NameForm[] = [];
  for (const entry of entries) {
    const add = (form: unknown, match: NameMatch) => {
      if (typeof form === "string") forms.push({ form, key: entry.ko, match, isAmbiguous: entry.isAmbiguous === true });
    };
    if (side === "ko") {
      add(entry.ko, "official");
      strings(entry.koAliases).forEach((f) => add(f, "alternative"));
      add(entry.koShort, "short");
    } else {
      add(entry.en, "official");
      strings(entry.alternatives).forEach((f) => add(f, "alternative"));
      entry.variants.forEach((f) => add(f, "variant"));
      add(entry.enShort, "short");
    }
  }
  return forms.sort((a, b) => b.form.length - a.form.length || MATCH_RANK[a.match] - MATCH_RANK[b.match]);
}

/** Adds every string (in arrays, at any depth) of some fields of some glossary entries to `out`. */
function addStrings(out: string[], entries: readonly GlossaryEntry[] | undefined, fields: readonly string[]): void {
  const add = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) for (const item of value) add(item);
  };
  for (const entry of entries ?? []) for (const field of fields) add(entry[field]);
}

/** Capitalised English words of glossary strings, lower-cased, without a possessive or final period. */
function addCapitalisedWords(out: Set<string>, texts: readonly string[]): void {
  for (const text of new Set(texts)) {
    for (const word of text.split(" ")) {
      const first = word.charCodeAt(0);
      if (first < 65 || first > 90) continue;
      const last = word.charCodeAt(word.length - 1);
      out.add((last === 46 || last === 44 || word.endsWith("'s") || word.endsWith("’s") ? word.replace(/(?:[’']s|[.,])$/, "") : word).toLowerCase());
    }
  }
}

/** The parts of a text before each of its spaces ("a b c": "a", "a b"). */
function spaceHeads(text: string): string[] {
  const heads: string[] = [];
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) heads.push(text.slice(0, at));
  return heads;
}

function buildLexicon(glossary: Glossary, side: Side): Lexicon {
  const people = glossary.names ?? [];
  const titleEntries = (glossary.titles ?? []).filter((e) => e.kind !== "modifier");
  const titles: string[] = [], words: string[] = [], titleTexts: string[] = [], placeTexts: string[] = [];
  if (side === "ko") {
    addStrings(titles, titleEntries, ["ko", "koAliases"]);
    addStrings(words, glossary.terms, ["ko", "koAliases"]);
    addStrings(words, glossary.pairs, ["ko", "koFull"]);
    addStrings(words, glossary.titles, ["ko", "koAliases"]);
  } else {
    for (const entries of [glossary.terms, glossary.pairs, glossary.variants]) addStrings(words, entries, ["en", "alternatives", "forms", "members", "variants"]);
    for (const entries of [glossary.pairs, glossary.variants]) addStrings(placeTexts, entries, ["en", "forms", "members", "variants"]);
    addStrings(titleTexts, titleEntries, ["en", "alternatives"]);
  }
  const nonNames = new Set(side === "ko" ? [...KO_NON_NAMES, ...words] : [...EN_FUNCTION_WORDS, ...EN_PLACE_WORDS, ...EN_TITLE_WORDS]);
  const titleWords = new Set(side === "ko" ? [] : EN_TITLE_WORDS), placeWords = new Set(side === "ko" ? [] : EN_PLACE_WORDS);
  if (side === "en") {
    addCapitalisedWords(nonNames, words);
    addCapitalisedWords(titleWords, titleTexts);
    addCapitalisedWords(placeWords, placeTexts);
    for (const word of titleWords) nonNames.add(word);
    for (const word of placeWords) nonNames.add(word);
    // a word of a glossary person's name is a name word (Ban of Ban Ki-moon, not the ban of a test-ban treaty)
    const nameWords = new Set<string>();
    addCapitalisedWords(nameWords, people.flatMap((e) => [e.en, ...strings(e.alternatives), ...e.variants]));
    for (const word of nameWords) if (!titleWords.has(word)) nonNames.delete(word);
  }
  const surnames = new Set<string>(), givenNames = new Set<string>();
  for (const e of people) {
    if ((e.country === "KR" || e.country === "KP") && typeof e.koShort === "string" && e.koShort.length === 1) surnames.add(e.koShort);
    for (const form of [e.ko, ...strings(e.koAliases)]) if (form.includes(" ")) givenNames.add(form.slice(0, form.indexOf(" ")));
  }
  const forms = nameForms(people, side), allTitles = [...titles, ...KO_PERSON_NOUNS];
  const lowerForms = forms.map((f) => f.form.toLowerCase());
  const keysOf = new Map<string, Set<string>>();
  forms.forEach((f, k) => keysOf.set(lowerForms[k]!, (keysOf.get(lowerForms[k]!) ?? new Set()).add(f.key)));
  return {
    forms, lowerForms, keysOf: new Map([...keysOf].map(([lower, keys]) => [lower, [...keys]])), formIndex: indexForms(side === "ko" ? forms.map((f) => f.form) : lowerForms), byKey: new Map(people.map((e) => [e.ko, e])),
    titles: new Set(allTitles), titleEnds: new Set(allTitles.map((t) => t.slice(-1))), titleHeads: new Set(allTitles.flatMap(spaceHeads)), maxTitleLength: Math.max(0, ...allTitles.map((t) => t.length)), glossaryTitles: new Set(titles), nonNames, titleWords, placeWords, surnames, givenNames,
  };
}

/** The mention for a glossary form found at [start, end); every person with the same spelling is a candidate. */
function knownMention(text: string, start: number, end: number, form: NameForm, lexicon: Lexicon, title: string | null): NameMention {
  const candidates = [...lexicon.keysOf.get(form.form.toLowerCase())!];
  const key = form.match !== "short" || candidates.length === 1 ? form.key : null;
  return {
    start, end, text: text.slice(start, end), known: key ? lexicon.byKey.get(key)!.en : null, hanja: null, hanjaStart: null, hanjaEnd: null,
    key, candidates, match: form.match, kind: form.match === "short" ? "short" : "full", title,
  };
}

/** An unknown name at [start, end). */
function unknownMention(text: string, start: number, end: number, kind: NameMention["kind"], title: string | null): NameMention {
  return { start, end, text: text.slice(start, end), known: null, hanja: null, hanjaStart: null, hanjaEnd: null, key: null, candidates: [], match: null, kind, title };
}

/** True for an ASCII letter or digit: an English name does not start right after one (isInsideWord). */
const isAsciiLetterOrDigit = (unit: number): boolean => (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x30 && unit <= 0x39);

const overlaps = (taken: readonly { start: number; end: number }[], start: number, end: number): boolean =>
  taken.some((t) => start < t.end && end > t.start);

// ---------------------------------------------------------------- Korean

/** The Korean title that follows position `at`, after a Hanja gloss and up to two context words (중국 외교부 대변인), or null. */
function koTitleAfter(text: string, at: number, lexicon: Lexicon): string | null {
  // koTitleWord reads word i and i + 1, for i up to MAX_CONTEXT_WORDS
  const words = firstWords(text.slice(at, at + TITLE_LOOKAHEAD), MAX_CONTEXT_WORDS + 2, isHanja);
  for (let i = 0; i <= MAX_CONTEXT_WORDS && i < words.length; i++) {
    const title = koTitleWord(words, i, lexicon);
    if (title) return title;
    const word = words[i]!.text;
    if (!(lexicon.nonNames.has(word) || KO_ORG_ENDING.test(word))) return null;
  }
  return null;
}

/** The title that word i is or ends with (안보보좌관), or that it starts with the next word (백악관 대변인). */
function koTitleWord(words: readonly Word[], i: number, lexicon: Lexicon): string | null {
  const word = words[i]!.text, next = words[i + 1]?.text;
  // the rest after a cut is a particle or nothing, so only the last few cuts can count
  for (let cut = word.length; cut > 0 && cut >= word.length - MAX_PARTICLE_LENGTH; cut--) {
    const head = word.slice(0, cut), rest = word.slice(cut);
    if (rest && !isParticle(rest)) continue;
    // the head and its ends all end in the head's last unit, which must end some title (most words end none)
    if (lexicon.titleEnds.has(head[head.length - 1]!)) {
      if (lexicon.titles.has(head)) return head;
      // a title at the end of the head (안보보좌관): only ends as long as the longest title can match
      for (let from = Math.max(1, head.length - lexicon.maxTitleLength); from <= head.length - 2; from++) if (lexicon.titles.has(head.slice(from))) return head.slice(from);
    }
    if (next !== undefined && !rest && lexicon.titleHeads.has(head)) {
      const pair = `${head} ${next.replace(KO_TITLE_PARTICLE, "")}`;
      if (lexicon.titles.has(pair)) return pair;
    }
  }
  return null;
}

/** True when the text after a Korean name at `end` is a word boundary or a particle, maybe after 씨 or 님 (고건씨를). */
function koNameEnds(text: string, end: number): boolean {
  let stop = end; // the Hangul run from `end`, read unit by unit instead of matched in the rest of the text
  while (stop < text.length && isHangulSyllableUnit(text.charCodeAt(stop))) stop++;
  const rest = text.slice(text[end] === "씨" || text[end] === "님" ? end + 1 : end, stop);
  return rest === "" || isParticle(rest);
}

/** Glossary names in Korean text: ko and aliases anywhere; short forms and ambiguous names only before a title. */
function koreanGlossaryNames(text: string, lexicon: Lexicon): NameMention[] {
  const found: NameMention[] = [];
  // every occurrence of every form, longest form first (the order of a search form by form)
  for (const { form: k, at } of findForms(text, lexicon.formIndex, text, isHangulSyllableUnit)) {
    const form = lexicon.forms[k]!;
    const end = at + form.form.length;
    // findForms already left out a start right after a Hangul syllable (inside a longer word)
    if (!koNameEnds(text, end) || overlaps(found, at, end)) continue;
    const isSyllable = form.match === "short" && form.form.length === 1;
    if (isSyllable && (text[end] !== " " || KO_NOT_SURNAMES.has(form.form))) continue; // whatever follows (checked before the costlier title)
    const title = koTitleAfter(text, end, lexicon);
    if ((form.isAmbiguous || isSyllable) && !title && text[end] !== "(") continue;
    if (isSyllable && (!title || !lexicon.glossaryTitles.has(title))) continue;
    found.push(knownMention(text, at, end, form, lexicon, title));
  }
  return found;
}

/** True when a Hangul word may be an unknown name: a Korean-style name or a foreign-looking word. */
function isNameLikeWord(word: string, lexicon: Lexicon): boolean {
  if (!ALL_HANGUL.test(word) || lexicon.nonNames.has(word) || lexicon.titles.has(word) || KO_GRAMMAR_ENDING.test(word)) return false;
  const stem = word.slice(0, -1);
  // a name with a case particle (야다브가, 그의) stands before no title in apposition
  if (isParticle(word.slice(-1)) && stem.length > 0 && (lexicon.nonNames.has(stem) || KO_ORG_ENDING.test(stem) || isNameShape(stem, lexicon))) return false;
  return isNameShape(word, lexicon);
}

/** A Korean-style name (three syllables from a surname, all Sino-Korean) or a foreign-looking word. */
function isNameShape(word: string, lexicon: Lexicon): boolean {
  const syllables = [...word];
  if (syllables.length === KOREAN_NAME_SYLLABLES && lexicon.surnames.has(syllables[0]!) && !syllables.some(isNonSinoKoreanSyllable)) return true;
  return syllables.length >= MIN_FOREIGN_SYLLABLES && syllables.length <= MAX_FOREIGN_SYLLABLES && syllables.some(isNonSinoKoreanSyllable);
}

/** True when a word may be a foreign given name before a surname (제이크 설리번, 숀 사벳). */
function isGivenNameWord(word: string, surname: string, lexicon: Lexicon): boolean {
  if (lexicon.givenNames.has(word) || (isNameLikeWord(word, lexicon) && [...word].length <= MAX_GIVEN_SYLLABLES)) return true;
  // a plain-looking given name (개리, 존) before a foreign-looking surname (로스먼): not a modifier, particle or verb
  const isPlain = ALL_HANGUL.test(word) && [...word].length <= MAX_GIVEN_SYLLABLES && !lexicon.nonNames.has(word) && !KO_NOT_SURNAMES.has(word)
    && !lexicon.titles.has(word) && !KO_GRAMMAR_ENDING.test(word) && !isParticle(word.slice(-1));
  return isPlain && [...surname].some(isNonSinoKoreanSyllable);
}

/** Unknown names right before a title: one name word, a given name before it, an optional context word after. */
function koreanTitledNames(text: string, lexicon: Lexicon, taken: readonly NameMention[]): NameMention[] {
  const words = findWords(text), found: NameMention[] = [];
  words.forEach((_, i) => {
    const title = koTitleWord(words, i, lexicon);
    // a surname fused with the title (박대표, 김위원장) names the person itself; the word before is no name
    if (!title || isFusedSurname(words[i]!.text, title, lexicon)) return;
    let j = i - 1;
    const before = words[j];
    if (before && (lexicon.nonNames.has(before.text) || (KO_ORG_ENDING.test(before.text) && !isNameLikeWord(before.text, lexicon)))) j--;
    const last = words[j];
    if (!last || text.slice(last.end, words[j + 1]!.start).trim() !== "" || !isNameLikeWord(last.text, lexicon)) return;
    const first = words[j - 1];
    const hasGiven = first && text.slice(first.end, last.start) === " " && isGivenNameWord(first.text, last.text, lexicon) && !isKoreanStyle(last.text, lexicon);
    const start = hasGiven ? first.start : last.start;
    if (!overlaps([...taken, ...found], start, last.end)) found.push(unknownMention(text, start, last.end, "full", title));
  });
  return found;
}

/** True when a word is a one-syllable surname written together with a title (박대표를, 김위원장은). */
function isFusedSurname(word: string, title: string, lexicon: Lexicon): boolean {
  const at = word.indexOf(title);
  return at === 1 && lexicon.surnames.has(word[0]!);
}

/** True for a three-syllable Hangul word that starts with a Korean surname (a whole Korean name). */
function isKoreanStyle(word: string, lexicon: Lexicon): boolean {
  return [...word].length === KOREAN_NAME_SYLLABLES && lexicon.surnames.has(word[0]!);
}

/** Attaches Hanja glosses to the names they follow, and adds glossed names not found otherwise. */
function withGlosses(text: string, names: NameMention[], glosses: readonly HanjaGloss[], lexicon: Lexicon): NameMention[] {
  const out = [...names];
  for (const gloss of glosses) {
    const hanja = { hanja: gloss.hanja, hanjaStart: gloss.hanjaStart, hanjaEnd: gloss.hanjaEnd };
    const index = out.findIndex((n) => n.end === gloss.hangulEnd);
    if (index >= 0) {
      out[index] = { ...out[index]!, ...hanja };
      continue;
    }
    const title = koTitleAfter(text, gloss.hanjaEnd + 1, lexicon);
    if (!title && !isMandarinRendering(gloss.hangul, gloss.hanja)) continue;
    if (!overlaps(out, gloss.hangulStart, gloss.hangulEnd)) out.push({ ...unknownMention(text, gloss.hangulStart, gloss.hangulEnd, "full", title), ...hanja });
  }
  return out;
}

function findKoreanNames(text: string, lexicon: Lexicon): NameMention[] {
  const known = koreanGlossaryNames(text, lexicon);
  const titled = koreanTitledNames(text, lexicon, known);
  return withGlosses(text, [...known, ...titled], findHanjaGlosses(text), lexicon);
}

// ---------------------------------------------------------------- English

/** True when the text before `at` ends a sentence (so the word at `at` is capitalised anyway); "Sen." and "W." do not. */
function isSentenceStart(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (!/[\p{L}\p{N}]/u.test(before)) return true;
  if (!SENTENCE_END.test(before.slice(-3))) return false;
  const abbreviation = /(?:^|[^\p{L}.])([\p{L}.]+)\.\s+$/u.exec(before)?.[1];
  return !(abbreviation && isAbbreviation(abbreviation));
}

/** True when the characters around [at, end) continue a word (letters, digits, or an apostrophe inside a word: Ma'ariv). */
function isInsideWord(text: string, at: number, end: number): boolean {
  const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  if (isLetter(text[at - 1]) || isLetter(text[end])) return true;
  return /['’]/.test(text[end] ?? "") && isLetter(text[end + 1]) && !/^['’]s(?![\p{L}])/u.test(text.slice(end, end + 3));
}

/**
 * Glossary names in English text, longest first. Short forms (Kim, Bush) are taken at a sentence start too
 * (the rule resolves them against the article's full names) but not after "the"; a short form that is an
 * English function word (He for He Lifeng) only after a title.
 */
function englishGlossaryNames(text: string, lexicon: Lexicon): NameMention[] {
  const found: NameMention[] = [];
  const lower = text.toLowerCase();
  // every occurrence of every form, longest form first (the order of a search form by form)
  for (const { form: k, at } of findForms(lower, lexicon.formIndex, text, isAsciiLetterOrDigit)) {
    const form = lexicon.forms[k]!, needle = lexicon.lowerForms[k]!;
    const end = at + needle.length;
    // a name is capitalised as the glossary writes it (Kim; al-Maliki, bin Laden start in lower case)
    const isCapitalisedRight = text[at] === form.form[0] || /\p{Lu}/u.test(text[at]!);
    if (isInsideWord(text, at, end) || !isCapitalisedRight || overlaps(found, at, end)) continue;
    const isShort = form.match === "short";
    if (isShort && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, at - 5), at))) continue;
    const title = titleBefore(text, at, lexicon);
    if (isShort && EN_FUNCTION_WORDS.has(needle) && !title) continue;
    if (isShort && !title && isAfterCapitalised(text, at)) continue; // Capitol Hill, Central Park: part of a longer name
    found.push(knownMention(text, at, end, form, lexicon, title));
  }
  return found;
}

/** True when a capitalised word (not starting a sentence) stands right before `at`. */
function isAfterCapitalised(text: string, at: number): boolean {
  const m = /(\p{Lu}[\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m !== null && !isSentenceStart(text, at - m[0].length) && !EN_FUNCTION_WORDS.has(m[1]!.toLowerCase());
}

/** The title words right before an English name (Vice Chairman, Sen.), or null. */
function titleBefore(text: string, at: number, lexicon: Lexicon): string | null {
  const words = [...text.slice(Math.max(0, at - 60), at).matchAll(EN_WORD)].map((m) => m[0]);
  let count = 0;
  while (count < words.length) {
    const word = words[words.length - 1 - count]!;
    const bare = word.replace(/\.$/, "").toLowerCase();
    if (!/^\p{Lu}/u.test(word) || !(lexicon.titleWords.has(bare) || (EN_TITLE_ABBREVIATIONS.has(bare) && word.endsWith(".")))) break;
    count++;
  }
  return count > 0 && /^\s*$/.test(text.slice(at - 1, at)) ? words.slice(words.length - count).join(" ") : null;
}

/** True when an English word cannot be part of a personal name. */
function isNonNameWord(word: string, lexicon: Lexicon): boolean {
  const bare = word.replace(/[’']s$/, "").replace(/\.$/, "").toLowerCase();
  if (EN_TITLE_ABBREVIATIONS.has(bare) || EN_PLACE_ABBREVIATIONS.has(bare)) return word.endsWith(".");
  if (lexicon.nonNames.has(bare) || EN_ORG_WORDS.has(bare)) return true;
  if (/^\p{Lu}\.$/u.test(word)) return false; // an initial (George W. Bush)
  if (/^\p{Lu}{2,}$/u.test(word.replace(/\./g, ""))) return true; // acronyms: UN, NATO, U.S.
  return /\d/.test(word) || (bare.includes("-") && bare.split("-").every((part) => lexicon.nonNames.has(part)));
}

/** True for an abbreviation whose period ends no sentence: a title (Sen.), a place (St.), an initial (W.), U.S. */
function isAbbreviation(word: string): boolean {
  const bare = word.toLowerCase();
  return /^\p{Lu}$|\./u.test(word) || EN_TITLE_ABBREVIATIONS.has(bare) || EN_PLACE_ABBREVIATIONS.has(bare) || bare === "jr" || bare === "sr";
}

/** The code unit of a space. */
const SPACE = 0x20;

/** Runs of capitalised words (with name particles inside) separated by single spaces; a possessive ends a run. */
function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  for (const m of text.matchAll(EN_WORD)) {
    const start = m.index, previous = run[run.length - 1];
    // one space between them (the text between is " "), and no possessive before
    const isJoined = previous !== undefined && start === previous.end + 1 && text.charCodeAt(previous.end) === SPACE && !/[’']s$/.test(previous.text);
    const isCapital = isCapitalized(m[0]);
    // a word object only for a word that stays in a run (most words of a paragraph are lower case)
    if (isJoined && (isCapital || EN_NAME_PARTICLES.has(m[0]))) run.push({ text: m[0], start, end: start + m[0].length });
    else {
      if (run.length > 0) {
        runs.push(run);
        run = [];
      }
      if (isCapital) run.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.map((r) => (EN_NAME_PARTICLES.has(r[r.length - 1]!.text) ? r.slice(0, -1) : r)).filter((r) => !isQuotedPhrase(text, r));
}

/** True for a run that fills a pair of quotation marks ('Mission Accomplished'): a title or slogan, not a name. */
function isQuotedPhrase(text: string, run: readonly Word[]): boolean {
  return run.length > 0 && /["“‘']$/.test(text.slice(0, run[0]!.start)) && /^["”’']/.test(text.slice(run[run.length - 1]!.end));
}

/** How the words before a name stretch read: a title (a titled name), only function words, or a place or organisation. */
function leadKind(lead: readonly Word[], lexicon: Lexicon): "title" | "function" | "other" {
  const bare = (w: Word) => w.text.replace(/[’']s$/, "").replace(/\.$/, "").toLowerCase();
  if (lead.length === 0 || lead.every((w) => EN_FUNCTION_WORDS.has(bare(w)))) return "function";
  const lastWord = lead[lead.length - 1]!, last = bare(lastWord);
  if (EN_TITLE_ABBREVIATIONS.has(last) && lastWord.text.endsWith(".")) return "title";
  return lexicon.titleWords.has(last) && !lexicon.placeWords.has(last) ? "title" : "other";
}

/** The kind of an unknown name of `count` words, or null when it cannot be told from a capitalised word. */
function englishKind(count: number, lead: "title" | "function", isFirst: boolean): NameMention["kind"] | null {
  if (count > 1) return "full";
  if (lead === "title") return "short";
  return isFirst ? null : "word";
}

/** The names in one capitalised run: stretches of name words after titles or function words, not inside places or organisations. */
function namesInRun(text: string, run: readonly Word[], lexicon: Lexicon, isTitleCase: boolean): NameMention[] {
  const found: NameMention[] = [];
  const isNonName = run.map((w) => isNonNameWord(w.text, lexicon)); // once per word (both loops below stop at a word)
  let i = 0;
  while (i < run.length) {
    const leadStart = i;
    while (i < run.length && isNonName[i]) i++;
    const start = i;
    while (i < run.length && !isNonName[i]) i++;
    if (start === i) continue;
    const words = run.slice(start, i), lead = leadKind(run.slice(leadStart, start), lexicon);
    const isOrg = i < run.length && EN_ORG_WORDS.has(run[i]!.text.replace(/[’']s$/, "").toLowerCase());
    const isArticled = lead !== "title" && /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, words[0]!.start - 5), words[0]!.start));
    if (isOrg || isArticled || lead === "other" || words.length > MAX_NAME_WORDS || (isTitleCase && lead !== "title")) continue;
    const kind = englishKind(words.length, lead, isSentenceStart(text, run[leadStart]!.start) && leadStart === start);
    if (!kind) continue;
    const name = trimPossessive(text, words[0]!.start, words[words.length - 1]!.end);
    const title = lead === "title" ? text.slice(run[leadStart]!.start, run[start - 1]!.end) : null;
    found.push(unknownMention(text, name.start, name.end, kind, title));
  }
  return found;
}

/** A name span without a trailing possessive 's or period. */
function trimPossessive(text: string, start: number, end: number): { start: number; end: number } {
  const m = /(?:[’']s?|\.)$/.exec(text.slice(start, end));
  const isInitialPeriod = m?.[0] === "." && /(?:^|\s)\p{Lu}\.$/u.test(text.slice(start, end));
  return { start, end: m && !isInitialPeriod && !/Jr\.$|Sr\.$/.test(text.slice(start, end)) ? end - m[0].length : end };
}

/** True for a headline in title case, where capitals do not mark names. */
function isTitleCaseText(text: string): boolean {
  let words = 0, capitalised = 0;
  TITLE_CASE_WORD.lastIndex = 0;
  for (let m = TITLE_CASE_WORD.exec(text); m; m = TITLE_CASE_WORD.exec(text)) {
    if (m[0].length <= MIN_TITLE_CASE_LETTERS) continue;
    words++;
    if (isCapitalized(m[0])) capitalised++;
    // stop once even all-capitalised words in the rest (each one separator and 4 letters or more) cannot reach the share
    const more = Math.floor((text.length - TITLE_CASE_WORD.lastIndex) / (MIN_TITLE_CASE_LETTERS + 2));
    if (words + more < TITLE_CASE_MIN_WORDS || (capitalised + more) / (words + more) < TITLE_CASE_SHARE) {
      TITLE_CASE_WORD.lastIndex = 0;
      return false;
    }
  }
  return words >= TITLE_CASE_MIN_WORDS && capitalised / words >= TITLE_CASE_SHARE;
}

/** English names: glossary names, and unknown capitalised names that are not glossary names (a longer unknown name wins over a short form inside it: Myung-baak). */
function findEnglishNames(text: string, lexicon: Lexicon): NameMention[] {
  const known = englishGlossaryNames(text, lexicon);
  const full = known.filter((n) => n.kind === "full");
  const isTitleCase = isTitleCaseText(text);
  const unknown = capitalisedRuns(text).flatMap((run) => namesInRun(text, run, lexicon, isTitleCase)).filter((n) => !overlaps(full, n.start, n.end));
  const longUnknown = unknown.filter((n) => n.kind === "full");
  const shorts = known.filter((n) => n.kind !== "full" && !overlaps(longUnknown, n.start, n.end));
  return [...full, ...shorts, ...unknown.filter((n) => !overlaps(shorts, n.start, n.end))];
}

/**
 * Lookup tables per glossary object. Departs from "nothing cached at module level" (src/analysis/index.ts)
 * on purpose: building them costs ~1 ms and findNames runs once per paragraph and side, while a glossary
 * is deep-frozen, so the tables are a pure function of an immutable key; a WeakMap keeps nothing alive
 * and no caller can observe it. Passing a per-run lexicon from createAnalysis would remove the need.
 */
const LEXICONS = new WeakMap<Glossary, { ko?: Lexicon; en?: Lexicon }>();

function lexiconFor(glossary: Glossary, side: Side): Lexicon {
  const cached = LEXICONS.get(glossary) ?? {};
  const lexicon = cached[side] ?? buildLexicon(glossary, side);
  if (Object.isFrozen(glossary)) LEXICONS.set(glossary, { ...cached, [side]: lexicon });
  return lexicon;
}

/** Finds personal names in one paragraph, in text order. */
export function findNames(text: string, side: Side, glossary: Glossary): NameMention[] {
  const lexicon = lexiconFor(glossary, side);
  const names = side === "ko" ? findKoreanNames(text, lexicon) : findEnglishNames(text, lexicon);
  return names.sort((a, b) => a.start - b.start || b.end - a.end);
}
