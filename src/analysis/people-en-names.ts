/**
 * English personal names next to a title: after it ("Foreign Minister Wang Yi", "Vice Chairman of the Central
 * Military Commission Zhang Youxia", "spokesman Gen. Mohammad Zahir Azimi"), before it in apposition ("Wang Yi,
 * China's foreign minister,"), or after a comma ("the vice chairman, Zhang Youxia"). A glossary name wins; else a
 * run of capitalised words that is not an organisation, a place after a preposition, a day or a pronoun.
 */
import type { PeopleLexicon, PersonInfo } from "./people-lexicon.js";

/** A Latin word of the paragraph. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Text between the previous token and this one. */
  readonly gap: string;
}

/** A name found next to a title: its first and last token, and the glossary person when known. */
export interface NameFound {
  readonly first: number;
  readonly last: number;
  readonly person: PersonInfo | null;
}

/** A word: Latin letters or digits. */
const TOKEN = /[A-Za-z\u00C0-\u024F0-9]+/g;
/** Gaps that join the words of one title or name: spaces and hyphens ("Secretary-General", "Moon Jae-in"). */
export const JOINING_GAP = /^(?:[ \t]+|[-\u2010\u2011])$/;
/** A gap that holds a comma: apposition ("Wang Yi, China's foreign minister"). */
const COMMA_GAP = /^\s*,\s*$/;
/** A gap after a name that ends the appositive name ("..., Zhang Youxia, said", "... Zhang Youxia."). */
const NAME_END_GAP = /^\s*[,.;:)!?]/;
/** A possessive after a word: "China's", "Xi’s". */
export const POSSESSIVE_GAP = /^['’]$/;
/** A capitalised word that can be part of a personal name (Sullivan, McCain, Jae, O). */
export const NAME_TOKEN = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]*(?:[A-Z][a-z\u00DF-\u024F]+)?$/;
/** Abbreviated courtesy and military ranks between a title and the name ("spokesman Gen. Mohammad Zahir Azimi"). */
const COURTESY = new Set(["Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Dr", "Mr", "Mrs", "Ms", "Sen", "Rep", "Gov", "Prof"]);
/** Lower-case particles inside names when a capitalised word follows (al-Dabbagh, bin Salman, van Rompuy). */
const NAME_PARTICLES = new Set(["al", "bin", "ibn", "de", "van", "von", "der", "da", "dos", "del", "la", "le", "di", "du"]);
/** Capitalised words that never begin a personal name: determiners, pronouns, days, months, courtesy titles. */
export const NOT_NAMES = new Set(["The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That",
  "These", "Those", "In", "On", "At", "For", "With", "By", "From", "To", "Of", "And", "But", "Or", "As", "After", "Before", "When", "While",
  "If", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gen", "Gov", "Lt", "Col", "Sgt", "Adm", "Capt", "Monday", "Tuesday", "Wednesday", "Thursday",
  "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December", "North", "South", "East", "West", "Korea", "Korean", "China", "Chinese", "America", "American", "Japan",
  "Japanese", "Russia", "Russian", "US", "U", "S", "UN", "EU", "Asia", "Asian", "Europe", "European", "Reuters", "Yonhap", "CNN", "AP",
  "Xinhua", "Beijing", "Seoul", "Tokyo", "Washington", "Moscow", "Pyongyang", "White", "Communist", "Democratic", "Republican", "Party"]);
/** Capitalised words that end an organisation's name: a name never contains one (General Assembly, Central Military Commission). */
const ORG_HEADS = new Set(["Assembly", "Council", "Committee", "Commission", "Department", "Ministry", "Office", "House", "Party", "Court",
  "Bank", "Agency", "Command", "Forces", "Force", "Staff", "Union", "Nations", "Organization", "Organisation", "Association", "Group",
  "Corp", "Company", "University", "Institute", "Center", "Centre", "Foundation", "Fund", "Service", "Board", "Authority", "Administration",
  "Bureau", "Embassy", "Congress", "Senate", "Parliament", "Government", "Cabinet", "Army", "Navy", "Guard", "Police", "Times", "Post",
  "News", "Daily", "Federation", "League", "Alliance", "Conference", "Forum", "Secretariat", "Republic", "Kingdom", "State", "States",
  "Province", "City", "County", "Affairs", "Security", "Defense", "Defence", "Policy", "Relations", "Treasury", "Motors",
  "Electronics", "Industries", "Inc", "Ltd", "Co", "Games", "Olympics", "Cup", "Club", "Team", "Airlines", "Airport", "Station", "Hospital"]);
/** Lower-case words allowed between an appositive comma and the title: determiners, "of" ("X, the Department of Energy's under secretary"). */
const APPOSITION_WORDS = new Set(["the", "a", "an", "s", "then", "of"]);
/** Prepositions before a single unknown word that make it a place or a date, not a person ("In Beijing, the minister said"). */
const PREPOSITIONS = new Set(["in", "on", "at", "from", "to", "for", "with", "by", "of", "after", "before", "during", "since", "across", "near", "like", "into", "over"]);
/** Words that introduce the organisation of a title ("Vice Chairman of the Central Military Commission"). */
const OF_WORDS = new Set(["of", "for"]);
/** Words that continue a title phrase up to its closing comma ("a spokesperson for ...", "assistant to ..."). */
const CONTINUING_WORDS = new Set(["of", "for", "to", "at", "in", "from"]);
/** Tokens walked over to the left of a title looking for rank words ("former South Korean President"). */
export const MAX_LEFT_WORDS = 4;
/** Capitalised words an organisation between a title and its name may have, at most. */
const MAX_ORG_WORDS = 8;
/** Words a personal name may have, at most. */
const MAX_NAME_WORDS = 4;

/** The Latin words of a text with their offsets and the text between them. */
export function tokenize(text: string): Token[] {
  let previous = 0;
  return [...text.matchAll(TOKEN)].map((m) => {
    const token = { text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, gap: text.slice(previous, m.index) };
    previous = token.end;
    return token;
  });
}

/** A glossary name starting at token `i`. */
export function knownNameAt(text: string, tokens: readonly Token[], i: number, lexicon: PeopleLexicon): NameFound | null {
  const start = tokens[i]!.start;
  // a form starts with the characters at `start`, so only the forms sharing its first two (else its initial) can match
  const forms = lexicon.enNamesByPair ? (lexicon.enNamesByPair.get(text.slice(start, start + 2)) ?? [])
    : lexicon.enNamesByInitial ? (lexicon.enNamesByInitial.get(text[start] ?? "") ?? []) : lexicon.enNames;
  for (const [form, person] of forms) {
    if (!text.startsWith(form, start) || /[A-Za-z]/.test(text[start + form.length] ?? "")) continue;
    let last = i;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < start + form.length) last++;
    return { first: i, last, person };
  }
  return null;
}

function isNameWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (NAME_PARTICLES.has(token.text)) return NAME_TOKEN.test(tokens[i + 1]?.text ?? "");
  return NAME_TOKEN.test(token.text) && !ORG_HEADS.has(token.text);
}

/** Whether the word at `i` continues the name that ends at `i - 1` ("Jae-in", "W. Bush", "O'Brien"). */
function continuesName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token) return false;
  if (/^[-\u2010\u2011]$/.test(token.gap) && /^[a-z]+$/.test(token.text)) return true;
  const isInitialGap = token.gap === ". " && tokens[i - 1]!.text.length === 1;
  return (JOINING_GAP.test(token.gap) || isInitialGap || (POSSESSIVE_GAP.test(token.gap) && /^[A-Z]/.test(token.text))) && isNameWord(tokens, i);
}

/** A capitalised name starting at token `i` (a glossary name first). */
function nameForward(text: string, tokens: readonly Token[], i: number, lexicon: PeopleLexicon): NameFound | null {
  const token = tokens[i];
  if (!token || NOT_NAMES.has(token.text) || lexicon.enTitleForms.has(token.lower) || lexicon.enModifiers.has(token.lower)) return null;
  const known = knownNameAt(text, tokens, i, lexicon);
  if (known) return known;
  if (!isNameWord(tokens, i)) return null;
  let last = i;
  while (last - i < MAX_NAME_WORDS - 1 && continuesName(tokens, last + 1) && !lexicon.enTitleForms.has(tokens[last + 1]!.lower)) last++;
  return { first: i, last, person: null };
}

/** A capitalised name ending at token `k` (apposition: "Wang Yi, China's foreign minister"). */
function nameBackward(text: string, tokens: readonly Token[], k: number, lexicon: PeopleLexicon): NameFound | null {
  if (!isNameWord(tokens, k) && !/^[a-z]+$/.test(tokens[k]?.text ?? "")) return null;
  let first = k;
  while (k - first < MAX_NAME_WORDS * 2 && first > 0 && continuesName(tokens, first)) first--;
  while (first <= k && (NOT_NAMES.has(tokens[first]!.text) || !isNameWord(tokens, first))) first++;
  if (first > k) return null;
  const known = knownNameAt(text, tokens, first, lexicon);
  if (known && known.last === k) return known;
  const isLoneWord = first === k && PREPOSITIONS.has(tokens[first - 1]?.lower ?? "");
  return isLoneWord || lexicon.enTitleForms.has(tokens[k]!.lower) ? null : { first, last: k, person: null };
}

/** An organisation after the title ("of the Central Military Commission") and the name after it, if any. */
function nameAfterOrg(text: string, tokens: readonly Token[], last: number, lexicon: PeopleLexicon): NameFound | null {
  let i = last + 1;
  if (!OF_WORDS.has(tokens[i]?.lower ?? "")) return null;
  i += tokens[i + 1]?.lower === "the" ? 2 : 1;
  let orgEnd = -1;
  for (let j = i; j < tokens.length && j - i < MAX_ORG_WORDS && JOINING_GAP.test(tokens[j]!.gap) && /^[A-Z]/.test(tokens[j]!.text); j++) {
    const known = j > i ? knownNameAt(text, tokens, j, lexicon) : null;
    if (known) return known;
    if (ORG_HEADS.has(tokens[j]!.text)) orgEnd = j;
  }
  return orgEnd < 0 ? null : nameForward(text, tokens, orgEnd + 1, lexicon);
}

/** Whether the title phrase ending at token `last` (with any "of/for/to ..." after it) is closed by punctuation or the end. */
function isClosedAfter(tokens: readonly Token[], last: number): boolean {
  let i = last + 1;
  if (CONTINUING_WORDS.has(tokens[i]?.lower ?? "")) {
    while (i < tokens.length && i - last < MAX_ORG_WORDS + 2 && !NAME_END_GAP.test(tokens[i]!.gap)) i++;
  }
  return i >= tokens.length || NAME_END_GAP.test(tokens[i]!.gap);
}

/** The name of an apposition before the title: "<name>, [the|China's|a] <title>[ of ...]," closed by punctuation. */
function appositionName(text: string, tokens: readonly Token[], start: number, last: number, lexicon: PeopleLexicon): NameFound | null {
  let i = start;
  for (let steps = 0; steps < MAX_LEFT_WORDS + 2 && i > 0 && !COMMA_GAP.test(tokens[i]!.gap); steps++) {
    const previous = tokens[i - 1]!;
    if (!APPOSITION_WORDS.has(previous.lower) && !/^[A-Z]/.test(previous.text)) return null;
    i--;
  }
  if (i <= 0 || !COMMA_GAP.test(tokens[i]!.gap) || !isClosedAfter(tokens, last)) return null;
  return nameBackward(text, tokens, i - 1, lexicon);
}

/** "the vice chairman of the Central Military Commission, Zhang Youxia," — a name after a comma that ends there. */
function commaName(text: string, tokens: readonly Token[], first: number, last: number, lexicon: PeopleLexicon): NameFound | null {
  if (tokens[first - 1]?.lower !== "the") return null;
  let i = last + 1;
  if (OF_WORDS.has(tokens[i]?.lower ?? "")) while (i < tokens.length && !COMMA_GAP.test(tokens[i]!.gap) && i - last < MAX_ORG_WORDS) i++;
  if (!COMMA_GAP.test(tokens[i]?.gap ?? "")) return null;
  const name = nameForward(text, tokens, i, lexicon);
  const after = name ? tokens[name.last + 1] : undefined;
  return name && (!after || NAME_END_GAP.test(after.gap)) ? name : null;
}

/** The person a title belongs to: the name after it, after its organisation, before it in apposition, or after a comma. */
export function attachedName(text: string, tokens: readonly Token[], first: number, last: number, lexicon: PeopleLexicon): NameFound | null {
  const skip = COURTESY.has(tokens[last + 1]?.text ?? "") && tokens[last + 2]?.gap.startsWith(".") ? 1 : 0;
  const next = tokens[last + 1 + skip];
  // "Sen. John McCain", "spokesman Gen. Mohammad Zahir Azimi": an abbreviation's period does not end the phrase
  const isAbbreviated = skip === 1 || COURTESY.has(tokens[last]!.text);
  const gap = next && isAbbreviated && next.gap.startsWith(".") ? next.gap.slice(1) : next?.gap ?? "";
  const after = next && JOINING_GAP.test(gap) ? nameForward(text, tokens, last + 1 + skip, lexicon) : null;
  return after ?? nameAfterOrg(text, tokens, last, lexicon) ?? appositionName(text, tokens, first, last, lexicon)
    ?? commaName(text, tokens, first, last, lexicon);
}
