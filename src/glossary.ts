/**
 * Glossary loader and validator (STYLE.md §8). Built-in data lives in rules/glossary/<kind>.json;
 * users may add JSON or TSV files. Every entry is validated once, here, so rules can trust the data.
 * The schema of each file is in rules/glossary/README.md.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { InputError, type InputPosition } from "./errors.js";
import { parseJsonFile } from "./json-text.js";
import { describeFsError } from "./read-input.js";
import { packageRoot } from "./package-info.js";
import type { Glossary, GlossaryEntry } from "./types.js";
import { deepFreeze } from "./freeze.js";

/** A glossary file that breaks the schema: "<file>:<line>: <problem>"; the CLI exits with code 2. */
export class GlossaryError extends InputError {
  constructor(file: string, problem: string, position?: InputPosition) {
    super(file, problem, position);
    this.name = "GlossaryError";
  }
}

/** The built-in glossary files, by name (rules/glossary/<name>.json). */
export const BUILTIN_KINDS = ["names", "pairs", "terms", "titles", "variants"] as const;
export type GlossaryKind = (typeof BUILTIN_KINDS)[number];

/** A named list of entries, as loadGlossaryFile returns it. */
export interface NamedGlossary {
  readonly name: string;
  readonly entries: readonly GlossaryEntry[];
}

export interface ValidateOptions {
  /** The file's raw text, so errors can name a line; without it they name the 1-based entry. */
  readonly text?: string;
  /** Built-in data: every field known, variants and a note or source present, entries sorted. */
  readonly isStrict?: boolean;
}

type FieldType = "string" | "strings" | "boolean" | "rank" | "byContext" | "members";

// the type of every known field; strict validation rejects any other field (a typo)
const FIELD_TYPES: Readonly<Record<string, FieldType>> = {
  id: "string", ko: "string", en: "string", variants: "strings", alternatives: "strings", koAliases: "strings",
  note: "string", source: "string", kind: "string", rank: "rank", base: "string", position: "string",
  countries: "strings", byContext: "byContext", isAmbiguous: "boolean", hanja: "string", hanjaSimplified: "string",
  koShort: "string", enShort: "string", country: "string", role: "string", domain: "string", members: "members",
  forms: "strings", koFull: "string", otherMeanings: "strings", type: "string", deprecated: "strings",
  matchCase: "boolean", matchPrefix: "boolean",
};
// rank of a title or modifier: the words a rule compares across languages (README "titles.json")
const RANKS = new Set(["vice", "first", "second", "first-vice", "second-vice", "under", "assistant", "senior", "former",
  "current", "late", "inaugural", "new", "honorary", "standing", "co", "interim", "acting", "nominee", "elect"]);
// the allowed "kind" values per file; the first is the default
const KINDS: Readonly<Record<string, readonly string[]>> = { titles: ["title", "modifier"], pairs: ["pair", "abbreviation"] };
// Hangul syllables and jamo
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

type Entry = Record<string, unknown>;
/** Where entry `index` is: its line when the file's text is known, else "(entry N)" to append to the problem. */
type Locate = (index: number) => { line?: number; suffix: string };

/** The field that keys entries: "id" in variants (English-only sets), "ko" everywhere else. */
export function keyField(name: string): "id" | "ko" {
  return name === "variants" ? "id" : "ko";
}

/** Starting line (1-based) of each element of the first array of objects in a JSON text. */
function entryLines(text: string): number[] {
  const found: { depth: number; line: number }[] = [];
  const stack: string[] = [];
  let line = 1, inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    if (inString) { if (c === "\\") i++; else if (c === '"') inString = false; continue; }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (c === "{" && stack[stack.length - 1] === "[") found.push({ depth: stack.length, line });
      stack.push(c);
    } else if (c === "]" || c === "}") stack.pop();
  }
  const top = Math.min(...found.map((f) => f.depth));
  return found.filter((f) => f.depth === top).map((f) => f.line);
}

/** Entry lines are scanned only when an entry fails: valid data (the built-in glossary on every run) never pays for the scan. */
function locator(text: string | undefined): Locate {
  let lines: number[] | undefined;
  return (index) => {
    lines ??= text === undefined ? [] : entryLines(text);
    return lines[index] === undefined ? { suffix: ` (entry ${index + 1})` } : { line: lines[index], suffix: "" };
  };
}

const fold = (s: string): string => s.toLowerCase();

function checkField(field: string, value: unknown, type: FieldType): string | null {
  const isText = (v: unknown): boolean => typeof v === "string";
  const isTexts = (v: unknown): boolean => Array.isArray(v) && v.every(isText);
  switch (type) {
    case "string": return isText(value) ? null : `"${field}" must be a string`;
    case "strings": return isTexts(value) ? null : `"${field}" must be an array of strings`;
    case "boolean": return typeof value === "boolean" ? null : `"${field}" must be true or false`;
    case "rank": return value === null || (typeof value === "string" && RANKS.has(value)) ? null : `unknown rank ${JSON.stringify(value)}`;
    case "members": return Array.isArray(value) && value.length >= 2 && value.every((m) => isTexts(m) && (m as unknown[]).length > 0)
      ? null : `"${field}" must list at least two non-empty arrays of names`;
    case "byContext": return value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).every(isTexts)
      ? null : `"${field}" must map each context to an array of strings`;
  }
}

/** Every string anywhere in the value: none may be empty or padded with spaces. */
function badString(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : value.trim() !== value ? `${JSON.stringify(value)} has leading or trailing spaces` : null;
  const children = Array.isArray(value) ? value : value !== null && typeof value === "object" ? Object.values(value) : [];
  for (const child of children) { const problem = badString(child); if (problem) return problem; }
  return null;
}

function duplicateIn(list: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return list.find((s) => (seen.has(fold(s)) ? true : (seen.add(fold(s)), false)));
}

/** Field types, strings and the variant/alternative sets of one entry. */
function checkCommon(entry: Entry, key: string, isStrict: boolean): string | null {
  for (const [field, value] of Object.entries(entry)) {
    const type = FIELD_TYPES[field];
    if (!type) { if (isStrict) return `unknown field "${field}"`; continue; }
    const problem = checkField(field, value, type);
    if (problem) return problem;
  }
  const stringProblem = badString(entry);
  if (stringProblem) return `${stringProblem} in ${JSON.stringify(entry[key])}`;
  if (typeof entry.en !== "string") return `missing "en"`;
  if (isStrict && entry.variants === undefined) return `missing "variants"`;
  if (isStrict && entry.note === undefined && entry.source === undefined) return `needs a "note" or a "source"`;
  const en = fold(entry.en), variants = (entry.variants ?? []) as string[], alternatives = (entry.alternatives ?? []) as string[];
  const same = variants.find((v) => fold(v) === en);
  if (same !== undefined) return `variant "${same}" equals en "${entry.en}"`;
  const sameAlt = alternatives.find((v) => fold(v) === en);
  if (sameAlt !== undefined) return `alternative "${sameAlt}" equals en "${entry.en}"`;
  const both = variants.find((v) => alternatives.some((a) => fold(a) === fold(v)));
  if (both !== undefined) return `"${both}" is both a variant and an alternative`;
  const dup = duplicateIn(variants) ?? duplicateIn(alternatives);
  return dup === undefined ? null : `"${dup}" is listed twice`;
}

/** Rules that hold for one file kind only. */
function checkKind(name: string, entry: Entry): string | null {
  const kinds = KINDS[name];
  const kind = (entry.kind as string | undefined) ?? kinds?.[0];
  if (kinds && !kinds.includes(kind!)) return `unknown kind "${String(entry.kind)}"`;
  if (kind === "modifier" && (typeof entry.rank !== "string" || (entry.position !== "prefix" && entry.position !== "suffix")))
    return `a modifier needs a rank and a position ("prefix" or "suffix")`;
  if (kind === "pair" && entry.members === undefined) return `a pair needs "members"`;
  if (kind === "abbreviation" && !(Array.isArray(entry.forms) && entry.forms.length > 0)) return `an abbreviation needs "forms"`;
  if (entry.byContext !== undefined) {
    const accepted = new Set([entry.en, ...((entry.alternatives ?? []) as string[])]);
    const extra = Object.values(entry.byContext as Record<string, string[]>).flat().find((r) => !accepted.has(r));
    if (extra !== undefined) return `byContext rendering "${extra}" is not en or an alternative`;
  }
  if (entry.hanja !== undefined && !HANGUL.test(String(entry.ko))) return `hanja given but ko "${String(entry.ko)}" has no Hangul`;
  if (entry.hanjaSimplified !== undefined && (entry.hanja === undefined || entry.hanjaSimplified === entry.hanja))
    return `hanjaSimplified needs a different traditional "hanja"`;
  const deprecated = (entry.deprecated ?? []) as string[], variants = (entry.variants ?? []) as string[];
  const stray = deprecated.find((d) => !variants.includes(d));
  return stray === undefined ? null : `deprecated "${stray}" is not one of the variants`;
}

/** The GlossaryError for a problem in entry `index`: "<file>:<line>: <problem>", or "<file>: <problem> (entry N)". */
function entryError(file: string, locate: Locate, index: number, problem: string): GlossaryError {
  const where = locate(index);
  return new GlossaryError(file, `${problem}${where.suffix}`, where.line === undefined ? undefined : { line: where.line });
}

/** Keys and Korean aliases share one namespace per file; base links must resolve. */
function checkKeys(name: string, entries: Entry[], locate: Locate, file: string, isStrict: boolean): void {
  const field = keyField(name);
  const owner = new Map<string, string>();
  const fail = (index: number, problem: string): never => { throw entryError(file, locate, index, problem); };
  entries.forEach((entry, index) => {
    const key = entry[field] as string;
    if (owner.has(key)) fail(index, `duplicate ${field} "${key}"`);
    owner.set(key, key);
    const previous = entries[index - 1]?.[field] as string | undefined;
    if (isStrict && previous !== undefined && previous > key) fail(index, `entries are not sorted by ${field}: "${key}" comes after "${previous}"`);
  });
  entries.forEach((entry, index) => {
    for (const alias of (entry.koAliases ?? []) as string[]) {
      const taken = owner.get(alias);
      if (taken !== undefined) fail(index, `ko alias "${alias}" of "${String(entry[field])}" is already used by "${taken}"`);
      owner.set(alias, String(entry[field]));
    }
    if (entry.base !== undefined && !entries.some((e) => e[field] === entry.base)) fail(index, `base "${String(entry.base)}" is not an entry`);
  });
}

function validateWith(name: string, entries: unknown, file: string, locate: Locate, isStrict: boolean): GlossaryEntry[] {
  if (!Array.isArray(entries)) throw new GlossaryError(file, "expected an array of entries");
  const field = keyField(name);
  const checked = entries.map((raw: unknown, index): Entry => {
    const fail = (problem: string): never => { throw entryError(file, locate, index, problem); };
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return fail("an entry must be an object");
    const entry = raw as Entry;
    if (typeof entry[field] !== "string" || entry[field] === "") return fail(`missing or empty "${field}"`);
    const problem = checkCommon(entry, field, isStrict) ?? checkKind(name, entry);
    return problem ? fail(problem) : entry;
  });
  checkKeys(name, checked, locate, file, isStrict);
  return withDefaults(field, checked);
}

/** Entries with defaults filled in: ko falls back to the key field, variants to []. */
function withDefaults(field: "id" | "ko", entries: readonly Entry[]): GlossaryEntry[] {
  return entries.map((entry) => ({ ...entry, ko: String(entry.ko ?? entry[field]), en: String(entry.en), variants: (entry.variants ?? []) as string[] }));
}

/**
 * Validates the entries of one glossary (name = titles, names, terms, pairs, variants or a user kind) and returns them
 * with defaults filled in (variants: []; in variants, ko falls back to the id). Throws GlossaryError naming file and line.
 */
export function validateGlossary(name: string, entries: unknown, file: string, options: ValidateOptions = {}): GlossaryEntry[] {
  return validateWith(name, entries, file, locator(options.text), options.isStrict ?? false);
}

function parseJson(text: string, file: string): unknown {
  try {
    return parseJsonFile(file, text, "glossary");
  } catch (error) {
    if (error instanceof InputError) throw new GlossaryError(file, error.problem, error.line === undefined ? undefined : { line: error.line, column: error.column });
    throw error;
  }
}

function readText(path: string): string {
  if (!existsSync(path)) throw new GlossaryError(path, "no such file");
  try {
    if (statSync(path).isDirectory()) throw new GlossaryError(path, "is a directory, not a glossary file");
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    if (error instanceof GlossaryError) throw error;
    throw new GlossaryError(path, `cannot read glossary (${describeFsError(error) ?? String(error)})`);
  }
}

// Memo of the built-in data: it ships with the package and is immutable (deep-frozen).
let builtin: Glossary | undefined;

/** The built-in files, checked the strict way (sorted, documented, no duplicates): what glossary.test.ts runs on every file. */
export function validateBuiltinGlossary(kind: GlossaryKind): GlossaryEntry[] {
  const file = join(packageRoot(), "rules", "glossary", `${kind}.json`);
  const text = readText(file);
  return validateWith(kind, parseJson(text, file), file, locator(text), true);
}

/**
 * The built-in glossaries from rules/glossary/*.json, deep-frozen. They are data of the package, not
 * input: the test suite validates them strictly (validateBuiltinGlossary), so a run only parses them.
 * Validating at every start cost more than the rest of loading them (its O(n²) checks run cold).
 */
export function loadBuiltinGlossary(): Glossary {
  if (builtin) return builtin;
  const dir = join(packageRoot(), "rules", "glossary");
  const glossary: Record<string, readonly GlossaryEntry[]> = {};
  for (const kind of BUILTIN_KINDS) {
    const file = join(dir, `${kind}.json`);
    const entries = parseJson(readText(file), file);
    if (!Array.isArray(entries)) throw new GlossaryError(file, "expected an array of entries");
    glossary[kind] = withDefaults(keyField(kind), entries as Entry[]);
  }
  builtin = deepFreeze(glossary);
  return builtin;
}

/** The kind a user file gives itself, else its file name if that is a built-in kind, else "terms". */
function kindOf(path: string, declared: unknown): string {
  if (declared !== undefined) {
    if (typeof declared !== "string" || declared.trim() === "") throw new GlossaryError(path, `"kind" must be a non-empty string`);
    return declared.trim();
  }
  const stem = basename(path, extname(path)).toLowerCase();
  return (BUILTIN_KINDS as readonly string[]).includes(stem) ? stem : "terms";
}

// a TSV directive line naming the kind: "# kind: names"
const TSV_KIND = /^#\s*kind\s*:\s*(\S+)\s*$/i;

/** TSV: ko<TAB>en[<TAB>variants separated by |[<TAB>note]]; "#" starts a comment; an optional "ko<TAB>en" header. */
function parseTsv(text: string, path: string): NamedGlossary {
  const entries: Entry[] = [], lines: number[] = [];
  let declared: string | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const kind = TSV_KIND.exec(line.trim());
    if (kind) { declared = kind[1]; return; }
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const cells = line.split("\t").map((cell) => cell.trim());
    if (entries.length === 0 && cells[0]?.toLowerCase() === "ko" && cells[1]?.toLowerCase() === "en") return;
    if (cells.length < 2 || cells.length > 4) throw new GlossaryError(path, `expected 2 to 4 tab-separated columns, got ${cells.length}`, { line: index + 1 });
    const [ko, en, variants, note] = cells;
    entries.push({ ko, en, variants: variants ? variants.split("|").map((v) => v.trim()) : [], ...(note ? { note } : {}) });
    lines.push(index + 1);
  });
  const name = kindOf(path, declared);
  const keyed = keyField(name) === "id" ? entries.map(({ ko, ...rest }) => ({ id: ko, ...rest })) : entries;
  return { name, entries: validateWith(name, keyed, path, (i) => ({ line: lines[i], suffix: "" }), false) };
}

/**
 * Reads a user's glossary: JSON (an array of entries, or { "kind": ..., "entries": [...] }) or TSV (.tsv, .txt).
 * The name is the declared kind, else the file name when it is a built-in kind (names.tsv), else "terms".
 */
export function loadGlossaryFile(path: string): NamedGlossary {
  const text = readText(path);
  const ext = extname(path).toLowerCase();
  const isJson = ext === ".json" || (ext !== ".tsv" && ext !== ".txt" && /^\s*[[{]/.test(text));
  if (!isJson) return parseTsv(text, path);
  const data = parseJson(text, path);
  const isWrapped = data !== null && typeof data === "object" && !Array.isArray(data);
  const wrapped = data as { kind?: unknown; entries?: unknown };
  const name = kindOf(path, isWrapped ? wrapped.kind : undefined);
  return { name, entries: validateWith(name, isWrapped ? wrapped.entries : data, path, locator(text), false) };
}

/** Base entries with user entries merged in: a user entry replaces the base entry with the same key. Sorted, deep-frozen. */
export function mergeGlossaries(base: Glossary, extra: Glossary | readonly NamedGlossary[]): Glossary {
  const lists: NamedGlossary[] = Array.isArray(extra)
    ? [...(extra as readonly NamedGlossary[])]
    : Object.entries(extra as Glossary).map(([name, entries]) => ({ name, entries }));
  const merged: Record<string, readonly GlossaryEntry[]> = { ...base };
  for (const { name, entries } of lists) {
    const field = keyField(name);
    const byKey = new Map((merged[name] ?? []).map((e) => [String(e[field]), e] as const));
    for (const entry of entries) byKey.set(String(entry[field]), entry);
    merged[name] = [...byKey.values()].sort((a, b) => (String(a[field]) < String(b[field]) ? -1 : String(a[field]) > String(b[field]) ? 1 : 0));
  }
  return deepFreeze(merged);
}
