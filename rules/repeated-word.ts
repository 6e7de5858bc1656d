/**
 * repeated-word: a word written twice in a row ("the the", "정부는 정부는"), on either side, also across a
 * hard line break. English and Korean have legitimate doubles that are left alone: "had had", "that
 * that", "what it is is", reduplicated interjections and mimetic words ("bye bye", "쿵 쿵"), numbers, and
 * capitalised names and titles ("Bora Bora", "Sirhan Sirhan"). Emphatic doubles ("very very", "계속 계속")
 * are fine inside a quotation (the speaker's words) and a warning outside one.
 */
import type { ArticleAnalysis } from "../src/analysis/index.js";
import { quotedRanges } from "../src/analysis/quotes.js";
import { getOrAdd } from "../src/text/maps.js";
import { spanOf } from "../src/text/spans.js";
import { findWords, hasEqualNeighbours, isCapitalized, isNumberWord, type Word } from "../src/text/words.js";
import { defineRule, type AlignedPair, type RuleReport, type Segment, type Side } from "../src/types.js";

interface Options {
  /** Do not report emphatic doubles ("very very") outside quotations. */
  allowEmphatic: boolean;
  /** Do not report doubles whose copies all start with a capital letter (names, titles), function words excepted. */
  ignoreCapitalized: boolean;
  /** Further words whose doubling is accepted (compared in lower case). */
  allowedWords: string[];
  /** Words before "is is" / "was was" in which a free relative's wh-word makes it grammatical ("what the plan really is is"). */
  maxFreeRelativeWords: number;
}
type MessageId = "repeatedWord" | "emphaticRepetition";

/** A run of two or more equal words: words[first..last]. */
interface Run {
  readonly words: readonly Word[];
  readonly first: number;
  readonly last: number;
}

/** Doubles that English grammar produces: "had had", "that that". */
const GRAMMATICAL_DOUBLES = new Set(["had", "that"]);
/** Reduplicated interjections and sound words, English and Korean, written with a space. */
const REDUPLICATIVES = new Set([
  "bye", "ha", "haha", "hee", "ho", "no", "yes", "well", "now", "tut", "tsk", "knock", "chop", "blah", "yada", "la", "na",
  "boo", "choo", "bang", "boom", "beep", "ding", "pom", "tom", "yum", "hush", "goody", "night", "cha", "rah", "bling", "mahi", "uh",
  "네", "예", "응", "자", "하", "허", "호", "쿵", "똑", "탕", "펑", "쾅", "땅", "빨리", "어서", "가자", "그래", "아니", "여보세요", "만세",
  // Korean reduplicated adverbs and mimetic words written as one word but often spaced (하나하나, 차근차근)
  "하나", "차근", "구석", "조목", "따로", "가끔", "띄엄", "군데", "알뜰", "살금", "반짝", "두근", "깜빡", "번쩍", "출렁", "들썩",
  "흔들", "꼬박", "겹겹", "층층", "집집", "곳곳", "사이", "마디", "대대", "길이", "고루", "오래",
]);
/** Adverbs doubled for emphasis in speech. */
const EMPHATICS = new Set([
  "very", "really", "so", "much", "many", "far", "long", "too", "more", "never", "ever", "again", "please",
  "계속", "정말", "진짜", "너무", "아주", "매우", "더", "또", "자꾸", "많이", "잘", "꼭", "훨씬", "제발", "얼른", "천천히", "조금", "좀",
]);
/** Function words and the pronoun I: doubled, they are typos even when capitalised ("I I think", a Title Case "To To"). */
const FUNCTION_WORDS = new Set(["the", "a", "an", "i", "to", "of", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from", "as", "is", "was", "be", "it", "this"]);
/** Words that open a free relative, making "what it is is" grammatical. */
const WH_WORDS = new Set(["what", "whatever", "where", "who", "why", "how", "all"]);
/** Verbs taking two objects, making "gave her her book" grammatical. */
const DITRANSITIVE_VERBS = new Set(["gave", "give", "gives", "giving", "handed", "hand", "sent", "send", "showed", "show", "told", "tell", "offered", "offer", "brought", "bring", "bought", "buy", "paid", "pay", "owed", "lent", "cost", "earned", "won", "wished", "denied", "made", "make"]);
/** Subjects before an emphatic "do do" ("they do do it"). */
const SUBJECT_PRONOUNS = new Set(["i", "you", "we", "they", "people"]);
/** White space between two copies: spaces or one line break, never a paragraph break. */
const WORD_GAP = /^[^\S\n]*\n?[^\S\n]*$/;
/** What may stand before a whole word: white space or an opening bracket or quotation mark (not ")" as in "(EU)이", a particle). */
const BEFORE_WORD = /[\s([{“‘"'「『《〈]/;

const key = (word: Word): string => word.text.toLowerCase();

/** True when a word stands on its own rather than hanging off what comes before it. */
function startsWord(text: string, word: Word): boolean {
  const before = text[word.start - 1];
  return before === undefined || BEFORE_WORD.test(before);
}

/** Runs of equal words (case-insensitive) separated by white space only. */
function findRuns(words: readonly Word[], text: string): Run[] {
  const runs: Run[] = [];
  let first = 0;
  for (let i = 1; i <= words.length; i++) {
    const same = i < words.length && key(words[i]!) === key(words[i - 1]!) && WORD_GAP.test(text.slice(words[i - 1]!.end, words[i]!.start));
    if (same) continue;
    if (i - 1 > first && startsWord(text, words[first]!)) runs.push({ words, first, last: i - 1 });
    first = i;
  }
  return runs;
}

/** The lower-cased words before the run, back to the start of its sentence (at most `limit`). */
function wordsBefore(run: Run, text: string, limit: number): string[] {
  const start = run.words[run.first]!.start;
  const sentenceStart = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("? ", start), text.lastIndexOf("! ", start));
  return run.words.slice(Math.max(0, run.first - limit), run.first).filter((w) => w.start > sentenceStart).map(key);
}

/** True for a double that grammar produces: "had had", "what it is is", "they do do", "gave her her". */
function isGrammatical(run: Run, text: string, options: Options): boolean {
  const word = key(run.words[run.first]!);
  if (GRAMMATICAL_DOUBLES.has(word)) return true;
  const before = wordsBefore(run, text, options.maxFreeRelativeWords);
  if (word === "is" || word === "was") return before.some((w) => WH_WORDS.has(w));
  if (word === "do") return SUBJECT_PRONOUNS.has(before.at(-1) ?? "") || before.some((w) => WH_WORDS.has(w));
  if (word === "her") return DITRANSITIVE_VERBS.has(before.at(-1) ?? "");
  return false;
}

/** True when every copy is capitalised, as names and titles are ("Bora Bora"), unless it is a function word. */
function isCapitalizedName(run: Run): boolean {
  const copies = run.words.slice(run.first, run.last + 1);
  return copies.every((w) => isCapitalized(w.text)) && !FUNCTION_WORDS.has(key(copies[0]!));
}

/** Why a run is not a typo: "exempt", "emphatic", or null for a typo. */
function classify(run: Run, text: string, isQuoted: boolean, options: Options): "exempt" | "emphatic" | null {
  const word = key(run.words[run.first]!);
  if (isNumberWord(word) || REDUPLICATIVES.has(word) || options.allowedWords.some((w) => w.toLowerCase() === word)) return "exempt";
  if (isGrammatical(run, text, options) || (options.ignoreCapitalized && isCapitalizedName(run))) return "exempt";
  if (!EMPHATICS.has(word)) return null;
  return isQuoted || options.allowEmphatic ? "exempt" : "emphatic";
}

function toReport(run: Run, segment: Segment, side: Side, kind: "emphatic" | null): RuleReport<MessageId> {
  const first = run.words[run.first]!;
  const span = spanOf(segment, first.start, run.words[run.last]!.end);
  const actual = segment.text.slice(span.start, span.end);
  return {
    messageId: kind === "emphatic" ? "emphaticRepetition" : "repeatedWord",
    data: { word: first.text }, actual, expected: first.text,
    ...(kind === "emphatic" ? { severity: "warning" as const } : {}),
    ...(side === "en" ? { target: span, replacement: first.text } : { source: span }),
  };
}

/** Runs by text: a paragraph repeated word for word (a dateline, a byline) is read once per check. */
type RunsByText = Map<string, Run[]>;

function runsOf(text: string, known: RunsByText): Run[] {
  // a run needs two equal neighbouring words; most paragraphs have none, and are read without building words
  return getOrAdd(known, text, () => (hasEqualNeighbours(text) ? findRuns(findWords(text), text) : []));
}

function checkSegment(segment: Segment | null, analysis: ArticleAnalysis, options: Options, known: RunsByText): RuleReport<MessageId>[] {
  if (!segment) return [];
  const { text, side } = segment;
  const runs = runsOf(text, known);
  if (runs.length === 0) return [];
  const quoted = quotedRanges(analysis.of(segment).quotes, text);
  return runs.flatMap((run) => {
    const start = run.words[run.first]!.start;
    const kind = classify(run, text, quoted.some((r) => r.start <= start && start < r.end), options);
    return kind === "exempt" ? [] : [toReport(run, segment, side, kind)];
  });
}

export default defineRule({
  meta: {
    id: "repeated-word",
    description: "A word must not be written twice in a row",
    category: "fluency/grammar",
    defaultSeverity: "error",
    hasSuggestions: true,
    messages: {
      repeatedWord: 'Word "{{word}}" is repeated in "{{actual}}"',
      emphaticRepetition: 'Emphatic "{{actual}}" outside a quotation; news style writes "{{word}}" once',
    },
  },
  defaultOptions: { allowEmphatic: false, ignoreCapitalized: true, allowedWords: [] as string[], maxFreeRelativeWords: 6 },
  check: ({ article, analysis, options }) => {
    const known: RunsByText = new Map();
    return article.pairs.flatMap((pair: AlignedPair) => [...checkSegment(pair.ko, analysis, options, known), ...checkSegment(pair.en, analysis, options, known)]);
  },
});
