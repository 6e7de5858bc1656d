/**
 * The paragraph aligner: invariants, merges/splits/omissions on small synthetic articles, a long article
 * that needs the band to follow a large omission, the reference sample, and the anchor helpers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignParagraphs, DEFAULT_ALIGN_OPTIONS, type Bead } from "../src/align.js";
import { alignInBand, bandAround, type BeadScorer } from "../src/text/align-band.js";
import { findEnglishAnchors, findKoreanAnchors } from "../src/text/anchors.js";
import { countEnglishSentences, countKoreanSentences, countQuotations } from "../src/text/align-sentences.js";
import { hangulSkeleton, latinSkeletons } from "../src/text/align-translit.js";

// ---- synthetic articles (written for these tests) ----

const PLACES = [["서울", "Seoul"], ["부산", "Busan"], ["도쿄", "Tokyo"], ["워싱턴", "Washington"], ["베이징", "Beijing"]] as const;
const SUBJECTS = [["경찰", "Police"], ["정부", "The government"], ["법원", "The court"], ["대학", "The university"], ["은행", "The bank"]] as const;
const VERBS = [["조사했다", "questioned"], ["지원했다", "helped"], ["초청했다", "invited"]] as const;

/** 12345 -> "12,345", written out so the test does not depend on the locale. */
function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Sentence k of a synthetic article in both languages; every sentence has its own number. */
function sentencePair(k: number): [string, string] {
  const [koPlace, enPlace] = PLACES[k % PLACES.length] ?? PLACES[0];
  const [koSubject, enSubject] = SUBJECTS[(k * 3 + 1) % SUBJECTS.length] ?? SUBJECTS[0];
  const [koVerb, enVerb] = VERBS[k % VERBS.length] ?? VERBS[0];
  const count = withCommas(1000 + k * 37);
  return [
    `${koPlace}의 ${koSubject}은 지난달 시민 ${count}명을 ${koVerb}고 밝혔다.`,
    `${enSubject} in ${enPlace} said it ${enVerb} ${count} residents last month.`,
  ];
}

/** An article of `count` paragraph pairs of 1 to 3 sentences each. */
function article(count: number): { ko: string[]; en: string[] } {
  const ko: string[] = [];
  const en: string[] = [];
  let sentence = 0;
  for (let p = 0; p < count; p++) {
    const pairs = Array.from({ length: 1 + (p % 3) }, () => sentencePair(sentence++));
    ko.push(pairs.map((pair) => pair[0]).join(" "));
    en.push(pairs.map((pair) => pair[1]).join(" "));
  }
  return { ko, en };
}

/** Fails unless the beads are monotone, cover both sides exactly once in order, and are never empty. */
function expectValidAlignment(beads: readonly Bead[], n: number, m: number): void {
  const allowed = new Set(["1-1", "1-0", "0-1", "2-1", "1-2", "3-1", "1-3", "2-2"]);
  for (const bead of beads) {
    expect(allowed.has(`${bead.ko.length}-${bead.en.length}`)).toBe(true);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
  expect(beads.flatMap((b) => b.ko)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.en)).toEqual(Array.from({ length: m }, (_, j) => j));
}

/** The beads as [ko, en] pairs, for readable comparisons. */
function shapes(beads: readonly Bead[]): [number[], number[]][] {
  return beads.map((b) => [b.ko, b.en]);
}

/** The identity alignment of `count` pairs with some beads replaced. */
function expectedWith(count: number, changes: Record<number, [number[], number[]] | null>): [number[], number[]][] {
  const out: [number[], number[]][] = [];
  for (let k = 0; k < count; k++) {
    if (k in changes) { const change = changes[k]; if (change) out.push(change); } else out.push([[k], [k]]);
  }
  return out;
}

describe("alignParagraphs: invariants", () => {
  const { ko, en } = article(12);

  test("aligns a faithful translation 1-1", () => {
    const beads = alignParagraphs(ko, en);
    expectValidAlignment(beads, ko.length, en.length);
    expect(shapes(beads)).toEqual(expectedWith(12, {}));
  });

  test("is deterministic", () => {
    const shuffled = [...en.slice(0, 5), ...en.slice(7)];
    expect(alignParagraphs(ko, shuffled)).toEqual(alignParagraphs(ko, shuffled));
  });

  test("handles empty sides and keeps every paragraph", () => {
    expect(alignParagraphs([], [])).toEqual([]);
    expect(shapes(alignParagraphs(ko.slice(0, 2), []))).toEqual([[[0], []], [[1], []]]);
    expect(shapes(alignParagraphs([], en.slice(0, 1)))).toEqual([[[], [0]]]);
  });

  test("covers both sides for unrelated texts", () => {
    const unrelated = ["Lorem ipsum dolor sit amet.", "Consectetur adipiscing elit.", "Sed do eiusmod tempor."];
    expectValidAlignment(alignParagraphs(ko.slice(0, 5), unrelated), 5, unrelated.length);
  });

  test("accepts partial options", () => {
    const beads = alignParagraphs(ko, en, { dropCost: DEFAULT_ALIGN_OPTIONS.dropCost + 1 });
    expect(shapes(beads)).toEqual(expectedWith(12, {}));
  });
});

describe("alignParagraphs: merges, splits and omissions", () => {
  const { ko, en } = article(10);

  test("two Korean paragraphs translated as one English paragraph (2-1)", () => {
    const merged = [...en.slice(0, 4), `${en[4]} ${en[5]}`, ...en.slice(6)];
    const beads = alignParagraphs(ko, merged);
    expectValidAlignment(beads, ko.length, merged.length);
    expect(shapes(beads)).toContainEqual([[4, 5], [4]]);
    expect(shapes(beads)).toContainEqual([[6], [5]]);
  });

  test("one Korean paragraph translated as two English paragraphs (1-2)", () => {
    const three = ko[5] ?? ""; // paragraph 5 has three sentences
    expect(countKoreanSentences(three)).toBe(3);
    const [first, ...rest] = (en[5] ?? "").split(/(?<=\.) /);
    const split = [...en.slice(0, 5), first ?? "", rest.join(" "), ...en.slice(6)];
    const beads = alignParagraphs(ko, split);
    expectValidAlignment(beads, ko.length, split.length);
    expect(shapes(beads)).toContainEqual([[5], [5, 6]]);
  });

  test("an English paragraph left out (1-0)", () => {
    const dropped = [...en.slice(0, 3), ...en.slice(4)];
    const beads = alignParagraphs(ko, dropped);
    expectValidAlignment(beads, ko.length, dropped.length);
    expect(shapes(beads)).toEqual(expectedWith(10, { 3: [[3], []], ...Object.fromEntries(
      Array.from({ length: 6 }, (_, k) => [k + 4, [[k + 4], [k + 3]]])) }));
  });

  test("an English paragraph with no Korean source (0-1)", () => {
    const koDropped = [...ko.slice(0, 6), ...ko.slice(7)];
    const beads = alignParagraphs(koDropped, en);
    expectValidAlignment(beads, koDropped.length, en.length);
    expect(shapes(beads)).toContainEqual([[], [6]]);
    expect(shapes(beads)).toContainEqual([[6], [7]]);
  });

  test("an omitted paragraph scores lower than the pairs around it", () => {
    const dropped = [...en.slice(0, 3), ...en.slice(4)];
    const beads = alignParagraphs(ko, dropped);
    const omission = beads.find((b) => b.en.length === 0);
    const pairs = beads.filter((b) => b.en.length > 0 && b.ko.length > 0);
    expect(omission).toBeDefined();
    expect(Math.min(...pairs.map((b) => b.score))).toBeGreaterThan(0.5);
  });
});

describe("alignParagraphs: long documents", () => {
  const { ko, en } = article(3000);
  const GAP_START = 1500;
  const GAP = 40;

  test("follows a 40-paragraph omission in a 3,000-paragraph article", () => {
    const gapped = [...en.slice(0, GAP_START), ...en.slice(GAP_START + GAP)];
    const beads = alignParagraphs(ko, gapped);
    expectValidAlignment(beads, ko.length, gapped.length);
    const unaligned = beads.filter((b) => b.en.length === 0).flatMap((b) => b.ko);
    expect(unaligned).toEqual(Array.from({ length: GAP }, (_, k) => GAP_START + k));
    expect(beads.filter((b) => b.ko.length === 1 && b.en.length === 1)).toHaveLength(ko.length - GAP);
  });

  test("explores only a band around the centre line, never n x m cells", () => {
    const n = 3000;
    const m = 2900;
    const center = Float64Array.from({ length: n + 1 }, (_, i) => (i * m) / n);
    const band = bandAround(center, m, new Float64Array(n + 1).fill(6));
    let cells = 0;
    for (let i = 0; i <= n; i++) cells += (band.hi[i] ?? 0) - (band.lo[i] ?? 0) + 1;
    expect(cells).toBeLessThan((n + 1) * 16);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[n]).toBe(m);
  });

  test("reports where the path runs along the band's edge", () => {
    // pairs get cheaper towards (i, i + 10), so the best path leaves the centre line i -> i
    const scorer: BeadScorer = {
      baseCost: (i, j, a, b) => (a === 1 && b === 1 ? Math.abs(j - i - 10) / 2 : a + b === 1 ? 3 : Infinity),
      bonusBound: () => 0,
      anchorCost: () => 0,
    };
    const n = 50;
    const center = Float64Array.from({ length: n + 1 }, (_, i) => i);
    const shapesList = [{ a: 1, b: 1 }, { a: 1, b: 0 }, { a: 0, b: 1 }];
    const narrow = alignInBand(bandAround(center, n, new Float64Array(n + 1).fill(4)), n, shapesList, scorer);
    expect(narrow.touchedRows.length).toBeGreaterThan(0);
    const wide = alignInBand(bandAround(center, n, new Float64Array(n + 1).fill(16)), n, shapesList, scorer);
    expect(wide.steps.filter((s) => s.a === 1 && s.b === 1 && s.j === s.i + 10)).toHaveLength(40);
  });
});

describe("alignParagraphs: reference sample us-china-military-talks", () => {
  const file = fileURLToPath(new URL("../samples/us-china-military-talks/article.txt", import.meta.url));
  const paragraphs = readFileSync(file, "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const ko = paragraphs.filter((p) => /[\uAC00-\uD7A3]/.test(p));
  const en = paragraphs.filter((p) => !/[\uAC00-\uD7A3]/.test(p));
  const beads = alignParagraphs(ko, en);
  const koAt = (prefix: string) => ko.findIndex((p) => p.startsWith(prefix));

  test("splits the sample as the brief describes", () => {
    expect(ko.slice(0, 2).map((p) => p.trim())).toEqual([ko[0]?.trim(), ko[0]?.trim()]);
    expect(en[0]).toBe("US-China First High-Level Military Talks");
    expectValidAlignment(beads, ko.length, en.length);
  });

  test("three Korean paragraphs form one bead with the Sullivan-Wang paragraph (3-1)", () => {
    const first = koAt("설리번 보좌관은 왕 부주석");
    expect(first).toBeGreaterThan(0);
    expect(koAt("백악관은 왕이 부장은")).toBe(first + 1);
    expect(koAt("숀 사벳 백악관 대변인은")).toBe(first + 2);
    const english = en.findIndex((p) => p.startsWith("Sullivan met with Foreign Minister Wang Yi"));
    expect(shapes(beads)).toContainEqual([[first, first + 1, first + 2], [english]]);
  });

  test("the English keyword line has no Korean counterpart (0-1)", () => {
    expect(en[en.length - 1]).toMatch(/^Taiwan arms sales, US-China military talks/);
    expect(shapes(beads)[beads.length - 1]).toEqual([[], [en.length - 1]]);
  });
});

describe("alignParagraphs: real news text", () => {
  // Excerpt of the korean-english-news-v1 corpus (Park, Hong & Cha 2016, "Korean Language Resources for
  // Everyone", PACLIC 30), dev split lines 107-114, licensed CC BY-SA 3.0. One sentence per paragraph.
  const ko = [
    "세력이 약화된 제 8호 태풍 ‘풍웡’이 28일(현지시간) 강풍과 폭우를 동반한 채 대만해협을 강타했다고 미 합동태풍경보센터(Joint Typhoon Warning Center, JTWC)가 전했다.",
    "대만 일부 지역에 호우가 쏟아지면서 일부 지역에는 900mm이상의 강수량을 기록했다.",
    "태풍은 29일 시속 120km의 1급 태풍으로 격하되면서 중국 남동부인 푸젠성 해안, 남부도시 푸주에 상륙할 예정이며 또 다른 산사태가 우려된다.",
    "신화통신은 푸젠성 당국이 태풍이 접근하자 주민 27만5000명을 대피시켰다고 27일 보도했다.",
    "어선 50만여척이 항구로 대피했다.",
    "대만 중앙통신은 정부당국이 28일 오전 태풍이 상륙하기 전 공공기관과 학교에 폐쇄령을 내렸다고 보도했다.",
    "대만의 지방은행과 환전소는 임시 휴장했다.",
    "신화통신에따르면, 중국당국은 대만과 중국 본토를 연결하는 페리 운항을 중단했다.",
  ];
  const en = [
    "(CNN) A weakened Typhoon Fung-Wong neared the Taiwan Strait Monday afternoon after whipping the island with powerful winds and heavy rain, the Joint Typhoon Warning Center reported.",
    "Torrential rains inundated parts of Taiwan, dropping up to 36 inches (900 mm) in some areas, but the island's rugged landscape had taken much of the storm's punch.",
    "The typhoon is expected to make a second landfall in southeastern China early Tuesday, coming ashore in China's Fujian Province, south of the city of Fuzhou, as a Category 1 storm with winds of at least 75 mph.",
    "Fujian authorities evacuated about 275,000 people on Sunday as the storm approached, Xinhua reported.",
    "More than 50,000 fishing boats returned to harbor.",
    "Government offices and schools in Taiwan closed ahead of the storm's landfall early Monday, authorities said, according to Taiwan's Central News Agency.",
    "Local stock and foreign exchange markets also closed for the day.",
    "Officials suspended ferry service linking Taiwan and the Chinese mainland, according to China's Xinhua news service.",
  ];

  test("aligns the excerpt 1-1", () => {
    expect(shapes(alignParagraphs(ko, en))).toEqual(ko.map((_, k) => [[k], [k]]));
  });

  test("finds the paragraph whose translation was left out", () => {
    const dropped = [...en.slice(0, 3), ...en.slice(4)];
    const beads = alignParagraphs(ko, dropped);
    expectValidAlignment(beads, ko.length, dropped.length);
    expect(shapes(beads)).toContainEqual([[3], []]);
    expect(shapes(beads)).toContainEqual([[4], [3]]);
  });
});

describe("aligner evidence", () => {
  test("numbers are anchors by value", () => {
    const ko = findKoreanAnchors("시민 1,000명이 모였다.").map((a) => a.key);
    const en = findEnglishAnchors("1000 citizens gathered.").map((a) => a.key);
    expect(ko.filter((k) => k.startsWith("n:"))).toEqual(en.filter((k) => k.startsWith("n:")));
  });

  test("Latin words in the Korean and lexicon terms match the English", () => {
    const ko = new Set(findKoreanAnchors("IBM은 경찰에 신고했다.").map((a) => a.key));
    const en = findEnglishAnchors("IBM reported it to the police.").map((a) => a.key);
    expect(en.filter((k) => ko.has(k)).length).toBeGreaterThanOrEqual(2);
  });

  test("foreign names in Hangul share a consonant skeleton with their Latin spelling", () => {
    for (const [hangul, latin] of [["깁슨", "Gibson"], ["콴타스", "Qantas"], ["설리번", "Sullivan"], ["멜버른", "Melbourne"]] as const) {
      expect(latinSkeletons(latin)).toContain(hangulSkeleton(hangul));
    }
    expect(latinSkeletons("Gibson")).not.toContain(hangulSkeleton("경찰"));
  });

  test("sentences and quotations are counted on both sides", () => {
    expect(countKoreanSentences("그는 왔다. 그리고 갔다. 조지 W. 부시는 64.5%를 얻었다.")).toBe(3);
    expect(countEnglishSentences("Mr. Kim came to the U.S. Army base. He left. George W. Bush won 64.5%.")).toBe(3);
    expect(countQuotations("그는 “좋다”고 했고 ‘괜찮다’고 덧붙였다.")).toBe(2);
    expect(countQuotations('He said "fine" and Xi’s aide said "good".')).toBe(2);
  });
});
