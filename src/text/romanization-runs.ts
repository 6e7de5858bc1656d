/**
 * Whether some stretch of a Hangul text can render a Latin name, with one alignment table per run of
 * stretches that share a first word instead of one table per stretch. hangulStretches lists the stretches
 * of one to four words from each word; each longer one is the one before it plus one word, and its phones
 * are those of the one before plus the new word's (a word's first phone never merges with the phone before
 * it). phoneSimilarity fills its table row by row along the Hangul phones, so the rows of a stretch are the
 * rows of the one before plus the new word's: the table of a run is filled once, and read after each word.
 * The answers are those of transliterationTest for every stretch, stretch by stretch.
 */
import {
  BOUND_SLACK, MAX_CONSONANT_WEIGHT, MAX_VOWEL_WEIGHT, bitsAffinity, hangulPhones, hasBothGN, isVowelClass, latinOrderPhones, letterBits, mayPairWith,
  type Phone, type TextStretch,
} from "./romanization.js";
import { memoize } from "./memo.js";

/** One word order of the Latin name, ready for the tables: its phones' weights, their total and what they can cover. */
interface LatinSide {
  readonly length: number;
  readonly weights: Float64Array;
  readonly total: number;
  /**
   * The most Hangul weight an alignment with these phones can earn: each Latin phone pairs with at most one
   * Hangul phone of its kind (vowel or consonant), whose weight is at most the kind's largest, times an
   * affinity of at most 1.
   */
  readonly capacity: number;
  /** Consonant classes of the phones, as bits. */
  readonly consonants: number;
  /** The phones' signatures (signatureOf) and their ids (signatureId). */
  readonly signatures: Int32Array;
  readonly ids: Int32Array;
  /** Sums of the largest vowel weights: vowelSums[n] is the sum of the n largest. */
  readonly vowelSums: Float64Array;
  /** The consonants, largest weight first: their class bits, word-start flags and weights. */
  readonly consonantBits: Int32Array;
  readonly consonantStarts: Uint8Array;
  readonly consonantWeights: Float64Array;
}

function latinSide(phones: readonly Phone[]): LatinSide {
  const weights = Float64Array.from(phones, (p) => p.weight);
  let vowels = 0, consonants = 0;
  for (const p of phones) {
    if (isVowelClass(p.classes)) vowels++;
    else consonants |= letterBits(p.classes);
  }
  const total = phones.reduce((s, p) => s + p.weight, 0);
  const capacity = vowels * MAX_VOWEL_WEIGHT + (phones.length - vowels) * MAX_CONSONANT_WEIGHT;
  const signatures = Int32Array.from(phones, signatureOf);
  const vowelWeights = phones.filter((p) => isVowelClass(p.classes)).map((p) => p.weight).sort((x, y) => y - x);
  const vowelSums = new Float64Array(vowelWeights.length + 1);
  vowelWeights.forEach((w, n) => { vowelSums[n + 1] = vowelSums[n]! + w; });
  const others = phones.filter((p) => !isVowelClass(p.classes)).sort((x, y) => y.weight - x.weight);
  return {
    length: phones.length, weights, total, capacity, consonants, signatures, ids: signatures.map(signatureId), vowelSums,
    consonantBits: Int32Array.from(others, (p) => letterBits(p.classes)), consonantStarts: Uint8Array.from(others, (p) => (p.isWordStart ? 1 : 0)),
    consonantWeights: Float64Array.from(others, (p) => p.weight),
  };
}

/** What a stretch's phones offer the bound of latinCover: counts of each kind and the consonants' classes and flags. */
interface StretchShape {
  vowels: number;
  consonants: number;
  letters: number;
  hasStart: boolean;
  hasBothGN: boolean;
}

/** Adds a word's phones to a stretch's shape. */
function addShape(shape: StretchShape, phones: readonly Phone[]): void {
  for (const p of phones) {
    if (isVowelClass(p.classes)) { shape.vowels++; continue; }
    const bits = letterBits(p.classes);
    shape.consonants++;
    shape.letters |= bits;
    shape.hasStart ||= p.isWordStart;
    shape.hasBothGN ||= hasBothGN(bits);
  }
}

/**
 * An upper bound of the Latin weight an alignment with a stretch can earn (similarityBound's cover of the
 * Latin side in romanization.ts): its largest vowel weights, as many as the stretch has vowels, and its
 * largest consonant weights among those that may pair with some consonant of the stretch, as many as the
 * stretch has consonants. It only grows as a stretch grows.
 */
function latinCover(latin: LatinSide, shape: StretchShape): number {
  let cover = latin.vowelSums[Math.min(shape.vowels, latin.vowelSums.length - 1)]!;
  for (let k = 0, taken = 0; k < latin.consonantWeights.length && taken < shape.consonants; k++) {
    if (!mayPairWith(latin.consonantBits[k]!, latin.consonantStarts[k] === 1, shape.letters, shape.hasStart, shape.hasBothGN)) continue;
    cover += latin.consonantWeights[k]!;
    taken++;
  }
  return cover;
}

/** The word orders of remembered Latin names: a long document names the same people again and again. */
const LATIN_SIDES = memoize((latin: string): readonly LatinSide[] => latinOrderPhones(latin).map(latinSide), (latin) => latin);

/** What affinity reads of a phone, as one number: its class bits (A..Z), whether it is a vowel and whether it starts a word. */
const VOWEL_FLAG = 1 << 26;
const START_FLAG = 1 << 27;

function signatureOf(phone: Phone): number {
  return letterBits(phone.classes) | (isVowelClass(phone.classes) ? VOWEL_FLAG : 0) | (phone.isWordStart ? START_FLAG : 0);
}

/**
 * Affinities by pair of phone signatures, each computed once. Phones come from fixed class tables, so there
 * are a few dozen signatures; they are numbered in order of appearance, at most MAX_SIGNATURES of them
 * (past that, signatureId gives -1 and the affinity is computed each time). A departure from STYLE.md §9
 * (no module-level state), on purpose: the table is a bounded cache of a pure function of two numbers.
 */
const MAX_SIGNATURES = 256;
const SIGNATURE_IDS = new Map<number, number>();
const AFFINITIES = new Float64Array(MAX_SIGNATURES * MAX_SIGNATURES).fill(Number.NaN);

function signatureId(signature: number): number {
  let id = SIGNATURE_IDS.get(signature);
  if (id === undefined) {
    if (SIGNATURE_IDS.size >= MAX_SIGNATURES) return -1;
    id = SIGNATURE_IDS.size;
    SIGNATURE_IDS.set(signature, id);
  }
  return id;
}

/** bitsAffinity of two phones given by their signatures (the answer of affinity). */
function signatureAffinity(a: number, b: number): number {
  const isVowelA = (a & VOWEL_FLAG) !== 0, isVowelB = (b & VOWEL_FLAG) !== 0;
  return bitsAffinity(a & (VOWEL_FLAG - 1), b & (VOWEL_FLAG - 1), isVowelA, isVowelB, (a & START_FLAG) !== 0, (b & START_FLAG) !== 0);
}

/** The affinity of two phones given by their signatures and signature ids: from the table, or computed (into it when both have ids). */
function affinityOf(signatureA: number, idA: number, signatureB: number, idB: number): number {
  if (idA < 0 || idB < 0) return signatureAffinity(signatureA, signatureB);
  const at = idA * MAX_SIGNATURES + idB;
  const known = AFFINITIES[at]!;
  if (known === known) return known; // not NaN: computed before
  return (AFFINITIES[at] = signatureAffinity(signatureA, signatureB));
}

/** The rows of one table, two per quantity: the credit of the best alignment so far and the part earned on the Hangul side. */
interface Rows {
  previous: Float64Array;
  previousA: Float64Array;
  row: Float64Array;
  rowA: Float64Array;
}

const rowsFor = (size: number): Rows => ({
  previous: new Float64Array(size), previousA: new Float64Array(size), row: new Float64Array(size), rowA: new Float64Array(size),
});

/**
 * Adds the rows of some Hangul phones to a table: phoneSimilarity's recurrence, row by row. Where the
 * affinity is 0 the diagonal earns nothing and cannot beat the cell above (a row never decreases), so
 * only up and left are compared there.
 */
function addRows(rows: Rows, word: WordPhones, latin: LatinSide): void {
  const { length, weights, signatures, ids } = latin;
  for (let i = 0; i < word.phones.length; i++) {
    const { previous, previousA, row, rowA } = rows;
    const signatureA = word.signatures[i]!, idA = word.ids[i]!, weightA = word.phones[i]!.weight;
    row[0] = 0;
    rowA[0] = 0;
    for (let j = 1; j <= length; j++) {
      // the best of up, left and diagonal; a tie keeps the earlier of the three
      let best = previous[j]!, bestA = previousA[j]!;
      if (row[j - 1]! > best) { best = row[j - 1]!; bestA = rowA[j - 1]!; }
      const affinityAB = affinityOf(signatureA, idA, signatures[j - 1]!, ids[j - 1]!);
      if (affinityAB !== 0) {
        const pair = previous[j - 1]! + (weightA + weights[j - 1]!) * affinityAB;
        if (pair > best) { best = pair; bestA = previousA[j - 1]! + weightA * affinityAB; }
      }
      row[j] = best;
      rowA[j] = bestA;
    }
    rows.previous = row;
    rows.previousA = rowA;
    rows.row = previous;
    rows.rowA = previousA;
  }
}

/**
 * Whether one of the usable stretches of a run (stretches [first, end) of one start) scores at least
 * minScore against a word order.
 */
function runPasses(words: readonly WordPhones[], first: number, end: number, usable: Uint8Array, latin: LatinSide, rows: Rows, minScore: number): boolean {
  // the stretches to try end at the last usable one light enough for `capacity` (see below); none of them
  // can cover enough of the name when that longest one cannot
  const shape: StretchShape = { vowels: 0, consonants: 0, letters: 0, hasStart: false, hasBothGN: false };
  let weight = 0, last = -1;
  for (let k = first; k < end; k++) {
    for (const p of words[k]!.phones) weight += p.weight;
    if (weight * minScore > latin.capacity + BOUND_SLACK) break;
    if (usable[k] === 1) last = k;
  }
  for (let k = first; k <= last; k++) addShape(shape, words[k]!.phones);
  if (last < 0 || (latin.total !== 0 && latinCover(latin, shape) / latin.total < minScore - BOUND_SLACK)) return false;
  rows.previous.fill(0);
  rows.previousA.fill(0);
  let totalA = 0;
  for (let k = first; k <= last; k++) {
    const word = words[k]!;
    for (const p of word.phones) totalA += p.weight;
    // a stretch covers at most `capacity` of its own weight, and longer ones only weigh more
    if (totalA * minScore > latin.capacity + BOUND_SLACK) return false;
    addRows(rows, word, latin);
    if (usable[k] !== 1) continue;
    const credit = rows.previous[latin.length]!, creditA = rows.previousA[latin.length]!;
    const score = totalA === 0 || latin.total === 0 ? 0 : Math.min(creditA / totalA, (credit - creditA) / latin.total);
    if (score >= minScore) return true;
  }
  return false;
}

/** A run of stretches to try: [first, end) up to its last usable stretch, and how much its first word sounds like the name. */
interface Run {
  readonly first: number;
  readonly end: number;
  readonly likeness: number;
}

/**
 * For one Latin name, whether some stretch of a Hangul text for which `isUsable` holds (given the stretch
 * and its index in `stretches`) can render it:
 * `stretches` must be hangulStretches(text) (or a list built the same way), and the answer is that of
 * stretches.some((w) => isUsable(w) && transliterationTest(latin, minScore)(w.text)).
 */
export function stretchTransliterationTest(
  latin: string, minScore: number,
): (text: string, stretches: readonly TextStretch[], isUsable: (w: TextStretch, index: number) => boolean) => boolean {
  const orders = LATIN_SIDES(latin);
  const rows = rowsFor(Math.max(0, ...orders.map((order) => order.length)) + 1); // one table at a time
  let consonants = 0;
  for (const order of orders) consonants |= order.consonants;
  return (text, stretches, isUsable) => {
    const words = addedWords(text, stretches);
    const usable = new Uint8Array(stretches.length);
    for (let k = 0; k < stretches.length; k++) usable[k] = isUsable(stretches[k]!, k) ? 1 : 0;
    const runs: Run[] = [];
    for (let first = 0; first < stretches.length;) {
      let end = first + 1, last = usable[first] === 1 ? first : -1;
      for (; end < stretches.length && stretches[end]!.start === stretches[first]!.start; end++) if (usable[end] === 1) last = end;
      if (last >= 0) runs.push({ first, end: last + 1, likeness: likeness(words[first]!.phones, consonants) });
      first = end;
    }
    // a stretch with no sounding Latin word scores 0 (transliterationTest)
    if (orders.length === 0) return runs.length > 0 && 0 >= minScore;
    // the answer does not depend on the order the runs are tried in, and a run whose first word sounds like
    // the name most often holds the rendering, so those are tried first; each table stops at its last usable stretch
    for (const { first, end } of runs.sort((a, b) => b.likeness - a.likeness)) {
      if (orders.some((order) => runPasses(words, first, end, usable, order, rows, minScore))) return true;
    }
    return false;
  };
}

/** The share of a word's consonant weight in classes the name also has (an order for trying runs, nothing more). */
function likeness(phones: readonly Phone[], consonants: number): number {
  let shared = 0, all = 0;
  for (const p of phones) {
    if (isVowelClass(p.classes)) continue;
    all += p.weight;
    if ((letterBits(p.classes) & consonants) !== 0) shared += p.weight;
  }
  return all === 0 ? 0 : shared / all;
}

/** The phones a stretch adds to the one before it in its run (its last word's), with their signatures and signature ids. */
interface WordPhones {
  readonly phones: readonly Phone[];
  readonly signatures: Int32Array;
  readonly ids: Int32Array;
}

/**
 * WordPhones of each stretch, per list of stretches. A departure from STYLE.md §9 (no module-level caches),
 * on purpose: hangulStretches remembers each text's list, and every Latin name of a paragraph is tried
 * against that text; the phones are a pure function of the list, and a WeakMap forgets them with it.
 */
const ADDED_WORDS = new WeakMap<readonly TextStretch[], readonly WordPhones[]>();

/** What each stretch adds to the one before it in its run: its last word, after the white space before it (the first: its word). */
function addedWords(text: string, stretches: readonly TextStretch[]): readonly WordPhones[] {
  const known = ADDED_WORDS.get(stretches);
  if (known) return known;
  const byEnd = new Map<number, WordPhones>(); // stretches that end together end with one word
  const words = stretches.map((stretch, k) => {
    let word = byEnd.get(stretch.end);
    if (!word) {
      const isFirst = k === 0 || stretches[k - 1]!.start !== stretch.start;
      const phones = hangulPhones(text.slice(isFirst ? stretch.start : stretches[k - 1]!.end, stretch.end));
      const signatures = Int32Array.from(phones, signatureOf);
      word = { phones, signatures, ids: signatures.map(signatureId) };
      byEnd.set(stretch.end, word);
    }
    return word;
  });
  if (Object.isFrozen(stretches)) ADDED_WORDS.set(stretches, words);
  return words;
}
