import { buildArticle, estimateLengthRatio } from "../../src/article.js";
import { documentFromPair } from "../../src/document.js";
import { RuleError, runRules, type ConfiguredRule } from "../../src/engine.js";
import { defineRule, type Article, type Rule, type RuleReport, type Severity } from "../../src/types.js";

const KO = "제목\n\n첫째 문단이다.\n\n둘째 문단은\n두 줄이다.\n";
const EN = "Title\n\nThe first paragraph\nwraps here. The second follows.\n";

function setup() {
  const doc = documentFromPair({ path: "ko.txt", text: KO }, { path: "en.txt", text: EN });
  const article = buildArticle("en.txt", doc.ko, doc.en, [{ ko: [0], en: [0], score: 1 }, { ko: [1, 2], en: [1], score: 0.8 }]);
  return { doc, article };
}

function ruleOf(check: (article: Article) => RuleReport<string>[], extra: Partial<Rule<object, string>["meta"]> = {}): Rule<object, string> {
  return defineRule({
    meta: { id: "probe", description: "Test probe", category: "accuracy/test", defaultSeverity: "warning", messages: { found: 'Found "{{word}}"', plain: "Plain" }, ...extra },
    defaultOptions: {},
    check: ({ article }) => check(article),
  }) as Rule<object, string>;
}

function run(rule: Rule<object, string>, severity: Severity = "warning") {
  const { doc, article } = setup();
  const configured: ConfiguredRule = { rule, severity, options: {} };
  return runRules([configured], { article, ko: doc.ko, en: doc.en, glossary: {}, detectLanguage: () => "und" });
}

describe("article", () => {
  it("joins a many-to-one bead and keeps pieces mapping to the file", () => {
    const { article } = setup();
    const ko = article.pairs[1]!.ko!;
    expect(ko.paragraphs).toEqual([1, 2]);
    expect(ko.text).toBe("첫째 문단이다.\n\n둘째 문단은 두 줄이다.");
    for (const piece of ko.pieces) expect(KO.slice(piece.fileOffset, piece.fileOffset + piece.length)).toBe(ko.text.slice(piece.textStart, piece.textStart + piece.length));
  });

  it("is deep-frozen", () => {
    const { article } = setup();
    expect(Object.isFrozen(article.pairs[1]!.ko!.pieces[0])).toBe(true);
    expect(() => (article.pairs as unknown as unknown[]).push(null)).toThrow();
  });

  it("estimates the length ratio from 1-1 beads, shrunk toward the news prior", () => {
    const { article } = setup();
    expect(article.stats.lengthRatio).toBeCloseTo((5 + 2.4 * 300) / (2 + 300));
    const long = estimateLengthRatio([{ ko: article.pairs[0]!.ko && { ...article.pairs[0]!.ko, text: "가".repeat(30000) }, en: article.pairs[0]!.en && { ...article.pairs[0]!.en, text: "a".repeat(30000) }, score: 1 }]);
    expect(long).toBeCloseTo(1, 1);
  });
});

describe("engine", () => {
  it("resolves a span in the second paragraph of a merged segment to its file line and column", () => {
    const findings = run(ruleOf((a) => {
      const ko = a.pairs[1]!.ko!;
      const start = ko.text.indexOf("두 줄");
      return [{ messageId: "found", data: { word: "두 줄" }, source: { segment: ko, start, end: start + 3 } }];
    }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.source).toEqual({ file: "ko.txt", paragraph: 2, line: 6, column: 1, endLine: 6, endColumn: 4, text: "두 줄", start: 7, end: 10 });
    const { doc } = setup();
    expect(doc.ko.paragraphs[2]!.text.slice(7, 10)).toBe("두 줄");
    expect(findings[0]!.message).toBe('Found "두 줄"');
  });

  it("maps a span after a hard wrap to the next line", () => {
    const findings = run(ruleOf((a) => {
      const en = a.pairs[1]!.en!;
      const start = en.text.indexOf("wraps");
      return [{ messageId: "plain", target: { segment: en, start, end: start + 5 } }];
    }));
    expect(findings[0]!.target).toMatchObject({ line: 4, column: 1, endColumn: 6, text: "wraps", paragraph: 1 });
  });

  it("rejects an unknown messageId, a missing placeholder, an out-of-bounds span and a stray suggestion", () => {
    const span = (a: Article) => ({ segment: a.pairs[0]!.en!, start: 0, end: 2 });
    expect(() => run(ruleOf((a) => [{ messageId: "nope", target: span(a) }]))).toThrow(RuleError);
    expect(() => run(ruleOf((a) => [{ messageId: "found", target: span(a) }]))).toThrow(/needs \{\{word\}\}/);
    expect(() => run(ruleOf((a) => [{ messageId: "plain", target: { segment: a.pairs[0]!.en!, start: 3, end: 99 } }]))).toThrow(/out of bounds/);
    expect(() => run(ruleOf((a) => [{ messageId: "plain", target: span(a), replacement: "x" }]))).toThrow(/hasSuggestions/);
    expect(() => run(ruleOf((a) => [{ messageId: "plain", source: span(a) }]))).toThrow(/source span is on the en side/);
    expect(() => run(ruleOf(() => [{ messageId: "plain" }]))).toThrow(/needs a source or a target/);
  });

  it("turns a crash into a RuleError naming the rule", () => {
    expect(() => run(ruleOf(() => { throw new Error("boom"); }))).toThrow("rule probe: crashed: boom");
  });

  it("lets a report lower its severity but never raise it", () => {
    const span = (a: Article) => ({ segment: a.pairs[0]!.en!, start: 0, end: 2 });
    expect(run(ruleOf((a) => [{ messageId: "plain", target: span(a), severity: "info" }]), "error")[0]!.severity).toBe("info");
    expect(run(ruleOf((a) => [{ messageId: "plain", target: span(a), severity: "error" }]), "warning")[0]!.severity).toBe("warning");
  });

  it("sorts by line and drops exact duplicates", () => {
    const findings = run(ruleOf((a) => {
      const late = { segment: a.pairs[1]!.en!, start: 0, end: 3 };
      const early = { segment: a.pairs[0]!.en!, start: 0, end: 5 };
      return [{ messageId: "plain", target: late }, { messageId: "plain", target: early }, { messageId: "plain", target: late }];
    }));
    expect(findings.map((f) => f.target!.line)).toEqual([1, 3]);
  });
});
