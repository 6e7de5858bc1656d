/**
 * omission: a Korean paragraph with no English counterpart, or an English counterpart far shorter than
 * the document's own English/Korean length ratio predicts. Bylines and credit lines that newsrooms do
 * not translate are reported as info only.
 */
import { excerpt, segmentSpan } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type Article, type RuleReport, type Segment } from "../src/types.js";

interface Options {
  /** An English counterpart below this share (0..1) of its expected length is reported. */
  minLengthShare: number;
  /** Korean paragraphs shorter than this (characters) are not checked for truncation. */
  minSourceLength: number;
}
type MessageId = "paragraphOmitted" | "creditOmitted" | "translationTruncated";

/** A reporter's byline or a credit/copyright line: an e-mail address, "... 기자" at the end, or a rights notice. */
const CREDIT_LINE = /[\w.+-]+@[\w-]+\.[\w.]+|기자\s*[)\]]?\s*$|무단\s*전재|재배포\s*금지|ⓒ|©/;

function omitted(ko: Segment): RuleReport<MessageId> {
  const isCredit = CREDIT_LINE.test(ko.text);
  return {
    messageId: isCredit ? "creditOmitted" : "paragraphOmitted",
    data: { excerpt: excerpt(ko.text) },
    source: segmentSpan(ko),
    ...(isCredit ? { severity: "info" as const } : {}),
  };
}

function truncated(ko: Segment, en: Segment, article: Article, options: Options): RuleReport<MessageId>[] {
  if (ko.text.length < options.minSourceLength) return [];
  const expected = ko.text.length * article.stats.lengthRatio;
  const share = en.text.length / expected;
  if (share >= options.minLengthShare) return [];
  return [{
    messageId: "translationTruncated",
    data: { percent: Math.round(share * 100) },
    source: segmentSpan(ko), target: segmentSpan(en),
    severity: "warning",
  }];
}

function checkPair(pair: AlignedPair, article: Article, options: Options): RuleReport<MessageId>[] {
  if (pair.ko && !pair.en) return [omitted(pair.ko)];
  if (pair.ko && pair.en) return truncated(pair.ko, pair.en, article, options);
  return [];
}

export default defineRule({
  meta: {
    id: "omission",
    description: "Every Korean paragraph must be translated in full",
    category: "accuracy/omission",
    defaultSeverity: "error",
    messages: {
      paragraphOmitted: 'Korean paragraph "{{excerpt}}" has no English counterpart',
      creditOmitted: 'Credit line "{{excerpt}}" has no English counterpart',
      translationTruncated: "English paragraph has only {{percent}}% of the length its Korean source predicts",
    },
  },
  defaultOptions: { minLengthShare: 0.3, minSourceLength: 40 },
  check: ({ article, options }) => article.pairs.flatMap((pair) => checkPair(pair, article, options)),
});
