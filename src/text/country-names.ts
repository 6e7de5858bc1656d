/**
 * Country names for pair checks, built from the pairs glossary (rules/glossary/pairs.json): which English
 * names and Korean abbreviation syllables stand for which country. A country ("entity") is named by the
 * standard English name of its abbreviation entry (미 → "United States"); 한 and 남 share "South Korea",
 * 불 and 프 share "France". Pair members with no abbreviation (ASEAN) become entities of their own.
 */
import { literalIndex, type LiteralIndex } from "./forms-search.js";
import { memoizeByObject } from "./memo.js";
import type { Glossary, GlossaryEntry } from "../types.js";

/** One country or bloc and every name the glossary gives it. */
export interface CountryEntity {
  readonly id: string;
  /** English names: standard first, then short forms, adjectives, capital metonyms. */
  readonly names: readonly string[];
  /** Korean one-syllable abbreviations (미, 중, …). */
  readonly syllables: readonly string[];
  /** Full Korean names (미국, 중국, …). */
  readonly koNames: readonly string[];
}

export interface CountryLexicon {
  readonly entities: ReadonlyMap<string, CountryEntity>;
  /** English name (case-sensitive) → ids of the entities it may name, the likeliest first. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  /** Korean abbreviation syllable → entity id. */
  readonly bySyllable: ReadonlyMap<string, string>;
  /** The kind "pair" entries of the glossary. */
  readonly pairs: readonly GlossaryEntry[];
}

/** What an English country name is, judged by its shape; decides how a pair is read and rebuilt. */
export type NameShape = "abbreviation" | "adjective" | "combining" | "either" | "noun";

/** Initialisms with or without periods: U.S., US, USSR, ROK, U.K. */
const ABBREVIATION_SHAPE = /^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$/;
/** Demonyms and adjectives: American, German, Korean, Russian, Chinese, British, French, Israeli (not Japan, Taiwan, Hanoi). */
const ADJECTIVE_SHAPE = /(?:ian|ean|can|man|ese|ish|ch|li|qi|ani)$/;
/** Combining forms that stand only before a hyphen (Sino-U.S., Franco-German, Anglo-American, Russo-Japanese). */
const COMBINING_FORMS = new Set(["Sino", "Franco", "Anglo", "Russo", "Indo", "Italo", "Greco"]);
/** Names used both as noun and as adjective without change (Soviet officials, the Soviets). */
const EITHER_FORMS = new Set(["Soviet", "Qing"]);
/** A Latin letter or digit next to a name means it is part of a longer word (Koreans, Chinatown). */
const LATIN_ALNUM = /[A-Za-z0-9]/;
/** A hyphen or en dash, the only thing a combining form (Sino) may stand before. */
const DASH = /^[-–]$/;
/** A capitalized name; lower-case pair members (ruling party, opposition) are not country names. */
const PROPER_NAME = /^\p{Lu}/u;
/** Full names that take "the" in running text. */
const NEEDS_ARTICLE = /^(?:United |Soviet Union$|Republic of |People's Republic|(?:[A-Z]\.){2,}$|USSR$|ROK$|DPRK$|PRC$|EU$|UK$|US$|UN$)/;

/** The shape of an English country name. */
export function nameShape(name: string): NameShape {
  if (COMBINING_FORMS.has(name)) return "combining";
  if (EITHER_FORMS.has(name)) return "either";
  if (ABBREVIATION_SHAPE.test(name)) return "abbreviation";
  return ADJECTIVE_SHAPE.test(name) ? "adjective" : "noun";
}

/** True when a country name takes "the" as a noun (the United States, the U.S., the Soviet Union). */
export function needsArticle(name: string): boolean {
  return NEEDS_ARTICLE.test(name);
}

interface Draft { id: string; names: string[]; syllables: string[]; koNames: string[] }

function addName(byName: Map<string, string[]>, name: string, id: string): void {
  const ids = byName.get(name) ?? [];
  if (!ids.includes(id)) ids.push(id);
  byName.set(name, ids);
}

function addAbbreviation(drafts: Map<string, Draft>, entry: GlossaryEntry): void {
  const draft = drafts.get(entry.en) ?? { id: entry.en, names: [], syllables: [], koNames: [] };
  const forms = (entry.forms as readonly string[] | undefined) ?? [entry.en];
  for (const name of forms) if (!draft.names.includes(name)) draft.names.push(name);
  draft.syllables.push(entry.ko);
  if (typeof entry.koFull === "string" && !draft.koNames.includes(entry.koFull)) draft.koNames.push(entry.koFull);
  drafts.set(entry.en, draft);
}

/** Entity id of a pair member list: the entity one of its names already belongs to, else its first name. */
function memberEntity(drafts: Map<string, Draft>, names: readonly string[]): Draft {
  const first = names[0] ?? "";
  const owner = drafts.get(first) ?? [...drafts.values()].find((d) => d.names[0] === first);
  if (owner) return owner;
  const draft: Draft = { id: first, names: [], syllables: [], koNames: [] };
  drafts.set(first, draft);
  return draft;
}

/** Builds the lexicon from the glossary's pairs list (abbreviations first, then pair members). */
function buildCountryLexicon(glossary: Glossary): CountryLexicon {
  const entries = glossary.pairs ?? [];
  const drafts = new Map<string, Draft>();
  for (const entry of entries.filter((e) => e.kind === "abbreviation")) addAbbreviation(drafts, entry);
  const pairs = entries.filter((e) => e.kind !== "abbreviation" && Array.isArray(e.members));
  for (const pair of pairs) {
    for (const names of pair.members as readonly (readonly string[])[]) {
      const draft = memberEntity(drafts, names);
      for (const name of names) if (!draft.names.includes(name)) draft.names.push(name);
    }
  }
  const byName = new Map<string, string[]>();
  const bySyllable = new Map<string, string>();
  const ordered = [...drafts.values()];
  // a name belongs first to the entity that lists it earliest (China: 중 before 청; Moscow: 러 before 소)
  const rank = (d: Draft, name: string) => d.names.indexOf(name);
  for (const name of new Set(ordered.flatMap((d) => d.names))) {
    for (const d of ordered.filter((x) => x.names.includes(name)).sort((a, b) => rank(a, name) - rank(b, name))) addName(byName, name, d.id);
  }
  for (const d of ordered) for (const s of d.syllables) if (!bySyllable.has(s)) bySyllable.set(s, d.id);
  return { entities: new Map(ordered.map((d) => [d.id, d])), byName, bySyllable, pairs };
}

/**
 * The glossary's lexicon, built once per glossary object (src/text/memo.ts) and shared by the analysis and the
 * rules, so that what is indexed per lexicon (searchOrder, the Korean contractions) is indexed once too.
 */
export const countryLexicon = memoizeByObject(buildCountryLexicon);

/** The entity ids of a pair entry's members, in Korean order. */
export function pairMemberEntities(lexicon: CountryLexicon, pair: GlossaryEntry): string[][] {
  return (pair.members as readonly (readonly string[])[]).map((names) => {
    const first = names[0] ?? "";
    return [...(lexicon.byName.get(first) ?? [first])].slice(0, 1);
  });
}

/** A country name found in English text. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly ids: readonly string[];
}

function isNameBoundary(text: string, start: number, end: number, name: string): boolean {
  if (LATIN_ALNUM.test(text[start - 1] ?? "") || LATIN_ALNUM.test(text[end] ?? "")) return false;
  if (text[end] === "$") return false; // US$, a currency sign, not the country
  return nameShape(name) !== "combining" || DASH.test(text[end] ?? "");
}

/** Each lexicon's capitalized names, longest first, indexed once per lexicon (src/text/memo.ts): rules look for country names in every paragraph. */
const searchOrder = memoizeByObject((lexicon: CountryLexicon): LiteralIndex =>
  literalIndex([...lexicon.byName.keys()].filter((n) => PROPER_NAME.test(n)).sort((a, b) => b.length - a.length)));

/** Every capitalized country name of the lexicon in English text, longest first and not overlapping, in text order. */
export function findCountryNames(text: string, lexicon: CountryLexicon): NameSpan[] {
  const index = searchOrder(lexicon);
  const seen = index.occurring(text);
  const taken = new Uint8Array(text.length);
  const spans: NameSpan[] = [];
  for (let i = 0; i < seen.length; i++) {
    if (seen[i] === 0) continue;
    const name = index.literals[i]!;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (taken.subarray(at, end).includes(1) || !isNameBoundary(text, at, end, name)) continue;
      taken.fill(1, at, end);
      spans.push({ start: at, end, ids: lexicon.byName.get(name) ?? [] });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
