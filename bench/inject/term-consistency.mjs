// term-consistency injector: corrupts one faithful sentence pair with a term rendered the wrong way.
//
// It looks for a glossary term (terms.json) whose Korean form (ko or koAliases) stands in the Korean
// sentence and whose English rendering (en or an alternative) stands in the English one, and then:
// - replaces the rendering with a rendering the glossary lists as wrong or outdated ("variants":
//   "Southern War Zone" for 남부전구, "European Community" for 유럽연합), as a translator does who takes an
//   old or literal name; or, when the term has no such variant,
// - when the sentence renders a name twice (the Korean names it twice), replaces one rendering with an
//   accepted alternative that is a different name ("Blue House" next to "Cheong Wa Dae"), the mix the
//   rule exists for. Common nouns (tariffs, duties) are not mixed: varying them is style, not this error.
// injectDocument also sees the rest of the article: when another sentence names the same Korean term and
// renders it the same way, the rendering in the chosen sentence becomes another accepted name for it, the
// mix an editor catches across paragraphs ("Cheong Wa Dae" … "Blue House").
// Returns null when the pair has no such term. Self-contained: imports nothing from the project.

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pick = (list, rng) => list[Math.floor(rng() * list.length)];
/** Words that carry no meaning when two renderings are compared. */
const STOP_WORDS = new Set(["the", "of", "a", "an", "and", "for", "on", "in"]);

/** English occurrences of an entry's accepted renderings, longest first, not overlapping. */
function renderings(en, entry) {
  const forms = [entry.en, ...(entry.alternatives ?? [])].sort((a, b) => b.length - a.length);
  const found = [];
  for (const form of forms) {
    const flags = /^[A-Z0-9]+$/.test(form) ? "g" : "gi";
    for (const m of en.matchAll(new RegExp(`(?<![\\p{L}\\p{N}-])${escape(form)}(?![\\p{L}\\p{N}])`, `${flags}u`))) {
      const start = m.index, end = m.index + m[0].length;
      if (!found.some((f) => start < f.end && f.start < end)) found.push({ start, end, text: m[0], form });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Case of the original kept for the new rendering: capitalized in the text stays capitalized. */
function likeCase(form, original) {
  if (/^[A-Z]/.test(original) && /^[a-z]/.test(form)) return form[0].toUpperCase() + form.slice(1);
  return form;
}

/** Two names of one thing in different words: neither an acronym, a shortening nor a plain description of the other. */
function isOtherName(a, b) {
  if (/^[A-Z0-9]+s?$/.test(a) || /^[A-Z0-9]+s?$/.test(b)) return false;
  if (/[A-Z]/.test(a) !== /[A-Z]/.test(b)) return false;
  const words = (s) => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w && !STOP_WORDS.has(w));
  const wa = words(a), wb = words(b);
  return !wa.every((w) => wb.some((x) => x.startsWith(w))) && !wb.every((w) => wa.some((x) => x.startsWith(w)));
}

function replace(en, at, text) {
  return en.slice(0, at.start) + text + en.slice(at.end);
}

/** Korean mentions of an entry in a text, not counting those inside a longer term (통일 in 통일부). */
function koreanMentions(ko, entry, glossary) {
  // Latin forms (NSC, G20) need a boundary
  const pattern = (form) => (/[A-Za-z0-9]/.test(form) ? new RegExp(`(?<![A-Za-z0-9])${escape(form)}(?![A-Za-z0-9])`, "g") : new RegExp(escape(form), "g"));
  const spans = (e) => [e.ko, ...(e.koAliases ?? [])].flatMap((form) => [...ko.matchAll(pattern(form))].map((m) => ({ start: m.index, end: m.index + form.length, e })));
  const own = spans(entry);
  if (own.length === 0) return 0;
  const all = (glossary.terms ?? []).flatMap(spans);
  return own.filter((o) => !all.some((a) => a.e !== entry && a.start <= o.start && o.end <= a.end && a.end - a.start > o.end - o.start)).length;
}

/** An entry's renderings in a text, not counting those inside a longer rendering of another term. */
function ownRenderings(en, entry, glossary) {
  const own = renderings(en, entry);
  if (own.length === 0) return own;
  const all = (glossary.terms ?? []).filter((e) => e !== entry).flatMap((e) => renderings(en, e));
  return own.filter((o) => !all.some((a) => a.start <= o.start && o.end <= a.end && a.end - a.start > o.end - o.start));
}

/** A term whose standard rendering is a name (Blue House, IAEA): mixing its names is the error, varying a common noun is style. */
function isName(entry) {
  return /^[A-Z]/.test(entry.en);
}

/** Ways to corrupt one sentence; `elsewhere(entry)` gives the forms the rest of the article renders the term with. */
function corruptions(ko, en, rng, glossary, elsewhere) {
  const options = [];
  for (const entry of glossary.terms ?? []) {
    const koCount = koreanMentions(ko, entry, glossary);
    if (koCount === 0) continue;
    const found = ownRenderings(en, entry, glossary);
    if (found.length === 0) continue;
    for (const variant of entry.variants ?? []) options.push(() => { const at = pick(found, rng); return replace(en, at, likeCase(variant, at.text)); });
    const others = elsewhere(entry);
    const isMixable = (koCount >= 2 && found.length >= 2) || others.some((f) => f === found[0].form);
    if (!isMixable || !isName(entry)) continue;
    const at = found[found.length - 1];
    for (const other of [entry.en, ...(entry.alternatives ?? [])].filter((f) => isOtherName(f, found[0].form))) {
      options.push(() => replace(en, at, likeCase(other, at.text)));
    }
  }
  return options;
}

export function inject(ko, en, rng, glossary) {
  const options = corruptions(ko, en, rng, glossary, () => []);
  if (options.length === 0) return null;
  const corrupted = pick(options, rng)();
  return corrupted === en ? null : { en: corrupted };
}

export function injectDocument(koLines, enLines, index, rng, glossary) {
  // the same term in another bead of the article, and how that bead renders it
  const elsewhere = (entry) => koLines.flatMap((ko, i) => (i !== index && koreanMentions(ko, entry, glossary) > 0 ? ownRenderings(enLines[i], entry, glossary).map((r) => r.form) : []));
  const options = corruptions(koLines[index], enLines[index], rng, glossary, elsewhere);
  if (options.length === 0) return null;
  const corrupted = pick(options, rng)();
  if (corrupted === enLines[index]) return null;
  return { ko: [...koLines], en: enLines.map((line, i) => (i === index ? corrupted : line)) };
}
