/**
 * The shared rule tester (STYLE.md §6): runs one rule over whole KO/EN file contents through the real
 * reader, splitter and aligner, and holds it to exactly the listed findings.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { alignDocument } from "../../src/check.js";
import { buildArticle } from "../../src/article.js";
import { documentFromPair } from "../../src/document.js";
import { runRules } from "../../src/engine.js";
import { loadBuiltinGlossary } from "../../src/glossary.js";
import type { Finding, Glossary, Rule, Severity } from "../../src/types.js";

export interface ExpectedFinding {
  messageId: string;
  /** Which location line/column/text refer to; default: target when the finding has one. */
  side?: "source" | "target";
  line?: number;
  column?: number;
  text?: string;
  actual?: string;
  expected?: string;
  suggestion?: string;
  severity?: Severity;
}

export interface ValidCase {
  name: string;
  ko: string;
  en: string;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleTests {
  valid: ValidCase[];
  invalid: InvalidCase[];
  /** Folder name under __tests__/rules/fixtures/ whose cases also run. */
  fixtures?: string;
}

const FIXTURES_DIR = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "rules", "fixtures");

let glossaryCache: Glossary | null = null;
function glossary(): Glossary {
  glossaryCache ??= loadBuiltinGlossary();
  return glossaryCache;
}

/** Language detection for tests: by script only (rule tests never load franc). */
function detectByScript(text: string): string {
  const hangul = (text.match(/[\uAC00-\uD7A3]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (hangul === 0 && latin === 0) return "und";
  return hangul >= latin ? "kor" : "eng";
}

/** Runs one rule over a KO/EN pair of file contents and returns its findings. */
export function runRule(rule: Rule<object, string>, ko: string, en: string, options: Record<string, unknown> = {}): Finding[] {
  const doc = documentFromPair({ path: "ko.txt", text: ko }, { path: "en.txt", text: en });
  const article = buildArticle("en.txt", doc.ko, doc.en, alignDocument(doc));
  const configured = { rule, severity: rule.meta.defaultSeverity, options: Object.freeze({ ...rule.defaultOptions, ...options }) };
  return runRules([configured], { article, ko: doc.ko, en: doc.en, glossary: glossary(), detectLanguage: detectByScript });
}

function pickLocation(finding: Finding, side: ExpectedFinding["side"]) {
  if (side === "source") return finding.source;
  if (side === "target") return finding.target;
  return finding.target ?? finding.source;
}

/** The fields of a finding that an expectation lists, for comparison. */
function project(finding: Finding, expected: ExpectedFinding): ExpectedFinding {
  const location = pickLocation(finding, expected.side);
  const all: Record<string, unknown> = {
    messageId: finding.messageId, side: expected.side, line: location?.line, column: location?.column, text: location?.text,
    actual: finding.actual ?? undefined, expected: finding.expected ?? undefined, suggestion: finding.suggestion ?? undefined, severity: finding.severity,
  };
  return Object.fromEntries(Object.keys(expected).map((key) => [key, all[key]])) as unknown as ExpectedFinding;
}

function fixtureCases(folder: string): InvalidCase[] {
  const dir = join(FIXTURES_DIR, folder);
  if (!existsSync(dir)) throw new Error(`no fixture folder ${dir}`);
  return readdirSync(dir).sort().map((name) => {
    const read = (file: string) => readFileSync(join(dir, name, file), "utf8");
    const expected = JSON.parse(read("expected.json")) as (ExpectedFinding & { rule: string })[];
    return { name: `fixture ${name}`, ko: read("ko.txt"), en: read("en.txt"), findings: expected.map(({ rule: _rule, ...rest }) => rest) };
  });
}

function checkCaseList(rule: Rule<object, string>, tests: RuleTests, invalid: InvalidCase[]): void {
  const names = [...tests.valid, ...invalid].map((c) => c.name);
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate) throw new Error(`duplicate case name "${duplicate}"`);
  const hit = new Set(invalid.flatMap((c) => c.findings.map((f) => f.messageId)));
  const missed = Object.keys(rule.meta.messages).filter((id) => !hit.has(id));
  if (missed.length > 0) throw new Error(`messageIds with no invalid case: ${missed.join(", ")}`);
  if (!invalid.some((c) => c.findings.some((f) => f.line !== undefined && f.column !== undefined))) {
    throw new Error("no case asserts a line and column");
  }
}

/** Registers jest tests for a rule's valid and invalid cases (and fixture folder). */
export function testRule(rule: Rule<object, string>, tests: RuleTests): void {
  const invalid = [...tests.invalid, ...(tests.fixtures ? fixtureCases(tests.fixtures) : [])];
  describe(rule.meta.id, () => {
    it("has a well-formed case list", () => checkCaseList(rule, tests, invalid));
    for (const c of tests.valid) {
      it(`valid: ${c.name}`, () => {
        const first = runRule(rule, c.ko, c.en, c.options);
        expect(runRule(rule, c.ko, c.en, c.options)).toEqual(first);
        expect(first.map((f) => `${f.messageId}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of invalid) {
      it(`invalid: ${c.name}`, () => {
        const first = runRule(rule, c.ko, c.en, c.options);
        expect(runRule(rule, c.ko, c.en, c.options)).toEqual(first);
        expect(first).toHaveLength(c.findings.length);
        first.forEach((finding, i) => expect(project(finding, c.findings[i]!)).toEqual(c.findings[i]));
      });
    }
  });
}
