/**
 * Configuration: rule severities and options from a JSON file and the command line, validated before
 * any rule runs. Precedence, lowest first: meta.defaultSeverity, category, rule entry, --rule id=severity.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ConfiguredRule } from "./engine.js";
import { InputError, positionOf } from "./errors.js";
import { parseJsonFile } from "./json-text.js";
import { describeFsError } from "./read-input.js";
import { escapeRegExp } from "./text/english-forms.js";
import type { Rule, Severity } from "./types.js";

export type SeveritySetting = "off" | Severity;
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface Config {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly categories: Readonly<Record<string, SeveritySetting>>;
  readonly failOn?: Severity;
  /** Extra glossary files, resolved against the config file's folder. */
  readonly glossaries: readonly string[];
}

/** The file name looked for from the working directory upward. */
export const CONFIG_FILE_NAME = "translint.config.json";
/** Every value a severity setting may take. */
const SEVERITY_SETTINGS: readonly string[] = ["off", "info", "warning", "error"];
/** Keys a config file may have at the top level. */
const TOP_LEVEL_KEYS = ["$schema", "rules", "categories", "failOn", "glossaries"];

export const EMPTY_CONFIG: Config = { rules: {}, categories: {}, glossaries: [] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === "string" && SEVERITY_SETTINGS.includes(value);
}

/** Throws the InputError for a problem at a key path of the config (e.g. ["rules", "name-drift"]). */
type Fail = (keys: readonly string[], problem: string) => never;

function checkOptions(fail: Fail, rule: Rule<object, string>, options: Record<string, unknown>): void {
  const defaults = rule.defaultOptions as Record<string, unknown>;
  const id = rule.meta.id;
  for (const [key, value] of Object.entries(options)) {
    if (!(key in defaults)) fail(["rules", id, key], `rules.${id}: unknown option "${key}"`);
    const expected = Array.isArray(defaults[key]) ? "array" : typeof defaults[key];
    const actual = Array.isArray(value) ? "array" : typeof value;
    if (expected !== actual) fail(["rules", id, key], `rules.${id}.${key}: expected ${expected}, got ${actual}`);
  }
}

function checkRuleSetting(fail: Fail, rule: Rule<object, string>, setting: unknown): void {
  const id = rule.meta.id;
  if (isSeveritySetting(setting)) return;
  if (!Array.isArray(setting) || setting.length < 1 || setting.length > 2 || !isSeveritySetting(setting[0])) {
    fail(["rules", id], `rules.${id}: expected "off", "info", "warning", "error" or [severity, options]`);
  }
  if (setting.length === 2) {
    if (!isRecord(setting[1])) fail(["rules", id], `rules.${id}: options must be an object`);
    checkOptions(fail, rule, setting[1]);
  }
}

function checkCategories(fail: Fail, raw: unknown, registry: readonly Rule<object, string>[]): void {
  if (!isRecord(raw)) fail(["categories"], "categories: expected an object");
  const known = new Set(registry.map((r) => r.meta.category));
  for (const [category, setting] of Object.entries(raw)) {
    const matches = [...known].some((k) => k === category || k.startsWith(`${category}/`));
    if (!matches) fail(["categories", category], `categories: unknown category "${category}"`);
    if (!isSeveritySetting(setting)) fail(["categories", category], `categories.${category}: expected "off", "info", "warning" or "error"`);
  }
}

function checkRules(fail: Fail, raw: unknown, registry: readonly Rule<object, string>[]): void {
  if (!isRecord(raw)) fail(["rules"], "rules: expected an object");
  for (const [id, setting] of Object.entries(raw)) {
    const rule = registry.find((r) => r.meta.id === id);
    if (!rule) fail(["rules", id], `rules: unknown rule "${id}"`);
    checkRuleSetting(fail, rule, setting);
  }
}

function checkGlossaries(fail: Fail, file: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.some((g) => typeof g !== "string")) fail(["glossaries"], "glossaries: expected an array of file paths");
  return (raw as string[]).map((g) => resolve(dirname(file), g));
}

/** A pattern for a key as written in the file, `"key":` (config keys need no escapes inside a JSON string). */
const keyPattern = (key: string): RegExp => new RegExp(`"${escapeRegExp(key)}"\\s*:`, "g");

/**
 * The 1-based line of the deepest key of a key path in the config text, searching each key after the
 * one before it; undefined when a key is not found (the value was not written as a plain key).
 */
function keyLine(text: string, keys: readonly string[]): number | undefined {
  let from = 0;
  for (const key of keys) {
    const pattern = keyPattern(key);
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match) return from === 0 ? undefined : positionOf(text, from).line;
    from = match.index;
  }
  return positionOf(text, from).line;
}

/**
 * Validates parsed config JSON; throws InputError naming the file and the key, and the key's line when
 * the file's text is given.
 */
export function validateConfig(raw: unknown, file: string, registry: readonly Rule<object, string>[], text?: string): Config {
  const fail: Fail = (keys, problem) => {
    const line = text === undefined || keys.length === 0 ? undefined : keyLine(text, keys);
    throw new InputError(file, problem, line === undefined ? undefined : { line });
  };
  if (!isRecord(raw)) fail([], "expected a JSON object");
  const unknown = Object.keys(raw).find((key) => !TOP_LEVEL_KEYS.includes(key));
  if (unknown) fail([unknown], `unknown key "${unknown}"`);
  checkRules(fail, raw.rules ?? {}, registry);
  checkCategories(fail, raw.categories ?? {}, registry);
  if (raw.failOn !== undefined && (!isSeveritySetting(raw.failOn) || raw.failOn === "off")) {
    fail(["failOn"], 'failOn: expected "info", "warning" or "error"');
  }
  return {
    rules: (raw.rules ?? {}) as Record<string, RuleSetting>,
    categories: (raw.categories ?? {}) as Record<string, SeveritySetting>,
    failOn: raw.failOn as Severity | undefined,
    glossaries: raw.glossaries === undefined ? [] : checkGlossaries(fail, file, raw.glossaries),
  };
}

/**
 * Reads and validates a config file. Every problem is an InputError naming the file, and the line (and
 * column, for a JSON syntax error) where it is.
 */
export function loadConfig(file: string, registry: readonly Rule<object, string>[]): Config {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new InputError(file, "is a directory, not a config file");
    text = readFileSync(file, "utf8"); // a leading BOM (editors on Windows add one) is dropped by parseJsonFile
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot read config file (${describeFsError(error) ?? String(error)})`);
  }
  return validateConfig(parseJsonFile(file, text, "config"), file, registry, text);
}

/** The nearest translint.config.json from `start` upward, or null. */
export function findConfigFile(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Parses "--rule id=severity" values; throws InputError for unknown ids or severities. */
export function parseRuleOverrides(values: readonly string[], registry: readonly Rule<object, string>[]): Record<string, SeveritySetting> {
  const overrides: Record<string, SeveritySetting> = {};
  for (const value of values) {
    const [id = "", severity = ""] = value.split("=");
    if (!registry.some((r) => r.meta.id === id)) throw new InputError("--rule", `unknown rule "${id}"`);
    if (!isSeveritySetting(severity)) throw new InputError("--rule", `"${value}": expected id=off|info|warning|error`);
    overrides[id] = severity;
  }
  return overrides;
}

function categorySetting(config: Config, category: string): SeveritySetting | undefined {
  const matches = Object.keys(config.categories).filter((c) => c === category || category.startsWith(`${c}/`));
  const mostSpecific = matches.sort((a, b) => b.length - a.length)[0];
  return mostSpecific === undefined ? undefined : config.categories[mostSpecific];
}

/** Resolves each registered rule's severity and options; rules set to "off" are left out. */
export function resolveRules(
  registry: readonly Rule<object, string>[], config: Config, overrides: Record<string, SeveritySetting> = {},
): ConfiguredRule[] {
  const configured: ConfiguredRule[] = [];
  for (const rule of registry) {
    const entry = config.rules[rule.meta.id];
    const entrySeverity = Array.isArray(entry) ? entry[0] : entry;
    const entryOptions = Array.isArray(entry) && entry.length === 2 ? entry[1] : {};
    const severity = overrides[rule.meta.id] ?? entrySeverity ?? categorySetting(config, rule.meta.category) ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    configured.push({ rule, severity, options: Object.freeze({ ...rule.defaultOptions, ...entryOptions }) });
  }
  return configured;
}
