/**
 * Hanja glosses of names: Korean news writes a name in Hangul followed by its characters in parentheses,
 * 장유샤(張又俠). A Chinese name's Hangul transliterates the Mandarin reading (샤 for 俠 xia), a Korean
 * name's Hangul is the Korean reading of each character (김정은 金正恩), so the Mandarin reading of a
 * gloss can be checked against the English only for Chinese names. pinyin-pro (which reads traditional
 * characters: 張又俠 -> zhang you xia) is loaded on first use, so texts without a gloss do not pay its
 * start-up; Node caches the module.
 */
import { createRequire } from "node:module";
import { latinSoundSimilarity, transliterationScore } from "./romanization.js";

/** A Hanja gloss and the Hangul word it follows; offsets are [start, end) in the text. */
export interface HanjaGloss {
  readonly hangulStart: number;
  readonly hangulEnd: number;
  readonly hanjaStart: number;
  readonly hanjaEnd: number;
  readonly hangul: string;
  readonly hanja: string;
}

/** The part of the pinyin-pro API used here. */
interface PinyinModule {
  pinyin(text: string, options: { toneType: "none"; type: "array"; multiple?: boolean; mode?: "surname" | "normal" }): string[];
}

/** A Hangul word directly followed by CJK ideographs in parentheses: 장유샤(張又俠). */
const HANJA_GLOSS = /([\uAC00-\uD7A3]+)[(（]([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+)[)）]/g;
/** One CJK ideograph. */
const HANJA_CHAR = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
/** Readings combined at most when a name has several polyphonic characters. */
const MAX_READINGS = 32;
/** A first syllable must reach this transliteration score against the surname's Mandarin reading. */
const MIN_SURNAME_SCORE = 0.8;
/** Hangul syllable algorithm: first syllable and counts per initial and per medial. */
const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 11172;
const PER_INITIAL = 588;
const PER_MEDIAL = 28;

/** Node's require, for loading pinyin-pro on first use. */
const requireModule = createRequire(import.meta.url);

function pinyinModule(): PinyinModule {
  return requireModule("pinyin-pro") as PinyinModule;
}

/** Every Hanja gloss in `text` with the Hangul word before it. */
export function findHanjaGlosses(text: string): HanjaGloss[] {
  return [...text.matchAll(HANJA_GLOSS)].map((m) => {
    const hangulStart = m.index, hangulEnd = m.index + m[1]!.length;
    const hanjaStart = hangulEnd + 1;
    return { hangulStart, hangulEnd, hanjaStart, hanjaEnd: hanjaStart + m[2]!.length, hangul: m[1]!, hanja: m[2]! };
  });
}

/** True when `text` is all CJK ideographs. */
export function isHanja(text: string): boolean {
  return text.length > 0 && [...text].every((ch) => HANJA_CHAR.test(ch));
}

/** The Mandarin readings (toneless pinyin) of each character; the first also in its surname reading. */
export function hanjaReadings(hanja: string): string[][] {
  const { pinyin } = pinyinModule();
  const chars = [...hanja];
  const surname = pinyin(hanja, { toneType: "none", type: "array", mode: "surname" });
  return chars.map((ch, i) => {
    const all = pinyin(ch, { toneType: "none", type: "array", multiple: true });
    const readings = i === 0 && surname[0] ? [surname[0], ...all] : all;
    return [...new Set(readings.map((r) => r.replace(/ü/g, "u").toLowerCase()))];
  });
}

/** Joins readings into a name: the surname, then the given name as one word ("Zhang Zhenxia"). */
function asName(syllables: readonly string[]): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const [surname = "", ...given] = syllables;
  return given.length > 0 ? `${cap(surname)} ${cap(given.join(""))}` : cap(surname);
}

/** Every pinyin name a Hanja name can be read as (polyphones combined, at most MAX_READINGS), the usual reading first. */
export function pinyinNames(hanja: string): string[] {
  let combos: string[][] = [[]];
  for (const readings of hanjaReadings(hanja)) {
    combos = combos.flatMap((combo) => readings.map((r) => [...combo, r])).slice(0, MAX_READINGS);
  }
  return combos.map(asName);
}

/** Lower-case letters only, ü and v written u, for comparing romanizations. */
function letters(text: string): string {
  return text.replace(/[üÜ]/g, "u").normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase().replace(/v/g, "u");
}

/**
 * The reading of `hanja` that best matches a Latin name: whether some reading has exactly its letters
 * (pinyin: Zhang Youxia), and the best phone similarity, which lets Wade-Giles spellings such as Tsai
 * Ing-wen meet pinyin cai ying wen.
 */
export function bestReading(hanja: string, latin: string): { reading: string; isExact: boolean; score: number } {
  const names = pinyinNames(hanja);
  const target = letters(latin);
  let best = { reading: names[0] ?? "", isExact: false, score: 0 };
  for (const reading of names) {
    if (letters(reading) === target) return { reading, isExact: true, score: 1 };
    const score = latinSoundSimilarity(reading, latin);
    if (score > best.score) best = { reading, isExact: false, score };
  }
  return best;
}

/** Initial, medial and final jamo indices of a Hangul syllable, or null. */
function jamo(ch: string): [number, number, number] | null {
  const code = ch.charCodeAt(0) - HANGUL_BASE;
  if (code < 0 || code >= HANGUL_COUNT) return null;
  return [Math.floor(code / PER_INITIAL), Math.floor((code % PER_INITIAL) / PER_MEDIAL), code % PER_MEDIAL];
}

/** The initials, medials and finals of the Unicode Hangul syllable order ("" = no final). */
const INITIAL_JAMO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
const MEDIAL_JAMO = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
const FINAL_JAMO = ["", ..."ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"];

/** A syllable shape: jamo sets for each position (absent = any; finals "-" = no final, "+" = some final). */
interface SyllableShape {
  readonly initials?: string;
  readonly medials?: string;
  readonly finals?: string;
  /** Syllables of the shape that are Sino-Korean all the same. */
  readonly except?: string;
}

/**
 * Syllable shapes that no Sino-Korean reading of a character has, so a glossed name written with one
 * transliterates another language: Mandarin 샤 (xia), 젠 (jian), 핑 (ping), 둥 (dong), 쩌 (ze), 스 (shi).
 */
const NON_SINO_KOREAN: readonly SyllableShape[] = [
  { initials: "ㄲㄸㅃㅉ" },
  { initials: "ㅋ", except: "쾌" },
  { initials: "ㅆ", except: "쌍씨" },
  { medials: "ㅡ", finals: "-" },
  { initials: "ㅅㅆㅈㅉㅊ", medials: "ㅑㅒㅕㅖㅛㅠ" },
  { medials: "ㅔ", except: "게세제체" },
  { medials: "ㅖ", finals: "+" },
  { medials: "ㅝ", finals: "-" },
  { medials: "ㅞ", except: "궤" },
  { medials: "ㅟ", except: "귀위취휘" },
  { medials: "ㅓ", finals: "ㅇ", except: "성정청" },
  { initials: "ㄴㄷㄹㅁㅋㅌㅍ", medials: "ㅓ", finals: "-ㄴ" },
  { initials: "ㄴㄷㄹㅁㅅㅋㅌㅍ", medials: "ㅣ", finals: "ㅇ" },
  { initials: "ㄷㅌ", medials: "ㅣ", finals: "-" },
  { initials: "ㄴㄷㄹㅆㅋㅌ", medials: "ㅜ", finals: "ㅇ" },
];

function hasShape(ch: string, [initial, medial, final]: [number, number, number], shape: SyllableShape): boolean {
  if (shape.except?.includes(ch)) return false;
  if (shape.initials && !shape.initials.includes(INITIAL_JAMO[initial]!)) return false;
  if (shape.medials && !shape.medials.includes(MEDIAL_JAMO[medial]!)) return false;
  if (!shape.finals) return true;
  if (final === 0) return shape.finals.includes("-");
  return shape.finals.includes("+") || shape.finals.includes(FINAL_JAMO[final]!);
}

/**
 * True for a Hangul syllable that is no Sino-Korean reading of any character, so a Hanja-glossed name
 * that has one transliterates another language (장유샤, 린젠, 시진핑 are Mandarin; 김정은 is Korean).
 */
export function isNonSinoKoreanSyllable(ch: string): boolean {
  const parts = jamo(ch);
  return parts !== null && NON_SINO_KOREAN.some((shape) => hasShape(ch, parts, shape));
}

/**
 * True when a Hangul name transliterates the Mandarin reading of its Hanja: the first syllable matches
 * the surname's pinyin, and the Hangul has more syllables than characters (샤오 for 蕭) or a syllable no
 * Sino-Korean reading has. Korean names (김정은 金正恩, 정동영 鄭東泳) and Japanese ones (기시다 岸田) fail.
 */
export function isMandarinRendering(hangul: string, hanja: string): boolean {
  const syllables = [...hangul].filter((ch) => jamo(ch) !== null);
  const firstReadings = hanjaReadings([...hanja][0] ?? "")[0] ?? [];
  const isSurnameMatch = firstReadings.some((r) =>
    transliterationScore(syllables[0] ?? "", r) >= MIN_SURNAME_SCORE || transliterationScore(syllables.slice(0, 2).join(""), r) >= MIN_SURNAME_SCORE);
  if (!isSurnameMatch) return false;
  return syllables.length > [...hanja].length || syllables.some(isNonSinoKoreanSyllable);
}
