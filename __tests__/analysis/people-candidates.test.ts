/**
 * samePersonCandidates narrows the other language's mentions by glossary person, name words and consonant
 * skeletons; it must never leave out a mention isSamePerson accepts, in either direction, and keeps their order.
 */
import fc from "fast-check";
import type { PersonMention } from "../../src/analysis/people.js";
import { isSamePerson, samePersonCandidates, type SideMention } from "../../src/analysis/people-identity.js";
import type { Segment } from "../../src/types.js";

/** Korean names and words as news writes them, some the same people as the English below, some not. */
const KOREAN = ["린젠", "라이스", "장유샤", "장", "설리번", "제이크 설리번", "김정은", "바이든", "시진핑", "아베 신조", "알-다바그", "이해찬", "노무현", "본", "대변인", ""];
/** English names, surnames and glossary forms. */
const ENGLISH = ["Lin Jian", "Condoleezza Rice", "Rice", "Zhang Youxia", "Zhang", "Jake Sullivan", "Sullivan", "Kim Jong-un", "Joe Biden", "Xi Jinping", "Shinzo Abe", "al-Dabbagh", "Vaughan", "Chung Un-chan", "Roh Moo-hyun", "Lee", ""];
/** Glossary persons a known mention may stand for. */
const PERSONS = ["Zhang Youxia", "Xi Jinping", "Kim Jong-un", "Jake Sullivan", "Lee Hae-chan"];

const SEGMENT: Segment = { side: "ko", index: 0, text: "", fileOffset: 0, paragraphs: [0], pieces: [] } as unknown as Segment;

function mention(text: string, fullName: string, person: string | null, isKnown: boolean): SideMention {
  const base = { start: 0, end: text.length, text, id: person ?? text, title: null, isKnown, isShort: false, shortForms: [] };
  return { mention: base as unknown as PersonMention, segment: SEGMENT, pair: 0, person, isKnown, fullName, role: "" };
}

/** A mention drawn from a list of names: its text, a fuller name or itself, and maybe a glossary person. */
const mentionOf = (names: readonly string[]) => fc.tuple(fc.constantFrom(...names), fc.constantFrom(...names), fc.option(fc.constantFrom(...PERSONS)), fc.boolean())
  .map(([text, full, person, isKnown]) => mention(text, text === "" ? "" : full || text, person ?? (isKnown ? null : text), isKnown && person !== null));

describe("samePersonCandidates", () => {
  it("keeps every English mention isSamePerson accepts for a Korean one, in order", () => {
    fc.assert(fc.property(mentionOf(KOREAN), fc.array(mentionOf(ENGLISH), { maxLength: 8 }), (ko, ens) => {
      const found = samePersonCandidates(ens, "en")(ko);
      for (const en of ens) if (isSamePerson(ko, en)) expect(found).toContain(en);
      expect(found).toEqual(ens.filter((en) => found.includes(en)));
    }), { seed: 6, numRuns: 1500 });
  });

  it("keeps every Korean mention isSamePerson accepts for an English one", () => {
    fc.assert(fc.property(mentionOf(ENGLISH), fc.array(mentionOf(KOREAN), { maxLength: 8 }), (en, kos) => {
      const found = samePersonCandidates(kos, "ko")(en);
      for (const ko of kos) if (isSamePerson(ko, en)) expect(found).toContain(ko);
    }), { seed: 6, numRuns: 1500 });
  });

  it("finds a name by its sound and leaves unrelated names out", () => {
    const ens = [mention("Lin Jian", "Lin Jian", "Lin Jian", false), mention("Joe Biden", "Joe Biden", "Joe Biden", false)];
    const found = samePersonCandidates(ens, "en")(mention("린젠", "린젠", "린젠", false));
    expect(found).toEqual([ens[0]]);
  });
});
