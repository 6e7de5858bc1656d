/**
 * number-mismatch: a number, amount, percent or date whose English value differs from the Korean one in
 * the same aligned pair. Korean groups digits by 10^4 (만, 억, 조) and English by 10^3, so the classic slip
 * is a factor of ten or a thousand (1조 2천억 = 1.2 trillion written "120 billion"). Mentions are paired
 * by slot (a percent with a percent, won with won, 명 with "people") in src/text/number-compare.ts; only a
 * slot with one candidate on each side is proof (error), a heuristic pairing is a warning, and a number on
 * one side only is a hint (translators condense and add conversions).
 */
import type { NumberMention } from "../src/analysis/index.js";
import { compareNumbers, type NumberComparison, type NumberDisagreement } from "../src/text/number-compare.js";
import { suggestEnglish } from "../src/text/number-suggest.js";
import { spanOf } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type RuleContext, type RuleReport, type Segment } from "../src/types.js";

interface Options {
  /** Relative difference always accepted between two values (0..1). */
  relativeTolerance: number;
  /** Relative difference accepted after a unit conversion the translator added (0..1). */
  conversionTolerance: number;
  /** Accept newsroom rounding of hedged or scaled values ("about $2.4 billion" for 23억6천만 달러). */
  allowRounding: boolean;
  /** Largest relative change rounding may make (0..1). */
  maxRounding: number;
  /** Accept a weekday ("on Wednesday") for a Korean day of month ("16일"). */
  allowWeekdayForDay: boolean;
  /** Leave years out of the check. */
  ignoreYears: boolean;
  /** Digit edits (digits) that still make two left-over values one slot when units do not prove it. */
  maxDigitEdits: number;
  /** A bound ("more than 12") accepts a value on its side up to this many times it (ratio). */
  maxBoundRatio: number;
  /** Do not report Korean numbers that have no English counterpart (info). */
  ignoreSourceOnly: boolean;
  /** Do not report English numbers that have no Korean counterpart (info). */
  ignoreTargetOnly: boolean;
}
type MessageId = "valueMismatch" | "scaleMismatch" | "dateMismatch" | "numberOnlyInSource" | "numberOnlyInTarget";

// kinds reported as dates rather than as values
const DATE_KINDS: ReadonlySet<string> = new Set(["date", "year", "time"]);
// thousands separators for the factor in a scale message
const FACTOR_FORMAT = new Intl.NumberFormat("en-US");

/** The factor between two values that differ by a power of ten ("1,000" or "1/1,000"), or null if they do not. */
function scaleFactor(ko: NumberMention, en: NumberMention): string | null {
  const power = Math.round(Math.log10(Math.abs(en.value / ko.value)));
  if (!Number.isFinite(power) || power === 0) return null;
  const factor = FACTOR_FORMAT.format(10 ** Math.abs(power));
  return power > 0 ? factor : `1/${factor}`;
}

function mismatchReport(d: NumberDisagreement, ko: Segment, en: Segment): RuleReport<MessageId> {
  const isDate = DATE_KINDS.has(d.ko.kind) || DATE_KINDS.has(d.en.kind);
  const factor = !isDate && d.relation === "scale" ? scaleFactor(d.ko, d.en) : null;
  const replacement = suggestEnglish(d.ko, d.en);
  return {
    messageId: isDate ? "dateMismatch" : factor !== null ? "scaleMismatch" : "valueMismatch",
    actual: d.en.text, expected: d.ko.text,
    source: spanOf(ko, d.ko.start, d.ko.end), target: spanOf(en, d.en.start, d.en.end),
    ...(factor !== null ? { data: { factor } } : {}),
    ...(replacement !== null ? { replacement } : {}),
    ...(d.evidence === "likely" ? { severity: "warning" as const } : {}),
  };
}

/** Numbers stated on one side only: hints, since translators condense the Korean and add conversions. */
function oneSidedReports(result: NumberComparison, ko: Segment, en: Segment, options: Options): RuleReport<MessageId>[] {
  const source = options.ignoreSourceOnly ? [] : result.koOnly.map((m): RuleReport<MessageId> => (
    { messageId: "numberOnlyInSource", expected: m.text, source: spanOf(ko, m.start, m.end), severity: "info" }));
  const target = options.ignoreTargetOnly ? [] : result.enOnly.map((m): RuleReport<MessageId> => (
    { messageId: "numberOnlyInTarget", actual: m.text, target: spanOf(en, m.start, m.end), severity: "info" }));
  return [...source, ...target];
}

/** Comparisons by Korean text, then English text: a pair repeated word for word (a dateline) is compared once. */
type Compared = Map<string, Map<string, NumberComparison>>;

function compare(ko: Segment, en: Segment, { options, analysis }: RuleContext<Options>, compared: Compared): NumberComparison {
  let byEnglish = compared.get(ko.text);
  if (!byEnglish) compared.set(ko.text, (byEnglish = new Map()));
  let result = byEnglish.get(en.text);
  if (!result) byEnglish.set(en.text, (result = compareNumbers(ko.text, analysis.of(ko).numbers, en.text, analysis.of(en).numbers, options)));
  return result;
}

function checkPair({ ko, en }: AlignedPair, ctx: RuleContext<Options>, compared: Compared): RuleReport<MessageId>[] {
  if (!ko || !en) return []; // unaligned paragraphs are reported by omission and addition
  const { options } = ctx;
  const result = compare(ko, en, ctx, compared);
  return [...result.disagreements.map((d) => mismatchReport(d, ko, en)), ...oneSidedReports(result, ko, en, options)];
}

export default defineRule({
  meta: {
    id: "number-mismatch",
    description: "Numbers, amounts and dates in the English text must match the Korean source",
    category: "accuracy/mistranslation",
    defaultSeverity: "error",
    hasSuggestions: true,
    messages: {
      valueMismatch: 'Number "{{actual}}" does not match the Korean "{{expected}}"',
      scaleMismatch: 'Number "{{actual}}" is off by a factor of {{factor}} from the Korean "{{expected}}"',
      dateMismatch: 'Date "{{actual}}" does not match the Korean "{{expected}}"',
      numberOnlyInSource: 'Korean number "{{expected}}" has no counterpart in the English',
      numberOnlyInTarget: 'English number "{{actual}}" has no counterpart in the Korean',
    },
  },
  defaultOptions: {
    relativeTolerance: 0, conversionTolerance: 0.03, allowRounding: true, maxRounding: 0.1, allowWeekdayForDay: true,
    ignoreYears: false, maxDigitEdits: 1, maxBoundRatio: 1.2, ignoreSourceOnly: false, ignoreTargetOnly: true,
  },
  check: (ctx) => {
    const compared: Compared = new Map();
    return ctx.article.pairs.flatMap((pair) => checkPair(pair, ctx, compared));
  },
});
