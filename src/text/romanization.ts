/**
 * Comparing spellings of names. A phoneme-class matcher between a name written in Hangul and the same name in Latin letters. Korean
 * media write foreign names by ear (설리번 Sullivan, 장유샤 Zhang Youxia, 기시다 Kishida) and Korean names
 * have several romanizations (김정은 Kim Jong Un / Kim Jong-eun), so both sides are reduced to phones of
 * coarse classes (ㅂ/ㅍ ~ b/p/v/f, ㄹ ~ l/r, ㅅ ~ s/sh/th/x, ㅈ/ㅊ ~ j/ch/z/zh/ts, ㄷ/ㅌ ~ d/t/th,
 * ㄱ/ㅋ ~ g/k/c/q/ch, ㅎ ~ h) with weights: consonants count fully, vowels and glides little, letters that
 * Korean spelling drops (a non-rhotic r, a silent e, the epenthetic ㅡ of 트럼프) almost nothing. The score
 * of a pair is the weight of the phones an order-keeping alignment can pair, over the weight of all
 * phones: 1 for the same name, about 0.8 when one consonant differs, low for different names.
 * es-hangul's romanize follows Korean pronunciation (장유샤 -> jangnyusya) and cannot do this. Below it,
 * letter-level helpers compare two Latin spellings of one name (Zhang Youxia / Zhang Youxiao), the only
 * use of string-similarity in the project.
 */
import stringSimilarity from "string-similarity";
import { memoize } from "./memo.js";

/** One phone: the classes it may stand for (a set of letters, see CLASS comments) and its weight. */
export interface Phone {
  /** Class letters: P T K S J L M N G(ng) H consonants; V vowel, Y and W glides; O an empty Korean onset. */
  readonly classes: string;
  readonly weight: number;
  /** First phone of its word (Korean 두음 and English initial L/R pair up there). */
  readonly isWordStart: boolean;
}

/** First precomposed Hangul syllable (가) and the counts of the Unicode Hangul syllable algorithm. */
const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 11172;
const VOWELS_TIMES_FINALS = 588;
const FINALS = 28;
/** Weights: a consonant, a vowel, a glide, and letters Korean spelling usually drops. */
const CONSONANT = 1;
const VOWEL = 0.15;
const GLIDE = 0.2;
const FAINT = 0.1;
/** Weight of ㅎ and of an English h: often dropped on one side (존슨 Johnson). */
const ASPIRATE = 0.5;
/** Weight of the epenthetic ㅡ of an open syllable in a loanword (트럼프 Trump). */
const EPENTHETIC = 0.05;
/** Share of credit for near classes: ng ~ n, word-initial ㄴ/ㅇ ~ L/R (노 Roh, 이 Lee), vowel ~ glide. */
const NEAR = 0.6;
/** Classes of the 19 initial jamo ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ; ㅇ is an empty onset (O). */
const INITIAL_CLASSES = ["K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "O", "J", "J", "J", "K", "T", "P", "H"];
/** Classes of the 28 finals (none ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ); final ㅅ writes a foreign t (인터넷 internet). */
const FINAL_CLASSES = ["", "K", "K", "K", "N", "N", "N", "T", "L", "L", "L", "L", "L", "L", "L", "L", "M", "P", "P", "TS", "TS", "G", "T", "T", "K", "T", "P", ""];
/** Glide before the vowel of each of the 21 medials ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ. */
const MEDIAL_GLIDES = ["", "", "Y", "Y", "", "", "Y", "Y", "", "W", "W", "W", "Y", "", "W", "W", "W", "Y", "", "", ""];
/** Index of ㅡ among the medials: in an open syllable it is the epenthetic vowel of a loanword. */
const MEDIAL_EU = 18;
/** Index of ㅊ among the initials. */
const CHIEUT = 14;
/** English letter groups read as one phone, longest first, with their classes. */
const LATIN_GROUPS: readonly (readonly [string, string])[] = [
  ["sch", "S"], ["tch", "J"], ["ch", "JKS"], ["sh", "S"], ["zh", "J"], ["th", "TS"], ["ph", "P"], ["kh", "K"],
  ["ck", "K"], ["dj", "J"], ["dg", "J"], ["rh", "L"], ["wh", "W"],
];
/** Classes of single English consonant letters (c, g, n, r, x, y, w, h and t are read in context). */
const LATIN_CLASSES: Readonly<Record<string, string>> = {
  b: "P", p: "P", f: "P", v: "P", d: "T", k: "K", q: "KJ", j: "J", z: "JS", s: "S", l: "L", m: "M",
};
/** English vowel letters. */
const LATIN_VOWEL = /[aeiou]/;
/** A Hangul syllable. */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;

/** Phones of one Hangul syllable: onset, glide, vowel, coda. */
function syllablePhones(code: number, isWordStart: boolean): Phone[] {
  const initial = Math.floor(code / VOWELS_TIMES_FINALS);
  const medial = Math.floor((code % VOWELS_TIMES_FINALS) / FINALS);
  const final = code % FINALS;
  const isOpenEu = medial === MEDIAL_EU && final === 0;
  // 츠 writes a foreign ts/tz/tes (게이츠 Gates, 로버츠 Roberts)
  const onset = initial === CHIEUT && isOpenEu ? "JT" : INITIAL_CLASSES[initial]!;
  const phones: Phone[] = [{ classes: onset, weight: onset === "O" ? 0 : onset === "H" ? ASPIRATE : CONSONANT, isWordStart }];
  const glide = MEDIAL_GLIDES[medial]!;
  if (glide) phones.push({ classes: glide, weight: GLIDE, isWordStart: false });
  phones.push({ classes: "V", weight: isOpenEu ? EPENTHETIC : VOWEL, isWordStart: false });
  const coda = FINAL_CLASSES[final]!;
  if (coda) phones.push({ classes: coda, weight: CONSONANT, isWordStart: false });
  return phones;
}

/** Writes a run of one consonant class once: ㄹ+ㄹ of 설리번 and the ll of Sullivan are one L. */
function collapse(phones: Phone[]): Phone[] {
  const out: Phone[] = [];
  for (const phone of phones) {
    const last = out[out.length - 1];
    const isRepeat = last && last.classes === phone.classes && !"VYWO".includes(phone.classes) && !phone.isWordStart;
    if (isRepeat) out[out.length - 1] = { ...last, weight: Math.max(last.weight, phone.weight) };
    else out.push(phone);
  }
  return out;
}

/** Phones of the Hangul in `text` (other characters are skipped; spaces separate words). */
export function hangulPhones(text: string): Phone[] {
  const phones: Phone[] = [];
  for (const word of text.split(/\s+/)) {
    let isWordStart = true;
    for (const ch of word) {
      const code = ch.charCodeAt(0) - HANGUL_BASE;
      if (code < 0 || code >= HANGUL_COUNT) continue;
      phones.push(...syllablePhones(code, isWordStart));
      isWordStart = false;
    }
  }
  return collapse(phones);
}

/** The phone of an English consonant letter at `i` read in context, and how many letters it takes. */
function latinConsonant(word: string, i: number): [string, number, number] {
  const ch = word[i]!, next = word[i + 1] ?? "", after = word[i + 2] ?? "";
  if (ch === "s" && i > 0 && LATIN_VOWEL.test(word[i - 1]!) && LATIN_VOWEL.test(next)) return ["SJ", CONSONANT, 1];
  const group = LATIN_GROUPS.find(([letters]) => word.startsWith(letters, i));
  if (group) return [group[1], CONSONANT, group[0].length];
  switch (ch) {
    case "c": return [/[eiy]/.test(next) ? "SJ" : "KJ", CONSONANT, 1];
    case "g": return [/[eiy]/.test(next) ? "KJ" : "K", i > 0 && word[i - 1] === "n" && !LATIN_VOWEL.test(next) ? FAINT : CONSONANT, 1];
    case "n": return [next === "g" || next === "k" || (next === "c" && !/[eiy]/.test(after)) ? "GN" : "N", CONSONANT, 1];
    case "r": return ["L", i === 0 || LATIN_VOWEL.test(next) || next === "y" ? CONSONANT : FAINT, 1];
    case "t": return [next === "s" || next === "z" ? "TJ" : "T", CONSONANT, 1];
    case "x": return [i === 0 ? "SJ" : "S", CONSONANT, 1];
    // the s of a final -ts or -tes merges into 츠 (Gates 게이츠, Roberts 로버츠)
    case "s": return ["S", word[i - 1] === "t" || (word[i - 1] === "e" && word[i - 2] === "t" && i === word.length - 1) ? FAINT : CONSONANT, 1];
    case "h": return ["H", i > 0 && LATIN_VOWEL.test(word[i - 1]!) && !LATIN_VOWEL.test(next) ? FAINT : ASPIRATE, 1];
    case "k": return ["K", i === 0 && next === "n" ? 0 : CONSONANT, 1];
    default: return [LATIN_CLASSES[ch] ?? "", CONSONANT, 1];
  }
}

/** Phones of one lower-case English word of letters a-z. */
function latinWordPhones(word: string): Phone[] {
  const phones: Phone[] = [];
  for (let i = 0; i < word.length;) {
    const ch = word[i]!, next = word[i + 1] ?? "";
    const isWordStart = i === 0;
    if (LATIN_VOWEL.test(ch)) {
      let end = i + 1;
      while (end < word.length && LATIN_VOWEL.test(word[end]!)) end++;
      // a final e, or the e of a final -es after a consonant, is silent (Gates 게이츠, Jones 존스)
      const isSilentE = ch === "e" && end - i === 1 && word.length > 3 && (end === word.length || word.slice(end) === "s");
      phones.push({ classes: "V", weight: isSilentE ? EPENTHETIC : VOWEL, isWordStart });
      i = end;
    } else if (ch === "y" || ch === "w") {
      const isGlide = isWordStart || LATIN_VOWEL.test(next);
      phones.push({ classes: isGlide ? ch.toUpperCase() : "V", weight: isGlide ? GLIDE : ch === "y" ? VOWEL : FAINT, isWordStart });
      i++;
    } else {
      const [classes, weight, length] = latinConsonant(word, i);
      if (ch === "x" && i > 0) phones.push({ classes: "K", weight: FAINT * 3, isWordStart });
      if (classes) phones.push({ classes, weight, isWordStart: isWordStart && !(ch === "x" && i > 0) });
      i += length;
    }
  }
  return phones;
}

/** Lower-case Latin letters of a word, accents removed. */
function plainLetters(word: string): string {
  return word.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
}

/** Phones of the Latin words in `text`; one-letter initials ("W.") and hyphens are dropped. */
export function latinPhones(text: string): Phone[] {
  const phones: Phone[] = [];
  for (const word of text.split(/\s+/)) {
    const parts = word.split(/[-‐‑]/).map(plainLetters).filter((part) => part.length > 0);
    if (parts.join("").length < 2) continue;
    parts.forEach((part, i) => phones.push(...latinWordPhones(part).map((p) => (i > 0 && p.isWordStart ? { ...p, isWordStart: false } : p))));
  }
  return collapse(phones);
}

/** Credit share for aligning phone a with phone b (0 = they cannot stand for each other). */
function affinity(a: Phone, b: Phone): number {
  const isVowelA = "VYW".includes(a.classes), isVowelB = "VYW".includes(b.classes);
  if (isVowelA || isVowelB) return isVowelA && isVowelB ? (a.classes === b.classes ? 1 : NEAR) : 0;
  if ([...a.classes].some((c) => b.classes.includes(c))) return 1;
  const both = a.classes + b.classes;
  if (both.includes("G") && both.includes("N")) return NEAR;
  const isInitialLiquid = a.isWordStart && b.isWordStart && both.includes("L") && (both.includes("O") || both.includes("N"));
  return isInitialLiquid ? NEAR : 0;
}

/**
 * Similarity in [0, 1] of two phone sequences: the best order-keeping alignment (each aligned pair earns
 * its weights times its affinity) gives each side a covered share of its weight, and the smaller share
 * counts, so a short word inside a long name (미국 in Tim Cook) does not pass for it.
 */
export function phoneSimilarity(a: readonly Phone[], b: readonly Phone[]): number {
  const totalA = a.reduce((s, p) => s + p.weight, 0), totalB = b.reduce((s, p) => s + p.weight, 0);
  if (totalA === 0 || totalB === 0) return 0;
  // each cell: [credit of the best alignment so far, the part of it earned on side a]
  let previous: [number, number][] = Array.from({ length: b.length + 1 }, () => [0, 0]);
  for (const pa of a) {
    const row: [number, number][] = [[0, 0]];
    for (let j = 1; j <= b.length; j++) {
      const pb = b[j - 1]!, affinityAB = affinity(pa, pb), diagonal = previous[j - 1]!;
      const pair: [number, number] = [diagonal[0] + (pa.weight + pb.weight) * affinityAB, diagonal[1] + pa.weight * affinityAB];
      row.push([previous[j]!, row[j - 1]!, pair].reduce((best, cell) => (cell[0] > best[0] ? cell : best)));
    }
    previous = row;
  }
  const [credit, creditA] = previous[b.length]!;
  return Math.min(creditA / totalA, (credit - creditA) / totalB);
}

/** Words of a Latin name that carry sound: not initials ("W."), generational suffixes or particles. */
function latinNameWords(latin: string): string[] {
  return latin.split(/\s+/).filter((w) => plainLetters(w).length > 1 && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w));
}

/** Word orders to try for a Latin name: as written, and surname moved (Junichiro Koizumi ~ 고이즈미 준이치로). */
function latinOrders(words: readonly string[]): string[][] {
  if (words.length < 2) return [[...words]];
  return [[...words], [words[words.length - 1]!, ...words.slice(0, -1)], [...words.slice(1), words[0]!]];
}

/**
 * How well a Hangul name and a Latin name can be one name, in [0, 1]. Both full names are compared in
 * the Latin word orders of `latinOrders`; when one side has one word and the other several, that word is
 * also compared with each word of the other side (설리번 ~ Jake Sullivan, 부시 ~ George W. Bush), unless
 * `isPartialAllowed` is false.
 */
function computeTransliterationScore(hangul: string, latin: string, isPartialAllowed: boolean): number {
  const koWords = hangul.split(/\s+/).filter((w) => HANGUL_SYLLABLE.test(w));
  const enWords = latinNameWords(latin);
  if (koWords.length === 0 || enWords.length === 0) return 0;
  const koPhones = hangulPhones(koWords.join(" "));
  let best = Math.max(...latinOrders(enWords).map((order) => phoneSimilarity(koPhones, latinPhones(order.join(" ")))));
  if (!isPartialAllowed) return best;
  if (koWords.length === 1 && enWords.length > 1) {
    best = Math.max(best, ...enWords.map((w) => phoneSimilarity(koPhones, latinPhones(w))));
  }
  if (enWords.length === 1 && koWords.length > 1) {
    const enPhones = latinPhones(enWords[0]!);
    best = Math.max(best, ...koWords.map((w) => phoneSimilarity(hangulPhones(w), enPhones)));
  }
  return best;
}

/** Remembered scores: rules score every name of a paragraph against every other, and a long document repeats its names. */
const TRANSLITERATION_SCORES = memoize(computeTransliterationScore, (hangul, latin, isPartialAllowed) => `${hangul}\u0000${latin}\u0000${isPartialAllowed}`);

/**
 * How well a Hangul name and a Latin name can be one name, in [0, 1] (see computeTransliterationScore).
 */
export function transliterationScore(hangul: string, latin: string, isPartialAllowed = true): number {
  return TRANSLITERATION_SCORES(hangul, latin, isPartialAllowed);
}

/** How well two Latin spellings can be one name (pinyin zhang youxia ~ Zhang Youxia; cai ~ Tsai), in [0, 1]. */
export function latinSoundSimilarity(a: string, b: string): number {
  return phoneSimilarity(latinPhones(a), latinPhones(b));
}

/** The consonant skeleton of a Latin name (one class letter per consonant): spellings of one name share it. */
export function consonantSkeleton(latin: string): string {
  return CONSONANT_SKELETONS(latin);
}

/** Remembered skeletons: drift checks compare each name's skeleton with every other's. */
const CONSONANT_SKELETONS = memoize(
  (latin: string): string => latinPhones(latin).filter((p) => !"VYWH".includes(p.classes) && p.weight >= CONSONANT).map((p) => p.classes[0]).join(""),
  (latin) => latin,
);

/** A name's letters for comparing spellings: lower case, accents, hyphens, spaces and one-letter initials dropped. */
export function nameLetters(name: string): string {
  return name.split(/\s+/).map(plainLetters).filter((w) => w.length > 1).join("");
}

/** 1 minus the edit distance of two strings over the longer length, in [0, 1]: one typo in Kennedy scores 0.86. */
export function editSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    previous = row;
  }
  return 1 - previous[b.length]! / Math.max(a.length, b.length, 1);
}

/** How alike two spellings of a name are, in [0, 1]: the better of the Dice coefficient of letter pairs and the edit similarity (one typo in a short name). */
export function spellingSimilarity(a: string, b: string): number {
  const [x, y] = [nameLetters(a), nameLetters(b)];
  return Math.max(stringSimilarity.compareTwoStrings(x, y), editSimilarity(x, y));
}

/** Words of a name that carry letters: initials dropped, a hyphenated given name one word (Kim Jong-un has two). */
export function nameWordCount(name: string): number {
  return name.split(/\s+/).filter((w) => plainLetters(w).length > 1).length;
}

/** A spelling without case, periods and one-letter initials (George W. Bush = George Bush): forms equal here are one spelling. */
export function canonicalSpelling(name: string): string {
  return name.toLowerCase().replace(/\./g, " ").split(/\s+/).filter((w) => w.length > 1).join(" ");
}

/** True when one word extends the other (Iraq, Iraqi; Virgin, Virginia): a derivation, not a misspelling, unless it only doubles the last letter (Rothman, Rothmann). */
export function isDerivation(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (!long.startsWith(short)) return false;
  return !(long.length === short.length + 1 && long.endsWith(short.slice(-1)));
}

/** True when two words of one length differ only in vowels (Bashir, Bashar): often two names, not a typo. */
export function isVowelSwap(a: string, b: string): boolean {
  const isVowel = (c: string | undefined) => c !== undefined && /[aeiouy]/.test(c);
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x.length === y.length && [...x].every((c, i) => c === y[i] || (isVowel(c) && isVowel(y[i])));
}

/** A stretch of text: [start, end) and the words in it. */
export interface TextStretch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A capitalised Latin word (Jong-un, O'Brien, W.), not the tail of a word (Maliki in al-Maliki). */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]*\.?/gu;
/** A Hangul word. */
const HANGUL_WORD = /[\uAC00-\uD7A3]+/g;
/** Most words in a stretch that may be one name (Ram Raja Prasad Singh). */
const MAX_STRETCH_WORDS = 4;

/** Every stretch of 1 to `maxWords` consecutive words (space-separated) among the given words of a text. */
function stretches(text: string, words: readonly { start: number; end: number }[], maxWords: number): TextStretch[] {
  return words.flatMap((first, i) => {
    const out: TextStretch[] = [];
    for (let j = i; j < Math.min(words.length, i + maxWords); j++) {
      if (j > i && !/^\s+$/.test(text.slice(words[j - 1]!.end, words[j]!.start))) break;
      out.push({ start: first.start, end: words[j]!.end, text: text.slice(first.start, words[j]!.end) });
    }
    return out;
  });
}

/** The stretches, frozen: a remembered list is handed to every caller with the same text. */
const frozen = (list: TextStretch[]): readonly TextStretch[] => Object.freeze(list.map((stretch) => Object.freeze(stretch)));

function findCapitalisedStretches(text: string, maxWords: number): readonly TextStretch[] {
  const words = [...text.matchAll(CAPITALISED_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].replace(/(?:[’']s|[’'.])$/, "").length }));
  return frozen(stretches(text, words, maxWords));
}

function findHangulStretches(text: string, maxWords: number): readonly TextStretch[] {
  const words = [...text.matchAll(HANGUL_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return frozen(stretches(text, words, maxWords));
}

/**
 * Remembered stretches of the default length, keyed by the text itself: name checks read each paragraph's
 * stretches several times, and a long document repeats paragraphs.
 */
const CAPITALISED_STRETCHES = memoize((text: string) => findCapitalisedStretches(text, MAX_STRETCH_WORDS), (text) => text);
const HANGUL_STRETCHES = memoize((text: string) => findHangulStretches(text, MAX_STRETCH_WORDS), (text) => text);

/** Every stretch of one to four capitalised words of a text, a possessive or final period dropped. */
export function capitalisedStretches(text: string, maxWords = MAX_STRETCH_WORDS): readonly TextStretch[] {
  return maxWords === MAX_STRETCH_WORDS ? CAPITALISED_STRETCHES(text) : findCapitalisedStretches(text, maxWords);
}

/** Every stretch of one to four Hangul words of a text. */
export function hangulStretches(text: string, maxWords = MAX_STRETCH_WORDS): readonly TextStretch[] {
  return maxWords === MAX_STRETCH_WORDS ? HANGUL_STRETCHES(text) : findHangulStretches(text, maxWords);
}
