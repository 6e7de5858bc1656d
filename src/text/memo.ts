/**
 * Memos for pure functions that rules call again and again with the same arguments. `memoize` keys strings (a
 * name is compared with every other in its article, and a long document names the same people thousands of
 * times) and forgets everything once it holds MAX_ENTRIES keys, so memory stays bounded whatever the input.
 * `memoizeByObject` keeps what is built from a glossary (its lexicon, its indexes of forms) while the glossary
 * object lives. A memo only saves time: the function's result for a key never changes.
 *
 * A departure from STYLE.md §9 (no module-level text-keyed caches), on purpose: these memos hold no
 * per-article state and cannot change any result (tested in __tests__/text/memo.test.ts); per-article
 * facts still live in the engine's analysis. Without them a 10k-paragraph document took minutes.
 */

/** Keys a memo holds before it starts over. */
const MAX_ENTRIES = 50_000;

/** The function with its results remembered by key; `keyOf` must tell apart every input that can differ in result. */
export function memoize<A extends unknown[], R>(compute: (...args: A) => R, keyOf: (...args: A) => string): (...args: A) => R {
  const results = new Map<string, R>();
  return (...args: A): R => {
    const key = keyOf(...args);
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known as R;
    const value = compute(...args);
    if (results.size >= MAX_ENTRIES) results.clear();
    results.set(key, value);
    return value;
  };
}

/**
 * The function with its result remembered per argument object while that object lives: for indexes built from
 * a glossary or a lexicon, which are read and never changed, so a result cannot go stale, and a WeakMap keeps
 * nothing alive. `compute` must not return undefined (read as "not computed yet").
 */
export function memoizeByObject<K extends object, R>(compute: (key: K) => R): (key: K) => R {
  const results = new WeakMap<K, R>();
  return (key: K): R => {
    let result = results.get(key);
    if (result === undefined) {
      result = compute(key);
      results.set(key, result);
    }
    return result;
  };
}
