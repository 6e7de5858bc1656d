/** Small helpers for maps (of lists, of memos), shared by the analysis and the rules. */

/** Appends a value to the list a map holds under a key (a new list for a new key). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The value a map holds under a key, made and stored first for a new key (`make` never returns undefined). */
export function getOrAdd<K, V>(map: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make(key)));
  return value;
}
