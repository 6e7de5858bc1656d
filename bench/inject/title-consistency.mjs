// title-consistency injector: gives one person two different titles inside one faithful sentence pair.
//
// An inconsistency needs two mentions of the person, and this function sees one pair only, so it works where the
// pair itself names the person twice: a titled mention (English "Secretary of State Condoleezza Rice", Korean
// "콘돌리자 라이스 미국 국무장관") and a later mention of the same name ("Rice said", "라이스 장관은"). The later
// mention gets a conflicting title, as translators and reporters slip: the deputy title of the office ("Deputy
// Secretary of State Rice", "라이스 국무부 부장관은") or, when the office has no deputy, another post ("Advisor
// Rice", "라이스 보좌관은"). It changes the English or the Korean side (source texts have these errors too).
// Returns null when the pair names no titled person twice. Self-contained: imports nothing from the project.

/** Posts used when an office has no deputy: a different office altogether, as in "Advisor Zhang" for a vice chairman. */
const OTHER_POSTS = ["보좌관", "대변인", "대사"];
/** Korean words before a title that are countries or bodies, not names (the glossary adds its terms and pairs). */
const KO_NOT_NAMES = ["미국", "중국", "일본", "북한", "한국", "남한", "러시아", "영국", "프랑스", "독일", "이라크", "이란", "이스라엘",
  "팔레스타인", "파키스탄", "아프간", "아프가니스탄", "콜롬비아", "미얀마", "터키", "인도", "호주", "캐나다", "정부", "당국", "회담", "측"];
/** A Korean particle after a name. */
const KO_PARTICLE = "(?:은|는|이|가|을|를|의|에게|과|와|도)";
/** Capitalised words that end an organisation's name, never part of a personal name. */
const EN_NOT_NAMES = /^(?:League|Assembly|Council|Committee|Commission|Department|Ministry|Office|House|Party|Court|Bank|Agency|Command|Forces|Union|Nations|Organization|Association|Group|University|Institute|Center|Foundation|Fund|Service|Board|Authority|Administration|Bureau|Embassy|Congress|Senate|Parliament|Government|Cabinet|Army|Navy|Police|Times|Post|News|Cup|Games|Club|Team|The|And|Of)$/;
/** One capitalised name word in English, with hyphenated parts and Arabic articles (al-Maliki, Jae-in). */
const EN_WORD = "(?:(?:al|el|bin)-)?[A-Z][a-z]+(?:-[A-Za-z]+)?";

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
      const later = new RegExp(`(?:(?:${englishTitles(titles).map(([r]) => escape(r)).join("|")})\\s+)?(?<![A-Za-z-])${escape(surname)}(?![A-Za-z-])`).exec(en.slice(after));
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
      return `${ko.slice(0, at)}${name} ${other.ko}${ko.slice(at + later[0].length)}`;
    }
  }
  return null;
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
