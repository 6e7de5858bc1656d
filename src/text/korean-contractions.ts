/**
 * Korean country-pair contractions (미중, 한·미·일, 미-러간) from the pairs glossary: listed ones, and
 * unlisted ones decoded from one-syllable abbreviations (한 + 러 + 일). Many contractions are also
 * everyday words (미소 "smile", 북미 "North America", 중소 in 중소기업, 중일 in 회의 중일 때), so context
 * decides: a contraction counts only at the start of a word; an ambiguous or decoded one only when a
 * relation follows (미소간, 북미 정상회담) or a separator shows it (한·미); and never inside a compound the
 * glossary's otherMeanings names in parentheses (남북전쟁, 중소기업).
 */
import { escapeRegExp } from "./english-forms.js";
import { pairMemberEntities, type CountryLexicon } from "./country-names.js";
import { memoizeByObject } from "./memo.js";
import type { GlossaryEntry } from "../types.js";

/** One member of a contraction: its syllable (or the whole contraction when members are not one syllable each). */
export interface ContractionMember {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Entity ids (src/text/country-names.ts). */
  readonly entities: readonly string[];
}

/** A Korean contraction of two or three countries. */
export interface Contraction {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The pairs.json key (미소), or the decoded syllables (한러일). */
  readonly key: string;
  readonly members: readonly ContractionMember[];
  /** The key is a pairs.json entry. */
  readonly isListed: boolean;
  /** A relation follows (미중 관계, 미소간) or a separator joins the syllables (한·미). */
  readonly isRelational: boolean;
}

/** Characters Korean writes between the syllables of a contraction: 한·미, 미-러, 한‧미‧일. */
const KO_SEPARATOR = "[·‧・∙\\-–]";
/** One separator character (KO_SEPARATOR as a test). */
const KO_SEPARATOR_CHAR = new RegExp(`^${KO_SEPARATOR}$`);
/** A Hangul syllable. */
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/;
/** The Hangul letters right after a contraction: its particle or the rest of its compound. */
const HANGUL_TAIL = /^[\uAC00-\uD7A3]*/;
/** The next word, after white space or directly after a Latin-script word (한미FTA). */
const NEXT_WORD = /^(?:\s+([\uAC00-\uD7A3A-Za-z0-9]+)|([A-Za-z]+))/;
/** Korean nouns that make a contraction name a relation between countries (미중 관계, 한미 정상회담, 미소 냉전). */
const RELATION_MORPHEMES = [
  "관계", "정상", "회담", "회의", "동맹", "무역", "갈등", "협력", "공조", "연합", "외교", "협상", "대화", "합의", "수교",
  "군사", "안보", "냉전", "대결", "화해", "통상", "교류", "공동", "양국", "3국", "삼국", "3자", "국교", "경쟁", "패권",
  "협정", "조약", "전쟁", "분쟁", "긴장", "대립", "외무", "국방", "협의", "우호", "밀월", "핫라인", "군축", "연대", "경협",
  "밀착", "접촉", "협약", "친선", "국경", "신냉전", "해빙", "핵협상", "핵군축", "핵담판", "FTA", "간",
];
/** Particles and endings after a contraction used as a noun (미중이, 한미의, 남북한, 미중과의). */
const PARTICLES = new Set([
  "이", "가", "은", "는", "을", "를", "의", "와", "과", "도", "에", "에서", "에게", "로", "으로", "만", "까지", "부터", "와의",
  "과의", "에는", "에서는", "에서의", "에도", "보다", "처럼", "이나", "나", "이며", "며", "와는", "과는", "한", "측", "양측",
]);
/** Hangul words written in parentheses in otherMeanings: compounds that are not pairs (중소기업, 남북전쟁). */
const PARENTHESIZED = /\(([^)]*)\)/g;
/** A run of Hangul syllables. */
const HANGUL_WORD = /[\uAC00-\uD7A3]+/g;
/** Most abbreviation syllables decoded as one contraction (한미일). */
const MAX_DECODED = 3;
/** The abbreviation 대 almost always means "against" (대북, 대미), never Taiwan, unless written with a separator. */
const AGAINST = "대";


interface Listed { readonly entry: GlossaryEntry; readonly pattern: RegExp; readonly excluded: readonly string[] }

/** The compounds an entry's otherMeanings name in parentheses that start with its key (중소기업 for 중소). */
function excludedCompounds(entry: GlossaryEntry): string[] {
  const meanings = (entry.otherMeanings as readonly string[] | undefined) ?? [];
  const words = meanings.flatMap((m) => [...m.matchAll(PARENTHESIZED)].flatMap((p) => p[1]!.match(HANGUL_WORD) ?? []));
  return words.filter((w) => w.startsWith(entry.ko) && w.length > entry.ko.length);
}

/**
 * Listed patterns per lexicon, built once instead of once per paragraph (memo.ts: the lexicon is built once
 * per glossary and never changed). The sticky patterns are shared, but every use sets lastIndex first.
 */
const listedPatterns: (lexicon: CountryLexicon) => readonly Listed[] = memoizeByObject(buildListedPatterns);

function buildListedPatterns(lexicon: CountryLexicon): Listed[] {
  return [...lexicon.pairs].sort((a, b) => b.ko.length - a.ko.length).map((entry) => ({
    entry,
    pattern: new RegExp([...entry.ko].map(escapeRegExp).join(`${KO_SEPARATOR}?`), "y"),
    excluded: excludedCompounds(entry),
  }));
}

function startsWithRelation(word: string): boolean {
  return RELATION_MORPHEMES.some((m) => word.startsWith(m) && (m !== "간" || word === "간" || PARTICLES.has(word.slice(1))));
}

/** What follows a contraction: used as a noun (a particle or nothing), and whether a relation follows. */
function contextAt(text: string, end: number): { isNoun: boolean; isRelationTail: boolean; isRelational: boolean } {
  const tail = HANGUL_TAIL.exec(text.slice(end))![0];
  const after = text.slice(end + tail.length);
  const next = tail === "" || PARTICLES.has(tail) ? NEXT_WORD.exec(after) : null;
  const nextWord = next?.[1] ?? next?.[2] ?? "";
  const isRelationTail = tail !== "" && startsWithRelation(tail);
  const isNoun = tail === "" || PARTICLES.has(tail);
  return { isNoun, isRelationTail, isRelational: isRelationTail || (isNoun && startsWithRelation(nextWord)) };
}

/** Spans of each member in a matched contraction: one syllable each when the key has one per member. */
function memberSpans(match: string, start: number, key: string, count: number): { start: number; end: number }[] {
  if ([...key].length !== count) return Array.from({ length: count }, () => ({ start, end: start + match.length }));
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const syllable of key) {
    const at = match.indexOf(syllable, from);
    spans.push({ start: start + at, end: start + at + 1 });
    from = at + 1;
  }
  return spans;
}

function contraction(text: string, start: number, match: string, key: string, ids: string[][], isListed: boolean, isRelational: boolean): Contraction {
  const members = memberSpans(match, start, key, ids.length).map((span, i) => ({ ...span, text: text.slice(span.start, span.end), entities: ids[i] ?? [] }));
  return { start, end: start + match.length, text: match, key, members, isListed, isRelational };
}

/** A listed contraction at `start`, "excluded" inside a compound that is not a pair, or null. */
function readListed(text: string, start: number, listed: readonly Listed[], lexicon: CountryLexicon): Contraction | "excluded" | null {
  for (const { entry, pattern, excluded } of listed) {
    if (text[start] !== entry.ko[0]) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text)?.[0];
    if (match === undefined) continue;
    if (excluded.some((compound) => text.startsWith(compound, start))) return "excluded";
    const context = contextAt(text, start + match.length);
    const hasSeparator = match.length > entry.ko.length;
    const isRelational = hasSeparator || context.isRelational;
    if (!isRelational && (entry.isAmbiguous === true || !context.isNoun)) continue;
    return contraction(text, start, match, entry.ko, pairMemberEntities(lexicon, entry), true, isRelational);
  }
  return null;
}

/** An unlisted contraction decoded from abbreviation syllables (한러일간), or null. */
function readDecoded(text: string, start: number, lexicon: CountryLexicon): Contraction | null {
  const syllables: string[] = [];
  let end = start;
  let hasSeparator = false;
  while (syllables.length < MAX_DECODED) {
    const gap = syllables.length > 0 && KO_SEPARATOR_CHAR.test(text[end] ?? "") ? 1 : 0;
    const syllable = text[end + gap] ?? "";
    if (!lexicon.bySyllable.has(syllable) || syllables.includes(syllable)) break;
    hasSeparator ||= gap === 1;
    syllables.push(syllable);
    end += gap + 1;
  }
  if (syllables.length < 2) return null;
  const isCountryName = [...lexicon.entities.values()].some((e) => e.koNames.some((name) => text.startsWith(name, start)));
  if (isCountryName || (syllables.includes(AGAINST) && !hasSeparator)) return null;
  if (!hasSeparator && !contextAt(text, end).isRelationTail) return null;
  const ids = syllables.map((s) => [lexicon.bySyllable.get(s)!]);
  if (new Set(ids.map((i) => i[0])).size < ids.length) return null;
  return contraction(text, start, text.slice(start, end), syllables.join(""), ids, false, true);
}

/** Korean country-pair contractions in one paragraph, in text order. */
export function findContractions(text: string, lexicon: CountryLexicon): Contraction[] {
  const listed = listedPatterns(lexicon);
  const hits: Contraction[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!HANGUL_SYLLABLE.test(text[i]!) || HANGUL_SYLLABLE.test(text[i - 1] ?? "")) continue;
    const found = readListed(text, i, listed, lexicon);
    const hit = found === "excluded" ? null : found ?? readDecoded(text, i, lexicon);
    if (hit) {
      hits.push(hit);
      i = hit.end - 1;
    }
  }
  return hits;
}
