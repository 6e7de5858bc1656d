// garbled-pair injector: corrupts one faithful sentence pair with a garbled country pair.
//
// It looks for an English pair of country names (glossary pairs.json: abbreviation forms and pair members)
// written as a hyphen compound ("U.S.-China", "Korea-Japan") or with "and" ("the U.S. and China",
// "between Seoul and Tokyo"), and garbles it the way translators do:
// - self pair: the first member copied over the second ("the U.S. and the U.S.", "US-US"), or, now and then,
//   another name of the first member's country ("Washington and the U.S.");
// - wrong member: when the Korean sentence holds a contraction the pair renders (미중, 한일, 남북), one member is
//   replaced by another country, as when one syllable is decoded wrongly (한일 -> "Korea-China").
// Returns null when the English has no such pair. Self-contained: imports nothing from the project.

/** Share of self pairs that use another name of the country instead of copying the first member. */
const METONYM_SHARE = 0.3;
/** Share of wrong-member corruptions, when the Korean has a contraction the pair renders. */
const WRONG_MEMBER_SHARE = 0.5;
/** Names that take "the" as nouns. */
const NEEDS_ARTICLE = /^(?:United |Soviet Union$|Republic of |(?:[A-Z]\.){2,}$|USSR$|DPRK$|PRC$|ROK$|US$|UK$)/;
/** Adjectives, combining forms and bare compass names (American, Sino, North): not used as members or replacements here. */
const NOT_NOUN = /(?:ian|ean|can|man|ese|ish|ch|li|qi|ani)$|^(?:Sino|Franco|Anglo|Russo|Indo|North|South)$/;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pick = (list, rng) => list[Math.floor(rng() * list.length)];

/** Country entities (by standard name) with their capitalized noun names, and the pairs with their member entities. */
function lexicon(glossary) {
  const entities = new Map();
  const owner = new Map();
  const pairs = [];
  for (const e of glossary.pairs ?? []) {
    if (e.kind !== "abbreviation") continue;
    const names = entities.get(e.en) ?? [];
    for (const n of e.forms ?? [e.en]) if (/^[A-Z]/.test(n) && !names.includes(n)) names.push(n);
    entities.set(e.en, names);
  }
  for (const [id, names] of entities) for (const n of names) if (!owner.has(n)) owner.set(n, id);
  for (const e of glossary.pairs ?? []) {
    if (e.kind !== "pair") continue;
    pairs.push({ ko: e.ko, members: e.members.map((m) => owner.get(m[0]) ?? m[0]) });
  }
  return { entities, owner, pairs };
}

/** English pairs of two noun names: { start, end, members: [{ start, end, name, id, article }] }. */
function englishPairs(en, lex) {
  const names = [...lex.owner.keys()].filter((n) => !NOT_NOUN.test(n)).sort((a, b) => b.length - a.length);
  const alternation = names.map(escape).join("|");
  const pattern = new RegExp(`(?<![\\w.-])((?:the )?)(${alternation})(?:(-|–)|( and )((?:the )?))(${alternation})(?![\\w$'’-])(?! [A-Z])`, "g");
  const found = [];
  for (const m of en.matchAll(pattern)) {
    const [, article1, name1, dash, and, article2, name2] = m;
    if (dash && article1) continue;
    const start1 = m.index + article1.length;
    const start2 = start1 + name1.length + (dash ? dash.length : and.length + article2.length);
    found.push({
      start: m.index, end: start2 + name2.length, isCompound: Boolean(dash),
      members: [
        { start: start1, end: start1 + name1.length, name: name1, id: lex.owner.get(name1), article: article1 },
        { start: start2, end: start2 + name2.length, name: name2, id: lex.owner.get(name2), article: article2 ?? "" },
      ],
    });
  }
  return found.filter((p) => p.members[0].id !== p.members[1].id);
}

/** The name written with the article it needs where nouns take one ("the Soviet Union"), bare in a compound. */
function written(name, isCompound) {
  return !isCompound && NEEDS_ARTICLE.test(name) ? `the ${name}` : name;
}

function replaceMember(en, pair, index, name) {
  const member = pair.members[index];
  const from = member.start - member.article.length;
  return en.slice(0, from) + written(name, pair.isCompound) + en.slice(member.end);
}

/** A self pair: the second member becomes the first (or another name of the first member's country). */
function selfPair(en, pair, lex, rng) {
  const first = pair.members[0];
  const others = (lex.entities.get(first.id) ?? []).filter((n) => n !== first.name && !NOT_NOUN.test(n));
  const name = others.length > 0 && rng() < METONYM_SHARE ? pick(others, rng) : first.name;
  return replaceMember(en, pair, 1, name);
}

/** The contraction in the Korean sentence whose countries are the English pair's, if any. */
function renderedContraction(ko, pair, lex) {
  const ids = pair.members.map((m) => m.id).sort().join("|");
  // at the start of a word: 한미 in 주한미군 is not a contraction
  return lex.pairs.find((p) => p.members.length === 2 && [...p.members].sort().join("|") === ids && new RegExp(`(?<![가-힣])${p.ko}`).test(ko)) ?? null;
}

/** A wrong member: one member replaced by the standard name of another country. */
function wrongMember(en, pair, lex, rng) {
  const index = rng() < 0.5 ? 0 : 1;
  const used = new Set(pair.members.map((m) => m.id));
  const candidates = [...lex.entities.keys()].filter((id) => !used.has(id) && lex.entities.get(id).length > 0);
  const id = pick(candidates, rng);
  const names = lex.entities.get(id).filter((n) => !NOT_NOUN.test(n));
  return replaceMember(en, pair, index, names[0] ?? id);
}

export function inject(ko, en, rng, glossary) {
  const lex = lexicon(glossary);
  const pairs = englishPairs(en, lex);
  if (pairs.length === 0) return null;
  const pair = pick(pairs, rng);
  const contraction = renderedContraction(ko, pair, lex);
  const corrupted = contraction && rng() < WRONG_MEMBER_SHARE ? wrongMember(en, pair, lex, rng) : selfPair(en, pair, lex, rng);
  return corrupted === en ? null : { en: corrupted };
}
