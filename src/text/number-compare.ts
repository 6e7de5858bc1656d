/**
 * Compares the numbers of a Korean paragraph with those of its English translation. Mentions that state
 * the same quantity (with the conventions of number-conventions.ts) are paired first, one to one; what is
 * left is paired by slot (number-slots.ts): a left-over Korean percent and a left-over English percent with
 * no other candidate on either side are one slot stated with two values — a disagreement the texts prove.
 * Weaker evidence (a unit on one side only, several candidates, a conversion, a hedge) gives a disagreement
 * the rule reports as likely. Numbers left without any counterpart are one-sided: translators condense
 * Korean detail and add conversions and context, so those are hints, not errors.
 */
import { agreeOfFamilies, isConvention, isConversion, isElidedScale, isQuietAlone, joinMistypedDates, type AgreeOptions, type SideNumbers } from "./number-conventions.js";
import { relatedValues, type Relation } from "./number-relation.js";
import { isConvertedFamily, isCountedFamily, isSameUnit, slotFamily, slotFitOfFamilies, type SlotFit } from "./number-slots.js";
import type { NumberMention } from "./numbers.js";

/** Tolerances of compareNumbers. */
export interface NumberCompareOptions extends AgreeOptions {
  /** Digit edits (change, insertion, deletion, swap of neighbours) that still make two values look like one slot. */
  readonly maxDigitEdits: number;
}

/** A Korean and an English mention of one slot whose values differ. */
export interface NumberDisagreement {
  readonly ko: NumberMention;
  readonly en: NumberMention;
  /** "proof": the same slot beyond doubt; "likely": a heuristic pairing. */
  readonly evidence: "proof" | "likely";
  /** How the values relate: a factor of ten ("scale"), a digit slip ("digits") or not at all ("none"). */
  readonly relation: Relation;
}

export interface NumberComparison {
  readonly disagreements: readonly NumberDisagreement[];
  /** Korean numbers with no English counterpart (conventions such as 1 = "a" left out). */
  readonly koOnly: readonly NumberMention[];
  /** English numbers with no Korean counterpart (conversions the translator added left out). */
  readonly enOnly: readonly NumberMention[];
}

interface Edge {
  readonly k: number;
  readonly e: number;
  readonly fit: SlotFit;
  readonly relation: Relation;
  /** Same unit on both sides (not a conversion). */
  readonly isSameUnit: boolean;
  /** How far apart the two mentions sit, as a share of their texts (0..1). */
  readonly distance: number;
}

// fit ranks for ordering pairings: a same-slot pairing wins over a weak one
const FIT_RANK: Record<SlotFit, number> = { strong: 0, compatible: 1, weak: 2, none: 3 };
// a plural noun right after a bare English number, perhaps after one adjective: " pilgrims", " dirty animals"
const EN_PLURAL_NOUN_AFTER = /^ (?:[A-Za-z]+[- ]){0,2}(?:[A-Za-z]+[^s\W]s|people|men|women|children)\b/;
// characters after a number searched for its noun
const PLURAL_NOUN_WINDOW = 40;
// relation ranks: a factor of ten or a digit slip is a likelier slot than unrelated values
const RELATION_RANK: Record<Relation, number> = { scale: 0, digits: 1, none: 2 };

function relativePosition(side: SideNumbers, m: NumberMention): number {
  return side.text.length > 0 ? m.start / side.text.length : 0;
}

/** The slot families of a side's mentions, by index: slotFamily is asked for every pair of mentions, so it is computed once per mention. */
function familiesOf(side: SideNumbers): string[] {
  return side.mentions.map(slotFamily);
}

/** Per mention of a side: a newsroom convention (isConvention), never compared by slot. */
function conventionsOf(side: SideNumbers, options: NumberCompareOptions): boolean[] {
  return side.mentions.map((m) => isConvention(side, m, options));
}

/** The state of one comparison: the mentions of both sides and which of them are already accounted for. */
interface Pairing {
  readonly ko: SideNumbers;
  readonly en: SideNumbers;
  readonly options: NumberCompareOptions;
  /** slotFamily of each mention, by index. */
  readonly familyK: readonly string[];
  readonly familyE: readonly string[];
  /** Per mention of each side: a newsroom convention (isConvention), decided once per comparison. */
  readonly isConventionK: readonly boolean[];
  readonly isConventionE: readonly boolean[];
  /** The edges built so far, by k * (English mentions) + e: the passes ask for the same edges again and again. */
  readonly edges: (Edge | null)[];
  /** Every pair of mentions that agree, Korean index first. */
  readonly agreeing: Edge[];
  /** Per mention of each side: 1 once paired (or a repeat of a paired one); typed arrays keep every comparison's flags one shape. */
  readonly usedK: Uint8Array;
  readonly usedE: Uint8Array;
}

/** The edge between Korean mention k and English mention e, built on first use; it depends only on its two mentions. */
function edgeOf(p: Pairing, k: number, e: number): Edge {
  const cell = k * p.en.mentions.length + e;
  const known = p.edges[cell];
  if (known != null) return known;
  const km = p.ko.mentions[k] as NumberMention;
  const em = p.en.mentions[e] as NumberMention;
  const built: Edge = {
    k, e, fit: slotFitOfFamilies(km, em, p.familyK[k] as string, p.familyE[e] as string),
    relation: relatedValues(km, em, p.options.maxDigitEdits), isSameUnit: isSameUnit(km, em),
    distance: Math.abs(relativePosition(p.ko, km) - relativePosition(p.en, em)),
  };
  p.edges[cell] = built;
  return built;
}

/** Marks both mentions of an edge used. */
function use(p: Pairing, x: Edge): void {
  p.usedK[x.k] = 1;
  p.usedE[x.e] = 1;
}

/** Greedy one-to-one assignment over edges in order, among unused mentions; marks them used and returns the edges taken. */
function assign(p: Pairing, edges: readonly Edge[], compare: (a: Edge, b: Edge) => number): Edge[] {
  const taken: Edge[] = [];
  for (const candidate of edges.slice().sort(compare)) {
    if (p.usedK[candidate.k] || p.usedE[candidate.e]) continue;
    use(p, candidate);
    taken.push(candidate);
  }
  return taken;
}

/**
 * A Korean number paired with a conversion ("15m" with "49 feet") while an English number in its own unit
 * ("51 meters") is left over: the number in the same unit is its translation, the other a conversion of that.
 */
function isDisplaced(p: Pairing, x: Edge): boolean {
  const family = p.familyK[x.k] as string;
  if (x.isSameUnit || !isConvertedFamily(family)) return false;
  const k = p.ko.mentions[x.k] as NumberMention;
  for (let e = 0; e < p.en.mentions.length; e++) {
    if (!p.usedE[e] && p.familyE[e] === family && isSameUnit(k, p.en.mentions[e] as NumberMention)) return true;
  }
  return false;
}

/** A repeat of mention j on one side: mention i states the same value, of the same family. */
function isRepeat(side: SideNumbers, families: readonly string[], i: number, j: number): boolean {
  return (side.mentions[i] as NumberMention).value === (side.mentions[j] as NumberMention).value && families[i] === families[j];
}

/**
 * Marks as used the mentions that repeat a quantity already paired: a Korean "3명 … 3명" that the English
 * states once. A repeat states the same value as the paired mention, of the same kind, and agrees with its counterpart.
 */
function markRepeats(p: Pairing, taken: readonly Edge[]): void {
  for (const x of p.agreeing) {
    if (!p.usedK[x.k] && taken.some((t) => t.e === x.e && isRepeat(p.ko, p.familyK, t.k, x.k))) p.usedK[x.k] = 1;
    if (!p.usedE[x.e] && taken.some((t) => t.k === x.k && isRepeat(p.en, p.familyE, t.e, x.e))) p.usedE[x.e] = 1;
  }
}

/** An agreement with a vague magnitude ("scores", "수천"): weak evidence that the two are one slot. */
function isVagueEdge(p: Pairing, x: Edge): boolean {
  return (p.ko.mentions[x.k]?.isVague ?? false) || (p.en.mentions[x.e]?.isVague ?? false);
}

/**
 * Pairs the agreements left for last — across kinds (a weekday for a day, 올해 for a year, a decade for
 * ten years) and with vague magnitudes — unless a mention has a candidate that looks like the same number.
 */
function pairLooseAgreements(p: Pairing): void {
  const related = openEdges(p).filter((x) => x.relation !== "none");
  const loose = p.agreeing.filter((x) => !related.some((y) => y.k === x.k || y.e === x.e));
  markRepeats(p, assign(p, loose, (a, b) => a.distance - b.distance));
}

/** Pairs the mentions that agree and fit one slot, same slot and unit first. */
function pairAgreeing(p: Pairing): void {
  const order = (a: Edge, b: Edge) => FIT_RANK[a.fit] - FIT_RANK[b.fit] || Number(b.isSameUnit) - Number(a.isSameUnit) || a.distance - b.distance;
  const taken = assign(p, p.agreeing.filter((x) => x.fit !== "none" && !isVagueEdge(p, x)), order);
  const displaced = taken.filter((x) => isDisplaced(p, x));
  markRepeats(p, displaced.length > 0 ? taken.filter((x) => !displaced.includes(x)) : taken);
  for (const x of displaced) p.usedK[x.k] = 0;
}

/** Certainty of a pairing: only a same-slot, same-unit pair with no rival, stated exactly, is proof. */
function evidenceOf(p: Pairing, x: Edge, isClear: boolean): NumberDisagreement["evidence"] {
  const k = p.ko.mentions[x.k] as NumberMention;
  const e = p.en.mentions[x.e] as NumberMention;
  if (!isSameSlot(x) || !isClear || isConversion(p.ko, k) || isConversion(p.en, e)) return "likely";
  if (isConvertedFamily(p.familyK[x.k] as string) && !x.isSameUnit) return "likely";
  // a mention that also agrees with an unpaired mention of another kind (a weekday, 올해) may be that one
  if (hasAlternative(p, x)) return "likely";
  const isLoose = k.isApproximate || e.isApproximate || k.bound != null || e.bound != null || k.high != null || e.high != null;
  return isLoose && x.relation === "none" ? "likely" : "proof";
}

/** Edges between unused mentions that are not conventions, that may be one slot. */
function openEdges(p: Pairing): Edge[] {
  const edges: Edge[] = [];
  for (let k = 0; k < p.ko.mentions.length; k++) {
    if (p.usedK[k] || p.isConventionK[k]) continue;
    for (let e = 0; e < p.en.mentions.length; e++) {
      if (p.usedE[e] || p.isConventionE[e]) continue;
      const x = edgeOf(p, k, e);
      if (x.fit !== "none" && !isElidedScale(p.ko.mentions[k] as NumberMention, p.en.mentions[e] as NumberMention)) edges.push(x);
    }
  }
  return edges;
}

/** Mentions with exactly one candidate among the edges, on each side. */
function uniqueEdges(p: Pairing, edges: readonly Edge[]): Edge[] {
  if (edges.length <= 1) return edges.slice();
  const perK = new Array<number>(p.ko.mentions.length).fill(0);
  const perE = new Array<number>(p.en.mentions.length).fill(0);
  for (const x of edges) {
    perK[x.k] = (perK[x.k] as number) + 1;
    perE[x.e] = (perE[x.e] as number) + 1;
  }
  return edges.filter((x) => perK[x.k] === 1 && perE[x.e] === 1);
}

/** True when no other related pairing of the same or a closer relation competes for either mention. */
function hasNoRival(x: Edge, related: readonly Edge[]): boolean {
  return !related.some((y) => y !== x && (y.k === x.k || y.e === x.e) && RELATION_RANK[y.relation] <= RELATION_RANK[x.relation]);
}

function disagreement(p: Pairing, x: Edge, isClear: boolean): NumberDisagreement {
  return { ko: p.ko.mentions[x.k] as NumberMention, en: p.en.mentions[x.e] as NumberMention, evidence: evidenceOf(p, x, isClear), relation: x.relation };
}

/** True when a mention of the edge also agrees with an unpaired mention of another kind (a weekday, an age). */
function hasAlternative(p: Pairing, x: Edge): boolean {
  return p.agreeing.some((y) => (y.k === x.k || y.e === x.e) && !p.usedK[y.k] && !p.usedE[y.e]);
}

/** A pairing of one family, or of two related ones. */
function isSameSlot(x: Edge): boolean {
  return x.fit === "strong" || x.fit === "compatible";
}

/** Takes the unique edges as disagreements: both mentions become used. */
function takeUnique(p: Pairing, edges: readonly Edge[]): NumberDisagreement[] {
  if (edges.length === 0) return [];
  const found = uniqueEdges(p, edges);
  const out = found.map((x) => disagreement(p, x, true));
  for (const x of found) use(p, x);
  return out;
}

/**
 * One slot beyond doubt: the only same-family mention left on each side ("35%" and "53 percent"); then
 * the same with related families (years and an age, %포인트 and "points"); then, setting aside mentions
 * that agree with one of another kind ("1600년" with "1,600-year-old"), the slots left with one candidate each.
 */
function pairSameSlot(p: Pairing): NumberDisagreement[] {
  const first = takeUnique(p, openEdges(p).filter((x) => x.fit === "strong"));
  const second = takeUnique(p, openEdges(p).filter((x) => isSameSlot(x)));
  return [...first, ...second, ...takeUnique(p, openEdges(p).filter((x) => isSameSlot(x) && !hasAlternative(p, x)))];
}

/**
 * Heuristic pairs among what is left: a unit on one side only and no other candidate at all (a counter
 * and "seven pilgrims", or values that look alike), then pairs whose values look like one number mistyped
 * or mis-scaled, best relation first. Weak pairings with a rival are dropped.
 */
function pairLikely(p: Pairing): NumberDisagreement[] {
  const edges = openEdges(p);
  if (edges.length === 0) return [];
  const weak = uniqueEdges(p, edges).filter((x) => x.fit === "weak" && (x.relation !== "none" || isCountPair(p, x)));
  for (const x of weak) use(p, x);
  const related = edges.filter((x) => x.relation !== "none" && !p.usedK[x.k] && !p.usedE[x.e]);
  const order = (a: Edge, b: Edge) => FIT_RANK[a.fit] - FIT_RANK[b.fit] || RELATION_RANK[a.relation] - RELATION_RANK[b.relation] || a.distance - b.distance;
  const found = [...weak.map((x) => [x, true] as const), ...assign(p, related, order).map((x) => [x, hasNoRival(x, related)] as const)];
  return found.filter(([x, isClear]) => isSameSlot(x) || isClear).map(([x, isClear]) => disagreement(p, x, isClear));
}

/**
 * A Korean count with a counter ("7명", "3척") and an English bare number before a plural noun ("seven
 * pilgrims", "47 factory workers"), neither a conversion: one slot although the English noun is not a
 * known unit word.
 */
function isCountPair(p: Pairing, x: Edge): boolean {
  const k = p.ko.mentions[x.k] as NumberMention;
  const e = p.en.mentions[x.e] as NumberMention;
  if (k.kind !== "count" || !isCountedFamily(p.familyK[x.k] as string) || p.familyE[x.e] !== "plain" || isConversion(p.ko, k) || isConversion(p.en, e)) return false;
  return EN_PLURAL_NOUN_AFTER.test(p.en.text.slice(e.end, e.end + PLURAL_NOUN_WINDOW));
}

/** Every pair of mentions that agree, Korean index first. */
function agreeingEdges(p: Pairing): void {
  for (let k = 0; k < p.ko.mentions.length; k++) {
    const km = p.ko.mentions[k] as NumberMention;
    for (let e = 0; e < p.en.mentions.length; e++) {
      if (agreeOfFamilies(km, p.en.mentions[e] as NumberMention, p.familyK[k] as string, p.familyE[e] as string, p.options)) p.agreeing.push(edgeOf(p, k, e));
    }
  }
}

/** The mentions of a side that no pairing accounted for, leaving out conventions and added conversions. */
function alone(side: SideNumbers, isConventionOf: readonly boolean[], used: Uint8Array): NumberMention[] {
  return side.mentions.filter((m, i) => !used[i] && !isConventionOf[i] && !isQuietAlone(side, m));
}

/**
 * Compares the number mentions of a Korean text and its English translation: disagreements (the same
 * slot with two values) and the numbers stated on one side only, leaving out newsroom conventions.
 */
export function compareNumbers(koText: string, koMentions: readonly NumberMention[], enText: string, enMentions: readonly NumberMention[], options: NumberCompareOptions): NumberComparison {
  const ko: SideNumbers = { text: koText, mentions: koMentions };
  const en: SideNumbers = { text: enText, mentions: joinMistypedDates(enText, enMentions) };
  const [isConventionK, isConventionE] = [conventionsOf(ko, options), conventionsOf(en, options)];
  // with no number on one side nothing pairs: every number is one-sided
  const [nK, nE] = [ko.mentions.length, en.mentions.length];
  if (nK === 0 || nE === 0) return { disagreements: [], koOnly: alone(ko, isConventionK, new Uint8Array(nK)), enOnly: alone(en, isConventionE, new Uint8Array(nE)) };
  const p: Pairing = {
    ko, en, options, familyK: familiesOf(ko), familyE: familiesOf(en), isConventionK, isConventionE,
    edges: new Array<Edge | null>(nK * nE).fill(null), agreeing: [], usedK: new Uint8Array(nK), usedE: new Uint8Array(nE),
  };
  agreeingEdges(p);
  pairAgreeing(p);
  const sure = pairSameSlot(p);
  pairLooseAgreements(p);
  const disagreements = [...sure, ...pairLikely(p)].sort((a, b) => a.en.start - b.en.start);
  return { disagreements, koOnly: alone(ko, isConventionK, p.usedK), enOnly: alone(en, isConventionE, p.usedE) };
}
