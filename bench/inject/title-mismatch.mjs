// title-mismatch injector: corrupts one faithful sentence pair with a title whose rank contradicts the Korean.
//
// It looks for an English title that renders a Korean title present in the same pair (both from the glossary's
// titles.json: Korean ko/koAliases, English en/alternatives) and changes its rank the way translators do:
// adds Vice/Deputy ("Foreign Minister" -> "Vice Foreign Minister", "spokesman" -> "deputy spokesman"), adds or
// drops "former" ("former President" -> "President"), or drops the rank of a ranked title ("Vice Chairman" ->
// "Chairman"). Returns null when the pair has no such title. Self-contained: imports nothing from the project.

/** Korean rank modifiers the injector must respect: a title after 전/前 is a former one, after 부 a deputy. */
const KO_FORMER = /(?:^|\s)(?:전|前)\s*$/;
/** English rank words the injector adds or removes. */
const EN_RANK_WORD = /^(?:vice|deputy|former|acting|first|second|assistant|under|senior|ex|then)$/i;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Korean forms (with the rank the Korean writes before them) of one title entry found in the Korean text. */
function koreanOccurrences(ko, entry) {
  const out = [];
  for (const form of [entry.ko, ...(entry.koAliases ?? [])]) {
    for (let i = ko.indexOf(form); i >= 0; i = ko.indexOf(form, i + 1)) {
      const before = ko.slice(Math.max(0, i - 3), i);
      const after = ko.slice(i + form.length, i + form.length + 1);
      if (/[가-힣]/.test(ko[i - 1] ?? "") && !/[부]$/.test(ko.slice(0, i))) continue; // inside another word
      if (/[급직실관제단]/.test(after)) continue; // 장관급, 대통령직, 대사관: not a person's title
      out.push({ form, isFormer: KO_FORMER.test(before) });
    }
  }
  return out;
}

/** Every English rendering of a Korean title of this pair, as [start, end, text, entry, isFormer]. */
function candidates(ko, en, titles) {
  const found = [];
  for (const entry of titles) {
    const occurrences = koreanOccurrences(ko, entry);
    if (occurrences.length !== 1) continue; // one Korean occurrence: the English one must be its rendering
    const own = [];
    for (const rendering of [entry.en, ...(entry.alternatives ?? [])]) {
      const re = new RegExp(`(?<![A-Za-z-])${escape(rendering)}(?![A-Za-z-])`, "gi");
      for (const m of en.matchAll(re)) own.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry, isFormer: occurrences[0].isFormer });
    }
    const distinct = own.filter((c) => !own.some((o) => o !== c && o.start <= c.start && o.end >= c.end));
    if (distinct.length === 1) found.push(...own); // one English rendering: it translates the one Korean title
  }
  // the longest rendering at a position wins ("Vice Foreign Minister" over "Foreign Minister")
  return found.filter((c) => !found.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
}

function capitalizeLike(text, model) {
  return /^[A-Z]/.test(model) ? text.replace(/(^|\s)([a-z])/g, (_, s, c) => s + c.toUpperCase()) : text.toLowerCase();
}

/**
 * The deputy form of a title, as the glossary writes it (its own deputy entry: 대통령 -> 부통령 "Vice President",
 * 대변인 -> 부대변인 "deputy spokesman"), keeping the translator's word for the office; null when the office has no deputy.
 */
function deputyOf(candidate, titles) {
  const deputies = titles.filter((t) => t.base === candidate.entry.ko && t.rank === "vice");
  const lower = candidate.text.toLowerCase();
  for (const deputy of deputies) {
    const renderings = [deputy.en, ...(deputy.alternatives ?? [])];
    const same = renderings.find((r) => r.toLowerCase().endsWith(` ${lower}`));
    if (same) return capitalizeLike(same, candidate.text);
  }
  return null;
}

/** The words before a span in the English text (up to four). */
function wordsBefore(en, start) {
  return en.slice(Math.max(0, start - 40), start).split(/[^A-Za-z]+/).filter(Boolean).slice(-4);
}

/** "a acting" -> "an acting", "an Vice" -> "a Vice": the article before the changed title. */
function fixArticle(before, replacement) {
  const m = /\b(a|an|A|An)(\s+)$/.exec(before);
  if (!m) return before;
  const wantsAn = /^[aeiou]/i.test(replacement);
  const article = wantsAn ? (m[1][0] === "A" ? "An" : "an") : (m[1][0] === "A" ? "A" : "a");
  return before.slice(0, m.index) + article + m[2];
}

function replaceSpan(en, start, end, replacement) {
  return fixArticle(en.slice(0, start), replacement) + replacement + en.slice(end);
}

/** Whether a name is written next to the title: "President Bush", "Bush, the president", "Qantas chairman Leigh Clifford". */
function isNamed(en, candidate) {
  return /^\s+(?:[A-Z][a-z]+|[A-Z]\.)/.test(en.slice(candidate.end)) || /[A-Z][a-z]+,\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.']*\s+)*$/.test(en.slice(0, candidate.start));
}

/** One rank change for one candidate title, or null. */
function corrupt(en, candidate, titles, rng) {
  const before = wordsBefore(en, candidate.start);
  const previous = before[before.length - 1];
  if (candidate.isFormer && previous && /^(?:former|ex)$/i.test(previous)) {
    const at = en.slice(0, candidate.start).search(/(?:former|ex)[\s-]*$/i);
    return en.slice(0, at) + en.slice(candidate.start); // drop "former"
  }
  if (before.some((w) => EN_RANK_WORD.test(w)) || candidate.isFormer || !isNamed(en, candidate) && !/^the$/i.test(previous ?? "")) return null;
  if (candidate.entry.rank === "vice" && candidate.entry.base) {
    const base = titles.find((t) => t.ko === candidate.entry.base);
    const stripped = candidate.text.replace(/^(?:vice|deputy)[\s-]+/i, "");
    if (!base || stripped === candidate.text) return null;
    return replaceSpan(en, candidate.start, candidate.end, stripped);
  }
  if (candidate.entry.rank) return null;
  const deputy = deputyOf(candidate, titles);
  const roll = rng();
  if (deputy && roll < 0.6) return replaceSpan(en, candidate.start, candidate.end, deputy);
  const word = roll < 0.8 ? "former" : "acting";
  return replaceSpan(en, candidate.start, candidate.end, `${word} ${candidate.text}`);
}

/**
 * Corrupts one faithful pair with a title-rank error. `glossary` is the loaded glossary ({ titles, names, ... }).
 * @returns {{ en: string } | null}
 */
export function inject(ko, en, rng, glossary) {
  const titles = (glossary.titles ?? []).filter((t) => (t.kind ?? "title") === "title" && !t.isAmbiguous);
  const found = candidates(ko, en, titles);
  if (found.length === 0) return null;
  const start = Math.floor(rng() * found.length);
  for (let k = 0; k < found.length; k++) {
    const corrupted = corrupt(en, found[(start + k) % found.length], titles, rng);
    if (corrupted !== null && corrupted !== en) return { en: corrupted };
  }
  return null;
}
