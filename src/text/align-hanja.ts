/**
 * Hanja glosses: Korean news writes a Chinese name in Hangul followed by its characters in parentheses,
 * 왕이(王毅). The English gives the pinyin (Wang Yi), so the pinyin of the gloss is a Latin-word anchor.
 * pinyin-pro is loaded only when a paragraph has a gloss, so documents without Hanja do not pay its
 * ~140 ms start-up.
 */
import { createRequire } from "node:module";

/** A parenthesised run of CJK ideographs right after a word: the gloss of that word. */
const HANJA_GLOSS = /\(([\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]{2,})\)/g;

/** Pinyin ü, written u in English news (Lü -> Lu). */
const PINYIN_U_UMLAUT = /ü/g;

/** The part of the pinyin-pro API used here. */
interface PinyinModule {
  pinyin(text: string, options: { toneType: "none"; type: "array" }): string[];
}

/** Node's require, for loading pinyin-pro on first use (Node caches the module itself). */
const requireModule = createRequire(import.meta.url);

/**
 * Pinyin words for the Hanja glosses in `text`: each syllable (the family name) and the syllables after
 * the first joined (a given name is written as one word: 張又俠 -> "zhang", "youxia").
 */
export function glossPinyin(text: string): string[] {
  const glosses = [...text.matchAll(HANJA_GLOSS)].map((m) => m[1] ?? "");
  if (glosses.length === 0) return [];
  const { pinyin } = requireModule("pinyin-pro") as PinyinModule;
  return glosses.flatMap((gloss) => {
    const syllables = pinyin(gloss, { toneType: "none", type: "array" }).map((s) => s.replace(PINYIN_U_UMLAUT, "u"));
    return syllables.length > 1 ? [...syllables, syllables.slice(1).join("")] : syllables;
  });
}
