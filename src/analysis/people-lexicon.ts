/**
 * Title and name lexicons built from the glossary (titles.json, names.json, terms.json, pairs.json) once per
 * glossary object and memoised in a WeakMap keyed by that object, never by text. The extractors in
 * people-ko.ts and people-en.ts and the comparisons in people-compare.ts read only this.
 */
import { addTo, getOrAdd } from "../text/maps.js";
import { memoizeByObject } from "../text/memo.js";
import { indexForms, type FormIndex } from "../text/forms-index.js";
import type { Glossary, GlossaryEntry } from "../types.js";

/** A title entry of titles.json as the extractors need it. */
export interface TitleInfo {
  /** The entry's ko key. */
  readonly key: string;
  /** The ko key of the unranked office at the end of the base chain (외교차관 -> 외교장관). */
  readonly root: string;
  /** Normalised ranks the title itself carries ("first-vice" -> first, vice). */
  readonly ranks: readonly string[];
  /** en and alternatives, lower-cased. */
  readonly renderings: readonly string[];
  /** The office without rank words, spelling-normalised: "vice foreign minister" -> "foreign minister". */
  readonly offices: readonly string[];
  readonly en: string;
  /** The Korean forms (ko, koAliases). */
  readonly koForms: readonly string[];
  readonly isAmbiguous: boolean;
}

/** A rank modifier word (부, 전, 대행; Vice, former, acting). */
export interface ModifierInfo {
  readonly ranks: readonly string[];
  readonly position: "prefix" | "suffix";
  readonly isAmbiguous: boolean;
}

/** A person of names.json. */
export interface PersonInfo {
  /** The person's standard English name: the identity every mention resolves to. */
  readonly en: string;
  readonly koForms: readonly string[];
  readonly enForms: readonly string[];
  readonly koShort: string | null;
  readonly enShort: string | null;
  /** Offices held, as names.json's role text, lower-cased. */
  readonly role: string;
  readonly isAmbiguous: boolean;
}

/** An English rendering of a title: which titles use it, and whether as a known wrong form. */
export interface EnglishTitleForm {
  readonly title: TitleInfo;
  readonly isVariant: boolean;
}

export interface PeopleLexicon {
  readonly titles: ReadonlyMap<string, TitleInfo>;
  /** Korean title forms (ko, koAliases), longest first. */
  readonly koTitleForms: readonly (readonly [string, TitleInfo])[];
  /** koTitleForms' forms indexed for one pass over a text. */
  readonly koTitleIndex: FormIndex;
  readonly koModifiers: ReadonlyMap<string, ModifierInfo>;
  /** English renderings by their lower-cased words joined with one space. */
  readonly enTitleForms: ReadonlyMap<string, readonly EnglishTitleForm[]>;
  readonly enTitleMaxWords: number;
  /** Every key of enTitleForms and each of its beginnings that ends before a space: a phrase outside it starts no rendering. */
  readonly enTitlePrefixes: ReadonlySet<string>;
  /** English modifier words (lower-cased, "-" and spaces folded) -> ranks. */
  readonly enModifiers: ReadonlyMap<string, ModifierInfo>;
  readonly people: readonly PersonInfo[];
  /** Korean full-name forms, longest first. */
  readonly koNames: readonly (readonly [string, PersonInfo])[];
  /** koNames' forms indexed for one pass over a text. */
  readonly koNameIndex: FormIndex;
  /** koNames by the first character of the form, in koNames order; null when some form is empty (then read koNames). */
  readonly koNamesByInitial: ReadonlyMap<string, readonly (readonly [string, PersonInfo])[]> | null;
  /** koNames by the last character of the form, in koNames order; null when some form is empty (then read koNames). */
  readonly koNamesByLast: ReadonlyMap<string, readonly (readonly [string, PersonInfo])[]> | null;
  /** English full-name forms (en, alternatives, variants), longest first. */
  readonly enNames: readonly (readonly [string, PersonInfo])[];
  /** enNames by the first character of the form, in enNames order; null when some form is empty (then read enNames). */
  readonly enNamesByInitial: ReadonlyMap<string, readonly (readonly [string, PersonInfo])[]> | null;
  /** enNames by the first two characters of the form, in enNames order; null when some form is shorter (then read enNamesByInitial). */
  readonly enNamesByPair: ReadonlyMap<string, readonly (readonly [string, PersonInfo])[]> | null;
  readonly koShort: ReadonlyMap<string, readonly PersonInfo[]>;
  readonly enShort: ReadonlyMap<string, readonly PersonInfo[]>;
  /** Korean words the glossary knows as terms, organisations, places or countries: never a personal name. */
  readonly koNotNames: ReadonlySet<string>;
  /** The English word for each rank, from the first modifier entry that has it (vice: "Vice", former: "former", elect: "-elect"). */
  readonly rankWords: ReadonlyMap<string, string>;
}

/** Ranks compared across titles, after normalisation (README "titles.json"); the rest (current, new, late, inaugural) are dropped. */
const KEPT_RANKS = new Set(["vice", "first", "second", "assistant", "senior", "former", "honorary", "standing", "co", "interim", "acting", "nominee", "elect"]);
/** Compound ranks spelled as their parts; "under" (U.S. Under Secretary) is the second tier Korean writes 차관, like vice. */
const RANK_PARTS: Readonly<Record<string, readonly string[]>> = { "first-vice": ["first", "vice"], "second-vice": ["second", "vice"], under: ["vice"] };
/** English spellings of one office word: compared as the first form. */
const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  advisor: "adviser", spokesman: "spokesperson", spokeswoman: "spokesperson", chairman: "chair", chairwoman: "chair",
  chairperson: "chair", counsellor: "counselor", defence: "defense", congressman: "representative", congresswoman: "representative",
};
/** Words that name a rank inside an English rendering ("Vice Foreign Minister"), dropped to get the office. */
const RANK_WORDS = new Set(["vice", "deputy", "first", "second", "under", "assistant", "senior", "executive", "acting", "former"]);
/** English modifiers that follow the title ("President-elect", "Defense Secretary nominee"). */
const EN_SUFFIX_MODIFIERS = new Set(["elect", "designate", "nominee"]);
/** English modifier words too common to read as a rank (a "new" minister, a "joint" statement, a "pick"). */
const EN_IGNORED_MODIFIERS = new Set(["new", "newly appointed", "joint", "pick", "permanent", "temporary", "chief", "current", "incumbent", "sitting", "founding", "inaugural", "first"]);

/** The ranks a glossary rank string stands for, normalised; unknown or dropped ranks give []. */
export function normalizeRanks(rank: unknown): string[] {
  if (typeof rank !== "string") return [];
  return (RANK_PARTS[rank] ?? [rank]).filter((r) => KEPT_RANKS.has(r));
}

/** Lower-cased words of an English phrase joined by one space ("Secretary-General" -> "secretary general"). */
export function foldPhrase(text: string): string {
  return text.toLowerCase().replace(/[-\u2010\u2011]+/g, " ").replace(/[^a-z0-9\s]/g, "").replace(/\s+/g, " ").trim();
}

/** The office a rendering names: rank words dropped and spellings normalised ("Vice Chairman" -> "chair"). */
export function officeOfPhrase(rendering: string): string {
  const words = foldPhrase(rendering).split(" ").map((w) => WORD_SYNONYMS[w] ?? w);
  let i = 0;
  while (i < words.length - 1 && RANK_WORDS.has(words[i]!)) i++;
  return words.slice(i).join(" ");
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

function rootOf(entry: GlossaryEntry, byKey: ReadonlyMap<string, GlossaryEntry>): string {
  let current = entry;
  for (let depth = 0; depth < 5 && typeof current.base === "string"; depth++) current = byKey.get(current.base) ?? current;
  return current.ko;
}

function buildTitles(entries: readonly GlossaryEntry[]): Map<string, TitleInfo> {
  const titles = entries.filter((e) => (e.kind ?? "title") === "title");
  const byKey = new Map(titles.map((e) => [e.ko, e] as const));
  const out = new Map<string, TitleInfo>();
  for (const entry of titles) {
    const renderings = [entry.en, ...strings(entry.alternatives)].map((r) => r.toLowerCase());
    const root = byKey.get(rootOf(entry, byKey))!;
    const rootRenderings = [root.en, ...strings(root.alternatives)];
    out.set(entry.ko, {
      key: entry.ko, root: root.ko, ranks: normalizeRanks(entry.rank), renderings, en: entry.en, koForms: [entry.ko, ...strings(entry.koAliases)],
      offices: [...new Set([...renderings, ...rootRenderings].map(officeOfPhrase))], isAmbiguous: entry.isAmbiguous === true,
    });
  }
  return out;
}

function buildKoForms(entries: readonly GlossaryEntry[], titles: ReadonlyMap<string, TitleInfo>): (readonly [string, TitleInfo])[] {
  const forms: (readonly [string, TitleInfo])[] = [];
  for (const entry of entries) {
    const title = titles.get(entry.ko);
    if (title) for (const form of [entry.ko, ...strings(entry.koAliases)]) forms.push([form, title]);
  }
  return forms.sort((a, b) => b[0].length - a[0].length);
}

function buildModifiers(entries: readonly GlossaryEntry[]): { ko: Map<string, ModifierInfo>; en: Map<string, ModifierInfo>; words: Map<string, string> } {
  const ko = new Map<string, ModifierInfo>();
  const en = new Map<string, ModifierInfo>();
  const words = new Map<string, string>();
  for (const entry of entries.filter((e) => e.kind === "modifier")) {
    const ranks = normalizeRanks(entry.rank);
    for (const rank of ranks) if (!words.has(rank)) words.set(rank, entry.en);
    const position = entry.position === "suffix" ? "suffix" : "prefix";
    for (const form of [entry.ko, ...strings(entry.koAliases)]) ko.set(form, { ranks, position, isAmbiguous: entry.isAmbiguous === true });
    for (const form of [entry.en, ...strings(entry.alternatives)]) {
      const folded = foldPhrase(form);
      if (ranks.length === 0 || EN_IGNORED_MODIFIERS.has(folded)) continue;
      const merged = [...new Set([...(en.get(folded)?.ranks ?? []), ...ranks])];
      en.set(folded, { ranks: merged, position: EN_SUFFIX_MODIFIERS.has(folded) ? "suffix" : "prefix", isAmbiguous: false });
    }
  }
  return { ko, en, words };
}

function buildEnForms(entries: readonly GlossaryEntry[], titles: ReadonlyMap<string, TitleInfo>): Map<string, EnglishTitleForm[]> {
  const forms = new Map<string, EnglishTitleForm[]>();
  const add = (form: string, title: TitleInfo, isVariant: boolean): void => {
    const key = foldPhrase(form);
    const list = getOrAdd(forms, key, () => []);
    if (!list.some((f) => f.title === title)) list.push({ title, isVariant });
  };
  for (const entry of entries) {
    const title = titles.get(entry.ko);
    if (!title) continue;
    for (const form of [entry.en, ...strings(entry.alternatives)]) add(form, title, false);
    for (const form of entry.variants) add(form, title, true);
  }
  return forms;
}

function toPerson(entry: GlossaryEntry): PersonInfo {
  return {
    en: entry.en,
    koForms: [entry.ko, ...strings(entry.koAliases)],
    enForms: [entry.en, ...strings(entry.alternatives), ...entry.variants],
    koShort: typeof entry.koShort === "string" ? entry.koShort : null,
    enShort: typeof entry.enShort === "string" ? entry.enShort : null,
    role: typeof entry.role === "string" ? entry.role.toLowerCase() : "",
    isAmbiguous: entry.isAmbiguous === true,
  };
}

function groupBy(people: readonly PersonInfo[], key: (p: PersonInfo) => string | null): Map<string, PersonInfo[]> {
  const out = new Map<string, PersonInfo[]>();
  for (const person of people) {
    const k = key(person);
    if (k) addTo(out, k, person);
  }
  return out;
}

function koNotNames(glossary: Glossary): Set<string> {
  const out = new Set<string>();
  for (const entry of [...(glossary.terms ?? []), ...(glossary.pairs ?? [])]) {
    for (const form of [entry.ko, ...strings(entry.koAliases)]) out.add(form);
    if (typeof entry.koFull === "string") out.add(entry.koFull);
  }
  return out;
}

/** Each key and each of its beginnings that ends right before a space. */
function keyPrefixes(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    out.add(key);
    for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1)) out.add(key.slice(0, at));
  }
  return out;
}

/** The forms grouped by keyOf(form), order kept; null when some form has no key (too short: it would start or end anywhere). */
function groupForms<T>(list: readonly (readonly [string, T])[], keyOf: (form: string) => string | null): Map<string, (readonly [string, T])[]> | null {
  const out = new Map<string, (readonly [string, T])[]>();
  for (const item of list) {
    const key = keyOf(item[0]);
    if (key === null) return null;
    addTo(out, key, item);
  }
  return out;
}

/** The forms grouped by their first `units` characters; null when a form is shorter. */
function byInitial<T>(list: readonly (readonly [string, T])[], units = 1): Map<string, (readonly [string, T])[]> | null {
  return groupForms(list, (form) => (form.length < units ? null : form.slice(0, units)));
}

/** The forms grouped by last character; null when a form is empty. */
function byLast<T>(list: readonly (readonly [string, T])[]): Map<string, (readonly [string, T])[]> | null {
  return groupForms(list, (form) => (form === "" ? null : form[form.length - 1]!));
}

function build(glossary: Glossary): PeopleLexicon {
  const entries = glossary.titles ?? [];
  const titles = buildTitles(entries);
  const modifiers = buildModifiers(entries);
  const enTitleForms = buildEnForms(entries, titles);
  const people = (glossary.names ?? []).map(toPerson);
  const byLength = <T>(list: (readonly [string, T])[]) => list.sort((a, b) => b[0].length - a[0].length);
  const enNames = byLength(people.flatMap((p) => p.enForms.map((f) => [f, p] as const)));
  const koTitleForms = buildKoForms(entries, titles);
  const koNames = byLength(people.flatMap((p) => p.koForms.map((f) => [f, p] as const)));
  return {
    titles, koTitleForms, koTitleIndex: indexForms(koTitleForms.map(([form]) => form)), koModifiers: modifiers.ko, enModifiers: modifiers.en, enTitleForms,
    enTitleMaxWords: Math.max(1, ...[...enTitleForms.keys()].map((k) => k.split(" ").length)),
    enTitlePrefixes: keyPrefixes(enTitleForms.keys()),
    people,
    koNames, koNameIndex: indexForms(koNames.map(([form]) => form)), koNamesByInitial: byInitial(koNames), koNamesByLast: byLast(koNames),
    enNames, enNamesByInitial: byInitial(enNames), enNamesByPair: byInitial(enNames, 2),
    koShort: groupBy(people, (p) => p.koShort), enShort: groupBy(people, (p) => p.enShort),
    koNotNames: koNotNames(glossary), rankWords: modifiers.words,
  };
}

/** The lexicon of a glossary, built on first use and kept while the glossary object lives (memo.ts). */
export const peopleLexicon: (glossary: Glossary) => PeopleLexicon = memoizeByObject(build);
