/**
 * Configuration: rule severities and options from a JSON file and the command line, validated before
 * any rule runs. Precedence, lowest first: meta.defaultSeverity, category, rule entry, --rule id=severity.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { ConfiguredRule } from "./engine.js";
import { InputError } from "./errors.js";
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

function checkOptions(file: string, rule: Rule<object, string>, options: Record<string, unknown>): void {
  const defaults = rule.defaultOptions as Record<string, unknown>;
  for (const [key, value] of Object.entries(options)) {
    if (!(key in defaults)) throw new InputError(file, `rules.${rule.meta.id}: unknown option "${key}"`);
    const expected = Array.isArray(defaults[key]) ? "array" : typeof defaults[key];
    const actual = Array.isArray(value) ? "array" : typeof value;
    if (expected !== actual) throw new InputError(file, `rules.${rule.meta.id}.${key}: expected ${expected}, got ${actual}`);
  }
}

function checkRuleSetting(file: string, rule: Rule<object, string>, setting: unknown): void {
  const id = rule.meta.id;
  if (isSeveritySetting(setting)) return;
  if (!Array.isArray(setting) || setting.length < 1 || setting.length > 2 || !isSeveritySetting(setting[0])) {
    throw new InputError(file, `rules.${id}: expected "off", "info", "warning", "error" or [severity, options]`);
  }
  if (setting.length === 2) {
    if (!isRecord(setting[1])) throw new InputError(file, `rules.${id}: options must be an object`);
    checkOptions(file, rule, setting[1]);
  }
}

function checkCategories(file: string, raw: unknown, registry: readonly Rule<object, string>[]): void {
  if (!isRecord(raw)) throw new InputError(file, "categories: expected an object");
  const known = new Set(registry.map((r) => r.meta.category));
  for (const [category, setting] of Object.entries(raw)) {
    const matches = [...known].some((k) => k === category || k.startsWith(`${category}/`));
    if (!matches) throw new InputError(file, `categories: unknown category "${category}"`);
    if (!isSeveritySetting(setting)) throw new InputError(file, `categories.${category}: expected "off", "info", "warning" or "error"`);
  }
}

function checkRules(file: string, raw: unknown, registry: readonly Rule<object, string>[]): void {
  if (!isRecord(raw)) throw new InputError(file, "rules: expected an object");
  for (const [id, setting] of Object.entries(raw)) {
    const rule = registry.find((r) => r.meta.id === id);
    if (!rule) throw new InputError(file, `rules: unknown rule "${id}"`);
    checkRuleSetting(file, rule, setting);
  }
}

function checkGlossaries(file: string, raw: unknown): string[] {
  if (!Array.isArray(raw) || raw.some((g) => typeof g !== "string")) throw new InputError(file, "glossaries: expected an array of file paths");
  return raw.map((g: string) => resolve(dirname(file), g));
}

/** Validates parsed config JSON; throws InputError naming the file and the key. */
export function validateConfig(raw: unknown, file: string, registry: readonly Rule<object, string>[]): Config {
  if (!isRecord(raw)) throw new InputError(file, "expected a JSON object");
  const unknown = Object.keys(raw).find((key) => !TOP_LEVEL_KEYS.includes(key));
  if (unknown) throw new InputError(file, `unknown key "${unknown}"`);
  checkRules(file, raw.rules ?? {}, registry);
  checkCategories(file, raw.categories ?? {}, registry);
  if (raw.failOn !== undefined && (!isSeveritySetting(raw.failOn) || raw.failOn === "off")) {
    throw new InputError(file, 'failOn: expected "info", "warning" or "error"');
  }
  return {
    rules: (raw.rules ?? {}) as Record<string, RuleSetting>,
    categories: (raw.categories ?? {}) as Record<string, SeveritySetting>,
    failOn: raw.failOn as Severity | undefined,
    glossaries: raw.glossaries === undefined ? [] : checkGlossaries(file, raw.glossaries),
  };
}

/** Reads and validates a config file. */
export function loadConfig(file: string, registry: readonly Rule<object, string>[]): Config {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InputError(file, "cannot read config file");
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return validateConfig(raw, file, registry);
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
