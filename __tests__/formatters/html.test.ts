/** html: escaping, structure (highlights, links, filters, map), overlapping highlights and no network loads. */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { LOW_CONFIDENCE } from "../../src/formatters/align-view.js";
import html from "../../src/formatters/html.js";
import { renderMarked, type Mark } from "../../src/formatters/html-marks.js";
import { FORMATTERS } from "../../src/formatters/index.js";
import type { FileResult, Finding, FormatOptions, Location, Report } from "../../src/types.js";
import { REPORT } from "../helpers/report-fixture.js";

const PLAIN: FormatOptions = { color: false, width: 100, verbose: false };
const XSS_SCRIPT = "<script>window.__pwned=1</script>";
const XSS_IMG = '<img src=x onerror="window.__pwned=1">';

function location(paragraph: number, start: number, end: number, text: string): Location {
  return { file: "a.txt", paragraph, line: paragraph * 2 + 1, column: start + 1, endLine: paragraph * 2 + 1, endColumn: end + 1, text, start, end };
}

function finding(rule: string, severity: Finding["severity"], source: Location | null, target: Location | null, message: string, suggestion: string | null = null): Finding {
  return { rule, severity, category: "accuracy/mistranslation", messageId: "someMessage", message, docs: `rules/${rule}.md`, source, target, suggestion, actual: null, expected: null };
}

/** A report whose article text, messages, rule name and suggestion carry markup, quotes and ampersands. */
function craftedReport(): Report {
  const en = `Tom & Jerry ${XSS_SCRIPT} and ${XSS_IMG} met "Kim" here`;
  const ko = `톰 & 제리 ${XSS_SCRIPT} 김`;
  const file: FileResult = {
    path: 'a<b>"c".txt', sourcePath: "a.txt", targetPath: "a.txt",
    source: { lang: "ko", paragraphs: [{ index: 0, line: 1, text: "제목" }, { index: 1, line: 3, text: ko }, { index: 2, line: 5, text: "빠진 문단" }] },
    target: { lang: "en", paragraphs: [{ index: 0, line: 7, text: "Title" }, { index: 1, line: 9, text: en }, { index: 2, line: 11, text: "Extra & added" }] },
    alignment: [{ source: [0], target: [0], score: 0.9 }, { source: [1], target: [1], score: 0.3 }, { source: [2], target: [], score: 0.8 }, { source: [], target: [2], score: 0.7 }],
    findings: [
      finding('bad"rule', "error", null, location(1, en.indexOf("<script>"), en.indexOf("<script>") + XSS_SCRIPT.length, XSS_SCRIPT), `Message with ${XSS_IMG} & "quotes"`, `<b>bold</b> & 'x'`),
      finding("nested", "warning", location(1, 0, 1, "톰"), location(1, en.indexOf("Tom"), en.indexOf("Tom") + 3, "Tom"), "Inner"),
      finding("outer", "info", null, location(1, 0, en.indexOf("<script>") - 1, "Tom & Jerry"), "Outer"),
    ],
    suppressed: [finding("quiet", "warning", null, location(2, 0, 5, "Extra"), "Accepted <i>earlier</i>")],
  };
  return { tool: { name: "translint", version: "1.2.3" }, files: [file], summary: { files: 1, errors: 1, warnings: 1, infos: 1 } };
}

function ids(text: string): string[] {
  return [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

function hrefs(text: string): string[] {
  return [...text.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
}

function inlineBlock(text: string, tag: "style" | "script"): string {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(text);
  return match![1]!;
}

describe("html", () => {
  it("is registered as a format", () => {
    expect(FORMATTERS.html).toBe(html);
  });

  it("gives every finding of the shared fixture a highlight with its id, and list entries link to existing ids", () => {
    const page = html(REPORT, PLAIN);
    const known = new Set(ids(page));
    // The fixture has no start/end: the words are found by searching the paragraph text.
    expect(page).toMatch(/<mark id="f0-0-target"[^>]*data-rule="untranslated"[^>]*data-line="7" data-column="20"[^>]*>예산안<\/mark>/);
    expect(page).toMatch(/<mark id="f0-1-source"[^>]*data-rule="addition"[^>]*>정부는 내년 예산안을 656조 원으로 확정했다.<\/mark>/);
    // The fixture's second target points at a paragraph the report does not hold: no link, plain text.
    expect(page).not.toContain('id="f0-1-target"');
    expect(page).toContain('<a class="jump" href="#f0-0-target" data-side="target">EN 7:20</a>');
    const internal = hrefs(page);
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) {
      expect(href.startsWith("#")).toBe(true);
      expect(known.has(href.slice(1))).toBe(true);
    }
    expect(new Set(ids(page)).size).toBe(ids(page).length);
  });

  it("escapes article text, messages, suggestions, paths and attribute values", () => {
    const page = html(craftedReport(), PLAIN);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>bold");
    expect(page).not.toContain("<i>earlier");
    expect(page).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
    expect(page).toContain("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;");
    expect(page).toContain("Tom &amp; Jerry");
    expect(page).toContain('data-rule="bad&quot;rule"');
    expect(page).toContain('value="bad&quot;rule"');
    expect(page).toContain("&lt;b&gt;bold&lt;/b&gt; &amp; &#39;x&#39;");
    expect(page).toContain("<h2>a&lt;b&gt;&quot;c&quot;.txt</h2>");
    // Every "&" outside the script is an entity.
    expect(page.slice(0, page.indexOf("<script>"))).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
  });

  it("loads nothing from the network and allows only its own inline style and script", () => {
    for (const page of [html(REPORT, PLAIN), html(craftedReport(), PLAIN)]) {
      expect(page).not.toMatch(/https?:/i);
      expect(page).not.toMatch(/<[a-z][^>]*\ssrc=/i);
      expect(page).not.toMatch(/<link\b/i);
      for (const href of hrefs(page)) expect(href).toMatch(/^#/);
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)![1]!.replace(/&#39;/g, "'");
      expect(csp).toContain("default-src 'none'");
      const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
      expect(csp).toContain(`style-src 'sha256-${sha(inlineBlock(page, "style"))}'`);
      expect(csp).toContain(`script-src 'sha256-${sha(inlineBlock(page, "script"))}'`);
      expect(page.indexOf("Content-Security-Policy")).toBeLessThan(page.indexOf("<style>"));
    }
  });

  it("nests highlights on the same paragraph and keeps each finding's words in one element", () => {
    const page = html(craftedReport(), PLAIN);
    expect(page).toMatch(/<mark id="f0-2-target"[^>]*><mark id="f0-1-target"[^>]*>Tom<\/mark> &amp; Jerry<\/mark>/);
    expect(page).toMatch(/<mark id="f0-0-target"[^>]*data-rule="bad&quot;rule"[^>]*>&lt;script&gt;window.__pwned=1&lt;\/script&gt;<\/mark>/);
  });

  it("lists suppressed findings collapsed and does not highlight them", () => {
    const page = html(craftedReport(), PLAIN);
    const details = /<details class="suppressed">([\s\S]*?)<\/details>/.exec(page)![1]!;
    expect(details).toContain("1 suppressed finding");
    expect(details).toContain("Accepted &lt;i&gt;earlier&lt;/i&gt;");
    expect(page).not.toMatch(/<mark[^>]*data-rule="quiet"/);
    expect(page).not.toMatch(/<li [^>]*data-rule="quiet"/);
  });

  it("labels omissions and additions and marks low-confidence beads in rows and map", () => {
    const page = html(craftedReport(), PLAIN);
    expect(page).toMatch(/<div class="bead type-1-0 gap" id="b0-2"[\s\S]*?Omission \(1-0\)[\s\S]*?No English paragraph/);
    expect(page).toMatch(/<div class="bead type-0-1 gap" id="b0-3"[\s\S]*?Addition \(0-1\)[\s\S]*?No Korean paragraph/);
    expect(page).toMatch(/<div class="bead type-1-1 low" id="b0-1"[\s\S]*?Low confidence/);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(page)![0];
    expect(svg.match(/class="bead-link low-bead"/g)).toHaveLength(craftedReport().files[0]!.alignment.filter((b) => b.score < LOW_CONFIDENCE).length);
    expect(svg.match(/<rect class="gap"/g)).toHaveLength(2);
    expect(svg).toMatch(/<path class="beads-path" d="M [\d. ]+( L [\d. ]+){4}"\/>/);
    expect(page).toContain(`below ${LOW_CONFIDENCE} confidence`);
  });

  it("has a summary header, filters with counts and one section per file in a batch", () => {
    const crafted = craftedReport();
    const batch: Report = { ...crafted, files: [crafted.files[0]!, { ...REPORT.files[0]!, path: "second.txt" }], summary: { files: 2, errors: 2, warnings: 1, infos: 2 } };
    const page = html(batch, PLAIN);
    expect(page).toContain("<h1>translint <span class=\"version\">1.2.3</span> report</h1>");
    expect(page).toMatch(/2 errors<\/span> <span class="badge sev-warning">1 warning<\/span> <span class="badge sev-info">2 infos<\/span> in 2 files/);
    expect(page).toContain('<section class="file" id="file-0"');
    expect(page).toContain('<section class="file" id="file-1" aria-label="second.txt">');
    expect(page).toContain('<a href="#file-1">second.txt</a>');
    expect(page).toContain('<mark id="f1-0-target"');
    expect(page).toMatch(/data-filter="severity" value="error"> <span class="value">error<\/span> <span class="count">2\/2<\/span>/);
    expect(page).toContain("Showing 5 of 5 findings");
  });
});

/** Reads renderMarked's output back: text without tags, and each finding's words collected from its pieces. */
function readBack(out: string): { text: string; words: Map<string, string>; firsts: string[] } {
  const words = new Map<string, string>();
  const firsts: string[] = [];
  const stack: string[] = [];
  let text = "";
  for (const token of out.match(/<mark[^>]*>|<\/mark>|[^<]+/g) ?? []) {
    if (token === "</mark>") {
      expect(stack.pop()).toBeDefined();
    } else if (token.startsWith("<mark")) {
      const id = /data-f="([^"]+)"/.exec(token)![1]!;
      if (token.includes("first")) firsts.push(id);
      stack.push(id);
    } else {
      const plain = token.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
      text += plain;
      for (const id of new Set(stack)) words.set(id, (words.get(id) ?? "") + plain);
    }
  }
  expect(stack).toEqual([]);
  return { text, words, firsts };
}

function mark(start: number, end: number, order: number): Mark {
  return { start, end, order, finding: `m${order}`, firstAttrs: ` data-f="m${order}" class="first"`, restAttrs: ` data-f="m${order}" class="rest"` };
}

describe("html highlights", () => {
  it("splits a crossing span into pieces and nests the rest", () => {
    const text = "abcdefghijklmnop";
    const out = renderMarked(text, [mark(0, 10, 0), mark(5, 15, 1), mark(2, 4, 2), mark(2, 4, 3), mark(7, 7, 4)]);
    expect(out).toBe('<mark data-f="m0" class="first">ab<mark data-f="m2" class="first"><mark data-f="m3" class="first">cd</mark></mark>e' +
      '<mark data-f="m1" class="first">fg<mark data-f="m4" class="first"></mark>hij</mark></mark><mark data-f="m1" class="rest">klmno</mark>p');
  });

  it("keeps the text, balances the tags and gives each span exactly its words, for any spans", () => {
    const spans = fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 8 });
    fc.assert(fc.property(fc.string({ maxLength: 40 }), spans, (text, pairs) => {
      const marks = pairs.map(([a, b], i) => mark(Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length), i));
      const { text: back, words, firsts } = readBack(renderMarked(text, marks));
      expect(back).toBe(text);
      expect(firsts.sort()).toEqual(marks.map((m) => m.finding).sort());
      for (const m of marks) expect(words.get(m.finding) ?? "").toBe(text.slice(m.start, m.end));
    }), { seed: 42, numRuns: 300 });
  });
});
