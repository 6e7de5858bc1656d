/**
 * The English title a translation should have had, written in the translation's own words where it can:
 * "Vice Foreign Minister" for 외교장관 becomes "Foreign Minister", "President" for 전 대통령 becomes
 * "former President", "Chairman" for 부주석 becomes "Vice Chairman".
 */
import type { TitleMention } from "./people.js";
import { foldPhrase, type PeopleLexicon } from "./people-lexicon.js";

/** Rank words English writes before or after a title, removed before the Korean ranks are written in. */
const PREFIX_RANK_WORDS = /(?:^|\s)(?:vice|deputy|first|second|under|assistant|senior|acting|former|interim|honorary|then|ex|co)(?:[\s-]+|$)/gi;
const SUFFIX_RANK_WORDS = /(?:[\s-]+(?:elect|nominee|designate))+$/i;
/** Ranks English writes after the title. */
const SUFFIX_RANKS = new Set(["elect", "nominee"]);
/** Ranks written in lower case before a capitalised title ("former President", "acting Minister"). */
const LOWER_RANKS = new Set(["former", "acting", "interim", "honorary", "standing"]);
/** Order of prefix rank words: "former First Vice Minister". */
const RANK_ORDER = ["former", "acting", "interim", "honorary", "standing", "co", "first", "second", "senior", "vice", "assistant"];

function stripRanks(text: string): string {
  return text.replace(PREFIX_RANK_WORDS, " ").replace(SUFFIX_RANK_WORDS, "").replace(/\s+/g, " ").trim();
}

/** The office words of a rendering, for matching the Korean title's renderings against the English core. */
function office(text: string): string {
  return foldPhrase(stripRanks(text));
}

function matchCase(text: string, model: string): string {
  if (/^[a-z]/.test(model)) return text.toLowerCase();
  return /^[A-Z]/.test(model) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A glossary title that ends in an abbreviation's period, for text whose period stays after the span. */
function withoutPeriod(title: string, core: string): string {
  return title.endsWith(".") && !core.endsWith(".") ? title.slice(0, -1) : title;
}

/**
 * The Korean title's English form when the English names that office, else the translator's own words
 * for it without their rank words (a rendering such as "sen." or "judge" is a spelling of the same
 * office, so the translator's "Sen" or "Judge" stays as written).
 */
function suggestedCore(ko: TitleMention, en: TitleMention): string {
  const wanted = office(en.core);
  for (const title of ko.titles) {
    if (office(title.en) === wanted) return matchCase(withoutPeriod(title.en, en.core), en.core);
    if (title.renderings.some((r) => office(r) === wanted)) break;
  }
  return stripRanks(en.core) || en.core;
}

function rankWord(rank: string, lexicon: PeopleLexicon, isLower: boolean): string {
  const word = (lexicon.rankWords.get(rank) ?? rank).replace(/^-/, "");
  return LOWER_RANKS.has(rank) || isLower ? word.toLowerCase() : word;
}

/** Writes the Korean ranks the core does not already carry around it. */
function withRanks(core: string, ranks: readonly string[], lexicon: PeopleLexicon): string {
  const carried = office(core) !== foldPhrase(core);
  const isLower = /^[a-z]/.test(core);
  const missing = ranks.filter((r) => !(carried && !SUFFIX_RANKS.has(r) && !LOWER_RANKS.has(r)));
  const before = RANK_ORDER.filter((r) => missing.includes(r)).map((r) => rankWord(r, lexicon, isLower));
  const after = missing.filter((r) => SUFFIX_RANKS.has(r)).map((r) => (r === "elect" ? "-elect" : ` ${rankWord(r, lexicon, true)}`));
  return `${[...before, core].join(" ")}${after.join("")}`;
}

/**
 * The replacement for an English title mention that should carry the Korean title's rank: the words
 * between the rank words and the core (nationality, organisation) are kept.
 */
export function suggestTitle(ko: TitleMention, en: TitleMention, lexicon: PeopleLexicon): string {
  const between = stripRanks(en.text.slice(0, en.coreStart - en.start));
  const core = withRanks(suggestedCore(ko, en), ko.ranks, lexicon);
  if (between === "") return core;
  const [first, ...rest] = core.split(" ");
  const isPrefixWord = (word: string | undefined) => word !== undefined && LOWER_RANKS.has(word.toLowerCase());
  return isPrefixWord(first) ? [first, between, ...rest].join(" ") : `${between} ${core}`;
}

/** The Korean title in English with its ranks, for an office the translation got wrong. */
export function renderKoreanTitle(ko: TitleMention, lexicon: PeopleLexicon): string {
  const title = ko.titles[0];
  if (!title) return ko.core;
  const modifiers = ko.modifiers.filter((r) => !title.ranks.includes(r));
  return withRanks(title.en, modifiers, lexicon);
}
