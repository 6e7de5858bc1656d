// title-consistency injector: gives one person two different titles inside one faithful sentence pair.
//
// An inconsistency needs two mentions of the person, and this function sees one pair only, so it works where the
// pair itself names the person twice: a titled mention (English "Secretary of State Condoleezza Rice", Korean
// "콘돌리자 라이스 미국 국무장관") and a later mention of the same name ("Rice said", "라이스 장관은"). The later
// mention gets a conflicting title, as translators and reporters slip: the deputy title of the office ("Deputy
// Secretary of State Rice", "라이스 국무부 부장관은") or, when the office has no deputy, another post ("Advisor
// Rice", "라이스 보좌관은"). It changes the English or the Korean side (source texts have these errors too).
// Returns null when the pair names no titled person twice. Self-contained: imports nothing from the project.
//
// injectDocument() is the same error with the article around the pair (bench/recall.mjs calls it when it is
// exported): a person titled in the chosen pair and titled again in another pair of the article gets a
// conflicting title in the chosen pair only ("Vice Chairman Zhang" elsewhere, "Advisor Zhang" here).

/** Posts used when an office has no deputy: a different office altogether, as in "Advisor Zhang" for a vice chairman. */
const OTHER_POSTS = ["보좌관", "대변인", "대사"];
/** Korean words before a title that are countries or bodies, not names (the glossary adds its terms and pairs). */
const KO_NOT_NAMES = ["미국", "중국", "일본", "북한", "한국", "남한", "러시아", "영국", "프랑스", "독일", "이라크", "이란", "이스라엘",
  "팔레스타인", "파키스탄", "아프간", "아프가니스탄", "콜롬비아", "미얀마", "터키", "인도", "호주", "캐나다", "정부", "당국", "회담"];
/** A Korean particle after a name. */
const KO_PARTICLE = "(?:은|는|이|가|을|를|의|에게|과|와|도)";
/** Capitalised words that end an organisation's name, never part of a personal name. */
const EN_NOT_NAMES = /^(?:League|Assembly|Council|Committee|Commission|Department|Ministry|Office|House|Party|Court|Bank|Agency|Command|Forces|Union|Nations|Organization|Association|Group|University|Institute|Center|Foundation|Fund|Service|Board|Authority|Administration|Bureau|Embassy|Congress|Senate|Parliament|Government|Cabinet|Army|Navy|Police|Times|Post|News|Cup|Games|Club|Team|The|And|Of)$/;
/** One capitalised name word in English, with hyphenated parts and Arabic articles (al-Maliki, Jae-in). */
const EN_WORD = "(?:(?:al|el|bin)-)?[A-Z][a-z]+(?:-[A-Za-z]+)?";

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Compiled patterns per glossary object: building them is the slow part. */
const PATTERNS = new WeakMap();
const pick = (list, rng) => list[Math.floor(rng() * list.length)];

function titleEntries(glossary) {
  return (glossary.titles ?? []).filter((t) => (t.kind ?? "title") === "title" && !t.isAmbiguous);
}

/** The glossary entry of a different post for `entry`: its deputy when it has one, else another office. */
function conflicting(entry, titles, rng) {
  const deputies = titles.filter((t) => t.base === entry.ko && t.rank === "vice");
  if (deputies.length > 0) return pick(deputies, rng);
  return pick(titles.filter((t) => OTHER_POSTS.includes(t.ko) && t.ko !== entry.ko), rng) ?? null;
}

/** Capitalised English renderings, longest first, as one alternation. */
function englishTitles(titles) {
  return titles.flatMap((t) => [t.en, ...(t.alternatives ?? [])].map((r) => [r, t])).filter(([r]) => /^[A-Z]/.test(r))
    .sort((a, b) => b[0].length - a[0].length);
}

/** English: "<Title> <Name>" and, later in the pair, "[<Title>] <Surname>". */
function injectEnglish(en, titles, rng) {
  for (const [rendering, entry] of englishTitles(titles)) {
    const first = new RegExp(`(?<![A-Za-z-])${escape(rendering)}\\s+(${EN_WORD}(?:\\s+${EN_WORD}){0,3})`, "g");
    for (const m of en.matchAll(first)) {
      const words = m[1].split(/\s+/);
      if (words.some((w) => EN_NOT_NAMES.test(w))) continue;
      const surname = words[words.length - 1];
      const after = m.index + m[0].length;
      // a later mention that is the person, not an owner: "Rice said", not "Obama's office" or "Obama spokesman"
      const later = new RegExp(`(?:(?:${englishTitles(titles).map(([r]) => escape(r)).join("|")})\\s+)?(?<![A-Za-z-])${escape(surname)}(?![A-Za-z-]|['’]|\\s+[a-z]+man\\b|\\s+(?:spokesperson|aide|adviser|advisor|campaign|camp|office)\\b)`).exec(en.slice(after));
      const other = conflicting(entry, titles, rng);
      if (!later || !other) continue;
      const at = after + later.index;
      const title = other.en.replace(/^[a-z]/, (c) => c.toUpperCase());
      return `${en.slice(0, at)}${title} ${surname}${en.slice(at + later[0].length)}`;
    }
  }
  return null;
}

function notNames(glossary) {
  const out = new Set(KO_NOT_NAMES);
  for (const e of [...(glossary.terms ?? []), ...(glossary.pairs ?? [])]) {
    out.add(e.ko);
    if (e.koFull) out.add(e.koFull);
  }
  return out;
}

/** Korean names the glossary knows: full forms, aliases and short forms (라이스 is not one; 설리번, 시진핑 are). */
function knownNames(glossary) {
  return new Set((glossary.names ?? []).flatMap((e) => [e.ko, ...(e.koAliases ?? []), e.koShort].filter(Boolean).flatMap((f) => [f, f.split(" ").pop()])));
}

/**
 * Korean: "<name> [<country>] <title>" and, later, "<name>[ <title>]<particle>". The word before a title may be an
 * organisation (론스타 회장, 경찰 대변인), so a name the glossary does not know must carry a title the second time too.
 */
function injectKorean(ko, titles, rng, glossary) {
  const excluded = notNames(glossary);
  const known = knownNames(glossary);
  const forms = titles.flatMap((t) => [t.ko, ...(t.koAliases ?? [])].map((f) => [f, t])).sort((a, b) => b[0].length - a[0].length);
  const anyTitle = forms.map(([f]) => escape(f)).join("|");
  for (const [form, entry] of forms) {
    const first = new RegExp(`(?<![가-힣])([가-힣]{2,5}) (?:(${[...excluded].map(escape).join("|")}) )?${escape(form)}(?=${KO_PARTICLE}|\\s)`, "g");
    for (const m of ko.matchAll(first)) {
      const name = m[1];
      if (excluded.has(name) || /[은는을를의에와과]$/.test(name)) continue;
      const after = m.index + m[0].length;
      const titled = known.has(name) ? "?" : "";
      const later = new RegExp(`(?<![가-힣])${escape(name)}(?: (?:${anyTitle}))${titled}(?=${KO_PARTICLE})`).exec(ko.slice(after));
      const other = conflicting(entry, titles, rng);
      if (!later || !other) continue;
      const at = after + later.index;
      const end = at + later[0].length;
      return `${ko.slice(0, at)}${name} ${other.ko}${particleAfter(other.ko, ko.slice(end))}`;
    }
  }
  return null;
}

/** Whether a Hangul syllable ends in a consonant (받침): 관 yes, 사 no. */
function hasFinal(syllable) {
  const code = syllable.charCodeAt(0) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

/** The rest of the sentence with its first particle agreeing with the new title (대변인과, 대사와). */
function particleAfter(title, rest) {
  const pairs = { 은: "는", 이: "가", 을: "를", 과: "와" };
  const final = hasFinal(title[title.length - 1]);
  const first = rest[0];
  for (const [withFinal, without] of Object.entries(pairs)) {
    if (first === withFinal || first === without) return (final ? withFinal : without) + rest.slice(1);
  }
  return rest;
}

/** One pattern per title form, built once per glossary: English "<Title> <Name>", Korean "<name> [<country>] <title>". */
function patterns(titles, glossary) {
  let found = PATTERNS.get(glossary);
  if (found) return found;
  const excluded = notNames(glossary);
  const countries = [...excluded].map(escape).join("|");
  const en = englishTitles(titles).map(([rendering, entry]) => ({
    rendering, entry, re: new RegExp(`(?<![A-Za-z-])${escape(rendering)}\\s+(${EN_WORD}(?:\\s+${EN_WORD}){0,3})`, "g"),
  }));
  const ko = titles.flatMap((t) => [t.ko, ...(t.koAliases ?? [])].map((f) => [f, t])).sort((a, b) => b[0].length - a[0].length)
    .map(([form, entry]) => ({ form, entry, re: new RegExp(`(?<![가-힣])([가-힣]{2,5}) (?:(?:${countries}) )?(${escape(form)})(?=${KO_PARTICLE}|\\s)`, "g") }));
  found = { en, ko, excluded };
  PATTERNS.set(glossary, found);
  return found;
}

/** English titled mentions "<Title> <Name>" in a line: the rendering, its entry, where it is, and the surname. */
function englishMentions(line, titles, glossary) {
  const out = [];
  for (const { rendering, entry, re } of patterns(titles, glossary).en) {
    if (!line.includes(rendering)) continue;
    for (const m of line.matchAll(re)) {
      const words = m[1].split(/\s+/);
      if (words.some((w) => EN_NOT_NAMES.test(w)) || out.some((o) => o.start <= m.index && m.index < o.end)) continue;
      out.push({ start: m.index, end: m.index + rendering.length, entry, surname: words[words.length - 1] });
    }
  }
  return out;
}

/** Korean titled mentions "<name> [<country>] <title>" in a line. */
function koreanMentions(line, titles, glossary) {
  const { ko, excluded } = patterns(titles, glossary);
  const out = [];
  for (const { form, entry, re } of ko) {
    if (!line.includes(form)) continue;
    for (const m of line.matchAll(re)) {
      const start = m.index + m[0].length - form.length;
      if (excluded.has(m[1]) || out.some((o) => o.start <= start && start < o.end)) continue;
      if (ko.some((p) => line.startsWith(` ${p.form}`, start + form.length))) continue; // 메르켈 총리 대변인: the owner's title
      out.push({ start, end: start + form.length, entry, surname: m[1] });
    }
  }
  return out;
}

/** The first mention at `index` whose person is titled in another line too, retitled with a conflicting post. */
function retitle(lines, index, find, render, rng) {
  const others = lines.flatMap((line, j) => (j === index ? [] : find(line)));
  for (const mention of find(lines[index])) {
    if (!others.some((o) => o.surname === mention.surname)) continue;
    const replacement = render(mention, rng);
    if (replacement) return `${lines[index].slice(0, mention.start)}${replacement}${lines[index].slice(mention.end)}`;
  }
  return null;
}

/**
 * Corrupts pair `index` of an article: a person titled there and in another pair of the article gets a
 * conflicting title there. Falls back to inject() on the pair alone.
 * @returns {{ ko: string[], en: string[] } | null}
 */
export function injectDocument(koLines, enLines, index, rng, glossary) {
  const titles = titleEntries(glossary);
  const enTitle = (m, r) => conflicting(m.entry, titles, r)?.en.replace(/^[a-z]/, (c) => c.toUpperCase()) ?? null;
  const koTitle = (m, r) => conflicting(m.entry, titles, r)?.ko ?? null;
  const english = () => {
    const line = retitle(enLines, index, (l) => englishMentions(l, titles, glossary), enTitle, rng);
    return line && { ko: [...koLines], en: enLines.map((l, i) => (i === index ? line : l)) };
  };
  const korean = () => {
    const line = retitle(koLines, index, (l) => koreanMentions(l, titles, glossary), koTitle, rng);
    return line && { ko: koLines.map((l, i) => (i === index ? line : l)), en: [...enLines] };
  };
  const inContext = rng() < 0.5 ? korean() ?? english() : english() ?? korean();
  if (inContext) return inContext;
  const single = inject(koLines[index], enLines[index], rng, glossary);
  if (!single) return null;
  return { ko: koLines.map((l, i) => (i === index ? single.ko ?? l : l)), en: enLines.map((l, i) => (i === index ? single.en : l)) };
}

/**
 * Corrupts one faithful pair with a person who carries two different titles in one language.
 * @returns {{ en: string, ko?: string } | null}
 */
export function inject(ko, en, rng, glossary) {
  const titles = titleEntries(glossary);
  const tryKorean = () => {
    const corrupted = injectKorean(ko, titles, rng, glossary);
    return corrupted ? { en, ko: corrupted } : null;
  };
  const tryEnglish = () => {
    const corrupted = injectEnglish(en, titles, rng);
    return corrupted ? { en: corrupted } : null;
  };
  return rng() < 0.5 ? tryKorean() ?? tryEnglish() : tryEnglish() ?? tryKorean();
}
