/**
 * garbled-pair: an English country pair that names one country twice ("between the U.S. and the U.S.",
 * "Washington and the U.S."), or that contradicts the Korean contraction it translates (한일 → "Korea-China",
 * 미소간 → "between the U.S. and China"). Korean packs a pair into two syllables (미소 = 美蘇, U.S.-Soviet),
 * and a translator who decodes one syllable wrongly, or copies the first member twice, writes a pair
 * that reads smoothly and says something else. Pairs and contractions come from ctx.analysis (pairs.ts).
 */
import type { PairHit, PairMember } from "../src/analysis/terms.js";
import { countryLexicon, findCountryNames, nameShape, needsArticle, type CountryLexicon } from "../src/text/country-names.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type RuleContext, type RuleReport, type Segment, type Severity } from "../src/types.js";

interface Options {
  /** Do not check English pairs against contractions decoded from abbreviations (not listed in pairs.json). */
  ignoreDecodedContractions: boolean;
  /** Check only pairs written as a relation ("between X and Y", "X-Y talks"), not plain lists ("X and Y said"). */
  ignorePlainLists: boolean;
}
type MessageId = "selfPair" | "selfPairMismatch" | "pairMismatch";
type Ctx = RuleContext<Options>;

/** For each English member, the index of the Korean member it renders, or -1. */
type Assignment = number[];

/** The article before a name, as written (the, The). */
const ARTICLE_BEFORE = /([Tt]he)\s+$/;
/** A compass name alone (the North, the South): "South-South" and "the North and the North's" are left alone. */
const COMPASS_NAME = /^(?:North|South)$/;
/** A comma between two names of a list: "Seoul, South Korea" names a city and its country. */
const APPOSITION = /^,\s*$/;
/** A dotted abbreviation (U.S., U.K.), which a text may write without periods (US, UK). */
const DOTTED = /^(?:[A-Z]\.){2,}$/;
/** An abbreviation written without periods (US, UK). */
const UNDOTTED = /^[A-Z]{2,}$/;
/** The periods of an abbreviation (U.S. → US). */
const PERIODS = /\./g;
/** A capitalized name (Korea, not "ruling party"): a name Korean text may also write in Latin letters (EU). */
const CAPITALIZED = /^\p{Lu}/u;

function pairsOf(ctx: Ctx, segment: Segment): PairHit[] {
  return ctx.analysis.of(segment).pairs.filter((m): m is PairHit => m.glossary === "pairs");
}

function shares(a: PairMember, b: PairMember): boolean {
  return a.entities.some((id) => b.entities.includes(id));
}

/** Greedy assignment of English members to distinct Korean members, same position first. */
function assign(en: PairHit, ko: PairHit): Assignment {
  const used = new Set<number>();
  return en.members.map((member, i) => {
    const order = [i, ...ko.members.keys()].filter((j) => j < ko.members.length);
    const j = order.find((k) => !used.has(k) && shares(member, ko.members[k]!));
    if (j === undefined) return -1;
    used.add(j);
    return j;
  });
}

/** The two members that name the same country, when a pair names one twice; "Seoul, South Korea" in a list is a place, not a pair. */
function selfMembers(pair: PairHit, segment: Segment): [PairMember, PairMember] | null {
  const { members } = pair;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const a = members[i]!, b = members[j]!;
      if (COMPASS_NAME.test(a.text) || !shares(a, b)) continue;
      if (j === i + 1 && APPOSITION.test(segment.text.slice(a.end, b.start))) continue;
      return [a, b];
    }
  }
  return null;
}

function normalName(name: string): string {
  return name.replace(PERIODS, "");
}

/** True when a country is named in the Korean paragraph apart from the contraction (미국, 러시아, another contraction). */
function isNamedInKorean(member: PairMember, ko: Segment, own: PairHit, koPairs: readonly PairHit[], lexicon: CountryLexicon): boolean {
  return member.entities.some((id) => {
    const entity = lexicon.entities.get(id);
    if (entity?.koNames.some((name) => ko.text.includes(name))) return true;
    if (entity?.names.some((name) => CAPITALIZED.test(name) && ko.text.includes(name))) return true;
    return koPairs.some((p) => p !== own && p.members.some((m) => m.entities.includes(id)));
  });
}

/** What the Korean contraction means in English: its entry's en, or its members' names joined. */
function expectedPair(ko: PairHit, ctx: Ctx, lexicon: CountryLexicon): string {
  const entry = ko.isListed ? ctx.glossary.pairs?.find((e) => e.ko === ko.key) : undefined;
  return entry?.en ?? ko.members.map((m) => lexicon.entities.get(m.entities[0] ?? "")?.names[0] ?? m.text).join("-");
}

/** The entry's own name for member j (from its en, "U.S.-Soviet" → Soviet) when that part names the member. */
function entryPart(ko: PairHit, j: number, ctx: Ctx, lexicon: CountryLexicon): string | undefined {
  const entry = ko.isListed ? ctx.glossary.pairs?.find((e) => e.ko === ko.key) : undefined;
  const parts = entry?.en.split("-") ?? [];
  const part = parts.length === ko.members.length ? parts[j] : undefined;
  const id = ko.members[j]?.entities[0];
  return part !== undefined && id !== undefined && lexicon.byName.get(part)?.includes(id) ? part : undefined;
}

/** A name for Korean member j that fits where the replaced English name stood (shape, construction, dots). */
function chooseName(replaced: PairMember, en: PairHit, ko: PairHit, j: number, ctx: Ctx, lexicon: CountryLexicon): string | null {
  const entity = lexicon.entities.get(ko.members[j]?.entities[0] ?? "");
  if (!entity) return null;
  const shape = replaced.shape ?? "noun";
  const ofShape = (wanted: string) => entity.names.find((n) => CAPITALIZED.test(n) && nameShape(n) === wanted);
  let name: string | undefined;
  if (shape === "adjective" || shape === "combining" || shape === "either") name = ofShape(shape) ?? ofShape("either") ?? ofShape("adjective");
  if (!name && en.construction === "hyphen") name = entryPart(ko, j, ctx, lexicon);
  name ??= entity.names[0];
  if (!name) return null;
  // follow the text's own style: U.S. where it writes U.S., US where it writes US
  const isUndotted = !en.members.some((m) => m.text.includes(".")) && en.members.some((m) => UNDOTTED.test(m.text));
  return DOTTED.test(name) && isUndotted ? name.replace(PERIODS, "") : name;
}

/** The English pair with unassigned members replaced by the Korean members they should name, or null. */
function rebuild(en: PairHit, ko: PairHit, segment: Segment, ctx: Ctx, lexicon: CountryLexicon): string | null {
  const assignment = assign(en, ko);
  const missing = [...ko.members.keys()].filter((j) => !assignment.includes(j));
  const wrong = [...en.members.keys()].filter((i) => assignment[i] === -1);
  if (missing.length === 0 || wrong.length === 0) return null;
  let text = en.text;
  for (let k = Math.min(missing.length, wrong.length) - 1; k >= 0; k--) {
    const member = en.members[wrong[k]!]!;
    const name = chooseName(member, en, ko, missing[k]!, ctx, lexicon);
    if (!name) return null;
    const article = member.hasArticle ? ARTICLE_BEFORE.exec(segment.text.slice(0, member.start)) : null;
    const from = (article ? member.start - article[0].length : member.start) - en.start;
    const isNoun = en.construction !== "hyphen" && nameShape(name) !== "adjective";
    const articleWord = article?.[1] ?? "the";
    const written = isNoun && needsArticle(name) ? `${articleWord} ${name}` : name;
    text = text.slice(0, Math.max(0, from)) + written + text.slice(member.end - en.start);
  }
  return text === en.text ? null : text;
}

function entityName(member: PairMember, lexicon: CountryLexicon): string {
  return lexicon.entities.get(member.entities[0] ?? "")?.names[0] ?? member.text;
}

function selfReport(en: PairHit, same: [PairMember, PairMember], ko: PairHit | undefined, pair: AlignedPair, ctx: Ctx, lexicon: CountryLexicon): RuleReport<MessageId> {
  const isSameWords = normalName(same[0].text) === normalName(same[1].text);
  const severity: Severity = isSameWords || en.isRelational ? "error" : "warning";
  const target = spanOf(pair.en!, en.start, en.end);
  const base = { target, actual: en.text, data: { country: entityName(same[0], lexicon) }, ...(severity === "error" ? {} : { severity }) };
  if (!ko || !pair.ko) return { messageId: "selfPair", ...base };
  const replacement = rebuild(en, ko, pair.en!, ctx, lexicon);
  return {
    messageId: "selfPairMismatch", ...base, source: spanOf(pair.ko, ko.start, ko.end), expected: expectedPair(ko, ctx, lexicon),
    data: { ...base.data, korean: ko.text }, ...(replacement ? { replacement } : {}),
  };
}

function mismatchReport(en: PairHit, ko: PairHit, pair: AlignedPair, ctx: Ctx, lexicon: CountryLexicon): RuleReport<MessageId> {
  const isCertain = ko.isListed && (en.construction === "between" || en.isRelational);
  const replacement = rebuild(en, ko, pair.en!, ctx, lexicon);
  return {
    messageId: "pairMismatch", source: spanOf(pair.ko!, ko.start, ko.end), target: spanOf(pair.en!, en.start, en.end),
    actual: en.text, expected: expectedPair(ko, ctx, lexicon), data: { korean: ko.text },
    ...(replacement ? { replacement } : {}), ...(isCertain ? {} : { severity: "warning" as const }),
  };
}

/** True when every English member renders a distinct member of the Korean contraction (all of them, or some). */
function renders(en: PairHit, ko: PairHit): boolean {
  return en.members.length <= ko.members.length && !assign(en, ko).includes(-1);
}

/** True when the English paragraph names the country outside the pair: the translator rendered the relation another way. */
function isNamedElsewhere(id: string, en: PairHit, segment: Segment, lexicon: CountryLexicon): boolean {
  return findCountryNames(segment.text, lexicon).some((name) => (name.end <= en.start || name.start >= en.end) && name.ids.includes(id)
    // an adjective does not name a country on its own: the Korean Peninsula, the Korean War
    && nameShape(segment.text.slice(name.start, name.end)) !== "adjective");
}

/**
 * An English pair that partly renders the contraction, whose other names the Korean paragraph does not
 * explain, while the English names the contraction's missing country nowhere else.
 */
function contradicts(en: PairHit, ko: PairHit, pair: AlignedPair, koPairs: readonly PairHit[], lexicon: CountryLexicon): boolean {
  const assignment = assign(en, ko);
  if (!assignment.some((j) => j >= 0)) return false;
  const strangers = en.members.filter((_, i) => assignment[i] === -1);
  const missing = ko.members.filter((_, j) => !assignment.includes(j)).map((m) => m.entities[0] ?? "");
  // naming every country of the contraction and one more is an addition, not a garbled pair
  if (missing.length === 0 || missing.some((id) => isNamedElsewhere(id, en, pair.en!, lexicon))) return false;
  return strangers.length > 0 && strangers.every((m) => !isNamedInKorean(m, pair.ko!, ko, koPairs, lexicon));
}

function checkPair(pair: AlignedPair, ctx: Ctx, lexicon: CountryLexicon): RuleReport<MessageId>[] {
  if (!pair.en) return [];
  const { options } = ctx;
  const enPairs = pairsOf(ctx, pair.en).filter((p) => !(options.ignorePlainLists && p.construction === "and" && !p.isRelational));
  if (enPairs.length === 0) return []; // every report names an English pair; most paragraphs have none, so the Korean goes unread
  const koPairs = pair.ko ? pairsOf(ctx, pair.ko).filter((p) => p.isListed || !options.ignoreDecodedContractions) : [];
  const usedEn = new Set<PairHit>();
  const open = koPairs.filter((ko) => {
    const rendering = enPairs.find((en) => !usedEn.has(en) && renders(en, ko));
    if (rendering) usedEn.add(rendering);
    return !rendering;
  });
  const reports: RuleReport<MessageId>[] = [];
  for (const en of enPairs.filter((p) => !usedEn.has(p) && p.construction !== "idiom")) {
    const same = selfMembers(en, pair.en);
    if (!same) continue;
    const ko = open.find((k) => assign(en, k).some((j) => j >= 0));
    if (ko) open.splice(open.indexOf(ko), 1);
    usedEn.add(en);
    reports.push(selfReport(en, same, ko, pair, ctx, lexicon));
  }
  for (const ko of open) {
    const en = enPairs.find((p) => !usedEn.has(p) && p.construction !== "idiom" && contradicts(p, ko, pair, koPairs, lexicon));
    if (!en) continue;
    usedEn.add(en);
    reports.push(mismatchReport(en, ko, pair, ctx, lexicon));
  }
  return reports;
}

export default defineRule({
  meta: {
    id: "garbled-pair",
    description: "A country pair must name two different countries, the ones its Korean contraction names",
    category: "accuracy/mistranslation",
    defaultSeverity: "error",
    hasSuggestions: true,
    messages: {
      selfPair: 'Pair "{{actual}}" names {{country}} twice',
      selfPairMismatch: 'Pair "{{actual}}" names {{country}} twice where the Korean "{{korean}}" means {{expected}}',
      pairMismatch: 'Pair "{{actual}}" does not match the Korean "{{korean}}" ({{expected}})',
    },
  },
  defaultOptions: { ignoreDecodedContractions: false, ignorePlainLists: false },
  check: (ctx) => {
    const lexicon = countryLexicon(ctx.glossary);
    return ctx.article.pairs.flatMap((pair) => checkPair(pair, ctx, lexicon));
  },
});
