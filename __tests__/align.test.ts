/**
 * The paragraph aligner: invariants, merges/splits/omissions on small synthetic articles, a long article
 * that needs the band to follow a large omission, the reference sample, and the anchor helpers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignParagraphs, DEFAULT_ALIGN_OPTIONS, type Bead } from "../src/align.js";
import { alignInBand, bandAround, type BeadScorer } from "../src/text/align-band.js";
import { findEnglishAnchors, findKoreanAnchors } from "../src/text/anchors.js";
import {
  countEnglishSentenceEnds, countEnglishSentences, countKoreanSentenceEnds, countKoreanSentences, countQuotations,
} from "../src/text/align-sentences.js";
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

describe("alignParagraphs: short articles", () => {
  // Three invented articles (written for these tests), each paragraph as [Korean, English]. A checker
  // user's article has 3-8 paragraphs: too few for the length statistics of a long document, so a
  // dropped or added paragraph must be told from a merge by its own evidence.
  const BUDGET = [
    ["정부 예산안 발표", "Government unveils budget"],
    ["정부는 내년 예산안을 656조 원으로 확정했다고 28일 밝혔다.", "The government said on the 28th that it had set next year's budget at 656 trillion won."],
    ["기획재정부는 연구개발 예산을 줄이고 복지 예산을 늘렸다고 설명했다.",
      "The finance ministry explained that it had cut the research and development budget and increased welfare spending."],
    ["야당은 국회 심사에서 예산안을 꼼꼼히 따지겠다고 말했다.", "The opposition said it would scrutinize the budget closely in the National Assembly review."],
  ] as const;
  const FIRE = [
    ["서울 도심 건물 화재로 2명 부상", "Fire at downtown Seoul building injures two"],
    ["25일 오후 3시쯤 서울 중구의 한 5층 건물에서 불이 나 2명이 다쳤다고 소방당국이 밝혔다.",
      "A fire broke out at a five-story building in Jung District, Seoul, at around 3 p.m. on the 25th, injuring two people, fire authorities said."],
    ["불은 건물 3층 식당 주방에서 시작된 것으로 추정된다.", "The fire is believed to have started in the kitchen of a restaurant on the third floor."],
    ["소방당국은 소방차 30여 대와 대원 100여 명을 투입해 1시간 만에 불을 껐다.",
      "Firefighters deployed about 30 fire trucks and 100 personnel and put out the blaze in an hour."],
    ["경찰은 정확한 화재 원인을 조사하고 있다.", "Police are investigating the exact cause of the fire."],
  ] as const;
  const EARNINGS = [
    ["한빛전자 3분기 영업이익 급증", "Hanbit Electronics' third-quarter operating profit soars"],
    ["한빛전자는 3분기 영업이익이 9조 1천억 원으로 1년 전보다 274% 늘었다고 31일 밝혔다.",
      "Hanbit Electronics said on the 31st that its third-quarter operating profit rose 274 percent from a year earlier to 9.1 trillion won."],
    ["매출은 79조 원으로 집계됐다.", "Sales came to 79 trillion won."],
    ["메모리 반도체 가격이 오르면서 수익성이 크게 좋아졌다는 설명이다.", "Profitability improved sharply as memory chip prices rose, the company explained."],
    ["업계에서는 이런 흐름이 내년 상반기까지 이어질 것이라는 전망이 나온다.", "Industry watchers expect the trend to continue into the first half of next year."],
  ] as const;
  const BYLINE = "홍길동 기자 gildong@example.com";
  const NOTE = "Editor's note: This is an English translation of an article first published in Korean.";
  const koOf = (rows: readonly (readonly [string, string])[]) => rows.map((r) => r[0]);
  const enOf = (rows: readonly (readonly [string, string])[]) => rows.map((r) => r[1]);
  const without = <T>(items: readonly T[], k: number) => items.filter((_, i) => i !== k);
  /** Aligns and checks the invariants; returns the beads as [ko, en] pairs. */
  const align = (ko: readonly string[], en: readonly string[]) => {
    const beads = alignParagraphs(ko, en);
    expectValidAlignment(beads, ko.length, en.length);
    return shapes(beads);
  };

  test("a Korean paragraph without anchors left untranslated is 1-0, not merged into the next (2-1)", () => {
    expect(align(koOf(BUDGET), without(enOf(BUDGET), 2))).toEqual([[[0], [0]], [[1], [1]], [[2], []], [[3], [2]]]);
  });

  test("a byline with an e-mail address and no English counterpart is 1-0", () => {
    expect(align([...koOf(BUDGET.slice(0, 2)), BYLINE], enOf(BUDGET.slice(0, 2)))).toEqual([[[0], [0]], [[1], [1]], [[2], []]]);
    const ko = [...koOf(without(BUDGET, 2)), BYLINE];
    expect(align(ko, enOf(without(BUDGET, 2)))).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], []]]);
    const withCopyright = [...koOf(FIRE), "김철수 기자 cskim@example.co.kr", "<저작권자(c) 예시뉴스, 무단 전재-재배포 금지>"];
    expect(align(withCopyright, enOf(FIRE))).toEqual([...expectedWith(5, {}), [[5], []], [[6], []]]);
  });

  test("an English paragraph added at the end is 0-1; the lexicon pins the paragraph before it", () => {
    const ko = koOf(without(BUDGET, 2));
    const withAnchors = "Critics including the IMF and Moody's argued in 2023 that revenue was overestimated by 30 trillion won, a claim the ministry denied.";
    const plain = "Critics have long argued that the finance ministry underestimates tax revenue, a claim the ministry has always denied.";
    for (const added of [withAnchors, plain]) {
      expect(align(ko, [...enOf(without(BUDGET, 2)), added])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[], [3]]]);
    }
    expect(align(ko, [...enOf(BUDGET.slice(0, 2)), withAnchors, BUDGET[3][1]])).toEqual([[[0], [0]], [[1], [1]], [[], [2]], [[2], [3]]]);
  });

  test("a dropped middle paragraph carrying a number is 1-0", () => {
    expect(align(koOf(EARNINGS), without(enOf(EARNINGS), 2))).toEqual(expectedWith(5, { 2: [[2], []], 3: [[3], [2]], 4: [[4], [3]] }));
    expect(align(koOf(FIRE), without(enOf(FIRE), 3))).toEqual(expectedWith(5, { 3: [[3], []], 4: [[4], [3]] }));
  });

  test("a dropped paragraph with no anchors in a five-paragraph article is 1-0", () => {
    expect(align(koOf(EARNINGS), without(enOf(EARNINGS), 3))).toEqual(expectedWith(5, { 3: [[3], []], 4: [[4], [3]] }));
  });

  /** Fails unless paragraph k of `rows` is found unaligned when its other side is removed, the rest 1-1. */
  const expectFound = (rows: readonly (readonly [string, string])[], k: number, isEnglishRemoved: boolean) => {
    const beads = isEnglishRemoved ? align(koOf(rows), without(enOf(rows), k)) : align(without(koOf(rows), k), enOf(rows));
    expect(beads).toContainEqual(isEnglishRemoved ? [[k], []] : [[], [k]]);
    expect(beads.filter((b) => b[0].length === 1 && b[1].length === 1)).toHaveLength(rows.length - 1);
  };

  test.each([["FIRE", FIRE], ["EARNINGS", EARNINGS]] as const)("any one body paragraph of %s left untranslated is 1-0", (_, rows) => {
    for (let k = 1; k < rows.length; k++) expectFound(rows, k, true);
  });

  test("any one body paragraph of an article added to the English is 0-1", () => {
    for (let k = 1; k < EARNINGS.length; k++) expectFound(EARNINGS, k, false);
    // FIRE's last paragraph ("Police are investigating ...") is left out: added after the fire-fighting
    // paragraph it fits that paragraph's length as well as its own absence, and one lexicon term the
    // Korean lacks ("police") is weak evidence, so it is read as a 1-2 split.
    for (let k = 1; k < FIRE.length - 1; k++) expectFound(FIRE, k, false);
  });

  test("an editor's note added at the start is 0-1", () => {
    const expected = [[[0], [0]], [[], [1]], ...Array.from({ length: 4 }, (_, k) => [[k + 1], [k + 2]])];
    expect(align(koOf(FIRE), [FIRE[0][1], NOTE, ...enOf(FIRE).slice(1)])).toEqual(expected);
    expect(align(koOf(EARNINGS), [EARNINGS[0][1], NOTE, ...enOf(EARNINGS).slice(1)])).toEqual(expected);
  });

  test("two Korean paragraphs translated as one stay one bead (2-1)", () => {
    const ko = [BUDGET[0][0], BUDGET[1][0], "이는 올해보다 2.8% 늘어난 규모다.", BUDGET[3][0]];
    const en = [BUDGET[0][1], "The government said on the 28th that it had set next year's budget at 656 trillion won, up 2.8 percent from this year.", BUDGET[3][1]];
    expect(align(ko, en)).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]]]);
    const fire = enOf(FIRE);
    expect(align(koOf(FIRE), [...fire.slice(0, 2), `${fire[2]} ${fire[3]}`, fire[4] ?? ""])).toEqual(expectedWith(5, { 2: [[2, 3], [2]], 3: null, 4: [[4], [3]] }));
    // no anchors in either paragraph: the length and the sentence count say merge
    const earnings = enOf(EARNINGS);
    expect(align(koOf(EARNINGS), [...earnings.slice(0, 3), `${earnings[3]} ${earnings[4]}`])).toEqual(expectedWith(5, { 3: [[3, 4], [3]], 4: null }));
    const budget = enOf(BUDGET);
    expect(align(koOf(BUDGET), [...budget.slice(0, 2), `${budget[2]} ${budget[3]}`])).toEqual(expectedWith(4, { 2: [[2, 3], [2]], 3: null }));
  });

  test("a keyword line after the last paragraph is 0-1: a fragment does not translate a sentence", () => {
    const keywords = "budget, finance ministry, National Assembly, opposition";
    expect(align(koOf(without(BUDGET, 2)), [...enOf(without(BUDGET, 2)), keywords])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[], [3]]]);
  });

  test("a paragraph cut to one sentence stays paired with its source when they share a number", () => {
    const ko = [BUDGET[0][0], koOf(BUDGET.slice(1)).join(" ")];
    expect(align(ko, [BUDGET[0][1], "The budget is 656 trillion won."])).toEqual([[[0], [0]], [[1], [1]]]);
  });

  test("two anchorless Korean paragraphs of equal length and one English paragraph: only validity is decidable", () => {
    // Which Korean paragraph the English translates needs the words' meaning, which the aligner does not
    // have (no lexicon entry, number or name); whichever it picks, both sides stay covered.
    const ko = ["제목", "그는 조용히 집으로 돌아가 책을 읽었다.", "그녀는 천천히 공원으로 걸어가 쉬었다."];
    align(ko, ["Title", "He quietly went home and read a book."]);
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

  test("an e-mail or web address is one anchor, and its digits are not numbers", () => {
    const ko = findKoreanAnchors("홍길동 기자 gildong@example.com https://example.com/news?id=2024").map((a) => a.key);
    expect(ko).toEqual(expect.arrayContaining(["v:gildong@example.com", "v:https://example.com/news?id=2024"]));
    expect(ko.filter((k) => k.startsWith("n:") || k.startsWith("w:"))).toEqual([]);
    const en = findEnglishAnchors("Write to gildong@example.com.").map((a) => a.key);
    expect(en).toContain("v:gildong@example.com");
  });

  test("sentences and quotations are counted on both sides", () => {
    expect(countKoreanSentences("그는 왔다. 그리고 갔다. 조지 W. 부시는 64.5%를 얻었다.")).toBe(3);
    expect(countEnglishSentences("Mr. Kim came to the U.S. Army base. He left. George W. Bush won 64.5%.")).toBe(3);
    expect(countQuotations("그는 “좋다”고 했고 ‘괜찮다’고 덧붙였다.")).toBe(2);
    expect(countQuotations('He said "fine" and Xi’s aide said "good".')).toBe(2);
    expect([countKoreanSentenceEnds("정부 예산안 발표"), countKoreanSentences("정부 예산안 발표")]).toEqual([0, 1]);
    expect(countEnglishSentenceEnds("budget, finance ministry, opposition")).toBe(0);
  });
});
