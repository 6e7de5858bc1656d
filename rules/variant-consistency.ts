/**
 * variant-consistency: spelling variants of one word mixed in one English text (adviser/advisor,
 * U.S./US, defense/defence, Myanmar/Burma), and outdated forms (Kiev, Peking, Pusan) even alone. The sets
 * come from variants.json. The form used less often is reported, with the majority form (or the set's
 * preferred form on a tie) as the suggestion. Titles count (National Security Adviser and Advisor Smith
 * are a mix); names that keep their own spelling (Labour Party, Peking University) are left out, and so
 * is US$, a currency sign. Quotations count too, unless ignoreQuotations: the translator wrote them.
 */
import { spanOf } from "../src/text/spans.js";
import { findVariantForms, rewriteVariant, type VariantHit } from "../src/text/variant-forms.js";
import { defineRule, type GlossaryEntry, type RuleContext, type RuleReport, type Segment } from "../src/types.js";

interface Options {
  /** Do not report outdated forms (Kiev, Peking) that are not mixed with another form. */
  ignoreDeprecated: boolean;
  /** Neither count nor report forms inside quotation marks (a speaker's or a source's own spelling). */
  ignoreQuotations: boolean;
  /** Neither count nor report abbreviations in the headline, which AP style writes without periods (US, UN) while the body writes U.S. */
  ignoreHeadlineAbbreviations: boolean;
}
type MessageId = "mixedVariant" | "deprecatedVariant";
type Ctx = RuleContext<Options>;

interface Placed {
  readonly hit: VariantHit;
  readonly segment: Segment;
}

/** The end of a paragraph after a form that ends in a period (…with the U.S.), where the period is also the full stop. */
const PARAGRAPH_END = /^\s*$|^\s*\n/;

function isQuoted(ctx: Ctx, segment: Segment, hit: VariantHit): boolean {
  return ctx.analysis.of(segment).quotes.quotations.some((q) => q.open.start < hit.start && hit.end <= (q.close?.start ?? segment.text.length));
}

function isCounted(ctx: Ctx, segment: Segment, hit: VariantHit): boolean {
  const { options, article } = ctx;
  if (hit.isInName || (options.ignoreQuotations && isQuoted(ctx, segment, hit))) return false;
  return !(options.ignoreHeadlineAbbreviations && hit.type === "abbreviation" && segment === article.title.en);
}

/** Every counted form in the English text, in document order. */
function placedForms(ctx: Ctx, entries: readonly GlossaryEntry[]): Placed[] {
  const found = new Map<string, VariantHit[]>(); // paragraphs with the same text have the same forms
  const formsIn = (text: string) => found.get(text) ?? (found.set(text, findVariantForms(text, entries)), found.get(text)!);
  return ctx.article.pairs.flatMap(({ en }) => (en ? formsIn(en.text).filter((hit) => isCounted(ctx, en, hit)).map((hit) => ({ hit, segment: en })) : []));
}

/** Folds case unless the set is case-sensitive (US is not us). */
function formKey(form: string, entry: GlossaryEntry): string {
  return entry.matchCase === true ? form : form.toLowerCase();
}

/** The replacement for a hit: another form, keeping the full stop a final period stood for. */
function replacementFor({ hit, segment }: Placed, form: string): string {
  const written = rewriteVariant(hit, form);
  const isFullStop = hit.text.endsWith(".") && !written.endsWith(".") && PARAGRAPH_END.test(segment.text.slice(hit.end));
  return isFullStop ? `${written}.` : written;
}

function report(placed: Placed, messageId: MessageId, expected: string): RuleReport<MessageId> {
  const replacement = replacementFor(placed, expected);
  return {
    messageId, actual: placed.hit.text, expected: rewriteVariant(placed.hit, expected), replacement,
    target: spanOf(placed.segment, placed.hit.start, placed.hit.end),
  };
}

/** The most used form of a set; a tie goes to the preferred form, then to the first used. */
function majorityForm(forms: readonly Placed[], entry: GlossaryEntry): string {
  const counts = new Map<string, { form: string; count: number }>();
  for (const { hit } of forms) {
    const key = formKey(hit.form, entry);
    counts.set(key, { form: hit.form, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const preferred = formKey(entry.en, entry);
  return [...counts.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || Number(kb === preferred) - Number(ka === preferred))[0]![1].form;
}

function checkSet(entry: GlossaryEntry, forms: readonly Placed[], options: Options): RuleReport<MessageId>[] {
  const deprecated = forms.filter((p) => p.hit.isDeprecated);
  const current = forms.filter((p) => !p.hit.isDeprecated);
  const reports = deprecated
    .filter(() => !options.ignoreDeprecated || current.length > 0)
    .map((p) => report(p, "deprecatedVariant", entry.en));
  if (new Set(current.map((p) => formKey(p.hit.form, entry))).size < 2) return reports;
  const top = majorityForm(current, entry);
  const minority = current.filter((p) => formKey(p.hit.form, entry) !== formKey(top, entry));
  return [...reports, ...minority.map((p) => report(p, "mixedVariant", top))];
}

export default defineRule({
  meta: {
    id: "variant-consistency",
    description: "The English text must not mix spelling variants of a word or use outdated place names",
    category: "fluency/spelling",
    defaultSeverity: "warning",
    hasSuggestions: true,
    messages: {
      mixedVariant: '"{{actual}}" is mixed with "{{expected}}" in this text',
      deprecatedVariant: '"{{actual}}" is an outdated form; write "{{expected}}"',
    },
  },
  defaultOptions: { ignoreDeprecated: false, ignoreQuotations: false, ignoreHeadlineAbbreviations: true },
  check: (ctx) => {
    const entries = ctx.glossary.variants ?? [];
    const bySet = new Map<string, Placed[]>();
    for (const placed of placedForms(ctx, entries)) {
      const list = bySet.get(placed.hit.setId);
      if (list) list.push(placed);
      else bySet.set(placed.hit.setId, [placed]);
    }
    return entries.flatMap((entry) => {
      const ofSet = bySet.get(String(entry.id ?? entry.ko)) ?? [];
      return ofSet.length === 0 ? [] : checkSet(entry, ofSet, ctx.options);
    });
  },
});
