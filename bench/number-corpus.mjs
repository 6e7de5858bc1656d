// Measures the number layer (src/text/numbers.ts) on 3,000 faithful Korean-English news sentence pairs:
// how many pairs state numbers that disagree when values are compared naively, how many still disagree
// once newsroom conventions are tolerated, and how many have numbers on one side only.
// Corpus: korean-english-news-v1, Park, Hong and Cha (2016), CC BY-SA 3.0 (see ../shared/data/ko-en-news/README.md).
//
// Usage: npx tsc -p tsconfig.json && node bench/number-corpus.mjs [--data DIR] [--show N] [--list disagree|ko-only|en-only|naive]
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: resolve(here, "../../shared/data/ko-en-news") },
    show: { type: "string", default: "0" },
    list: { type: "string", default: "disagree" },
    tolerance: { type: "string", default: "0.005" },
  },
});
const numbers = await import(pathToFileURL(resolve(here, "../dist/src/text/numbers.js")).href);
const { findKoreanNumbers, findEnglishNumbers, sameQuantity } = numbers;
const options = { relativeTolerance: Number(args.tolerance), allowWeekdayForDay: true, allowRounding: true };

function readPairs(dir) {
  const pairs = [];
  for (const split of ["dev", "test"]) {
    const ko = readFileSync(join(dir, `korean-english-park.${split}.ko`), "utf8").split("\n");
    const en = readFileSync(join(dir, `korean-english-park.${split}.en`), "utf8").split("\n");
    for (let i = 0; i < Math.min(ko.length, en.length); i++) {
      if (ko[i].trim() || en[i].trim()) pairs.push({ id: `${split}:${i + 1}`, ko: ko[i], en: en[i] });
    }
  }
  return pairs;
}

// A mention inside parentheses right after another number is a conversion the translator or the
// Korean writer added: "3.5 trillion won ($3 billion)", "10달러(약 1만원)".
function isConversion(text, mention, all) {
  const open = text.lastIndexOf("(", mention.start);
  if (open < 0 || text.indexOf(")", open) < mention.end) return false;
  return all.some((other) => other !== mention && other.end <= open && open - other.end <= 2);
}

// "a/an = one": a Korean 1 (1명, 한 명, 처음) often becomes an article or "first", and English adds "a day",
// "one of", "the first"; a lone 1 is not evidence of a wrong number.
const isOne = (m) => m.value === 1 && ["count", "plain", "ordinal"].includes(m.kind);
// translators name the weekday of a Korean "이날" (that day) or dateline, and drop or spell out 올해 (this
// year); a weekday or a relative year alone is not a number error
const isWeekdayOnly = (m) => m.kind === "date" && m.weekday != null && m.day == null && m.month == null;
const isRelativeYear = (m) => m.kind === "date" && m.yearOffset != null && m.month == null && m.day == null;

function unmatched(side, others, text, compare) {
  return side.filter((m) => !others.some((o) => compare(m, o)) && !isConversion(text, m, side) && !isOne(m) && !isWeekdayOnly(m) && !isRelativeYear(m));
}

function classify(pair) {
  const ko = findKoreanNumbers(pair.ko);
  const en = findEnglishNumbers(pair.en);
  const naiveKo = ko.filter((k) => !en.some((e) => e.value === k.value));
  const naiveEn = en.filter((e) => !ko.some((k) => e.value === k.value));
  const lostKo = unmatched(ko, en, pair.ko, (k, e) => sameQuantity(k, e, options));
  const lostEn = unmatched(en, ko, pair.en, (e, k) => sameQuantity(k, e, options));
  const isNaive = naiveKo.length + naiveEn.length > 0;
  const isBoth = ko.length > 0 && en.length > 0;
  const lost = lostKo.length + lostEn.length > 0;
  const category = !lost ? "agree" : !en.length ? "ko-only" : !ko.length ? "en-only" : "disagree";
  return { ...pair, koMentions: ko, enMentions: en, lostKo, lostEn, isNaive, isBoth, hasAny: ko.length + en.length > 0, category };
}

const started = performance.now();
const results = readPairs(args.data).map(classify);
const elapsed = performance.now() - started;
const count = (f) => results.filter(f).length;
const total = results.length;
const withNumbers = count((r) => r.hasAny);
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`.padStart(7);
const row = (label, n) => console.log(`${label.padEnd(58)}${String(n).padStart(6)} ${pct(n, withNumbers)} ${pct(n, total)}`);

console.log(`${"".padEnd(58)}${"pairs".padStart(6)} ${"of num".padStart(7)} ${"of all".padStart(7)}`);
console.log(`${"faithful sentence pairs".padEnd(58)}${String(total).padStart(6)} ${"".padStart(7)} ${pct(total, total)}`);
row("with a number on either side", withNumbers);
row("with numbers on both sides", count((r) => r.isBoth));
row("flagged, naive (values differ, exact)", count((r) => r.isNaive));
row("  of which with numbers on both sides", count((r) => r.isNaive && r.isBoth));
row("flagged, newsroom conventions tolerated", count((r) => r.category !== "agree"));
row("  numbers on both sides disagree", count((r) => r.category === "disagree"));
row("    of which only Korean numbers are unmatched", count((r) => r.category === "disagree" && !r.lostEn.length));
row("  numbers only in Korean", count((r) => r.category === "ko-only"));
row("  numbers only in English", count((r) => r.category === "en-only"));
console.log(`\n${total} pairs in ${elapsed.toFixed(0)} ms (${((1000 * elapsed) / total).toFixed(0)} µs a pair, both sides)`);

const show = Number(args.show);
const listed = results.filter((r) => (args.list === "naive" ? r.isNaive : r.category === args.list)).slice(0, show);
if (show > 0) console.log(`\nfirst ${listed.length} pairs flagged as ${args.list}:`);
const describe = (ms) => ms.map((m) => `[${m.text}] ${m.key}`).join("  ");
for (const r of listed) {
  console.log(`\n${r.id}\n  KO ${r.ko}\n  EN ${r.en}`);
  console.log(`  ko: ${describe(r.koMentions)}\n  en: ${describe(r.enMentions)}`);
  console.log(`  unmatched ko: ${describe(r.lostKo)}\n  unmatched en: ${describe(r.lostEn)}`);
}
