/**
 * Decides which side of a bilingual file's units is Korean. The declared languages decide when one of
 * them is Korean; otherwise the text does, because some tools write a default language whatever the
 * text is (translate-toolkit's po2xliff always writes source-language="en-US").
 */
import type { MappedText, SegmentPair } from "../document.js";
import { InputError } from "../errors.js";
import { classifyParagraph } from "../lang.js";

/** One unit as read: its source and target text, either missing. */
export interface RawUnit {
  readonly source: MappedText | null;
  readonly target: MappedText | null;
  /** The unit's id in its file (XLIFF id, TMX tuid, table row), when it has one. */
  readonly id?: string;
}

/** Languages a file declares for its source and target (BCP 47 tags), when it declares them. */
export interface DeclaredLanguages {
  readonly source?: string | undefined;
  readonly target?: string | undefined;
}

/** A BCP 47 tag for Korean: "ko", "ko-KR", "ko_KR", "kor". */
const KOREAN_TAG = /^(?:ko|kor)(?:[-_]|$)/i;

/** True when a language tag names Korean. */
export const isKoreanTag = (tag: string | undefined): boolean => tag !== undefined && KOREAN_TAG.test(tag.trim());

const koreanCount = (texts: readonly (MappedText | null)[]): number =>
  texts.filter((t) => t !== null && classifyParagraph(t.text) === "ko").length;

const straight = (units: readonly RawUnit[]): SegmentPair[] => units.map((u) => ({ ko: u.source, en: u.target, id: u.id }));
const swapped = (units: readonly RawUnit[]): SegmentPair[] => units.map((u) => ({ ko: u.target, en: u.source, id: u.id }));

/**
 * Turns units into Korean/English pairs: source is Korean when declared so, swapped when the target is
 * declared Korean; with no Korean declaration, the side with more Korean text is Korean. Throws
 * InputError when neither side is Korean.
 */
export function orientUnits(path: string, units: readonly RawUnit[], declared: DeclaredLanguages): SegmentPair[] {
  if (isKoreanTag(declared.source)) return straight(units);
  if (isKoreanTag(declared.target)) return swapped(units);
  const sourceKorean = koreanCount(units.map((u) => u.source));
  const targetKorean = koreanCount(units.map((u) => u.target));
  if (sourceKorean > 0 && sourceKorean >= targetKorean) return straight(units);
  if (targetKorean > 0) return swapped(units);
  const named = `source language ${declared.source ? `"${declared.source}"` : "not set"}, target language ${declared.target ? `"${declared.target}"` : "not set"}`;
  throw new InputError(path, `neither side is Korean (${named}, and no segment is Korean text); translint checks Korean-to-English translations`);
}
