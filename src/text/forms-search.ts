/**
 * Which of many fixed strings (glossary forms, country names) occur in a text, in one pass over the text.
 * Rules and the analysis look for hundreds of glossary strings in every paragraph; testing each with
 * `includes` made that the largest cost of a long document. The index keys each string by its first two
 * or three characters, so a paragraph is read once and only strings that start like the text are compared.
 * literalId, groupsByLiteral and activeGroups tie the literals to the glossary entries that need them, so that
 * an entry none of whose literals occur is skipped.
 */

/** Bits of the hash that picks a bucket: 2^16 buckets per table. */
const HASH_BITS = 16;
/** Mask of HASH_BITS. */
const HASH_MASK = (1 << HASH_BITS) - 1;
/** Odd multipliers that spread character codes over the buckets. */
const HASH_MULTIPLIERS = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d] as const;

/** Strings indexed for `occurring`. */
export interface LiteralIndex {
  /** The strings, in the order given. */
  readonly literals: readonly string[];
  /** For each literal (same order), 1 when the text contains it, else 0: exactly `text.includes(literal)`. */
  occurring(text: string): Uint8Array;
}

function hash2(a: number, b: number): number {
  return (Math.imul(a, HASH_MULTIPLIERS[0]) ^ Math.imul(b, HASH_MULTIPLIERS[1])) >>> (32 - HASH_BITS);
}

function hash3(a: number, b: number, c: number): number {
  return (hash2(a, b) ^ (Math.imul(c, HASH_MULTIPLIERS[2]) >>> (32 - HASH_BITS))) & HASH_MASK;
}

function keyOf(literal: string): number {
  const [a, b, c] = [literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2)];
  return literal.length === 2 ? hash2(a, b) : hash3(a, b, c);
}

/**
 * Buckets of literals as linked lists in typed arrays (a sparse array of arrays falls back to a slow
 * dictionary): `first[key]` is a bucket's first literal, `next[i]` the literal after i, -1 ending both.
 */
interface Buckets {
  readonly first: Int32Array;
  readonly next: Int32Array;
}

function emptyBuckets(count: number): Buckets {
  return { first: new Int32Array(HASH_MASK + 1).fill(-1), next: new Int32Array(count).fill(-1) };
}

/** Adds literal i to the bucket of its key (at the front: the order within a bucket does not matter). */
function addTo(buckets: Buckets, key: number, i: number): void {
  buckets.next[i] = buckets.first[key]!;
  buckets.first[key] = i;
}

/** Marks the literals of one bucket that start at `at`. */
function markAt(text: string, at: number, buckets: Buckets, key: number, literals: readonly string[], seen: Uint8Array): void {
  for (let i = buckets.first[key]!; i >= 0; i = buckets.next[i]!) {
    if (seen[i] === 0 && text.startsWith(literals[i]!, at)) seen[i] = 1;
  }
}

/** Indexes strings for `occurring`; empty strings occur in every text, as with `includes`. */
export function literalIndex(literals: readonly string[]): LiteralIndex {
  const short: number[] = []; // length 0 or 1: tested with includes
  const pairs = emptyBuckets(literals.length); // length 2, by hash of both characters
  const longer = emptyBuckets(literals.length); // length 3 or more, by hash of the first three
  const starts = new Uint8Array(0x10000); // 1 for a code unit that starts a literal of length 2 or more
  literals.forEach((literal, i) => {
    if (literal.length < 2) short.push(i);
    else {
      addTo(literal.length === 2 ? pairs : longer, keyOf(literal), i);
      starts[literal.charCodeAt(0)] = 1;
    }
  });
  return {
    literals,
    occurring(text) {
      const seen = new Uint8Array(literals.length);
      for (const i of short) if (text.includes(literals[i]!)) seen[i] = 1;
      for (let at = 0; at + 1 < text.length; at++) {
        const a = text.charCodeAt(at);
        if (starts[a] === 0) continue;
        const b = text.charCodeAt(at + 1);
        markAt(text, at, pairs, hash2(a, b), literals, seen);
        if (at + 2 < text.length) markAt(text, at, longer, hash3(a, b, text.charCodeAt(at + 2)), literals, seen);
      }
      return seen;
    },
  };
}

/**
 * The id of a literal among `ids`, adding it when new. Ids count up in order of first use, as
 * `literalIndex([...ids.keys()])` numbers the literals, so several forms may share one literal.
 */
export function literalId(ids: Map<string, number>, literal: string): number {
  let id = ids.get(literal);
  if (id === undefined) ids.set(literal, (id = ids.size));
  return id;
}

/** For each of `count` literal ids, the groups (indices in `literalsOfGroups`, a glossary entry's forms) that need it, each once. */
export function groupsByLiteral(count: number, literalsOfGroups: readonly (readonly number[])[]): number[][] {
  const owners: number[][] = Array.from({ length: count }, () => []);
  literalsOfGroups.forEach((ids, group) => {
    for (const id of new Set(ids)) owners[id]!.push(group);
  });
  return owners;
}

/** For each of `groupCount` groups, 1 when a text holds one of its literals (`seen`, from occurring), else 0: such a group finds nothing. */
export function activeGroups(seen: Uint8Array, owners: readonly (readonly number[])[], groupCount: number): Uint8Array {
  const isActive = new Uint8Array(groupCount);
  for (let id = 0; id < seen.length; id++) if (seen[id] === 1) for (const group of owners[id]!) isActive[group] = 1;
  return isActive;
}
