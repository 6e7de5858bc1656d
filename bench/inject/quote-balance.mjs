// quote-balance injector: breaks one quotation of the English sentence the way translators do: the closing
// mark of a curly or straight double quotation is replaced by a single mark (“…‘ or "…'), or removed while
// the sentence goes on after it. Quotations at the very end of the sentence are only re-marked, since a
// quotation left open at the end of a paragraph may be a multi-paragraph quotation. A sentence with no
// complete double quotation returns null.
// Self-contained: imports nothing from the project.

/** A complete double quotation: curly or straight, with its closing mark's position. */
const QUOTATION = /(“[^“”"]{2,}?)(”)|(^|[\s(])("[^"“”]{2,}?)(")(?=[\s,.;:!?)]|$)/g;
/** Single marks that a wrong closing mark can be. */
const WRONG_CLOSERS = ["‘", "’"];

export function inject(_ko, en, rng) {
  const quotations = [...en.matchAll(QUOTATION)];
  if (quotations.length === 0) return null;
  const m = quotations[Math.floor(rng() * quotations.length)];
  const isCurly = m[2] !== undefined;
  const close = m.index + m[0].length - 1;
  const isAtEnd = en.slice(close + 1).trim().length <= 1;
  const doRemove = !isAtEnd && rng() < 0.5;
  const replacement = doRemove ? "" : isCurly ? WRONG_CLOSERS[Math.floor(rng() * WRONG_CLOSERS.length)] : "'";
  return { en: en.slice(0, close) + replacement + en.slice(close + 1) };
}
