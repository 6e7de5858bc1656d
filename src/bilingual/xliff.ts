/**
 * XLIFF 1.2 (and the 1.0/1.1 files older tools still write) and XLIFF 2.x: one unit = one paragraph.
 * 1.x: <file source-language target-language> / <trans-unit> / <source>, <target>.
 * 2.x: <xliff srcLang trgLang> / <file> / <unit> / <segment>|<ignorable> / <source>, <target>; the
 * segments and ignorables of a unit are joined in order, as the spec reconstructs the unit's content.
 */
import type { MappedText, SegmentPair } from "../document.js";
import { InputError, positionOf } from "../errors.js";
import { orientUnits, type RawUnit } from "./orient.js";
import { childElements, findElements, joinMapped, segmentText, type XmlElement } from "./xml.js";

/** XLIFF 1.2 inline elements whose content is segment text (<g> wraps text, <mrk> marks it). */
const XLIFF1_TEXT_INLINES: ReadonlySet<string> = new Set(["g", "mrk"]);
/** XLIFF 2 inline elements whose content is segment text (<pc> pairs codes around text, <mrk> annotates it). */
const XLIFF2_TEXT_INLINES: ReadonlySet<string> = new Set(["pc", "mrk"]);
/** restype of the PO header unit that translate-toolkit's po2xliff writes first: metadata, not text. */
const PO_HEADER_RESTYPE = "x-gettext-domain-header";

function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

function readVersion1File(path: string, file: XmlElement): SegmentPair[] {
  const units: RawUnit[] = findElements(file, "trans-unit")
    .filter((unit) => unit.attributes.restype !== PO_HEADER_RESTYPE)
    .map((unit) => {
      const source = firstChild(unit, "source");
      const target = firstChild(unit, "target");
      return { source: source ? segmentText(source, XLIFF1_TEXT_INLINES) : null, target: target ? segmentText(target, XLIFF1_TEXT_INLINES) : null, id: unit.attributes.id };
    });
  return orientUnits(path, units, { source: file.attributes["source-language"], target: file.attributes["target-language"] });
}

/** No text: the source or target an XLIFF 2 <segment> lacks. */
const EMPTY: MappedText = { text: "", offsets: [] };

/**
 * One XLIFF 2 unit: the sources of its segments and ignorables joined, and their targets joined (null
 * when no segment has one). An ignorable without a target stands for itself on the target side.
 */
function readVersion2Unit(unit: XmlElement): RawUnit {
  const parts = unit.children.filter((node): node is XmlElement => node.kind === "element" && (node.name === "segment" || node.name === "ignorable"));
  const textOf = (part: XmlElement, name: string): MappedText | null => {
    const element = firstChild(part, name);
    return element ? segmentText(element, XLIFF2_TEXT_INLINES) : null;
  };
  const sources = parts.map((part) => textOf(part, "source") ?? EMPTY);
  const targets = parts.map((part, i) => textOf(part, "target") ?? (part.name === "ignorable" ? (sources[i] ?? EMPTY) : null));
  const hasTarget = parts.some((part) => firstChild(part, "target") !== undefined);
  return { source: joinMapped(sources), target: hasTarget ? joinMapped(targets.map((t) => t ?? EMPTY)) : null, id: unit.attributes.id };
}

/** Reads the unit pairs of an XLIFF document whose root element is <xliff>. */
export function readXliff(path: string, text: string, root: XmlElement): SegmentPair[] {
  const version = root.attributes.version ?? "";
  if (version.startsWith("2")) {
    const units = findElements(root, "unit").map(readVersion2Unit);
    return orientUnits(path, units, { source: root.attributes.srcLang, target: root.attributes.trgLang });
  }
  const files = childElements(root, "file");
  if (files.length === 0) throw new InputError(path, "XLIFF file has no <file> element", positionOf(text, root.offset));
  return files.flatMap((file) => readVersion1File(path, file));
}
