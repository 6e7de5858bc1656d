/**
 * Tells Korean from English (and from anything else) by script, the only reliable signal for short
 * news text; franc, restricted with `only`, breaks ties and names non-English Latin text.
 * The only importer of franc in the project (STYLE.md §1): franc mislabels short English
 * ("US-China First High-Level Military Talks" -> Malagasy), so it never overrides a clear script ratio.
 */
import { franc, francAll } from "franc";

/** What a paragraph is written in, for telling the two sides of a mixed file apart. */
export type ParagraphLanguage = "ko" | "en" | "other";

/** Letters in a text by script. */
export interface ScriptCounts {
  /** Hangul syllables and jamo. */
  hangul: number;
  /** Latin letters, accented ones included. */
  latin: number;
  /** Letters of any other script (hanja, kana, Cyrillic, ...). */
  other: number;
}

/** Any letter. */
const LETTER = /\p{L}/u;
/** Hangul syllables and jamo (letters only: LETTER is tested first). */
const HANGUL = /\p{Script=Hangul}/u;
/** Latin letters. */
const LATIN = /\p{Script=Latin}/u;
/** A Hangul syllable carries about as much text as two Latin letters (an English word averages ~5 letters, a Korean one ~2-3 syllables). */
const HANGUL_WEIGHT = 2;
/** Weighted Hangul share at or above which a text is clearly Korean: "New START", "U.S." inside Korean stay far above it. */
const KO_MIN_SHARE = 0.6;
/** Weighted Hangul share at or below which a text is clearly English: an untranslated Korean word stays far below it. */
const EN_MAX_SHARE = 0.25;
/** Korean particle attached to a Latin word, digit or closing mark ("START의", "S24를", "‘연결’과"): Korean grammar around foreign words. */
const KOREAN_PARTICLE = /[\p{Script=Latin}\d)\]’”'"](?:은|는|이|가|을|를|의|에|에서|에게|로|으로|와|과|도|만)(?!\p{Script=Hangul})/u;
/** Korean sentence ending ("했다.", "합니다."). */
const KOREAN_SENTENCE_END = /\p{Script=Hangul}[다요][.!?]/u;
/** Languages franc may choose between when the script ratio leaves a Hangul/Latin mix undecided. */
const TIE_BREAK_LANGUAGES = ["eng", "kor"];
/** Latin-script languages franc may name; news quotes and names come mostly from these. */
const LATIN_LANGUAGES = ["eng", "fra", "deu", "spa", "por", "ita", "nld", "ind", "vie", "tgl", "tur", "pol", "swe"];
/** Languages franc may name for text in neither Hangul nor Latin script. */
const OTHER_SCRIPT_LANGUAGES = ["cmn", "jpn", "rus", "ukr", "ara", "heb", "hin", "tha", "ell"];
/** Latin letters below which franc is not asked: it mislabels short English (a keyword line -> French). */
const FRANC_MIN_LATIN_LETTERS = 60;
/** franc's normalised score for English (best = 1) above which English is kept although another language won. */
const FRANC_ENG_MIN_SCORE = 0.85;

/** Counts the letters of a text by script; digits, punctuation and symbols are not counted. */
export function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { hangul: 0, latin: 0, other: 0 };
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    if (HANGUL.test(char)) counts.hangul++;
    else if (LATIN.test(char)) counts.latin++;
    else counts.other++;
  }
  return counts;
}

/** Share of Hangul among the Hangul and Latin letters of a text (0 when it has neither), unweighted. */
export function hangulRatio(text: string): number {
  const { hangul, latin } = countScripts(text);
  return hangul + latin === 0 ? 0 : hangul / (hangul + latin);
}

/** Hangul share with each syllable counted as HANGUL_WEIGHT letters. */
function weightedHangulShare({ hangul, latin }: ScriptCounts): number {
  const weighted = hangul * HANGUL_WEIGHT;
  return weighted / (weighted + latin);
}

/** Decides a Hangul/Latin mix the ratio leaves open: Korean grammar around the Latin words, else franc. */
function breakTie(text: string): "ko" | "en" {
  if (KOREAN_PARTICLE.test(text) || KOREAN_SENTENCE_END.test(text)) return "ko";
  return franc(text, { only: TIE_BREAK_LANGUAGES, minLength: 1 }) === "kor" ? "ko" : "en";
}

/** Classifies by script counts; franc only for a Hangul/Latin mix that no share decides. */
function classifyCounts(text: string, counts: ScriptCounts): ParagraphLanguage {
  const { hangul, latin, other } = counts;
  if (hangul + latin === 0 || other > hangul + latin) return "other";
  const share = weightedHangulShare(counts);
  if (share >= KO_MIN_SHARE) return "ko";
  if (share <= EN_MAX_SHARE) return "en";
  return breakTie(text);
}

/**
 * Classifies a paragraph by script: "ko" when Hangul dominates (Latin names and acronyms inside are
 * fine), "en" when Latin letters dominate (a few untranslated Hangul words are fine; any Latin-script
 * language counts as "en" here), "other" when it has no Hangul or Latin letters (digits, punctuation)
 * or another script dominates.
 */
export function classifyParagraph(text: string): ParagraphLanguage {
  return classifyCounts(text, countScripts(text));
}

/** Names the language of mostly-Latin text: English unless franc is sure of another language. */
function detectLatinLanguage(text: string, latinLetters: number): string {
  if (latinLetters < FRANC_MIN_LATIN_LETTERS) return "eng"; // too short for franc; English is the inputs' Latin language
  const ranking = francAll(text, { only: LATIN_LANGUAGES });
  const [best] = ranking;
  if (!best || best[0] === "eng" || best[0] === "und") return "eng";
  const english = ranking.find(([code]) => code === "eng");
  return english && english[1] >= FRANC_ENG_MIN_SCORE ? "eng" : best[0];
}

/**
 * ISO 639-3 code of a text's language, "und" when unsure: the script ratio first ("kor" for Hangul),
 * franc for Latin text in other languages and for other scripts. Short Latin text is "eng".
 */
export function detectLanguage(text: string): string {
  const counts = countScripts(text);
  const language = classifyCounts(text, counts);
  if (language === "ko") return "kor";
  if (language === "en") return detectLatinLanguage(text, counts.latin);
  if (counts.other === 0) return "und"; // digits and punctuation only
  return franc(text, { only: OTHER_SCRIPT_LANGUAGES });
}
