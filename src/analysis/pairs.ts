/**
 * Country pairs per paragraph, from the pairs glossary (rules/glossary/pairs.json).
 *
 * Korean: a contraction (미중, 한·미·일, 미-러); see src/text/korean-contractions.ts.
 * English: country names joined by a hyphen or en dash (U.S.-China, Sino-US), listed with "and"
 * ("the U.S. and China", "between Seoul and Tokyo"), or an idiom a pair entry lists without names
 * ("inter-Korean", "the two Koreas"). Names inside longer proper names (Korea Herald, North America,
 * George Washington) and attributive uses ("the U.S. and U.S. allies") are not pair members.
 */
import { countryLexicon, findCountryNames, nameShape, pairMemberEntities, type CountryLexicon, type NameShape } from "../text/country-names.js";
import { escapeRegExp } from "../text/english-forms.js";
import { literalIndex, type LiteralIndex } from "../text/forms-search.js";
import { findContractions } from "../text/korean-contractions.js";
import { addTo } from "../text/maps.js";
import { memoizeByObject } from "../text/memo.js";
import type { Glossary, GlossaryEntry } from "../types.js";
import type { PairConstruction, PairHit, PairMember } from "./terms.js";

/** A hyphen or en dash joining the names of an English compound (U.S.-China, US–Soviet). */
const COMPOUND_DASH = /^[-–]$/;
/** Words after an English pair that show a relation between the countries (U.S.-China talks, Seoul-Tokyo ties). */
const RELATION_NOUNS = new Set([
  "relations", "relationship", "ties", "talks", "summit", "summits", "alliance", "trade", "war", "wars", "tension",
  "tensions", "cooperation", "rivalry", "agreement", "agreements", "accord", "treaty", "dialogue", "negotiations",
  "negotiation", "meeting", "meetings", "conflict", "border", "deal", "pact", "partnership", "détente", "detente",
  "fta", "exercises", "drills", "competition", "standoff", "dispute", "disputes", "forum", "conference", "friendship",
  "rapprochement", "split", "axis", "consultations", "hotline", "normalization", "confrontation", "rift", "feud",
]);
/** How many words after an English compound a relation noun may stand (U.S.-China high-level military talks). */
const RELATION_WINDOW = 4;
/** Capitalized words that start a sentence or a phrase, not a longer proper name (In Seoul, Both China). */
const PHRASE_WORDS = new Set([
  "The", "A", "An", "In", "At", "On", "Both", "Between", "And", "But", "For", "From", "To", "With", "By", "As", "If",
  "While", "When", "After", "Before", "Since", "Unlike", "Like", "Of", "Meanwhile", "Also", "Then", "Yet", "So",
  "Neither", "Either", "Under", "Over", "Amid", "Despite", "During", "Including", "Only", "Even", "Against", "Toward",
  "Towards", "Across", "Into", "Than", "Or", "Nor", "That", "Which", "Where", "Although", "Though", "Because", "Until",
]);
/** Capitalized words after a name that do not make it part of a longer name (China and Japan Monday). */
const DATE_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b/;
/** Bare compass names: "South-South cooperation" is a term of its own, not a self pair. */
const COMPASS_NAME = /^(?:North|South)$/;
/** The gap between two names of a list before the last one: ", ". */
const LIST_GAP = /^,\s+$/;
/** The gap before the last name of a list: " and ", ", and " or " & ". */
const AND_GAP = /^,?\s+(?:and|&)\s+$/;
/** "between" right before a pair. */
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** "the" right before a name. */
const ARTICLE_BEFORE = /\b[Tt]he\s+$/;
/** A capitalized word and "of" right before a name, which make it part of a longer name: Republic of China, Bank of Korea. */
const OF_BEFORE = /\p{Lu}[\p{L}.]*\s+of\s+$/u;
/** A possessive after a name: China's, Koreas'. */
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
/** A capitalized word right after a name, which makes the name part of a longer one (Korea Herald). */
const CAPITALIZED_AFTER = /^ (\p{Lu}[\p{L}.]*)/u;
/** A capitalized word right before a name (George Washington, Latin America). */
const CAPITALIZED_BEFORE = /(\p{Lu}[\p{L}.]*) $/u;
/** A name that is part of a hyphenated word (U.S.-led, anti-American, Korean-Americans); compounds of two names are found first. */
const MODIFIER_AFTER = /^[-–]\p{L}/u;
/** A name that is the second half of a hyphenated word (anti-American, pro-China). */
const MODIFIER_BEFORE = /\p{L}[-–]$/u;
/** The end of a sentence, after which a capitalized word is just the first word. */
const SENTENCE_END = /[.!?]\s*$/;
/** A lower-case word right after a name: "U.S. allies" uses U.S. as a modifier. */
const LOWER_WORD_AFTER = /^ \p{Ll}/u;
/** The words after a compound, up to the end of the clause. */
const CLAUSE_WORDS = /[\p{L}\p{N}'’-]+/gu;
/** Where a clause ends. */
const CLAUSE_END = /[.,;:!?()“”"]/;


interface NameHit {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly ids: readonly string[];
  readonly shape: NameShape;
  /** Start of "the" before the name, else the name's start. */
  readonly spanStart: number;
  readonly hasArticle: boolean;
  readonly isPossessive: boolean;
  /** Part of a longer proper name or of a hyphenated modifier: not a pair member on its own. */
  readonly isNamePart: boolean;
}

function isNamePart(text: string, start: number, end: number, shape: NameShape): boolean {
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 30), start);
  if (MODIFIER_AFTER.test(after) || MODIFIER_BEFORE.test(before)) return true;
  const next = CAPITALIZED_AFTER.exec(after)?.[1];
  if (shape !== "adjective" && next !== undefined && !DATE_WORD.test(next)) return true;
  const previous = CAPITALIZED_BEFORE.exec(before)?.[1];
  return previous !== undefined && !PHRASE_WORDS.has(previous) && !SENTENCE_END.test(before.slice(0, -previous.length - 1));
}

function annotate(text: string, start: number, end: number, lexicon: CountryLexicon): NameHit {
  const name = text.slice(start, end);
  const shape = nameShape(name);
  const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  return {
    start, end, name, ids: lexicon.byName.get(name) ?? [], shape,
    spanStart: article ? start - article[0].length : start, hasArticle: article !== null,
    isPossessive: POSSESSIVE_AFTER.test(text.slice(end)), isNamePart: isNamePart(text, start, end, shape),
  };
}

/** Every country name in the text, with what decides whether it can be a pair member. */
function findNameHits(text: string, lexicon: CountryLexicon): NameHit[] {
  return findCountryNames(text, lexicon).map((s) => annotate(text, s.start, s.end, lexicon));
}

function toMember(hit: NameHit): PairMember {
  return { start: hit.start, end: hit.end, text: hit.name, entities: hit.ids, hasArticle: hit.hasArticle, shape: hit.shape };
}

/** The syllable that abbreviates an entity (United States → 미), or the entity id when it has none. */
function syllableOf(lexicon: CountryLexicon, id: string | undefined): string {
  return (id === undefined ? undefined : lexicon.entities.get(id)?.syllables[0]) ?? id ?? "?";
}

/** The pairs.json entry whose members are these entities (same order first), else null. */
function listedEntry(lexicon: CountryLexicon, ids: readonly string[]): GlossaryEntry | null {
  const sorted = [...ids].sort().join("|");
  const candidates = lexicon.pairs.filter((p) => pairMemberEntities(lexicon, p).map((m) => m[0]).sort().join("|") === sorted);
  return candidates.find((p) => pairMemberEntities(lexicon, p).map((m) => m[0]).join("|") === ids.join("|")) ?? candidates[0] ?? null;
}

function englishHit(text: string, start: number, members: PairMember[], construction: PairConstruction, isRelational: boolean, lexicon: CountryLexicon): PairHit {
  const ids = members.map((m) => m.entities[0] ?? m.text);
  const entry = listedEntry(lexicon, ids);
  const end = members[members.length - 1]!.end;
  const key = entry?.ko ?? ids.map((id) => syllableOf(lexicon, id)).join("");
  return { start, end, text: text.slice(start, end), glossary: "pairs", key, members, construction, isListed: entry !== null, isRelational };
}

/** True when a relation noun follows within a few words, in the same clause (U.S.-China military talks). */
function isRelationAfter(text: string, end: number): boolean {
  const rest = text.slice(end, end + 80);
  const clause = rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
  const words = (clause.match(CLAUSE_WORDS) ?? []).slice(0, RELATION_WINDOW);
  return words.some((w) => RELATION_NOUNS.has(w.toLowerCase()));
}

/** Hyphen or dash compounds of names (U.S.-China, South Korea-U.S.-Japan), as runs of name indices. */
function compoundRuns(text: string, hits: readonly NameHit[]): number[][] {
  const runs: number[][] = [];
  for (let k = 0; k < hits.length; k++) {
    const run = [k];
    while (run.length > 0) {
      const a = hits[run[run.length - 1]!]!;
      const b = hits[run[run.length - 1]! + 1];
      if (!b || b.start !== a.end + 1 || !COMPOUND_DASH.test(text[a.end] ?? "")) break;
      run.push(run[run.length - 1]! + 1);
    }
    const last = hits[run[run.length - 1]!]!;
    if (run.length >= 2 && last.shape !== "combining") runs.push(run);
    k = run[run.length - 1]!;
  }
  return runs.filter((run) => !run.every((i) => COMPASS_NAME.test(hits[i]!.name) && hits[i]!.name === hits[run[0]!]!.name));
}

/** Whether names listed with "and" can be one pair: same part of speech, none attributive or inside a longer name. */
function isListPair(text: string, list: readonly NameHit[]): boolean {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  if (list.some((h) => h.isNamePart || h.shape === "combining") || OF_BEFORE.test(text.slice(Math.max(0, first.spanStart - 30), first.spanStart))) return false;
  if (last.isPossessive && !first.isPossessive) return false;
  const kinds = new Set(list.map((h) => (h.hasArticle || h.shape === "noun" ? "noun" : h.shape === "adjective" ? "adjective" : "either")));
  if (kinds.has("noun") && kinds.has("adjective")) return false;
  const isAttributive = !last.hasArticle && (last.shape === "abbreviation" || last.shape === "either") && LOWER_WORD_AFTER.test(text.slice(last.end, last.end + 2));
  return !(isAttributive && list.some((h) => h.hasArticle) && !isRelationAfter(text, last.end));
}

/** Names listed with commas and "and" (the U.S., Japan and South Korea), as runs of name indices. */
function listRuns(text: string, hits: readonly NameHit[], inCompound: ReadonlySet<number>): number[][] {
  const runs: number[][] = [];
  for (let k = 0; k < hits.length; k++) {
    if (inCompound.has(k)) continue;
    const run = [k];
    let j = k + 1;
    while (j < hits.length && !inCompound.has(j) && LIST_GAP.test(text.slice(hits[j - 1]!.end, hits[j]!.spanStart))) run.push(j++);
    if (j < hits.length && !inCompound.has(j) && AND_GAP.test(text.slice(hits[j - 1]!.end, hits[j]!.spanStart))) {
      run.push(j);
      if (isListPair(text, run.map((i) => hits[i]!))) runs.push(run);
      k = j;
    }
  }
  return runs;
}

/**
 * A lower-cased rendering of pair entries, the entries it renders, and once first seen in a text whether
 * it is an idiom (names one set of countries and fewer than two countries) and its pattern.
 */
interface IdiomForm {
  readonly form: string;
  readonly entries: readonly GlossaryEntry[];
  /** undefined until the form first occurs in a text; null when it is not an idiom. */
  idiom?: { readonly entry: GlossaryEntry; readonly pattern: RegExp } | null;
}

/**
 * The renderings of pair entries that can be idioms, in the order entries list them, with an index of them,
 * prepared once per lexicon (src/text/memo.ts): preparing them per paragraph cost more than finding them.
 * Whether a rendering is an idiom is decided the first time it occurs in a text, so a short article does
 * not pay for the hundreds of renderings it never uses.
 */
const idiomsOf = memoizeByObject((lexicon: CountryLexicon): { readonly forms: readonly IdiomForm[]; readonly index: LiteralIndex } => {
  const owners = new Map<string, GlossaryEntry[]>();
  for (const entry of lexicon.pairs) {
    for (const form of [entry.en, ...((entry.alternatives as string[] | undefined) ?? [])]) {
      const key = form.toLowerCase();
      addTo(owners, key, entry);
    }
  }
  const forms: IdiomForm[] = [...owners].map(([form, entries]) => ({ form, entries }));
  return { forms, index: literalIndex(forms.map((f) => f.form)) };
});

/** A rendering is an idiom when it names one set of countries (inter-Korean: 남북 and 북남 alike) and fewer than two countries. */
function idiomOf(form: IdiomForm, lexicon: CountryLexicon): { readonly entry: GlossaryEntry; readonly pattern: RegExp } | null {
  if (form.idiom !== undefined) return form.idiom;
  const sets = new Set(form.entries.map((e) => pairMemberEntities(lexicon, e).map((m) => m[0]).sort().join("|")));
  const isIdiom = sets.size <= 1 && findNameHits(form.form, lexicon).filter((h) => !h.isNamePart).length < 2;
  form.idiom = isIdiom ? { entry: form.entries[0]!, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form.form)}(?![\\p{L}\\p{N}])`, "giu") } : null;
  return form.idiom;
}

/** Renderings of a pair entry that name no country ("inter-Korean", "two Koreas"), with the entry they belong to. */
function findIdioms(text: string, lexicon: CountryLexicon): PairHit[] {
  const { forms, index } = idiomsOf(lexicon);
  const seen = index.occurring(text.toLowerCase());
  const hits: PairHit[] = [];
  for (let i = 0; i < forms.length; i++) {
    if (seen[i] === 0) continue;
    const idiom = idiomOf(forms[i]!, lexicon);
    if (!idiom) continue;
    const { entry, pattern } = idiom;
    for (const m of text.matchAll(pattern)) {
      const members = pairMemberEntities(lexicon, entry).map((ids) => ({ start: m.index, end: m.index + m[0].length, text: m[0], entities: ids, hasArticle: false, shape: null }));
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], glossary: "pairs", key: entry.ko, members, construction: "idiom", isListed: true, isRelational: true });
    }
  }
  return hits;
}

/** English country pairs in one paragraph: compounds, "and" lists and idioms, in text order. */
export function findEnglishPairs(text: string, glossary: Glossary): PairHit[] {
  const lexicon = countryLexicon(glossary);
  const hits = findNameHits(text, lexicon);
  const compounds = compoundRuns(text, hits);
  const inCompound = new Set(compounds.flat());
  const pairs: PairHit[] = compounds.map((run) => {
    const members = run.map((i) => toMember(hits[i]!));
    return englishHit(text, members[0]!.start, members, "hyphen", isRelationAfter(text, members[members.length - 1]!.end), lexicon);
  });
  for (const run of listRuns(text, hits, inCompound)) {
    const first = hits[run[0]!]!;
    const isBetween = BETWEEN_BEFORE.test(text.slice(Math.max(0, first.spanStart - 10), first.spanStart));
    pairs.push(englishHit(text, first.spanStart, run.map((i) => toMember(hits[i]!)), isBetween ? "between" : "and", isBetween, lexicon));
  }
  const overlaps = (a: PairHit, b: PairHit) => a.start < b.end && b.start < a.end;
  const idioms = findIdioms(text, lexicon)
    .filter((idiom, _, all) => !pairs.some((p) => overlaps(p, idiom)) && !all.some((o) => o !== idiom && overlaps(o, idiom) && o.end - o.start > idiom.end - idiom.start));
  return [...pairs, ...idioms].sort((a, b) => a.start - b.start);
}

/** Korean country-pair contractions in one paragraph. */
export function findKoreanPairs(text: string, glossary: Glossary): PairHit[] {
  return findContractions(text, countryLexicon(glossary)).map((c) => ({
    ...c, glossary: "pairs", construction: "contraction", members: c.members.map((m) => ({ ...m, hasArticle: false, shape: null })),
  }));
}
