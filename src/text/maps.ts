/** Small helpers for maps of lists, shared by the analysis and the rules. */

/** Appends a value to the list a map holds under a key (a new list for a new key). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
