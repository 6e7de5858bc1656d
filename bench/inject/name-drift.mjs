// name-drift injector: corrupts one faithful sentence pair with a personal-name error of the kinds editors find.
//
// It looks for a person of the glossary (names.json) whose accepted English spelling (en, alternatives, enShort)
// is in the English sentence, and picks one corruption that applies:
//  - variant: the spelling becomes one the glossary lists as wrong (Kim Jong Un -> Kim Jong-eun, Sean Savett ->
//    Sean Sabet), as translators who romanize by sound write;
//  - misspelling: when the Korean names the person, one vowel of the name is changed, added or dropped, or a
//    double letter is halved (Zhang Youxia -> Zhang Youxiao, Sullivan -> Sulivan);
//  - wrong person: when the Korean names the person, the English names another glossary person of the same
//    country instead, preferring one with the same surname (김정은 rendered Kim Jong Il);
//  - Hanja: when the Korean names a Chinese person whose characters the glossary knows, a gloss is added after
//    the Hangul with one character swapped for another person's (장유샤(張眞夏) for 張又俠).
// Returns null when the pair names no such person. Self-contained: imports nothing from the project.

/** English vowels, which a misspelling changes. */
const VOWELS = "aeiou";
/** Countries whose people Korean news glosses with Chinese characters read in Mandarin. */
const CHINESE = new Set(["CN", "TW"]);

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pick = (items, rng) => items[Math.floor(rng() * items.length) % items.length];
const forms = (p) => [p.en, ...(p.alternatives ?? [])];

/** The first whole-word occurrence of `form` in `text` ([start, end]), or null. */
function findName(text, form) {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, "u").exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

function replaceAt(text, [start, end], by) {
  return text.slice(0, start) + by + text.slice(end);
}

/** Where the Korean sentence writes the person's full Hangul name (ko or an alias) as a word of its own, or -1. */
function koreanAt(ko, person) {
  for (const form of [person.ko, ...(person.koAliases ?? [])]) {
    const m = new RegExp(`(?<![가-힣])${escape(form)}`).exec(ko);
    if (m) return { at: m.index, form };
  }
  return null;
}

/** A misspelling of a name: one vowel changed, added or dropped, or a double letter halved; null if none differs. */
function misspell(name, rng) {
  const words = name.split(" ");
  const index = words.map((w, i) => [w, i]).filter(([w]) => w.length >= 4).map(([, i]) => i);
  if (index.length === 0) return null;
  const i = pick(index, rng), word = words[i];
  const vowelsAt = [...word].map((c, j) => (VOWELS.includes(c) && j > 0 ? j : -1)).filter((j) => j >= 0);
  const doubleAt = [...word].map((c, j) => (j > 0 && c === word[j - 1] ? j : -1)).filter((j) => j >= 0);
  const edits = [];
  if (doubleAt.length > 0) edits.push(() => { const j = pick(doubleAt, rng); return word.slice(0, j) + word.slice(j + 1); });
  if (vowelsAt.length > 0) {
    edits.push(() => { const j = pick(vowelsAt, rng); return word.slice(0, j) + pick([...VOWELS].filter((v) => v !== word[j]), rng) + word.slice(j + 1); });
    edits.push(() => { const j = pick(vowelsAt, rng); return word.slice(0, j + 1) + pick([..."aeo"], rng) + word.slice(j + 1); });
  }
  if (edits.length === 0) return null;
  const changed = pick(edits, rng)();
  if (changed === word) return null;
  words[i] = changed;
  return words.join(" ");
}

/** Another glossary person to name instead: same country, the same English surname when one exists. */
function otherPerson(person, people, rng) {
  const others = people.filter((q) => q !== person && q.country === person.country && q.en !== person.en && q.enShort !== person.en);
  const sameSurname = others.filter((q) => q.enShort && q.enShort === person.enShort);
  const pool = sameSurname.length > 0 ? sameSurname : others;
  return pool.length > 0 ? pick(pool, rng) : null;
}

/** The person's Hanja with one character swapped for a character of another Chinese person's name. */
function wrongHanja(person, people, rng) {
  const chars = [...person.hanja];
  const pool = people.filter((q) => q !== person && CHINESE.has(q.country) && q.hanja).flatMap((q) => [...q.hanja].slice(1)).filter((c) => !chars.includes(c));
  if (pool.length === 0 || chars.length < 2) return null;
  const at = 1 + Math.floor(rng() * (chars.length - 1));
  chars[at] = pick(pool, rng);
  return chars.join("");
}

/** Every corruption that applies to this pair, as functions returning { en, ko? } or null. */
function corruptions(ko, en, people, rng) {
  const out = [];
  for (const person of people) {
    const korean = koreanAt(ko, person), named = korean !== null;
    for (const form of forms(person)) {
      const at = findName(en, form);
      if (!at) continue;
      if (person.variants?.length > 0) out.push(() => ({ en: replaceAt(en, at, pick(person.variants, rng)) }));
      if (named) out.push(() => { const m = misspell(form, rng); return m ? { en: replaceAt(en, at, m) } : null; });
      if (named) out.push(() => { const q = otherPerson(person, people, rng); return q ? { en: replaceAt(en, at, q.en) } : null; });
    }
    const short = typeof person.enShort === "string" && named ? findName(en, person.enShort) : null;
    if (short && !forms(person).some((f) => findName(en, f))) out.push(() => { const m = misspell(person.enShort, rng); return m ? { en: replaceAt(en, short, m) } : null; });
    const end = korean ? korean.at + korean.form.length : -1;
    if (korean && CHINESE.has(person.country) && person.hanja && ko[end] !== "(") {
      out.push(() => { const h = wrongHanja(person, people, rng); return h ? { en, ko: replaceAt(ko, [end, end], `(${h})`) } : null; });
    }
  }
  return out;
}

/**
 * Corrupts one faithful pair with a name error, or returns null when the pair names no glossary person.
 * @param {string} ko @param {string} en @param {() => number} rng @param {{ names?: object[] }} glossary
 * @returns {{ en: string, ko?: string } | null}
 */
export function inject(ko, en, rng, glossary) {
  const people = glossary.names ?? [];
  const options = corruptions(ko, en, people, rng);
  while (options.length > 0) {
    const [apply] = options.splice(Math.floor(rng() * options.length) % options.length, 1);
    const result = apply();
    if (result && (result.en !== en || result.ko !== undefined)) return result;
  }
  return null;
}
