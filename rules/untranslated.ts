/**
 * untranslated: Hangul left in the English text, or an English paragraph identical to its Korean source.
 */
import { findHangulRuns, isSameUpToWhitespace } from "../src/text/script.js";
import { excerpt, segmentSpan, spanOf } from "../src/text/spans.js";
import { defineRule, type AlignedPair, type RuleReport, type Segment } from "../src/types.js";

type MessageId = "hangulInTarget" | "identicalToSource";

/** At least one letter: a paragraph of only digits or punctuation may legitimately be copied. */
const HAS_WORD = /\p{L}/u;

function hangulRuns(en: Segment): RuleReport<MessageId>[] {
  return findHangulRuns(en.text).map(({ start, end }) => ({
    messageId: "hangulInTarget" as const,
    data: { text: en.text.slice(start, end) },
    target: spanOf(en, start, end),
  }));
}

function checkPair({ ko, en }: AlignedPair): RuleReport<MessageId>[] {
  if (!en) return [];
  if (ko && HAS_WORD.test(ko.text) && isSameUpToWhitespace(ko.text, en.text)) {
    return [{ messageId: "identicalToSource", data: { excerpt: excerpt(en.text) }, source: segmentSpan(ko), target: segmentSpan(en) }];
  }
  return hangulRuns(en);
}

export default defineRule({
  meta: {
    id: "untranslated",
    description: "The English text must not keep Korean text untranslated",
    category: "accuracy/untranslated",
    defaultSeverity: "error",
    messages: {
      hangulInTarget: 'Korean text "{{text}}" left untranslated in the English',
      identicalToSource: 'English paragraph "{{excerpt}}" is identical to its Korean source',
    },
  },
  defaultOptions: {},
  check: ({ article }) => article.pairs.flatMap(checkPair),
});
