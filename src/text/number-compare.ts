/**
 * Compares the numbers of a Korean paragraph with those of its English translation. Mentions that state
 * the same quantity (with the conventions of number-conventions.ts) are paired first, one to one; what is
 * left is paired by slot (number-slots.ts): a left-over Korean percent and a left-over English percent with
 * no other candidate on either side are one slot stated with two values — a disagreement the texts prove.
 * Weaker evidence (a unit on one side only, several candidates, a conversion, a hedge) gives a disagreement
 * the rule reports as likely. Numbers left without any counterpart are one-sided: translators condense
 * Korean detail and add conversions and context, so those are hints, not errors.
 */
import { agree, isConvention, isConversion, isElidedScale, isQuietAlone, joinMistypedDates, type AgreeOptions, type SideNumbers } from "./number-conventions.js";
import { relatedValues, type Relation } from "./number-relation.js";
import { isConvertedFamily, isCountedFamily, isSameUnit, slotFamily, slotFit, type SlotFit } from "./number-slots.js";
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

function edge(ko: SideNumbers, en: SideNumbers, k: number, e: number, options: NumberCompareOptions): Edge {
  const [km, em] = [ko.mentions[k] as NumberMention, en.mentions[e] as NumberMention];
  const distance = Math.abs(relativePosition(ko, km) - relativePosition(en, em));
  return { k, e, fit: slotFit(km, em), relation: relatedValues(km, em, options.maxDigitEdits), isSameUnit: isSameUnit(km, em), distance };
}

/**
 * The edge between Korean mention k and English mention e, built once per comparison: the passes of one
 * comparison ask for the same edges again and again, and an edge depends only on its two mentions.
 */
type EdgeOf = (k: number, e: number) => Edge;

function edgeCache(ko: SideNumbers, en: SideNumbers, options: NumberCompareOptions): EdgeOf {
  const built: (Edge | undefined)[] = [];
  return (k, e) => (built[k * en.mentions.length + e] ??= edge(ko, en, k, e, options));
}

/** Edges between the Korean and English mentions that pass a test. */
function edgesWhere(ko: SideNumbers, en: SideNumbers, edgeOf: EdgeOf, test: (k: number, e: number) => boolean): Edge[] {
  const edges: Edge[] = [];
  ko.mentions.forEach((_, k) => en.mentions.forEach((_, e) => {
    if (test(k, e)) edges.push(edgeOf(k, e));
  }));
  return edges;
}

/** The state of one comparison: the mentions of both sides and which of them are already accounted for. */
interface Pairing {
  readonly ko: SideNumbers;
  readonly en: SideNumbers;
  readonly options: NumberCompareOptions;
  readonly edgeOf: EdgeOf;
  /** Per mention of each side: a newsroom convention (isConvention), decided once per comparison. */
  readonly isConventionK: readonly boolean[];
  readonly isConventionE: readonly boolean[];
  /** Every pair of mentions that agree. */
  readonly agreeing: readonly Edge[];
  readonly usedK: Set<number>;
  readonly usedE: Set<number>;
}

/** Greedy one-to-one assignment over edges in order, among unused mentions; marks them used and returns the edges taken. */
function assign(p: Pairing, edges: readonly Edge[], compare: (a: Edge, b: Edge) => number): Edge[] {
  const taken: Edge[] = [];
  for (const candidate of [...edges].sort(compare)) {
    if (p.usedK.has(candidate.k) || p.usedE.has(candidate.e)) continue;
    p.usedK.add(candidate.k);
    p.usedE.add(candidate.e);
    taken.push(candidate);
  }
  return taken;
}

/**
 * A Korean number paired with a conversion ("15m" with "49 feet") while an English number in its own unit
 * ("51 meters") is left over: the number in the same unit is its translation, the other a conversion of that.
 */
function isDisplaced(p: Pairing, x: Edge): boolean {
  const k = p.ko.mentions[x.k] as NumberMention;
  if (x.isSameUnit || !isConvertedFamily(slotFamily(k))) return false;
  return p.en.mentions.some((e, i) => !p.usedE.has(i) && slotFamily(e) === slotFamily(k) && isSameUnit(k, e));
}

/**
 * Marks as used the mentions that repeat a quantity already paired: a Korean "3명 … 3명" that the English
 * states once. A repeat states the same value as the paired mention, of the same kind, and agrees with its counterpart.
 */
function markRepeats(p: Pairing, taken: readonly Edge[]): void {
  const isRepeat = (side: SideNumbers, i: number, j: number) => {
    const [a, b] = [side.mentions[i] as NumberMention, side.mentions[j] as NumberMention];
    return a.value === b.value && slotFamily(a) === slotFamily(b);
  };
  for (const x of p.agreeing) {
    if (!p.usedK.has(x.k) && taken.some((t) => t.e === x.e && isRepeat(p.ko, t.k, x.k))) p.usedK.add(x.k);
    if (!p.usedE.has(x.e) && taken.some((t) => t.k === x.k && isRepeat(p.en, t.e, x.e))) p.usedE.add(x.e);
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
  markRepeats(p, taken.filter((x) => !displaced.includes(x)));
  for (const x of displaced) p.usedK.delete(x.k);
}

/** Certainty of a pairing: only a same-slot, same-unit pair with no rival, stated exactly, is proof. */
function evidenceOf(p: Pairing, x: Edge, isClear: boolean): NumberDisagreement["evidence"] {
  const [k, e] = [p.ko.mentions[x.k] as NumberMention, p.en.mentions[x.e] as NumberMention];
  if (!isSameSlot(x) || !isClear || isConversion(p.ko, k) || isConversion(p.en, e)) return "likely";
  if (isConvertedFamily(slotFamily(k)) && !x.isSameUnit) return "likely";
  // a mention that also agrees with an unpaired mention of another kind (a weekday, 올해) may be that one
  if (hasAlternative(p, x)) return "likely";
  const isLoose = k.isApproximate || e.isApproximate || k.bound != null || e.bound != null || k.high != null || e.high != null;
  return isLoose && x.relation === "none" ? "likely" : "proof";
}

/** Edges between unused mentions that are not conventions, that may be one slot. */
function openEdges(p: Pairing): Edge[] {
  return edgesWhere(p.ko, p.en, p.edgeOf, (k, e) => !p.usedK.has(k) && !p.isConventionK[k] && !p.usedE.has(e) && !p.isConventionE[e])
    .filter((x) => x.fit !== "none" && !isElidedScale(p.ko.mentions[x.k] as NumberMention, p.en.mentions[x.e] as NumberMention));
}

/** Mentions with exactly one candidate among the edges, on each side. */
function uniqueEdges(edges: readonly Edge[]): Edge[] {
  const count = (key: "k" | "e", i: number) => edges.filter((x) => x[key] === i).length;
  return edges.filter((x) => count("k", x.k) === 1 && count("e", x.e) === 1);
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
  return p.agreeing.some((y) => (y.k === x.k || y.e === x.e) && !p.usedK.has(y.k) && !p.usedE.has(y.e));
}

/** A pairing of one family, or of two related ones. */
function isSameSlot(x: Edge): boolean {
  return x.fit === "strong" || x.fit === "compatible";
}

/** Takes the unique edges as disagreements: both mentions become used. */
function takeUnique(p: Pairing, edges: readonly Edge[]): NumberDisagreement[] {
  const found = uniqueEdges(edges);
  const out = found.map((x) => disagreement(p, x, true));
  found.forEach((x) => [p.usedK.add(x.k), p.usedE.add(x.e)]);
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
  const weak = uniqueEdges(edges).filter((x) => x.fit === "weak" && (x.relation !== "none" || isCountPair(p.ko, p.en, x)));
  weak.forEach((x) => [p.usedK.add(x.k), p.usedE.add(x.e)]);
  const related = edges.filter((x) => x.relation !== "none" && !p.usedK.has(x.k) && !p.usedE.has(x.e));
  const order = (a: Edge, b: Edge) => FIT_RANK[a.fit] - FIT_RANK[b.fit] || RELATION_RANK[a.relation] - RELATION_RANK[b.relation] || a.distance - b.distance;
  const found = [...weak.map((x) => [x, true] as const), ...assign(p, related, order).map((x) => [x, hasNoRival(x, related)] as const)];
  return found.filter(([x, isClear]) => isSameSlot(x) || isClear).map(([x, isClear]) => disagreement(p, x, isClear));
}

/**
 * A Korean count with a counter ("7명", "3척") and an English bare number before a plural noun ("seven
 * pilgrims", "47 factory workers"), neither a conversion: one slot although the English noun is not a
 * known unit word.
 */
function isCountPair(ko: SideNumbers, en: SideNumbers, x: Edge): boolean {
  const [k, e] = [ko.mentions[x.k] as NumberMention, en.mentions[x.e] as NumberMention];
  if (k.kind !== "count" || !isCountedFamily(slotFamily(k)) || slotFamily(e) !== "plain" || isConversion(ko, k) || isConversion(en, e)) return false;
  return EN_PLURAL_NOUN_AFTER.test(en.text.slice(e.end, e.end + PLURAL_NOUN_WINDOW));
}

/**
 * Compares the number mentions of a Korean text and its English translation: disagreements (the same
 * slot with two values) and the numbers stated on one side only, leaving out newsroom conventions.
 */
export function compareNumbers(koText: string, koMentions: readonly NumberMention[], enText: string, enMentions: readonly NumberMention[], options: NumberCompareOptions): NumberComparison {
  const ko: SideNumbers = { text: koText, mentions: koMentions };
  const en: SideNumbers = { text: enText, mentions: joinMistypedDates(enText, enMentions) };
  const edgeOf = edgeCache(ko, en, options);
  const agreeing = edgesWhere(ko, en, edgeOf, (k, e) => agree(ko.mentions[k] as NumberMention, en.mentions[e] as NumberMention, options));
  const conventions = (side: SideNumbers) => side.mentions.map((m) => isConvention(side, m, options));
  const p: Pairing = { ko, en, options, edgeOf, isConventionK: conventions(ko), isConventionE: conventions(en), agreeing, usedK: new Set(), usedE: new Set() };
  pairAgreeing(p);
  const sure = pairSameSlot(p);
  pairLooseAgreements(p);
  const disagreements = [...sure, ...pairLikely(p)].sort((a, b) => a.en.start - b.en.start);
  const alone = (side: SideNumbers, used: ReadonlySet<number>) =>
    side.mentions.filter((m, i) => !used.has(i) && !isConvention(side, m, options) && !isQuietAlone(side, m));
  return { disagreements, koOnly: alone(ko, p.usedK), enOnly: alone(en, p.usedE) };
}
