// variant-consistency injector: corrupts one faithful sentence pair with mixed spelling variants.
//
// It looks for the forms of one variants.json set (U.S./US, adviser/advisor, defense/defence, …) in the
// English sentence and:
// - when the sentence uses a form of one set twice or more, rewrites one of them in another form of the set
//   ("the U.S. said US troops …"), the mix a translator leaves when pasting from a source with another style;
// - when it names a place whose set has an outdated form, writes that form (Busan -> Pusan, Kyiv -> Kiev).
// A single use of a form cannot show a mix within one sentence, so such a pair returns null, as does a pair
// with no form at all. Forms inside proper names that keep their own spelling are left alone (Labour Party).
// injectDocument does the same with the rest of the article in view: a single use is rewritten in another
// form when the other sentences use its form at least twice and more than the new one (a style to slip
// from), so the text mixes forms across paragraphs as real ones do.
// Self-contained: imports nothing from the project.

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pick = (list, rng) => list[Math.floor(rng() * list.length)];
/** Inflections a form takes when its set allows them (defences, advisers). */
const INFLECTIONS = "s|es|d|ed|ing|er|ers";
/** Capitalized words after a form that make it part of a name keeping its own spelling. */
const NAME_HEAD = /^\s+(?:Party|Ministry|Organisation|Organization|Centre|Center|University|Council|Institute|Department)\b/;
/** A capitalized word after another capitalized word: part of a name (World Health Organization), left alone. */
const IN_NAME = /[A-Z][\w.]*\s+[A-Z]$/;

/** Every use of the set's forms in the sentence: { start, end, text, form, ending }. */
function uses(en, entry) {
  const found = [];
  for (const form of [entry.en, ...entry.variants]) {
    const flags = entry.matchCase ? "gu" : "giu";
    const ending = entry.matchPrefix ? `(${INFLECTIONS})?` : "()";
    const currency = /^[A-Z.]+$/.test(form) ? "(?!\\$)" : "";
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}${ending}${currency}(?![\\p{L}\\p{N}])`, flags);
    for (const m of en.matchAll(pattern)) {
      if (NAME_HEAD.test(en.slice(m.index + m[0].length)) || IN_NAME.test(en.slice(0, m.index) + m[0].slice(0, 1))) continue;
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

/** Ways to corrupt one sentence; `elsewhere(entry, form)` counts a form's uses in the rest of the article. */
function corruptions(en, rng, glossary, elsewhere) {
  const options = [];
  for (const entry of glossary.variants ?? []) {
    const found = uses(en, entry);
    if (found.length === 0) continue;
    const forms = [entry.en, ...entry.variants];
    const key = (f) => (entry.matchCase ? f : f.toLowerCase());
    for (const use of found) {
      for (const other of forms.filter((f) => key(f) !== key(use.form) && !(entry.deprecated ?? []).includes(f))) {
        // a slip needs a style to slip from: another use in the sentence, or the form dominant in the rest of the article
        const isSlip = found.length >= 2 || (elsewhere(entry, use.form) >= 2 && elsewhere(entry, other) < elsewhere(entry, use.form));
        if (isSlip) options.push(() => replace(en, use, rewrite(use, other)));
      }
    }
    for (const outdated of entry.deprecated ?? []) {
      for (const use of found.filter((u) => u.form === entry.en)) options.push(() => replace(en, use, rewrite(use, outdated)));
    }
  }
  return options;
}

export function inject(_ko, en, rng, glossary) {
  const options = corruptions(en, rng, glossary, () => 0);
  if (options.length === 0) return null;
  const corrupted = pick(options, rng)();
  return corrupted === en ? null : { en: corrupted };
}

export function injectDocument(koLines, enLines, index, rng, glossary) {
  const rest = enLines.filter((_, i) => i !== index).join("\n");
  const count = (entry, form) => uses(rest, entry).filter((u) => (entry.matchCase ? u.form === form : u.form.toLowerCase() === form.toLowerCase())).length;
  const options = corruptions(enLines[index], rng, glossary, count);
  if (options.length === 0) return null;
  const corrupted = pick(options, rng)();
  if (corrupted === enLines[index]) return null;
  return { ko: [...koLines], en: enLines.map((line, i) => (i === index ? corrupted : line)) };
}
