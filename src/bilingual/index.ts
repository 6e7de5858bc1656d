/**
 * Bilingual files users already have: XLIFF 1.2/2.x, TMX, and two-column TSV/CSV. Their units come
 * paired, so the document carries its beads (one per unit) and is not aligned again. Paragraph pieces
 * point into the file itself, so findings give the line and column of the text inside the XML or table.
 */
import { documentFromSegments, type BilingualDocument, type SourceText } from "../document.js";
import { InputError, positionOf } from "../errors.js";
import { readTable } from "./tabular.js";
import { readTmx } from "./tmx.js";
import { readXliff } from "./xliff.js";
import { parseXml, rootElement } from "./xml.js";

/** File extensions read as bilingual files (lower case). */
export const BILINGUAL_EXTENSIONS: readonly string[] = [".xlf", ".xliff", ".tmx", ".tsv", ".csv"];
/** Start of an XML file: a declaration, comment, DOCTYPE or an <xliff>/<tmx> root after optional whitespace. */
const XML_START = /^\s*<(?:\?xml|!--|!DOCTYPE|(?:\w+:)?(?:xliff|tmx)\b)/i;

const extensionOf = (path: string): string => {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(dot).toLowerCase() : "";
};

/** True when a path names a bilingual file (by extension). */
export function isBilingualPath(path: string): boolean {
  return BILINGUAL_EXTENSIONS.includes(extensionOf(path));
}

function readXml(input: SourceText): BilingualDocument {
  const root = rootElement(parseXml(input.path, input.text));
  if (root?.name === "xliff") return documentFromSegments(input, readXliff(input.path, input.text, root));
  if (root?.name === "tmx") return documentFromSegments(input, readTmx(input.path, input.text, root));
  const where = root === undefined ? undefined : positionOf(input.text, root.offset);
  throw new InputError(input.path, `not an XLIFF or TMX file: the root element is <${root?.name ?? "none"}>, expected <xliff> or <tmx>`, where);
}

/** How a bilingual file is read: XML content whatever the extension, else a tab- or comma-separated table. */
export type BilingualKind = "xml" | "tsv" | "csv";

/** The kind of a bilingual file by path and text (the path must be a bilingual one: see isBilingualPath). */
export function bilingualKind(path: string, text: string): BilingualKind {
  const extension = extensionOf(path);
  if (XML_START.test(text) || extension === ".xlf" || extension === ".xliff" || extension === ".tmx") return "xml";
  return extension === ".tsv" ? "tsv" : "csv";
}

/**
 * Reads a bilingual file into a document with one bead per unit. XML content (XLIFF or TMX, told apart
 * by the root element) is detected whatever the extension; otherwise .tsv is tab- and .csv comma-separated.
 */
export function readBilingual(input: SourceText): BilingualDocument {
  const kind = bilingualKind(input.path, input.text);
  if (kind === "xml") return readXml(input);
  return documentFromSegments(input, readTable(input.path, input.text, kind === "tsv" ? "\t" : ","));
}
