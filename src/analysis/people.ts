/**
 * People with their titles, per paragraph and side: "왕이 외교장관", "장유샤 중앙군사위원회 부주석", "장 부주석",
 * "전 국무장관"; "Foreign Minister Wang Yi", "Zhang, the vice chairman", "Lin Jian, a spokesperson for ...",
 * "former President Moon Jae-in". Titles and names come from the glossary (titles.json, names.json); unknown
 * names are the Hangul word before a Korean title or the capitalised words next to an English one.
 * A paragraph only says what it says: a surname stays a surname here, and src/analysis/people-identity.ts
 * resolves it against the rest of the article.
 */
import type { Glossary, Side } from "../types.js";
import { findEnglishPeople } from "./people-en.js";
import { findKoreanPeople } from "./people-ko.js";
import type { TitleInfo } from "./people-lexicon.js";

export type { TitleInfo } from "./people-lexicon.js";

/** A title word or phrase found next to a person ("외교장관", "전 대통령", "Vice Foreign Minister"). */
export interface TitleMention {
  /** The title with its rank modifiers: [start, end) in the segment text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The glossary title entry's ko key for the unranked title, e.g. "외교장관" (the first candidate's, in English). */
  readonly key: string;
  /** The main rank of this mention ("vice", "former", "acting", ...), or null. */
  readonly rank: string | null;
  /** Every rank of this mention: the title's own (외교차관: vice) and its modifiers' (전: former), normalised. */
  readonly ranks: readonly string[];
  /** The rank modifiers alone (전, 대행; former, acting). */
  readonly modifiers: readonly string[];
  /** The glossary titles this wording can be: one in Korean; in English every title with this rendering. */
  readonly titles: readonly TitleInfo[];
  /** The title words without modifiers, and where they are. */
  readonly core: string;
  readonly coreStart: number;
  readonly coreEnd: number;
  /** Where nationality or organisation words directly before the title begin ("South Korean President"), else start. */
  readonly orgStart: number;
  /** The English wording is a known wrong rendering (a glossary variant). */
  readonly isVariant: boolean;
  /** Marked as past at the time of the story ("then-President", 당시): not a rank of its own. */
  readonly isThen: boolean;
}

/** A person mentioned in a paragraph: the name (full or surname only) and the title attached to it. */
export interface PersonMention {
  /** The name as written; for a title with no name next to it, the title's span and an empty text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A stable identity: the glossary name's English form when known, else the name as written ("" without a name). */
  readonly id: string;
  readonly title: TitleMention | null;
  /** The name was found in names.json. */
  readonly isKnown: boolean;
  /** A surname or short form only ("장", "Zhang", "설리번"): resolve it with the article's full names. */
  readonly isShort: boolean;
  /** The forms a later short mention of this person may take: surname, enShort/koShort. */
  readonly shortForms: readonly string[];
  /** A second title held at the same time, joined to this one (경제부총리 겸 기획재정부 장관; "Deputy Prime Minister and Finance Minister"). */
  readonly alsoTitle: TitleMention | null;
}

/** Finds person mentions with their titles in one paragraph. */
export function findPeople(text: string, side: Side, glossary: Glossary): PersonMention[] {
  return side === "ko" ? findKoreanPeople(text, glossary) : findEnglishPeople(text, glossary);
}
