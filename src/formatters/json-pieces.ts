/**
 * JSON.stringify(value, null, 2), produced in pieces: the report of a book-length document is over
 * 100 MB of JSON, and holding it as one string (two bytes per character once it has Hangul) and then
 * as its UTF-8 bytes doubled the peak memory of a run. Joined, the pieces are exactly what
 * JSON.stringify gives; values below the top levels are stringified whole.
 */

/**
 * Objects this many levels down are stringified whole (a bound on the recursion for any value; a Report
 * never reaches it, since its arrays are chunked from MIN_CHUNKED_DEPTH on).
 */
const MAX_SPLIT_DEPTH = 5;
/** One level of JSON.stringify(value, null, 2)'s indentation. */
const INDENT = "  ";
/** Arrays this many levels down (a file's paragraphs, beads, findings) are written CHUNK_ITEMS items at a time, each item stringified whole. */
const MIN_CHUNKED_DEPTH = 2;
/** Items per chunk: a chunk's text stays well under V8's large-object size (~128 KB), so it dies young. */
const CHUNK_ITEMS = 64;

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** A value JSON.stringify would serialise structurally: a plain array or object without toJSON. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/** JSON text moved `indent` to the right: every line after the first (strings never hold a raw newline). */
function reindent(text: string, indent: string): string {
  return indent === "" ? text : text.replaceAll("\n", `\n${indent}`);
}

/** JSON.stringify of a value nested at `indent`. */
function whole(value: unknown, indent: string): string {
  return reindent(JSON.stringify(value, null, 2), indent);
}

/**
 * A non-empty array whose items are stringified whole, CHUNK_ITEMS at a time: JSON.stringify of a
 * slice is "[\n  item,\n  item\n]", whose inside, indented to `indent`, is that slice's part of the array.
 */
function* chunkedArray(items: readonly unknown[], indent: string): Generator<string> {
  yield "[";
  for (let from = 0; from < items.length; from += CHUNK_ITEMS) {
    const text = JSON.stringify(items.slice(from, from + CHUNK_ITEMS), null, 2);
    const inside = text.slice(2, -2); // without "[\n" and "\n]"
    yield `${from === 0 ? "" : ","}\n${indent}${reindent(inside, indent)}`;
  }
  yield `\n${indent}]`;
}

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (!isContainer(value) || depth >= MAX_SPLIT_DEPTH) {
    yield whole(value, indent);
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    if (depth >= MIN_CHUNKED_DEPTH) {
      yield* chunkedArray(value, indent);
      return;
    }
    yield "[";
    for (let k = 0; k < value.length; k++) {
      yield `${k === 0 ? "" : ","}\n${inner}`;
      const item: unknown = value[k];
      if (isOmitted(item)) yield "null";
      else yield* pieces(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !isOmitted(v));
  if (entries.length === 0) {
    yield "{}";
    return;
  }
  yield "{";
  for (const [k, [key, item]] of entries.entries()) {
    yield `${k === 0 ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
    yield* pieces(item, inner, depth + 1);
  }
  yield `\n${indent}}`;
}

/** The pieces of JSON.stringify(value, null, 2); a value with a toJSON method is stringified whole, so it is honoured as JSON.stringify does. */
export function jsonPieces(value: unknown): Iterable<string> {
  return pieces(value, "", 0);
}
