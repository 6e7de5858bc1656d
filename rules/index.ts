/** The rule registry: an explicit, ordered list (no directory scanning, no dynamic import). */
import type { Rule } from "../src/types.js";
import addition from "./addition.js";
import garbledPair from "./garbled-pair.js";
import omission from "./omission.js";
import quoteBalance from "./quote-balance.js";
import repeatedWord from "./repeated-word.js";
import termConsistency from "./term-consistency.js";
import untranslated from "./untranslated.js";
import variantConsistency from "./variant-consistency.js";
import titleMismatch from "./title-mismatch.js";
import titleConsistency from "./title-consistency.js";
import numberMismatch from "./number-mismatch.js";
import nameDrift from "./name-drift.js";

/** Every rule, in the order they run and are listed. */
export const RULES: readonly Rule<object, string>[] = [omission, addition, untranslated, quoteBalance, repeatedWord, titleMismatch, garbledPair, termConsistency, variantConsistency, numberMismatch, nameDrift, titleConsistency] as readonly Rule<object, string>[];

/** The doc path of a rule, relative to the package root. */
export function ruleDocPath(id: string): string {
  return `rules/${id}.md`;
}
