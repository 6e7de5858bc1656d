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
/** Largest weight a vowel-class phone (a glide) and a consonant can have, for bounding what an alignment can cover. */
export const MAX_VOWEL_WEIGHT = Math.max(VOWEL, GLIDE, FAINT, EPENTHETIC);
/** Largest weight a consonant-class phone can have (see MAX_VOWEL_WEIGHT). */
export const MAX_CONSONANT_WEIGHT = Math.max(CONSONANT, ASPIRATE, FAINT * 3);
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

/** Whether a phone class string is a vowel or glide class ("VYW".includes, as the classes are written). */
export const isVowelClass = (classes: string): boolean => "VYW".includes(classes);

/** Whether two class strings share a letter. */
function sharesClass(a: string, b: string): boolean {
  for (const c of a) if (b.includes(c)) return true;
  return false;
}

/** Credit share for aligning phone a with phone b (0 = they cannot stand for each other), given whether each is a vowel class. */
export function affinity(a: Phone, b: Phone, isVowelA: boolean, isVowelB: boolean): number {
  if (isVowelA || isVowelB) return isVowelA && isVowelB ? (a.classes === b.classes ? 1 : NEAR) : 0;
  if (sharesClass(a.classes, b.classes)) return 1;
  const both = a.classes + b.classes;
  if (both.includes("G") && both.includes("N")) return NEAR;
  const isInitialLiquid = a.isWordStart && b.isWordStart && both.includes("L") && (both.includes("O") || both.includes("N"));
  return isInitialLiquid ? NEAR : 0;
}

/**
 * affinity(a, b, isVowelA, isVowelB) for phones given as their class bits (letterBits), vowel flags and
 * word-start flags: the same answer without reading the class strings, for tables that compare one phone
 * with many. A vowel class is one letter, so two vowel phones have one class exactly when their bits agree.
 */
export function bitsAffinity(bitsA: number, bitsB: number, isVowelA: boolean, isVowelB: boolean, isStartA: boolean, isStartB: boolean): number {
  if (isVowelA || isVowelB) return isVowelA && isVowelB ? (bitsA === bitsB ? 1 : NEAR) : 0;
  if ((bitsA & bitsB) !== 0) return 1;
  const both = bitsA | bitsB;
  if (hasBothGN(both)) return NEAR;
  return isStartA && isStartB && (both & BIT_L) !== 0 && (both & (BIT_O | BIT_N)) !== 0 ? NEAR : 0;
}

/**
 * Rows of phoneSimilarity's table, reused between calls (they hold no result, only scratch): per cell,
 * the credit of the best alignment so far and the part of it earned on side a.
 */
const SCRATCH = {
  credit: new Float64Array(64), creditA: new Float64Array(64), rowCredit: new Float64Array(64), rowCreditA: new Float64Array(64),
  isVowelB: new Uint8Array(64),
};

/** Makes the scratch rows hold at least `size` cells. */
function ensureScratch(size: number): void {
  if (SCRATCH.credit.length >= size) return;
  for (const key of ["credit", "creditA", "rowCredit", "rowCreditA"] as const) SCRATCH[key] = new Float64Array(size * 2);
  SCRATCH.isVowelB = new Uint8Array(size * 2);
}

/**
 * Similarity in [0, 1] of two phone sequences: the best order-keeping alignment (each aligned pair earns
 * its weights times its affinity) gives each side a covered share of its weight, and the smaller share
 * counts, so a short word inside a long name (미국 in Tim Cook) does not pass for it.
 */
export function phoneSimilarity(a: readonly Phone[], b: readonly Phone[]): number {
  const totalA = a.reduce((s, p) => s + p.weight, 0), totalB = b.reduce((s, p) => s + p.weight, 0);
  if (totalA === 0 || totalB === 0) return 0;
  ensureScratch(b.length + 1);
  let { credit: previous, creditA: previousA, rowCredit: row, rowCreditA: rowA } = SCRATCH;
  const isVowelB = SCRATCH.isVowelB;
  for (let j = 0; j < b.length; j++) isVowelB[j] = isVowelClass(b[j]!.classes) ? 1 : 0;
  previous.fill(0, 0, b.length + 1);
  previousA.fill(0, 0, b.length + 1);
  for (const pa of a) {
    const isVowelA = isVowelClass(pa.classes);
    row[0] = 0;
    rowA[0] = 0;
    for (let j = 1; j <= b.length; j++) {
      const pb = b[j - 1]!, affinityAB = affinity(pa, pb, isVowelA, isVowelB[j - 1] === 1);
      const pair = previous[j - 1]! + (pa.weight + pb.weight) * affinityAB, pairA = previousA[j - 1]! + pa.weight * affinityAB;
      // the best of up, left and diagonal; a tie keeps the earlier of the three
      let best = previous[j]!, bestA = previousA[j]!;
      if (row[j - 1]! > best) { best = row[j - 1]!; bestA = rowA[j - 1]!; }
      if (pair > best) { best = pair; bestA = pairA; }
      row[j] = best;
      rowA[j] = bestA;
    }
    const done = row, doneA = rowA;
    row = previous;
    rowA = previousA;
    previous = done;
    previousA = doneA;
  }
  const credit = previous[b.length]!, creditA = previousA[b.length]!;
  return Math.min(creditA / totalA, (credit - creditA) / totalB);
}

/** Words of a Hangul name that carry sound: those with a Hangul syllable. */
function hangulNameWords(hangul: string): string[] {
  return hangul.split(/\s+/).filter((w) => HANGUL_SYLLABLE.test(w));
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
  const koWords = hangulNameWords(hangul);
  const enWords = latinNameWords(latin);
  if (koWords.length === 0 || enWords.length === 0) return 0;
  const koPhones = hangulPhones(koWords.join(" "));
  let best = Math.max(...latinOrders(enWords).map((order) => phoneSimilarity(koPhones, LATIN_PHONES(order.join(" ")))));
  if (!isPartialAllowed) return best;
  if (koWords.length === 1 && enWords.length > 1) {
    best = Math.max(best, ...enWords.map((w) => phoneSimilarity(koPhones, LATIN_PHONES(w))));
  }
  if (enWords.length === 1 && koWords.length > 1) {
    const enPhones = LATIN_PHONES(enWords[0]!);
    best = Math.max(best, ...koWords.map((w) => phoneSimilarity(hangulPhones(w), enPhones)));
  }
  return best;
}

/**
 * Remembered phones of Latin spellings (never modified by their readers): a name is scored against every
 * stretch of its paragraph, and each score would otherwise read it again. The stretches themselves are
 * too many to remember.
 */
const LATIN_PHONES = memoize(latinPhones, (text) => text);

/** Slack kept when ruling a score out by its bound, far above the rounding of the bound's sums. */
export const BOUND_SLACK = 1e-9;

/** A phone list's weights by class kind (vowel or not), for bounding what an alignment could cover. */
interface WeightProfile {
  readonly total: number;
  readonly vowels: WeightKind;
  readonly others: WeightKind;
  /** Per entry of others.weights (in phone order): its class letters as bits (A = 1), and whether it starts a word. */
  readonly otherMasks: readonly number[];
  readonly otherStarts: readonly boolean[];
  /** Union of otherMasks; whether some other phone starts a word; whether one phone has both G and N. */
  readonly letters: number;
  readonly hasStart: boolean;
  readonly hasBothGN: boolean;
}

/** The weights of one kind and their sum; sorted from largest on first need. */
interface WeightKind {
  readonly weights: number[];
  readonly sum: number;
  isSorted: boolean;
}

/** Class letters as bits, A = 1, B = 2, ... */
export function letterBits(classes: string): number {
  let bits = 0;
  for (let k = 0; k < classes.length; k++) bits |= 1 << (classes.charCodeAt(k) - 65);
  return bits;
}

/** Bits of the class letters affinity tests beyond a shared letter: G with N, and L with O or N at word starts. */
const BIT_G = letterBits("G");
const BIT_N = letterBits("N");
const BIT_L = letterBits("L");
const BIT_O = letterBits("O");

/** Whether class bits hold both G and N (a phone that may be ng or n pairs with either). */
export function hasBothGN(bits: number): boolean {
  return (bits & BIT_G) !== 0 && (bits & BIT_N) !== 0;
}

/**
 * Whether a consonant (its class bits and word-start flag) could earn credit with some consonant of a list
 * (the union of their class bits, whether one starts a word, whether one has both G and N; see affinity):
 * a shared class letter, G with N, or two word starts (the initial-liquid case, taken loosely).
 */
export function mayPairWith(bits: number, isStart: boolean, letters: number, hasStart: boolean, hasGN: boolean): boolean {
  if ((bits & letters) !== 0 || (isStart && hasStart) || hasGN) return true;
  const hasG = (bits & BIT_G) !== 0, hasN = (bits & BIT_N) !== 0;
  return (hasG && hasN) || (hasG && (letters & BIT_N) !== 0) || (hasN && (letters & BIT_G) !== 0);
}

function weightKind(weights: number[]): WeightKind {
  let sum = 0;
  for (const w of weights) sum += w;
  return { weights, sum, isSorted: false };
}

/** The weight profile of a phone list, for similarityBound. */
function weightProfile(phones: readonly Phone[]): WeightProfile {
  const vowels: number[] = [], others: number[] = [], otherMasks: number[] = [], otherStarts: boolean[] = [];
  let letters = 0, hasStart = false, hasBoth = false;
  for (const p of phones) {
    if (isVowelClass(p.classes)) { vowels.push(p.weight); continue; }
    const bits = letterBits(p.classes);
    others.push(p.weight);
    otherMasks.push(bits);
    otherStarts.push(p.isWordStart);
    letters |= bits;
    hasStart ||= p.isWordStart;
    hasBoth ||= hasBothGN(bits);
  }
  return {
    total: phones.reduce((s, p) => s + p.weight, 0), vowels: weightKind(vowels), others: weightKind(others),
    otherMasks, otherStarts, letters, hasStart, hasBothGN: hasBoth,
  };
}

/** The sum of the `count` largest weights of a kind (all of them when there are no more). */
function largest(kind: WeightKind, count: number): number {
  if (count >= kind.weights.length) return kind.sum;
  if (!kind.isSorted) { kind.weights.sort((x, y) => y - x); kind.isSorted = true; }
  let sum = 0;
  for (let k = 0; k < count; k++) sum += kind.weights[k]!;
  return sum;
}

/** Whether consonant k of `a` could earn credit with some consonant of `b` (mayPairWith). */
function mayPair(a: WeightProfile, k: number, b: WeightProfile): boolean {
  return mayPairWith(a.otherMasks[k]!, a.otherStarts[k]!, b.letters, b.hasStart, b.hasBothGN);
}

/** The most a's consonants can cover: its largest weights among those that may pair, as many as b has consonants. */
function consonantCover(a: WeightProfile, b: WeightProfile): number {
  const count = b.others.weights.length;
  const weights: number[] = [];
  for (let k = 0; k < a.others.weights.length; k++) if (mayPair(a, k, b)) weights.push(a.others.weights[k]!);
  if (weights.length > count) weights.sort((x, y) => y - x);
  let sum = 0;
  for (let k = 0; k < Math.min(count, weights.length); k++) sum += weights[k]!;
  return sum;
}

/**
 * An upper bound of phoneSimilarity(a, b): an order-keeping alignment pairs each phone at most once and
 * earns only on pairs of one kind with some affinity (vowel with vowel; consonants that may pair,
 * affinity at most 1), so each side covers at most its largest such weights, as many as the other side
 * has of that kind.
 */
function similarityBound(a: WeightProfile, b: WeightProfile): number {
  const coverA = largest(a.vowels, b.vowels.weights.length) + consonantCover(a, b);
  const coverB = largest(b.vowels, a.vowels.weights.length) + consonantCover(b, a);
  return Math.min(coverA / a.total, coverB / b.total);
}

/** Phones of a spelling with their weight profile. */
interface ProfiledPhones {
  readonly phones: readonly Phone[];
  readonly profile: WeightProfile;
}

const profiled = (phones: readonly Phone[]): ProfiledPhones => ({ phones, profile: weightProfile(phones) });
/** Remembered profiled phones of the Latin spellings scored by isTransliterationAtLeast. */
const LATIN_PROFILES = memoize((text: string) => profiled(LATIN_PHONES(text)), (text) => text);

/**
 * Whether transliterationScore(hangul, latin, false) >= minScore, without scoring the word orders whose
 * similarity bound already falls short: a name is tried against every stretch of a paragraph, and most
 * stretches are far longer or shorter than the name, or share few of its sounds.
 */
export function isTransliterationAtLeast(hangul: string, latin: string, minScore: number): boolean {
  return transliterationTest(latin, minScore)(hangul);
}

/**
 * isTransliterationAtLeast for one Latin name against many Hangul spellings: the name's words, word
 * orders and phones are read once.
 */
export function transliterationTest(latin: string, minScore: number): (hangul: string) => boolean {
  const enWords = latinNameWords(latin);
  const orders = enWords.length === 0 ? [] : latinOrders(enWords).map((order) => LATIN_PROFILES(order.join(" ")));
  return (hangul: string): boolean => {
    const koWords = hangulNameWords(hangul);
    if (koWords.length === 0 || orders.length === 0) return 0 >= minScore;
    const ko = profiled(hangulPhones(koWords.join(" ")));
    return orders.some((en) => isAtLeast(ko, en, minScore));
  };
}

/**
 * isTransliterationAtLeast for one Hangul name against many Latin spellings: the name's phones are read
 * once.
 */
export function hangulTransliterationTest(hangul: string, minScore: number): (latin: string) => boolean {
  const koWords = hangulNameWords(hangul);
  const ko = koWords.length === 0 ? null : profiled(hangulPhones(koWords.join(" ")));
  return (latin: string): boolean => {
    const enWords = latinNameWords(latin);
    if (!ko || enWords.length === 0) return 0 >= minScore;
    return latinOrders(enWords).some((order) => isAtLeast(ko, LATIN_PROFILES(order.join(" ")), minScore));
  };
}

/** Whether phoneSimilarity(ko, en) >= minScore, ruled out by the similarity bound when that falls short. */
function isAtLeast(ko: ProfiledPhones, en: ProfiledPhones, minScore: number): boolean {
  const isPossible = ko.profile.total === 0 || en.profile.total === 0 || similarityBound(ko.profile, en.profile) >= minScore - BOUND_SLACK;
  return isPossible && phoneSimilarity(ko.phones, en.phones) >= minScore;
}

/**
 * The phones transliterationTest(latin, ...) compares a Hangul name with: one list per distinct word order
 * of the Latin name (a name of two words has two), none when it has no word that carries sound. The
 * lists are shared: never modify them.
 */
export function latinOrderPhones(latin: string): readonly (readonly Phone[])[] {
  const enWords = latinNameWords(latin);
  return enWords.length === 0 ? [] : [...new Set(latinOrders(enWords).map((order) => order.join(" ")))].map((order) => LATIN_PHONES(order));
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
  return letterSimilarity(nameLetters(a), nameLetters(b));
}

/** spellingSimilarity of two names given by their nameLetters. */
export function letterSimilarity(x: string, y: string): number {
  return Math.max(stringSimilarity.compareTwoStrings(x, y), editSimilarity(x, y));
}

/**
 * An upper bound of letterSimilarity(x, y) from the lengths alone, for ruling a pair out before comparing
 * it: the Dice coefficient shares at most the shorter string's letter pairs, and the edit distance is at
 * least the difference in length. Both are the real formulas with the best numerator, so no rounding can
 * put the bound below the score.
 */
export function letterSimilarityBound(x: string, y: string): number {
  if (x === y) return 1;
  const dice = x.length < 2 || y.length < 2 ? 0 : (2.0 * Math.min(x.length - 1, y.length - 1)) / (x.length + y.length - 2);
  return Math.max(dice, 1 - Math.abs(x.length - y.length) / Math.max(x.length, y.length, 1));
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
/** The code unit of a space, the usual gap between the words of a stretch. */
const SPACE_UNIT = 0x20;
/** Most words in a stretch that may be one name (Ram Raja Prasad Singh). */
const MAX_STRETCH_WORDS = 4;

/** Per word j: only white space stands between words j - 1 and j (tested once per gap, not once per stretch over it). */
function joinedGaps(text: string, words: readonly { start: number; end: number }[]): boolean[] {
  return words.map((word, j) => j > 0 && isWhiteGap(text, words[j - 1]!.end, word.start));
}

/** Every stretch of 1 to `maxWords` consecutive words (space-separated) among the given words of a text. */
function stretches(text: string, words: readonly { start: number; end: number }[], maxWords: number): TextStretch[] {
  const joined = joinedGaps(text, words);
  const out: TextStretch[] = [];
  for (let i = 0; i < words.length; i++) {
    const start = words[i]!.start;
    for (let j = i; j < Math.min(words.length, i + maxWords); j++) {
      if (j > i && !joined[j]) break;
      out.push({ start, end: words[j]!.end, text: text.slice(start, words[j]!.end) });
    }
  }
  return out;
}

/** True when text[from, to) is white space only (/^\s+$/), a single space told without the regex. */
function isWhiteGap(text: string, from: number, to: number): boolean {
  return (to === from + 1 && text.charCodeAt(from) === SPACE_UNIT) || /^\s+$/.test(text.slice(from, to));
}

/** How many code units a word's possessive ('s) or final period or apostrophe takes (what /(?:[’']s|[’'.])$/ matches). */
function trailLength(word: string): number {
  const last = word[word.length - 1];
  if (last === "." || last === "'" || last === "’") return 1;
  const before = word[word.length - 2];
  return last === "s" && (before === "'" || before === "’") ? 2 : 0;
}

/** The stretches, frozen: a remembered list is handed to every caller with the same text. */
const frozen = (list: TextStretch[]): readonly TextStretch[] => Object.freeze(list.map((stretch) => Object.freeze(stretch)));

/** The capitalised words of a text, a possessive or final period dropped. */
const capitalisedWords = (text: string): { start: number; end: number }[] =>
  [...text.matchAll(CAPITALISED_WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length - trailLength(m[0]) }));

function findCapitalisedStretches(text: string, maxWords: number): readonly TextStretch[] {
  return frozen(stretches(text, capitalisedWords(text), maxWords));
}

/**
 * The stretches of capitalisedStretches(text) that hold no space character and lie inside no other stretch,
 * in the same order, without building the others: a stretch of words i..j lies inside another exactly when
 * it can grow by a word at either end (white space only in between, and fewer than the most words).
 */
export function loneCapitalisedStretches(text: string): TextStretch[] {
  const words = capitalisedWords(text);
  const joined = joinedGaps(text, words);
  const out: TextStretch[] = [];
  for (let i = 0; i < words.length; i++) {
    const start = words[i]!.start;
    for (let j = i; j < Math.min(words.length, i + MAX_STRETCH_WORDS); j++) {
      // a gap that is no white space ends the stretches from i; one with a space ends those without one
      if (j > i && (!joined[j] || text.slice(words[j - 1]!.end, words[j]!.start).includes(" "))) break;
      const canGrow = j - i + 1 < MAX_STRETCH_WORDS && (joined[i] || joined[j + 1] === true);
      if (!canGrow) out.push({ start, end: words[j]!.end, text: text.slice(start, words[j]!.end) });
    }
  }
  return out;
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

/**
 * 1 for each stretch none of whose words (split at spaces) is a Korean glossary word (미국, 외교부), else 0.
 * A stretch that adds one word and a single space to the one before it (the same start) adds one piece
 * to the split, so only that word is looked up; any other gap is split as it is.
 */
export function wordFreeFlags(stretches: readonly TextStretch[], koreanWords: ReadonlySet<string>): Uint8Array {
  const flags = new Uint8Array(stretches.length);
  stretches.forEach((w, k) => {
    const before = stretches[k - 1];
    const rest = before && before.start === w.start ? w.text.slice(before.text.length) : null;
    if (rest !== null && rest[0] === " " && !/\s/.test(rest[1] ?? " ") && !rest.includes(" ", 1)) flags[k] = flags[k - 1] === 1 && !koreanWords.has(rest.slice(1)) ? 1 : 0;
    else flags[k] = w.text.split(" ").some((word) => koreanWords.has(word)) ? 0 : 1;
  });
  return flags;
}
