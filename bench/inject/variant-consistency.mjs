// variant-consistency injector: corrupts one faithful sentence pair with mixed spelling variants.
//
// It looks for the forms of one variants.json set (U.S./US, adviser/advisor, defense/defence, …) in the
// English sentence and:
// - when the sentence uses a form of one set twice or more, rewrites one of them in another form of the set
//   ("the U.S. said US troops …"), the mix a translator leaves when pasting from a source with another style;
// - when it names a place whose set has an outdated form, writes that form (Busan -> Pusan, Kyiv -> Kiev).
// A single use of a form cannot show a mix within one sentence, so such a pair returns null, as does a pair
// with no form at all. Forms inside proper names that keep their own spelling are left alone (Labour Party).
// Self-contained: imports nothing from the project.

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pick = (list, rng) => list[Math.floor(rng() * list.length)];
/** Inflections a form takes when its set allows them (defences, advisers). */
const INFLECTIONS = "s|es|d|ed|ing|er|ers";
/** Capitalized words after a form that make it part of a name keeping its own spelling. */
const NAME_HEAD = /^\s+(?:Party|Ministry|Organisation|Organization|Centre|Center|University|Council|Institute|Department)\b/;

/** Every use of the set's forms in the sentence: { start, end, text, form, ending }. */
function uses(en, entry) {
  const found = [];
  for (const form of [entry.en, ...entry.variants]) {
    const flags = entry.matchCase ? "gu" : "giu";
    const ending = entry.matchPrefix ? `(${INFLECTIONS})?` : "()";
    const currency = /^[A-Z.]+$/.test(form) ? "(?!\\$)" : "";
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}${ending}${currency}(?![\\p{L}\\p{N}])`, flags);
    for (const m of en.matchAll(pattern)) {
      if (NAME_HEAD.test(en.slice(m.index + m[0].length))) continue;
      if (!found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], form, ending: m[1] ?? "" });
    }
  }
  return found;
}

/** A form written where another stood, keeping the ending and a capital first letter. */
function rewrite(use, form) {
  const text = form + use.ending;
  return /^[A-Z]/.test(use.text) && /^[a-z]/.test(text) ? text[0].toUpperCase() + text.slice(1) : text;
}

function replace(en, use, text) {
  return en.slice(0, use.start) + text + en.slice(use.end);
}

export function inject(_ko, en, rng, glossary) {
  const options = [];
  for (const entry of glossary.variants ?? []) {
    const found = uses(en, entry);
    if (found.length === 0) continue;
    const forms = [entry.en, ...entry.variants];
    const key = (f) => (entry.matchCase ? f : f.toLowerCase());
    if (found.length >= 2) {
      for (const use of found) {
        for (const other of forms.filter((f) => key(f) !== key(use.form) && !(entry.deprecated ?? []).includes(f))) {
          options.push(() => replace(en, use, rewrite(use, other)));
        }
      }
    }
    for (const outdated of entry.deprecated ?? []) {
      for (const use of found.filter((u) => u.form === entry.en)) options.push(() => replace(en, use, rewrite(use, outdated)));
    }
  }
  if (options.length === 0) return null;
  const corrupted = pick(options, rng)();
  return corrupted === en ? null : { en: corrupted };
}
