/**
 * addition: an English paragraph with no Korean counterpart, or an English counterpart far longer than
 * the document's own length ratio predicts. A keyword or tag line (a comma-separated list of short
 * phrases, common at the end of web articles) is reported as info only.
 */
import { excerpt, segmentSpan } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type Article, type RuleReport, type Segment } from "../src/types.js";

interface Options {
  /** An English counterpart above this multiple of its expected length is reported. */
  maxLengthMultiple: number;
  /** Korean paragraphs shorter than this (characters) are not checked for expansion. */
  minSourceLength: number;
  /** A keyword line has at least this many comma-separated items. */
  minKeywordItems: number;
  /** ... each of at most this many words. */
  maxKeywordWords: number;
}
type MessageId = "paragraphAdded" | "keywordLine" | "translationExpanded";

/** A labelled tag line ("Tags: ...", "Keywords: ..."). */
const TAG_LABEL = /^(?:tags?|keywords?|topics?|related)\s*:/i;
/** Sentence-final punctuation, which a keyword list lacks. */
const SENTENCE_END = /[.!?]["”’)]?\s*$/;

function isKeywordLine(text: string, options: Options): boolean {
  if (TAG_LABEL.test(text)) return true;
  if (SENTENCE_END.test(text)) return false;
  const items = text.split(/[,;·|]/).map((s) => s.trim()).filter(Boolean);
  if (items.length < options.minKeywordItems) return false;
  return items.every((item) => item.split(/\s+/).length <= options.maxKeywordWords);
}

function added(en: Segment, options: Options): RuleReport<MessageId> {
  const isKeywords = isKeywordLine(en.text, options);
  return {
    messageId: isKeywords ? "keywordLine" : "paragraphAdded",
    data: { excerpt: excerpt(en.text) },
    target: segmentSpan(en),
    ...(isKeywords ? { severity: "info" as const } : {}),
  };
}

function expanded(ko: Segment, en: Segment, article: Article, options: Options): RuleReport<MessageId>[] {
  if (ko.text.length < options.minSourceLength) return [];
  const multiple = en.text.length / (ko.text.length * article.stats.lengthRatio);
  if (multiple <= options.maxLengthMultiple) return [];
  return [{
    messageId: "translationExpanded",
    data: { multiple: multiple.toFixed(1) },
    source: segmentSpan(ko), target: segmentSpan(en),
  }];
}

function checkPair(pair: AlignedPair, article: Article, options: Options): RuleReport<MessageId>[] {
  if (pair.en && !pair.ko) return [added(pair.en, options)];
  if (pair.ko && pair.en) return expanded(pair.ko, pair.en, article, options);
  return [];
}

export default defineRule({
  meta: {
    id: "addition",
    description: "Every English paragraph must translate something in the Korean source",
    category: "accuracy/addition",
    defaultSeverity: "warning",
    messages: {
      paragraphAdded: 'English paragraph "{{excerpt}}" has no Korean counterpart',
      keywordLine: 'Keyword line "{{excerpt}}" has no Korean counterpart',
      translationExpanded: "English paragraph is {{multiple}} times the length its Korean source predicts",
    },
  },
  defaultOptions: { maxLengthMultiple: 2.5, minSourceLength: 40, minKeywordItems: 3, maxKeywordWords: 5 },
  check: ({ article, options }) => article.pairs.flatMap((pair) => checkPair(pair, article, options)),
});
