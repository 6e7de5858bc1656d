/**
 * Paragraph aligner: pairs the Korean paragraphs of an article with the English paragraphs that
 * translate them, allowing merges (2-1, 3-1), splits (1-2, 1-3) and omissions (1-0, 0-1).
 *
 * Dynamic programming over beads (Gale & Church 1993) with a richer cost: a length model whose
 * English/Korean ratio is estimated from the document itself, sentence and quotation counts, and anchors
 * that survive translation (numbers, Latin-script words, e-mail and web addresses, lexicon terms,
 * transliterated names, Hanja glosses; src/text/anchors.ts). Omissions are found because a paragraph
 * whose anchors, length and sentences fit no neighbour costs less alone than glued onto one.
 *
 * Telling a dropped paragraph from a merged one (1-0 + 1-1 against 2-1) rests on evidence, not on the
 * shape priors alone: lone anchors (a number, term or address the other text has nowhere) cost every
 * bead that takes them in and nothing when their paragraph stays unaligned, and in a short article the
 * length ratio is estimated together with the alignment (profileRatio), so the dropped paragraph does not
 * skew the ratio that should expose it. A band around an anchor-pinned centre line keeps long documents
 * linear in time and memory; the band widens when the path runs along its edge.
 */
import { analyzeDocument, selectAnchors, type DocumentFeatures } from "./text/align-features.js";
import { BeadCoster, LengthFloor, type CostParams } from "./text/align-cost.js";
import { alignInBand, bandAround, widenAround, type BandTable, type PathStep, type Shape } from "./text/align-band.js";
import type { ScoredBeads } from "./text/align-reuse.js";
import { bandCenter, centerMap } from "./text/align-center.js";
import { scoreSteps } from "./text/align-score.js";

/** One bead: Korean paragraph indices and English paragraph indices (either may be empty, not both). */
export interface Bead {
  ko: number[];
  en: number[];
  /** Confidence in [0, 1] that the bead is right. */
  score: number;
}

/**
 * Tunables of the aligner. Costs are in nats (natural-log units of probability). Anchor bonuses and
 * penalties are per anchor at full weight; an anchor that also occurs in k nearby paragraphs of its
 * side (see anchorWindow) counts 1/k.
 */
export interface AlignOptions {
  /** Gale-Church length variance, in English characters² per Korean character (non-space characters). */
  lengthVariance: number;
  /**
   * The most the length term of a bead can cost: the length model's Gaussian tail is mixed with this
   * outlier probability (e^-cost), since a translation may be abridged or padded at will; without it a
   * paragraph cut to one sentence would be unpaired from its source despite sharing its numbers (nats).
   */
  maxLengthCost: number;
  /** Cost per sentence of difference between the two sides of a bead (nats per sentence). */
  sentenceCost: number;
  /** Cost per quotation of difference between the two sides of a bead (nats per quotation). */
  quoteCost: number;
  /**
   * Cost per fragment of difference between the two sides of a bead: a paragraph with no sentence end (a
   * title, a byline, a keyword line) translates a fragment, not a sentence (nats per fragment).
   */
  fragmentCost: number;
  /** Bonus per number above 31 or with a fraction (656조, 2.8%, 1931) found on both sides of a bead (nats per number). */
  numberBonus: number;
  /** Cost per such number on one side of a bead only, either side, that the other text has elsewhere (nats per number). */
  numberPenalty: number;
  /** Bonus per whole number up to 31 (a day, a small count) found on both sides of a bead (nats per number). */
  smallNumberBonus: number;
  /** Cost per such small number on one side of a bead only, either side, that the other text has elsewhere (nats per number). */
  smallNumberPenalty: number;
  /** Bonus per Latin-script word of the Korean found in the English of a bead (nats per word). */
  latinBonus: number;
  /** Cost per Latin-script word of the Korean missing from the English of its bead but found elsewhere (nats per word). */
  latinPenalty: number;
  /** Bonus per lexicon term found on both sides (nats per term). */
  termBonus: number;
  /** Cost per lexicon term of the Korean missing from the English of its bead but found elsewhere (nats per term). */
  koTermPenalty: number;
  /** Cost per lexicon term of the English missing from the Korean of its bead but found elsewhere (nats per term). */
  enTermPenalty: number;
  /** Bonus per transliterated name found on both sides (nats per name). */
  nameBonus: number;
  /**
   * Cost per lone number (one the other text has nowhere) in a bead, either side (nats per number). Lone
   * anchors are what tells a dropped paragraph from one merged into its neighbour: a bead that takes them
   * in pays, leaving the paragraph unaligned does not.
   */
  loneNumberPenalty: number;
  /** Cost per lone small number (up to 31) in a bead, either side (nats per number). */
  loneSmallNumberPenalty: number;
  /** Cost per lone Latin-script word of the Korean in a bead (nats per word). */
  loneLatinPenalty: number;
  /** Cost per lone lexicon term of the Korean in a bead (nats per term). */
  koLoneTermPenalty: number;
  /** Cost per lone lexicon term of the English in a bead (nats per term). */
  enLoneTermPenalty: number;
  /** Bonus per e-mail or web address found on both sides (nats per address). */
  verbatimBonus: number;
  /** Cost per e-mail or web address on one side of a bead only, either side, lone or not (nats per address). */
  verbatimPenalty: number;
  /** Paragraphs on each side of a paragraph within which a repeated anchor shares its weight (paragraphs). */
  anchorWindow: number;
  /** Anchors other than numbers found in more than this share of a side's paragraphs are ignored (0..1). */
  maxAnchorShare: number;
  /** Cost of a 2-1 or 1-2 bead over a 1-1 bead (nats). */
  mergeCost: number;
  /** Cost of a 3-1 or 1-3 bead over a 1-1 bead (nats). */
  tripleCost: number;
  /** Cost of a 2-2 bead over a 1-1 bead (nats). */
  doubleCost: number;
  /** Cost of leaving one paragraph unaligned, a 1-0 or 0-1 bead (nats). */
  dropCost: number;
  /** Times the length ratio is re-estimated from the aligned 1-1 beads and the document realigned (count). */
  ratioPasses: number;
  /**
   * Documents with more Korean paragraphs than this skip the re-estimation: their whole-text ratio is
   * already accurate, and a pass costs as much as the first alignment (paragraphs).
   */
  ratioPassMaxParagraphs: number;
  /**
   * Documents with at most this many paragraphs on the longer side choose the ratio by profile instead:
   * aligned once per candidate ratio, keeping the ratio whose best path plus prior costs least. A short
   * article's whole-text ratio is skewed by the very paragraph that was dropped or added (paragraphs).
   */
  ratioProfileMaxParagraphs: number;
  /** Prior English/Korean ratio of non-space characters in news translation (ratio). */
  priorRatio: number;
  /** Spread of the ratio between outlets and translators: standard deviation of its logarithm (log units). */
  priorRatioSpread: number;
  /** Half-width of the first band around the centre line (paragraphs). */
  bandHalfWidth: number;
  /** Widest half-width the band may grow to when the path runs along its edge (paragraphs). */
  maxBandHalfWidth: number;
  /** Most cells the band may hold per Korean paragraph, bounding memory when widening (cells per paragraph). */
  maxBandCellsPerParagraph: number;
  /** How far from the length diagonal anchor points for the centre line are sought (paragraphs). */
  anchorSearchRadius: number;
  /** How far from the centre line an anchor's counterpart may be for the anchor to count in bead costs (paragraphs). */
  anchorRadius: number;
  /** Cost margin that gives a bead confidence 0.73 (1 / (1 + e^-1)); larger = flatter scores (nats). */
  scoreScale: number;
}

/**
 * Defaults. lengthVariance, sentenceCost and termBonus were set on the alignment benchmark and checked
 * to hold on seeds 1-5 (BENCHMARKS.md). The number and lone-anchor prices are log-likelihood ratios
 * measured on the benchmark's gold alignments (seeds 1-5): a Korean number above 31 is found in its true
 * English pair 68-84% of the time and in another paragraph of the article 0.5-1% (bonus ~4.5, a miss
 * ~1.5), a number up to 31 in 62% against 9% (~2, ~1). Each lone anchor in a paragraph shifts the odds
 * that it was left untranslated by about its penalty (lone number above 31 ~1.2-1.5, up to 31 ~0.7-1,
 * Korean term ~0.45, English term ~0.2, Latin word ~0.5, set at half because the corpus's Korean lines
 * carry stray English headlines that real articles do not). priorRatio lies between the benchmark corpus
 * (2.2) and the reference sample (2.7). The rest are round values chosen by reasoning, not search.
 */
export const DEFAULT_ALIGN_OPTIONS: Readonly<AlignOptions> = Object.freeze({
  lengthVariance: 60,
  maxLengthCost: 5,
  sentenceCost: 1.2,
  quoteCost: 0.5,
  fragmentCost: 1,
  numberBonus: 4.5,
  numberPenalty: 1.5,
  smallNumberBonus: 2,
  smallNumberPenalty: 1,
  latinBonus: 2,
  latinPenalty: 1,
  termBonus: 0.8,
  koTermPenalty: 0.2,
  enTermPenalty: 0,
  nameBonus: 1,
  loneNumberPenalty: 1.3,
  loneSmallNumberPenalty: 0.8,
  loneLatinPenalty: 0.25,
  koLoneTermPenalty: 0.45,
  enLoneTermPenalty: 0.2,
  verbatimBonus: 3,
  verbatimPenalty: 2,
  anchorWindow: 3,
  maxAnchorShare: 0.3,
  mergeCost: 2.5,
  tripleCost: 5,
  doubleCost: 6,
  dropCost: 4,
  ratioPasses: 1,
  ratioPassMaxParagraphs: 2000,
  ratioProfileMaxParagraphs: 60,
  priorRatio: 2.4,
  priorRatioSpread: 0.25,
  bandHalfWidth: 6,
  maxBandHalfWidth: 1024,
  maxBandCellsPerParagraph: 128,
  anchorSearchRadius: 400,
  anchorRadius: 10,
  scoreScale: 2,
});

/** Bead shapes explored, cheapest-first so ties resolve the same way every run. */
const SHAPES: readonly Shape[] = [
  { a: 1, b: 1 }, { a: 1, b: 0 }, { a: 0, b: 1 }, { a: 2, b: 1 }, { a: 1, b: 2 },
  { a: 3, b: 1 }, { a: 1, b: 3 }, { a: 2, b: 2 },
];

/** Fewest 1-1 beads trusted for estimating the length ratio; below it the whole-text ratio is used. */
const MIN_RATIO_PAIRS = 5;
/** Fallback English/Korean ratio of non-space characters when a side has none (news: ~2.6). */
const DEFAULT_RATIO = 2.6;

/** Candidate ratios of the profile lie within this many prior spreads of the prior ratio (spreads). */
const PROFILE_SPAN = 3;
/** Candidate ratios of the profile on each side of the prior ratio (count). */
const PROFILE_STEPS = 15;

/** Per-kind match bonuses in ANCHOR_KINDS order (number, smallNumber, latin, term, name, verbatim). */
function matchBonus(o: AlignOptions): number[] {
  return [o.numberBonus, o.smallNumberBonus, o.latinBonus, o.termBonus, o.nameBonus, o.verbatimBonus];
}

/** Cost parameters for a document with the given length ratio. */
function costParams(o: AlignOptions, lengthRatio: number): CostParams {
  return {
    lengthRatio, lengthVariance: o.lengthVariance, maxLengthCost: o.maxLengthCost,
    sentenceCost: o.sentenceCost, quoteCost: o.quoteCost, fragmentCost: o.fragmentCost,
    matchBonus: matchBonus(o),
    // English words and names are matched only when the Korean has them, so only Korean ones can be missing
    koMissPenalty: [o.numberPenalty, o.smallNumberPenalty, o.latinPenalty, o.koTermPenalty, 0, o.verbatimPenalty],
    enMissPenalty: [o.numberPenalty, o.smallNumberPenalty, 0, o.enTermPenalty, 0, o.verbatimPenalty],
    koLonePenalty: [o.loneNumberPenalty, o.loneSmallNumberPenalty, o.loneLatinPenalty, o.koLoneTermPenalty, 0, o.verbatimPenalty],
    enLonePenalty: [o.loneNumberPenalty, o.loneSmallNumberPenalty, 0, o.enLoneTermPenalty, 0, o.verbatimPenalty],
    shapeCost: { "1-1": 0, "1-0": o.dropCost, "0-1": o.dropCost, "2-1": o.mergeCost, "1-2": o.mergeCost,
      "3-1": o.tripleCost, "1-3": o.tripleCost, "2-2": o.doubleCost },
  };
}

/**
 * English characters per Korean character over the 1-1 beads of a path, or over the whole document
 * when there is no path yet or it has fewer than MIN_RATIO_PAIRS 1-1 beads.
 */
function estimateRatio(f: DocumentFeatures, steps: readonly PathStep[]): number {
  const pairs = steps.filter((s) => s.a === 1 && s.b === 1);
  let ko = 0;
  let en = 0;
  if (pairs.length >= MIN_RATIO_PAIRS) {
    for (const { i, j } of pairs) { ko += f.ko.length[i] ?? 0; en += f.en.length[j] ?? 0; }
  } else {
    for (const x of f.ko.length) ko += x;
    for (const x of f.en.length) en += x;
  }
  return ko > 0 && en > 0 ? en / ko : DEFAULT_RATIO;
}

/** Best path for the given cost, widening the band where the path runs along its edge. */
function bestPath(f: DocumentFeatures, coster: BeadCoster, center: Float64Array, o: AlignOptions): PathStep[] {
  const m = f.en.length.length;
  const halfWidths = new Float64Array(center.length).fill(o.bandHalfWidth);
  let previous: BandTable | undefined;
  let spare: ScoredBeads | undefined;
  for (;;) {
    // a widened pass copies every cell whose inputs the widening left unchanged from the previous one,
    // and takes the terms of the beads it scored; the pass before that lends its store of them
    const { steps, touchedRows, table } = alignInBand(bandAround(center, m, halfWidths), m, SHAPES, coster, previous, spare);
    spare = previous?.scored;
    previous = table;
    const maxCells = o.maxBandCellsPerParagraph * center.length;
    if (touchedRows.length === 0 || !widenAround(halfWidths, touchedRows, o.maxBandHalfWidth, maxCells)) return steps;
  }
}

/** A best path and the coster that scored it. */
interface Alignment {
  readonly steps: PathStep[];
  readonly coster: BeadCoster;
}

/**
 * Aligns once per candidate ratio around the prior and keeps the alignment whose path cost plus the
 * prior's cost of the ratio (log-normal, in nats) is least: the ratio and the alignment are estimated
 * together, so a dropped or added paragraph is left out of the ratio instead of skewing it.
 */
function profileRatio(f: DocumentFeatures, center: Float64Array, o: AlignOptions): Alignment {
  const mu = Math.log(o.priorRatio);
  const floor = new LengthFloor(o.maxLengthCost); // the length term's bounds do not depend on the ratio
  let best: Alignment | undefined;
  let bestTotal = Infinity;
  for (let k = -PROFILE_STEPS; k <= PROFILE_STEPS; k++) {
    const z = (k * PROFILE_SPAN) / PROFILE_STEPS;
    const coster = new BeadCoster(f, costParams(o, Math.exp(mu + z * o.priorRatioSpread)), floor);
    const steps = bestPath(f, coster, center, o);
    const total = steps.reduce((sum, s) => sum + s.cost, 0) + (z * z) / 2;
    if (total < bestTotal) { best = { steps, coster }; bestTotal = total; }
  }
  return best as Alignment;
}

/** Aligns with the whole-text ratio, then re-estimates it from the 1-1 beads and aligns again. */
function reestimateRatio(f: DocumentFeatures, center: Float64Array, o: AlignOptions): Alignment {
  let coster = new BeadCoster(f, costParams(o, estimateRatio(f, [])));
  let steps = bestPath(f, coster, center, o);
  const passes = f.ko.length.length <= o.ratioPassMaxParagraphs ? o.ratioPasses : 0;
  for (let pass = 0; pass < passes; pass++) {
    coster = new BeadCoster(f, costParams(o, estimateRatio(f, steps)));
    steps = bestPath(f, coster, center, o);
  }
  return { steps, coster };
}

/** The indices [from, from + count): a bead's paragraphs on one side. */
export function indexRange(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

/** Turns path steps into beads with their confidence. */
function toBeads(steps: readonly PathStep[], scores: readonly number[]): Bead[] {
  return steps.map((s, k) => ({ ko: indexRange(s.i, s.a), en: indexRange(s.j, s.b), score: scores[k] ?? 0 }));
}

/**
 * A document ready for the dynamic programme: its features, the band's centre line and the options.
 * Typed arrays and plain values only, so it can be posted to a worker thread.
 */
export interface PreparedAlignment {
  readonly f: DocumentFeatures;
  readonly center: Float64Array;
  readonly o: AlignOptions;
}

/**
 * The features of one pass and the band's centre line. The document's evidence stays inside: it can be
 * collected before the dynamic programme runs (tens of megabytes at 100,000 paragraphs).
 */
export function prepareAlignment(ko: readonly string[], en: readonly string[], options: Partial<AlignOptions> = {}): PreparedAlignment {
  const o: AlignOptions = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const evidence = analyzeDocument(ko, en, o.maxAnchorShare);
  const center = bandCenter(evidence, matchBonus(o), o.anchorSearchRadius);
  const f = selectAnchors(evidence, { ...o, searchRadius: o.anchorRadius }, centerMap(center, en.length));
  return { f, center, o };
}

/** Aligns a prepared document (both sides non-empty): the dynamic programme, then each bead's confidence. */
export function alignPrepared({ f, center, o }: PreparedAlignment): Bead[] {
  const isShort = Math.max(f.ko.length.length, f.en.length.length) <= o.ratioProfileMaxParagraphs;
  const { steps, coster } = isShort ? profileRatio(f, center, o) : reestimateRatio(f, center, o);
  return toBeads(steps, scoreSteps(steps, coster, o.dropCost, o.scoreScale));
}

/**
 * Aligns Korean paragraphs with English paragraphs. Deterministic; beads are monotone, cover every
 * index of both sides exactly once in order, and are never empty.
 */
export function alignParagraphs(ko: readonly string[], en: readonly string[], options: Partial<AlignOptions> = {}): Bead[] {
  if (ko.length === 0 || en.length === 0) {
    return [...ko.map((_, i) => ({ ko: [i], en: [], score: 1 })), ...en.map((_, j) => ({ ko: [], en: [j], score: 1 }))];
  }
  return alignPrepared(prepareAlignment(ko, en, options));
}
