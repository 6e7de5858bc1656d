/**
 * TMX 1.4 (and 1.1-1.3): <tmx> / <body> / <tu> / <tuv xml:lang> / <seg>. Each <tu> is one unit; its
 * Korean <tuv> is the source and its English <tuv> (else its first other one) the target, whatever the
 * header's srclang says (translate-toolkit's po2tmx writes srclang="en" for any pair).
 */
import type { SegmentPair } from "../document.js";
import { InputError, positionOf } from "../errors.js";
import { isKoreanTag } from "./orient.js";
import { childElements, findElements, segmentText, type XmlElement } from "./xml.js";

/** TMX inline elements whose content is segment text (<hi> highlights text); <bpt>, <ept>, <ph>, <it>, <ut> hold native codes. */
const TMX_TEXT_INLINES: ReadonlySet<string> = new Set(["hi"]);
/** A BCP 47 tag for English. */
const ENGLISH_TAG = /^(?:en|eng)(?:[-_]|$)/i;

/** A <tuv>'s language: xml:lang (TMX 1.4) or lang (TMX 1.1). */
const tuvLanguage = (tuv: XmlElement): string => (tuv.attributes["xml:lang"] ?? tuv.attributes.lang ?? "").trim();

function segOf(tuv: XmlElement | undefined): SegmentPair["ko"] {
  const seg = tuv ? childElements(tuv, "seg")[0] : undefined;
  return seg ? segmentText(seg, TMX_TEXT_INLINES) : null;
}

function readUnit(tu: XmlElement): SegmentPair {
  const tuvs = childElements(tu, "tuv");
  const ko = tuvs.find((tuv) => isKoreanTag(tuvLanguage(tuv)));
  const others = tuvs.filter((tuv) => tuv !== ko);
  const en = others.find((tuv) => ENGLISH_TAG.test(tuvLanguage(tuv))) ?? others[0];
  return { ko: segOf(ko), en: segOf(en), id: tu.attributes.tuid };
}

/** Reads the unit pairs of a TMX document whose root element is <tmx>. */
export function readTmx(path: string, text: string, root: XmlElement): SegmentPair[] {
  const tus = findElements(root, "tu");
  const hasKorean = tus.some((tu) => childElements(tu, "tuv").some((tuv) => isKoreanTag(tuvLanguage(tuv))));
  if (!hasKorean) {
    const languages = [...new Set(tus.flatMap((tu) => childElements(tu, "tuv").map(tuvLanguage)))].join(", ");
    const first = tus[0] ?? root;
    throw new InputError(path, `no <tuv> is Korean (xml:lang "ko"); languages found: ${languages || "none"}`, positionOf(text, first.offset));
  }
  return tus.map(readUnit);
}
