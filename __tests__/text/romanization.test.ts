import { bestReading, findHanjaGlosses, isMandarinRendering, isNonSinoKoreanSyllable, pinyinNames } from "../../src/text/hanja.js";
import {
  canonicalSpelling, capitalisedStretches, consonantSkeleton, editSimilarity, hangulStretches, isDerivation, isVowelSwap, nameLetters,
  nameWordCount, spellingSimilarity, transliterationScore,
} from "../../src/text/romanization.js";

/** Hangul renderings of foreign and Korean names as Korean news writes them, with their English spellings. */
const SAME_NAME: readonly [string, string][] = [
  ["설리번", "Sullivan"], ["장유샤", "Zhang Youxia"], ["사벳", "Savett"], ["사벳", "Sabet"], ["바이든", "Biden"], ["트럼프", "Trump"],
  ["블링컨", "Blinken"], ["시진핑", "Xi Jinping"], ["기시다", "Kishida"], ["푸틴", "Putin"], ["김정은", "Kim Jong Un"], ["김정은", "Kim Jong-eun"],
  ["린젠", "Lin Jian"], ["왕이", "Wang Yi"], ["이명박", "Lee Myung-bak"], ["노무현", "Roh Moo-hyun"], ["조지 W. 부시", "George W. Bush"],
  ["고이즈미 준이치로", "Junichiro Koizumi"], ["차이잉원", "Tsai Ing-wen"], ["게이츠", "Gates"], ["드미트리 메드베데프", "Dmitry Medvedev"],
];

describe("transliterationScore", () => {
  it.each(SAME_NAME)("scores %s ~ %s as one name", (hangul, latin) => {
    expect(transliterationScore(hangul, latin)).toBeGreaterThanOrEqual(0.7);
  });

  it.each([["김정은", "Barack Obama"], ["설리번", "Savett"], ["메드베데프", "Putin"], ["정부", "John Smith"], ["바이든", "Trump"]])(
    "tells %s from %s", (hangul, latin) => {
      expect(transliterationScore(hangul, latin)).toBeLessThan(0.7);
    });

  it("compares a Korean surname alone with each word of an English full name, unless partial matches are off", () => {
    expect(transliterationScore("부시", "George W. Bush")).toBeGreaterThan(0.9);
    expect(transliterationScore("부시", "George W. Bush", false)).toBeLessThan(0.7);
  });

  it("gives one consonant of difference a middling score", () => {
    const score = transliterationScore("김정은", "Kim Jong Il");
    expect(score).toBeGreaterThan(0.7);
    expect(score).toBeLessThan(transliterationScore("김정은", "Kim Jong Un"));
  });
});

describe("spelling helpers", () => {
  it("reduces names to letters and consonant skeletons", () => {
    expect(nameLetters("Kim Jong-un")).toBe(nameLetters("Kim Jong Un"));
    expect(nameLetters("George W. Bush")).toBe("georgebush");
    expect(consonantSkeleton("Zhang Youxiao")).toBe(consonantSkeleton("Zhang Youxia"));
    expect(consonantSkeleton("Kim Jong Il")).not.toBe(consonantSkeleton("Kim Jong Un"));
  });

  it("scores typos high and different names low", () => {
    expect(spellingSimilarity("Kennedy", "Konnedy")).toBeGreaterThanOrEqual(0.75);
    expect(spellingSimilarity("Zhang Youxia", "Zhang Youxiao")).toBeGreaterThanOrEqual(0.75);
    expect(spellingSimilarity("Barack Obama", "Joe Biden")).toBeLessThan(0.5);
    expect(editSimilarity("abc", "abc")).toBe(1);
  });

  it("counts name words and folds format", () => {
    expect(nameWordCount("Kim Jong-un")).toBe(2);
    expect(nameWordCount("George W. Bush")).toBe(2);
    expect(canonicalSpelling("George W. Bush")).toBe(canonicalSpelling("george bush"));
  });

  it("tells derivations and vowel swaps from typos", () => {
    expect(isDerivation("Iraq", "Iraqi")).toBe(true);
    expect(isDerivation("Rothman", "Rothmann")).toBe(false);
    expect(isVowelSwap("Bashir", "Bashar")).toBe(true);
    expect(isVowelSwap("Brighton", "Brigton")).toBe(false);
  });

  it("finds stretches of capitalised and of Hangul words with offsets", () => {
    const text = "Vice Chairman Zhang Youxia's talks";
    expect(capitalisedStretches(text).map((s) => s.text)).toContain("Zhang Youxia");
    const korean = "제이크 설리번 보좌관은";
    const stretch = hangulStretches(korean).find((s) => s.text === "제이크 설리번");
    expect(stretch && korean.slice(stretch.start, stretch.end)).toBe("제이크 설리번");
  });
});

describe("Hanja glosses", () => {
  it("finds a gloss and the Hangul before it", () => {
    const text = "린젠(林建) 대변인과 장유샤(張又俠) 부주석";
    const glosses = findHanjaGlosses(text);
    expect(glosses.map((g) => [g.hangul, g.hanja])).toEqual([["린젠", "林建"], ["장유샤", "張又俠"]]);
    expect(text.slice(glosses[1]!.hanjaStart, glosses[1]!.hanjaEnd)).toBe("張又俠");
  });

  it("reads traditional characters in pinyin, surname apart", () => {
    expect(pinyinNames("張又俠")[0]).toBe("Zhang Youxia");
    expect(pinyinNames("張眞夏")[0]).toBe("Zhang Zhenxia");
  });

  it("matches readings exactly for pinyin and by sound for Wade-Giles", () => {
    expect(bestReading("張又俠", "Zhang Youxia").isExact).toBe(true);
    expect(bestReading("張眞夏", "Zhang Youxia").isExact).toBe(false);
    expect(bestReading("蔡英文", "Tsai Ing-wen").score).toBeGreaterThanOrEqual(0.75);
  });

  it("tells Mandarin renderings from Korean and Japanese readings", () => {
    expect(isMandarinRendering("장유샤", "張眞夏")).toBe(true);
    expect(isMandarinRendering("시진핑", "習近平")).toBe(true);
    expect(isMandarinRendering("김정은", "金正恩")).toBe(false);
    expect(isMandarinRendering("정동영", "鄭東泳")).toBe(false);
    expect(isMandarinRendering("기시다", "岸田")).toBe(false);
  });

  it("knows syllables no Sino-Korean reading has", () => {
    expect([..."샤젠핑둥쩌스궈"].every(isNonSinoKoreanSyllable)).toBe(true);
    expect([..."김정은세제성청"].some(isNonSinoKoreanSyllable)).toBe(false);
  });
});
