/**
 * A small position-keeping XML reader for bilingual files. fast-xml-parser validates the file (and
 * gives the line and column of the first error), but its tree has no source positions, and findings
 * must point into the file; so, once the file is known to be well-formed, this module builds its own
 * element tree that keeps the offset of every text node and maps entity references back to the file.
 */
import { createRequire } from "node:module";
import type { MappedText } from "../document.js";
import { InputError } from "../errors.js";

/** The part of fast-xml-parser's API used here. */
interface XmlValidatorModule {
  XMLValidator: { validate(text: string): true | { err: { msg: string; line: number; col: number } } };
}

/** Node's require, for loading fast-xml-parser (~35 ms, CommonJS build) only when an XLIFF or TMX file is read. */
const requireModule = createRequire(import.meta.url);

/** Character data: `raw` as written in the file (entities not yet decoded), starting at `offset`. */
export interface XmlText {
  readonly kind: "text";
  readonly raw: string;
  readonly offset: number;
  /** CDATA content is taken literally (no entity references). */
  readonly isCdata: boolean;
}

export interface XmlElement {
  readonly kind: "element";
  /** Local name, without a namespace prefix. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly offset: number;
}

export type XmlNode = XmlText | XmlElement;

/**
 * One markup token: comment, CDATA section (group 1), processing instruction, DOCTYPE (with an internal
 * subset), end tag (group 2), or start tag (name group 3, attributes group 4, "/" group 5 if empty).
 */
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
/** One attribute: name (group 1) and a double- (group 2) or single-quoted (group 3) value. */
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** An entity or character reference: decimal (group 1), hexadecimal (group 2) or predefined (group 3). */
const REFERENCE = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
/** The largest Unicode code point; a character reference beyond it is not decoded. */
const MAX_CODE_POINT = 0x10ffff;
/** The five entities XML predefines. */
const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** The character(s) a reference stands for, from REFERENCE's groups. */
function decodeReference(whole: string, decimal: string | undefined, hex: string | undefined, name: string | undefined): string {
  const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
  if (code === undefined) return PREDEFINED[name ?? ""] ?? whole;
  return code <= MAX_CODE_POINT ? String.fromCodePoint(code) : whole; // out of Unicode: kept as written
}

/** Decodes entity references in an attribute value. */
function decodeValue(raw: string): string {
  return raw.replace(REFERENCE, (whole: string, decimal?: string, hex?: string, name?: string) => decodeReference(whole, decimal, hex, name));
}

function parseAttributes(raw: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of raw.matchAll(ATTRIBUTE)) attributes[match[1] ?? ""] = decodeValue(match[2] ?? match[3] ?? "");
  return attributes;
}

interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  offset: number;
}

function pushText(parent: OpenElement, raw: string, offset: number, isCdata: boolean): void {
  if (raw) parent.children.push({ kind: "text", raw, offset, isCdata });
}

/**
 * Parses well-formed XML into a tree whose nodes keep their offsets in `text`. Throws InputError naming
 * the file, the line and column, and the parser's reason when the file is not well-formed XML.
 */
export function parseXml(path: string, text: string): XmlElement {
  const { XMLValidator } = requireModule("fast-xml-parser") as XmlValidatorModule;
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) throw new InputError(path, `malformed XML: ${verdict.err.msg}`, { line: verdict.err.line, column: verdict.err.col });
  const document: OpenElement = { name: "#document", attributes: {}, children: [], offset: 0 };
  const stack: OpenElement[] = [document];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const parent = stack.at(-1) ?? document;
    pushText(parent, text.slice(last, match.index), last, false);
    last = match.index + match[0].length;
    if (match[1] !== undefined) pushText(parent, match[1], match.index + "<![CDATA[".length, true);
    else if (match[2] !== undefined) stack.pop();
    else if (match[3] !== undefined) {
      const element: OpenElement = { name: localName(match[3]), attributes: parseAttributes(match[4] ?? ""), children: [], offset: match.index };
      parent.children.push({ kind: "element", ...element });
      if (match[5] !== "/") stack.push(element);
    }
  }
  return { kind: "element", ...document };
}

/** The root element of a parsed document. */
export function rootElement(document: XmlElement): XmlElement | undefined {
  return document.children.find((node): node is XmlElement => node.kind === "element");
}

/** Child elements with a given local name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => node.kind === "element" && node.name === name);
}

/** Elements with a given local name below `element`, in document order, not looking inside a match. */
export function findElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((node) => {
    if (node.kind !== "element") return [];
    return node.name === name ? [node] : findElements(node, name);
  });
}

/** Appends a text node's decoded characters to `out`, each with the file offset it came from. */
function appendText(node: XmlText, out: { text: string; offsets: number[] }): void {
  if (node.isCdata) {
    out.text += node.raw;
    for (let i = 0; i < node.raw.length; i += 1) out.offsets.push(node.offset + i);
    return;
  }
  let last = 0;
  const literal = (end: number) => {
    out.text += node.raw.slice(last, end);
    for (let i = last; i < end; i += 1) out.offsets.push(node.offset + i);
  };
  for (const match of node.raw.matchAll(REFERENCE)) {
    literal(match.index);
    const decoded = decodeReference(match[0], match[1], match[2], match[3]);
    out.text += decoded;
    for (let i = 0; i < decoded.length; i += 1) out.offsets.push(node.offset + match.index); // the whole reference maps to its "&"
    last = match.index + match[0].length;
  }
  literal(node.raw.length);
}

/**
 * The text of a segment element (XLIFF <source>/<target>, TMX <seg>) with each character's file offset.
 * Inline elements in `keepContent` (<g>, <pc>, <mrk>, <hi>) are dropped but their text is kept; all
 * other inline elements (<x/>, <ph>, <bpt>, <ept>, <it>, <sub>, ...) hold codes or sub-flows and are
 * dropped with their content.
 */
export function segmentText(element: XmlElement, keepContent: ReadonlySet<string>): MappedText {
  const out = { text: "", offsets: [] as number[] };
  const visit = (node: XmlNode): void => {
    if (node.kind === "text") appendText(node, out);
    else if (keepContent.has(node.name)) node.children.forEach(visit);
  };
  element.children.forEach(visit);
  return out;
}

/** Joins mapped texts end to end (the segments of one XLIFF 2 unit). */
export function joinMapped(parts: readonly MappedText[]): MappedText {
  return { text: parts.map((p) => p.text).join(""), offsets: parts.flatMap((p) => p.offsets) };
}
