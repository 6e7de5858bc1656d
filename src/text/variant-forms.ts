/**
 * Spelling variants (rules/glossary/variants.json) in English text: every form of every set, with its
 * inflections where the set allows them (defence → defences), and whether it stands inside a proper name
 * that keeps its own spelling (Labour Party, Ministry of National Defence, Peking University).
 */
import { escapeRegExp } from "./english-forms.js";
import { activeGroups, groupsByLiteral, literalId, literalIndex, type LiteralIndex } from "./forms-search.js";
import { memoizeByObject } from "./memo.js";
import type { GlossaryEntry } from "../types.js";

/** One form of a variants set found in text. */
export interface VariantHit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The set's id (adviser, u.s., kyiv). */
  readonly setId: string;
  /** The glossary form it is (advisor, US, Kiev). */
  readonly form: string;
  /** The set's type: spelling, abbreviation, hyphenation or place. */
  readonly type: string;
  /** What follows the form in the word (s in "advisors"), or the ending after a dropped final e (ing in "analysing"). */
  readonly ending: string;
  /** The form's final e was dropped before the ending (analys|ing). */
  readonly isStem: boolean;
  readonly isDeprecated: boolean;
  /** Inside a proper name that keeps its own spelling; neither counted nor reported. */
  readonly isInName: boolean;
}

/** Endings a set with matchPrefix allows after a form: plurals and inflections, not other words (honorary, laboratory, programming). */
const INFLECTIONS = ["s", "es", "d", "ed", "r", "rs", "er", "ers", "ing", "ings", "ite", "ites", "able", "ably", "less", "ly", "al", "ally", "hood", "hoods", "ist", "ists"];
/** Endings after a form's final e is dropped (analyse → analysing, recognise → recognising). */
const STEM_ENDINGS = ["ing", "ings"];
/** Head words of names that keep their own spelling: Labour Party, Defence Ministry, Shanghai Cooperation Organisation. */
const NAME_HEADS = new Set([
  "party", "ministry", "department", "organisation", "organization", "centre", "center", "council", "university", "college",
  "school", "institute", "agency", "forces", "force", "command", "association", "foundation", "union", "federation",
  "committee", "commission", "office", "service", "court", "bank", "exchange", "hospital", "museum", "theatre", "theater",
  "fair", "road", "massacre", "landing", "opera", "duck", "man", "airport", "station", "corporation", "company", "group",
  "society", "league", "movement", "club", "hotel", "stadium", "times", "post", "herald", "daily", "journal", "prize",
  "award", "cup", "games", "open", "hall", "palace", "uprising", "declaration", "treaty", "accord", "convention",
]);
/** Head words of the historical names that keep an outdated place spelling: Peking University, Peking duck, Inchon Landing, Nanking Massacre. */
const PLACE_NAME_HEADS = new Set(["university", "college", "school", "duck", "opera", "man", "landing", "massacre", "fair", "uprising", "road", "exchange", "hospital", "club"]);
/** Small words inside a proper name (Ministry of National Defence, Centre for Strategic Studies). */
const NAME_LINKS = new Set(["of", "for", "the", "and", "on", "de", "&"]);
/** A word with its offsets, for walking a proper name. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|&/gu;
/** A capitalized word. */
const CAPITALIZED = /^\p{Lu}/u;
/** An abbreviation written in capitals, with or without periods (US, U.S.): never a proper-name exemption. */
const ABBREVIATION_FORM = /^(?:[A-Z]\.?){2,}$/;
/** The word after a form (Peking duck). */
const NEXT_WORD = /^\s+(\p{L}+)/u;
/** Everything but letters, to see whether a form is written in capitals (ADVISOR). */
const NON_LETTERS = /[^\p{L}]/gu;

interface Candidate extends Omit<VariantHit, "isInName"> { readonly entry: GlossaryEntry }

function patternFor(form: string, entry: GlossaryEntry): RegExp {
  const flags = entry.matchCase === true ? "gu" : "giu";
  const escaped = escapeRegExp(form);
  const currency = ABBREVIATION_FORM.test(form) ? "(?!\\$)" : ""; // US$ is a currency sign
  if (entry.matchPrefix !== true) return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}()${currency}(?![\\p{L}\\p{N}])`, flags);
  const stem = form.endsWith("e") ? `|${escapeRegExp(form.slice(0, -1))}(?=${STEM_ENDINGS.join("|")})` : "";
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped}${stem})(${INFLECTIONS.join("|")})?(?![\\p{L}\\p{N}])`, flags);
}

/**
 * A form's pattern and the lower-cased text every match contains (the form, or its stem before a dropped
 * final e). The pattern is built on first use: most forms' needles never occur in a short article, and
 * building every pattern of the glossary took ~15 ms of a check's start-up.
 */
class FormPattern {
  #pattern: RegExp | undefined;

  /** `needle`: the needle's id in the entries' literal index. */
  constructor(readonly form: string, private readonly entry: GlossaryEntry, readonly needle: number) {}

  get pattern(): RegExp {
    return (this.#pattern ??= patternFor(this.form, this.entry));
  }
}

/** Every entry's forms with their patterns, and the index that tells which needles a text contains. */
interface PreparedEntries {
  readonly index: LiteralIndex;
  readonly patterns: readonly (readonly FormPattern[])[];
  /** For each needle, the entries (indices) with a form that needs it. */
  readonly owners: readonly (readonly number[])[];
}

/**
 * A variants list's patterns, prepared once per list object (src/text/memo.ts): building them per paragraph
 * cost more than finding them.
 */
const prepare = memoizeByObject((entries: readonly GlossaryEntry[]): PreparedEntries => {
  const needles = new Map<string, number>();
  const patterns = entries.map((entry) => [entry.en, ...entry.variants].map((form) => new FormPattern(
    form, entry, literalId(needles, (entry.matchPrefix === true && form.endsWith("e") ? form.slice(0, -1) : form).toLowerCase()),
  )));
  const owners = groupsByLiteral(needles.size, patterns.map((forms) => forms.map((f) => f.needle)));
  return { index: literalIndex([...needles.keys()]), patterns, owners };
});

function candidatesOf(text: string, seen: Uint8Array, entry: GlossaryEntry, patterns: readonly FormPattern[]): Candidate[] {
  const deprecated = (entry.deprecated as readonly string[] | undefined) ?? [];
  const found: Candidate[] = [];
  for (const { form, pattern, needle } of patterns) {
    if (seen[needle] === 0) continue;
    for (const m of text.matchAll(pattern)) {
      const ending = m[1] ?? "";
      const isStem = m[0].length - ending.length < form.length;
      found.push({
        start: m.index, end: m.index + m[0].length, text: m[0], setId: String(entry.id ?? entry.ko), form, type: String(entry.type ?? "spelling"), ending, isStem,
        isDeprecated: deprecated.includes(form), entry,
      });
    }
  }
  return found;
}

/** A word of the text with its offset. */
interface Word {
  readonly text: string;
  readonly start: number;
}

/** The words of the capitalized run around [start, end) (Ministry of National Defence), lower-cased. */
function nameRun(words: readonly Word[], start: number, end: number): string[] {
  const at = words.findIndex((w) => w.start >= start && w.start < end);
  if (at < 0) return [];
  const inName = (i: number) => CAPITALIZED.test(words[i]?.text ?? "") || (NAME_LINKS.has(words[i]?.text ?? "") && CAPITALIZED.test(words[i + 1]?.text ?? "") && CAPITALIZED.test(words[i - 1]?.text ?? ""));
  if (!CAPITALIZED.test(words[at]!.text)) return [];
  let first = at, last = at;
  while (first > 0 && inName(first - 1)) first--;
  while (last < words.length - 1 && inName(last + 1)) last++;
  return words.slice(first, last + 1).map((w) => w.text.toLowerCase());
}

/** True when a form stands in a name that keeps its own spelling: a capitalized run with a head word, or a place before one (Peking duck). */
function isInName(text: string, words: () => readonly Word[], hit: Candidate): boolean {
  if (hit.entry.type === "abbreviation") return false;
  const isPlace = hit.entry.type === "place";
  // an outdated place spelling survives only in historical names (Peking University), not in new ones (Peking Games)
  const heads = isPlace ? PLACE_NAME_HEADS : NAME_HEADS;
  const run = nameRun(words(), hit.start, hit.end);
  if (run.length >= 2 && run.some((w) => heads.has(w))) return true;
  const next = NEXT_WORD.exec(text.slice(hit.end))?.[1];
  return isPlace && next !== undefined && heads.has(next.toLowerCase());
}

/** Every form of every variants set in the text, longest first where they overlap, in text order. */
export function findVariantForms(text: string, entries: readonly GlossaryEntry[]): VariantHit[] {
  const { index, patterns, owners } = prepare(entries);
  const seen = index.occurring(text.toLowerCase());
  const isActive = activeGroups(seen, owners, entries.length);
  const all: Candidate[] = [];
  for (let e = 0; e < entries.length; e++) if (isActive[e] === 1) all.push(...candidatesOf(text, seen, entries[e]!, patterns[e]!));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of all) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  let words: readonly Word[] | undefined; // the paragraph's words, read once for all its hits
  const wordsOf = () => (words ??= [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index })));
  return kept.sort((a, b) => a.start - b.start).map(({ entry, ...hit }) => ({ ...hit, isInName: isInName(text, wordsOf, { entry, ...hit }) }));
}

/** The hit rewritten in another form of its set, keeping its ending and its capitalization (Advisors → Advisers). */
export function rewriteVariant(hit: VariantHit, form: string): string {
  const base = hit.isStem && form.endsWith("e") ? form.slice(0, -1) : form;
  let written = base + hit.ending;
  const letters = hit.text.replace(NON_LETTERS, "");
  if (letters.length > 1 && letters === letters.toUpperCase() && form !== form.toUpperCase()) written = written.toUpperCase();
  else if (CAPITALIZED.test(hit.text) && !CAPITALIZED.test(form)) written = written[0]!.toUpperCase() + written.slice(1);
  return written;
}
