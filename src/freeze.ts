/** Deep freezing, for what the engine hands to rules (an article) and what stays shared (the glossaries). */

/** Freezes value and everything reachable from it that is not frozen yet (no Object.values copy per object). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const child of value as unknown[]) deepFreeze(child);
    return value;
  }
  for (const key in value) deepFreeze(value[key]);
  return value;
}
