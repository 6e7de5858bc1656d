/**
 * Consonant skeletons that let a foreign name written in Hangul (깁슨, 콴타스, 에르도간) meet the same name
 * written in Latin letters (Gibson, Qantas, Erdogan). Korean loanword spelling keeps the consonants of
 * the source and adds or changes vowels freely, so both sides are reduced to coarse consonant classes
 * (b/p/f/v -> P, d/t -> T, g/k/c/q -> K, l/r -> L, j/z/ch -> J, s/sh -> S), vowels and h/w/y are dropped
 * and a repeated class is written once. Hand-written phonetics, not learned from any corpus.
 */

/** First Hangul syllable (가) and the syllable block size of the Unicode Hangul algorithm. */
const HANGUL_BASE = 0xac00;
/** Number of precomposed Hangul syllables (가..힣). */
const HANGUL_COUNT = 11172;
/** Syllables per initial consonant (21 vowels x 28 finals) and per vowel (28 finals). */
const SYLLABLES_PER_INITIAL = 588;
const SYLLABLES_PER_VOWEL = 28;

/** Consonant class of each of the 19 initial jamo ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ; ㅇ and ㅎ are silent. */
const INITIAL_CLASS = ["K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "J", "J", "J", "K", "T", "P", ""];

/**
 * Consonant class of each of the 28 finals (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ).
 * Final ㅅ writes a foreign t ("인터넷" internet) and final ㅇ writes "ng".
 */
const FINAL_CLASS = ["", "K", "K", "K", "N", "N", "N", "T", "L", "L", "M", "L", "L", "L", "P", "L", "M", "P", "P", "T", "T", "N", "T", "T", "K", "T", "P", ""];

/** Latin letter groups read before single letters, with their class. */
const LATIN_DIGRAPHS: ReadonlyMap<string, string> = new Map([
  ["ch", "J"], ["sh", "S"], ["ph", "P"], ["gh", ""], ["ck", "K"], ["ng", "N"], ["qu", "K"], ["th", "T"],
]);

/** Class of each single Latin letter; vowels, h, w and y are silent, r is handled by context. */
const LATIN_CLASS: Readonly<Record<string, string>> = {
  b: "P", p: "P", f: "P", v: "P", d: "T", t: "T", g: "K", k: "K", q: "K", c: "K", j: "J", z: "J",
  s: "S", l: "L", m: "M", n: "N", x: "KS",
};

/** Vowel letters, which decide whether an English r is pronounced (and so written ㄹ in Korean). */
const LATIN_VOWEL = /[aeiouy]/;
/** Anything but a lowercase Latin letter, removed before reading a word. */
const NON_LETTERS = /[^a-z]/g;
/** A c before e, i or y is soft ("Cecil" -> 세실). */
const SOFT_C_NEXT = /[eiy]/;

/** Writes each run of one repeated class once: both "Sullivan" and 설리번 (ㄹ+ㄹ) become SLPN. */
function collapse(classes: string): string {
  let out = "";
  for (const ch of classes) if (out[out.length - 1] !== ch) out += ch;
  return out;
}

/** Whether `ch` is a precomposed Hangul syllable. */
function isHangulSyllable(ch: string): boolean {
  const code = ch.charCodeAt(0) - HANGUL_BASE;
  return code >= 0 && code < HANGUL_COUNT;
}

/** Consonant classes of one Hangul syllable (initial then final), or "" for any other character. */
function syllableClasses(ch: string): string {
  const code = ch.charCodeAt(0) - HANGUL_BASE;
  if (!isHangulSyllable(ch)) return "";
  return (INITIAL_CLASS[Math.floor(code / SYLLABLES_PER_INITIAL)] ?? "") + (FINAL_CLASS[code % SYLLABLES_PER_VOWEL] ?? "");
}

/** Consonant skeleton of a run of Hangul syllables; other characters are skipped. */
export function hangulSkeleton(word: string): string {
  let classes = "";
  for (const ch of word) classes += syllableClasses(ch);
  return collapse(classes);
}

/**
 * Skeletons of the prefixes of a Hangul word of `minSyllables`..`maxSyllables` syllables (a name
 * followed by a particle: 깁슨은 -> 깁슨), built incrementally. Non-Hangul characters are skipped.
 */
export function hangulPrefixSkeletons(word: string, minSyllables: number, maxSyllables: number): string[] {
  const out: string[] = [];
  let skeleton = "";
  let syllables = 0;
  for (const ch of word) {
    if (!isHangulSyllable(ch)) continue;
    for (const cls of syllableClasses(ch)) if (skeleton[skeleton.length - 1] !== cls) skeleton += cls;
    syllables++;
    if (syllables >= minSyllables) out.push(skeleton);
    if (syllables >= maxSyllables) break;
  }
  return out;
}


/** Class of the Latin letter at `i` of a lowercase word, and how many letters it used. */
function latinClassAt(word: string, i: number, isKeepingR: boolean): [string, number] {
  const digraph = LATIN_DIGRAPHS.get(word.slice(i, i + 2));
  if (digraph !== undefined) return [digraph, 2];
  const letter = word[i] ?? "";
  const next = word[i + 1] ?? "";
  // Korean drops an r that no vowel follows (Carter -> 카터) but many spellings keep it (Melbourne -> 멜버른)
  if (letter === "r") return [LATIN_VOWEL.test(next) || isKeepingR ? "L" : "", 1];
  if (letter === "c" && SOFT_C_NEXT.test(next)) return ["S", 1];
  return [LATIN_CLASS[letter] ?? "", 1];
}

/** Consonant skeleton of a lowercase Latin word, keeping or dropping r before consonants. */
function latinSkeletonOf(word: string, isKeepingR: boolean): string {
  let classes = "";
  for (let i = 0; i < word.length; ) {
    const [cls, used] = latinClassAt(word, i, isKeepingR);
    classes += cls;
    i += used;
  }
  return collapse(classes);
}

/**
 * Skeletons a Latin name may have in Hangul: with and without r before consonants, and without a
 * plural or possessive final s (Reuters -> 로이터). Letters outside a-z are dropped first.
 */
export function latinSkeletons(word: string): string[] {
  const letters = word.toLowerCase().replace(NON_LETTERS, "");
  const stems = letters.endsWith("s") ? [letters, letters.slice(0, -1)] : [letters];
  const out = new Set<string>();
  for (const stem of stems) {
    out.add(latinSkeletonOf(stem, false));
    out.add(latinSkeletonOf(stem, true));
  }
  return [...out];
}
