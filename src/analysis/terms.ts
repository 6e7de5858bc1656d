/**
 * Glossary terms (terms.json) and country pairs (pairs.json) per paragraph.
 *
 * Terms: in Korean, the entry's ko or koAliases, longest match first; in English, its en, alternatives
 * and variants, longest match first within each entry, with U.S./US and the like treated as one form.
 * A mention inside a longer mention of another entry (martial law in "emergency martial law") is dropped.
 * Pairs: see pairs.ts.
 */
import { formMatcher, isAcronym, spellingFacts, type FormMatch } from "../text/english-forms.js";
import type { NameShape } from "../text/country-names.js";
import { activeGroups, groupsByLiteral, literalId, literalIndex, type LiteralIndex } from "../text/forms-search.js";
import { memoizeByObject } from "../text/memo.js";
import type { Glossary, GlossaryEntry, Side } from "../types.js";
import { findEnglishPairs, findKoreanPairs } from "./pairs.js";

interface MentionBase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The glossary file ("terms" or "pairs"). */
  readonly glossary: string;
  /**
   * The entry's ko key. For a pair: the pairs.json key it matches (미중), else the Korean abbreviation
   * syllables of its members in the order written (미미 for "the U.S. and the U.S.").
   */
  readonly key: string;
}

/** How a term mention matched: Korean key or alias; English standard form, accepted alternative or known wrong variant. */
export type TermForm = "ko" | "alias" | "en" | "alternative" | "variant";

/** A terms.json entry found in a paragraph. */
export interface TermHit extends MentionBase {
  readonly glossary: "terms";
  readonly form: TermForm;
  /** The glossary string that matched (the Korean key or alias, or the English rendering as the glossary spells it). */
  readonly rendering: string;
  /** Korean only: the country named right before the term (미 국방부, 중국 외교부) as its entity id, else null. */
  readonly qualifier: string | null;
}

/** One member of a pair: a Korean syllable (미) or an English name (the U.S.). */
export interface PairMember {
  /** The name itself, without an article. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Entity ids the name may stand for (src/text/country-names.ts), the likeliest first. */
  readonly entities: readonly string[];
  /** English only: "the" stands right before the name. */
  readonly hasArticle: boolean;
  /** English only: the name's shape (noun, adjective, abbreviation, …); null in Korean. */
  readonly shape: NameShape | null;
}

/**
 * contraction: Korean 미중, 한·미; hyphen: English U.S.-China, Sino-US; and: "the U.S. and China";
 * between: "between the U.S. and China"; idiom: a rendering without member names ("inter-Korean", "the two Koreas").
 */
export type PairConstruction = "contraction" | "hyphen" | "and" | "between" | "idiom";

/** A country pair: a Korean contraction or an English pair of names. */
export interface PairHit extends MentionBase {
  readonly glossary: "pairs";
  readonly members: readonly PairMember[];
  readonly construction: PairConstruction;
  /** Korean: the key is a pairs.json entry (not decoded from abbreviations). English: the members match an entry. */
  readonly isListed: boolean;
  /**
   * Context shows a relation between countries: Korean 미소간, 한·미, 미중 관계; English "between …",
   * or a relation noun after the pair (U.S.-China talks).
   */
  readonly isRelational: boolean;
}

/** A glossary term (terms.json) or pair (pairs.json) found in a paragraph. */
export type TermMention = TermHit | PairHit;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly entry: GlossaryEntry;
  readonly form: TermForm;
  readonly rendering: string;
}

/** A Latin letter or digit: Latin forms in Korean text (NSC, G20) need a boundary. */
const LATIN_ALNUM = /[A-Za-z0-9]/;
/** A Hangul syllable. */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
/** The Korean word right before a term, with a particle (미국의, 중국) or without, and the gap: 미 국방부, 미국 국무부. */
const KO_QUALIFIER = /([\uAC00-\uD7A3]+?)(?:의)?\s?$/;
/** A single capitalized word form (House, Fed, Quad): matched only when capitalized in the text. */
const CAPITALIZED_WORD = /^\p{Lu}[\p{Ll}-]*$/u;
/** A word of a form: the longest, lower-cased, is a needle the text must contain before the form is looked for (EnglishForm.needles). */
const FORM_WORD = /[\p{L}\p{N}'’-]+/gu;
/** A capital first letter. */
const CAPITAL_INITIAL = /^\p{Lu}/u;

function entryStrings(entry: GlossaryEntry, side: Side): { text: string; form: TermForm }[] {
  if (side === "ko") return [{ text: entry.ko, form: "ko" }, ...((entry.koAliases as string[] | undefined) ?? []).map((text) => ({ text, form: "alias" as const }))];
  return [
    { text: entry.en, form: "en" },
    ...((entry.alternatives as string[] | undefined) ?? []).map((text) => ({ text, form: "alternative" as const })),
    ...entry.variants.map((text) => ({ text, form: "variant" as const })),
  ];
}

/** A Korean form of a terms.json entry (its ko or an alias), with its place in the glossary's literal index. */
interface KoreanForm {
  readonly text: string;
  readonly form: TermForm;
  readonly id: number;
  /** Latin forms in Korean text (NSC, G20) need a boundary. */
  readonly isLatin: boolean;
}

/** An English form of a terms.json entry, prepared once per glossary: its cheap pre-test words and its pattern. */
interface EnglishForm {
  readonly text: string;
  readonly form: TermForm;
  /**
   * Indices in the glossary's needle index of the lower-cased words one of which a text must contain for the
   * form to occur: the form's longest word, and when that is an abbreviation (US) every spelling of its sets
   * (U.S.), which the pattern also matches.
   */
  readonly needles: readonly number[];
  readonly mustCapitalize: boolean;
  /**
   * Finds the form (a plural s after a final letter; case-insensitive unless an acronym), built on first use:
   * most forms never occur in a given text.
   */
  readonly find: () => (text: string) => FormMatch[];
}

/** A glossary's terms with their forms on one side, and the index that tells which forms (Korean) or needles (English) a text contains. */
interface PreparedTerms<F> {
  readonly index: LiteralIndex;
  readonly entries: readonly { readonly entry: GlossaryEntry; readonly forms: readonly F[] }[];
  /** For each literal of the index, the entries (indices in `entries`) that have a form it can find. */
  readonly owners: readonly (readonly number[])[];
}

/** The value, computed on first call. */
function once<T>(compute: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= compute());
}

/**
 * Korean qualifier word (미, 미국) → the entity of the first abbreviation entry that spells it so (its koFull or
 * ko, first entry first), once per glossary object (src/text/memo.ts).
 */
const qualifierCountries = memoizeByObject((glossary: Glossary): ReadonlyMap<string, string> => {
  const countries = new Map<string, string>();
  for (const e of glossary.pairs ?? []) {
    if (e.kind !== "abbreviation") continue;
    for (const word of [e.koFull, e.ko]) if (typeof word === "string" && !countries.has(word)) countries.set(word, e.en);
  }
  return countries;
});

/** The glossary's prepared terms from its entries' forms, given the literal ids each form needs. */
function prepared<F>(ids: ReadonlyMap<string, number>, entries: PreparedTerms<F>["entries"], literalsOf: (form: F) => readonly number[]): PreparedTerms<F> {
  const owners = groupsByLiteral(ids.size, entries.map(({ forms }) => forms.flatMap(literalsOf)));
  return { index: literalIndex([...ids.keys()]), entries, owners };
}

/** The glossary's terms with their Korean forms, prepared once per glossary object (src/text/memo.ts). */
const prepareKorean = memoizeByObject((glossary: Glossary): PreparedTerms<KoreanForm> => {
  const ids = new Map<string, number>();
  const entries = (glossary.terms ?? []).map((entry) => ({
    entry, forms: entryStrings(entry, "ko").map(({ text, form }) => ({ text, form, id: literalId(ids, text), isLatin: LATIN_ALNUM.test(text) })),
  }));
  return prepared(ids, entries, (form) => [form.id]);
});

/** The glossary's terms with their English forms, prepared once per glossary object (src/text/memo.ts). */
const prepareEnglish = memoizeByObject((glossary: Glossary): PreparedTerms<EnglishForm> => {
  const facts = spellingFacts(glossary);
  const ids = new Map<string, number>();
  const entries = (glossary.terms ?? []).map((entry) => {
    const forms: EnglishForm[] = [];
    for (const { text: form, form: kind } of entryStrings(entry, "en")) {
      const longest = (form.toLowerCase().match(FORM_WORD) ?? []).sort((a, b) => b.length - a.length)[0];
      if (longest === undefined) continue;
      const twins = facts.abbreviations.filter((set) => set.some((m) => m.toLowerCase() === longest)).flat();
      forms.push({
        text: form, form: kind, needles: [...new Set([longest, ...twins.map((m) => m.toLowerCase())])].map((needle) => literalId(ids, needle)),
        mustCapitalize: CAPITALIZED_WORD.test(form), find: once(() => formMatcher(form, facts, isAcronym(form))),
      });
    }
    return { entry, forms };
  });
  return prepared(ids, entries, (form) => form.needles);
});

function koreanCandidates(text: string, entry: GlossaryEntry, forms: readonly KoreanForm[], seen: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  for (const { text: form, form: kind, id, isLatin } of forms) {
    if (seen[id] === 0) continue;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (isLatin && (LATIN_ALNUM.test(text[at - 1] ?? "") || LATIN_ALNUM.test(text[end] ?? ""))) continue;
      found.push({ start: at, end, entry, form: kind, rendering: form });
    }
  }
  return found;
}

function englishCandidates(text: string, entry: GlossaryEntry, forms: readonly EnglishForm[], seen: Uint8Array): Candidate[] {
  const found: Candidate[] = [];
  for (const { text: form, form: kind, needles, mustCapitalize, find } of forms) {
    if (!needles.some((needle) => seen[needle] === 1)) continue;
    for (const { start, end } of find()(text)) {
      if (mustCapitalize && !CAPITAL_INITIAL.test(text.slice(start, end))) continue;
      found.push({ start, end, entry, form: kind, rendering: form });
    }
  }
  return found;
}

/** Longest first, then leftmost; keeps only candidates that overlap no kept one. */
function longestFirst(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept;
}

/** Drops mentions strictly inside a longer mention of another entry. */
function dropNested(candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => !candidates.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start));
}

/** The entity of the country named right before a Korean term (미 국방부 → United States), else null. */
function koreanQualifier(text: string, start: number, countries: ReadonlyMap<string, string>): string | null {
  const before = KO_QUALIFIER.exec(text.slice(Math.max(0, start - 8), start));
  const word = before?.[1];
  if (!word) return null;
  const wordStart = start - before[0].length;
  if (wordStart > 0 && HANGUL_SYLLABLE.test(text[wordStart - 1] ?? "")) return null;
  // a false qualifier only splits a term's mentions into two groups, so any abbreviation syllable is taken
  return countries.get(word) ?? null;
}

/** A candidate as a mention; `countries` (Korean only) finds its qualifier. */
function toHit(c: Candidate, text: string, countries: ReadonlyMap<string, string> | null): TermHit {
  return {
    start: c.start, end: c.end, text: text.slice(c.start, c.end), glossary: "terms", key: c.entry.ko,
    form: c.form, rendering: c.rendering, qualifier: countries ? koreanQualifier(text, c.start, countries) : null,
  };
}

/**
 * Candidates of every entry whose forms the text may contain, in glossary order; `perEntry` turns one entry's
 * candidates into the kept ones. Entries none of whose literals occur are skipped: they find nothing.
 */
function allCandidates<F>(terms: PreparedTerms<F>, seen: Uint8Array, find: (entry: GlossaryEntry, forms: readonly F[]) => Candidate[], perEntry: (c: Candidate[]) => Candidate[]): Candidate[] {
  const isActive = activeGroups(seen, terms.owners, terms.entries.length);
  const all: Candidate[] = [];
  for (let e = 0; e < isActive.length; e++) {
    if (isActive[e] === 0) continue;
    const { entry, forms } = terms.entries[e]!;
    const found = find(entry, forms);
    if (found.length > 0) all.push(...perEntry(found));
  }
  return all;
}

/** Finds glossary terms (Korean side: by ko/koAliases; English side: by en/alternatives/variants). */
export function findTerms(text: string, side: Side, glossary: Glossary): TermMention[] {
  let candidates: Candidate[];
  if (side === "ko") {
    const terms = prepareKorean(glossary);
    const seen = terms.index.occurring(text);
    candidates = longestFirst(allCandidates(terms, seen, (entry, forms) => koreanCandidates(text, entry, forms, seen), (c) => c));
  } else {
    const terms = prepareEnglish(glossary);
    const seen = terms.index.occurring(text.toLowerCase());
    candidates = dropNested(allCandidates(terms, seen, (entry, forms) => englishCandidates(text, entry, forms, seen), longestFirst));
  }
  const countries = side === "ko" ? qualifierCountries(glossary) : null;
  return candidates.sort((a, b) => a.start - b.start || a.end - b.end).map((c) => toHit(c, text, countries));
}

/** Finds country-pair contractions (Korean) and country pairs (English: "the U.S. and China", "US-China"). */
export function findPairs(text: string, side: Side, glossary: Glossary): TermMention[] {
  return side === "ko" ? findKoreanPairs(text, glossary) : findEnglishPairs(text, glossary);
}
