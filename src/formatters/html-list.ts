/**
 * html formatter, lists: the filter controls (severity and rule checkboxes with counts), each file's
 * findings list whose entries link to the highlights, and the collapsed list of suppressed findings.
 */
import type { FileResult, Finding, Location, Report } from "../types.js";
import { placedSides } from "./html-marks.js";
import { attrs, escapeHtml, findingId, markId, plural, SEVERITIES, sideLabel, type SideName } from "./html-util.js";

/** Longest quoted excerpt of a finding's words in a list entry, in UTF-16 code units, before "…". */
const MAX_EXCERPT = 80;

function excerpt(text: string): string {
  return text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT - 1)}…` : text;
}

function place(side: SideName, location: Location): string {
  return `${sideLabel(side)} ${location.line}:${location.column}`;
}

/** The finding's primary side first: the English when it has one (as in expected.json), then the Korean. */
function sidesOf(finding: Finding): SideName[] {
  return (["target", "source"] as const).filter((side) => finding[side] !== null);
}

/** Links to the finding's highlights; a side whose words are not in the page is plain text. */
function jumpLinks(file: FileResult, finding: Finding, id: string): string {
  const placed = placedSides(file, finding);
  return sidesOf(finding).map((side) => {
    const label = escapeHtml(place(side, finding[side]!));
    if (!placed.includes(side)) return `<span class="where" title="not found in the paragraph text">${label}</span>`;
    return `<a class="jump"${attrs({ href: `#${markId(id, side)}`, "data-side": side })}>${label}</a>`;
  }).join(" ");
}

function details(finding: Finding, id: string | null): string {
  const words = sidesOf(finding).map((side) => `<q${attrs({ class: "words", lang: side === "source" ? "ko" : "en" })}>${escapeHtml(excerpt(finding[side]!.text))}</q>`);
  const message = `<span${attrs({ class: "msg", id: id === null ? undefined : `msg-${id}` })}>${escapeHtml(finding.message)}</span>`;
  const suggestion = finding.suggestion === null ? "" :
    ` <span${attrs({ class: "sug", id: id === null ? undefined : `sug-${id}` })}>Suggestion: <q>${escapeHtml(finding.suggestion)}</q></span>`;
  return `${words.join(" ")} ${message}${suggestion} <code class="docs">${escapeHtml(finding.docs)}</code>`;
}

function entry(file: FileResult, fileIndex: number, finding: Finding, index: number): string {
  const id = findingId(fileIndex, index);
  const li = attrs({ id: `item-${id}`, class: `finding sev-${finding.severity}`, tabindex: -1,
    "data-finding": id, "data-severity": finding.severity, "data-rule": finding.rule });
  const head = `<span class="num">${index + 1}</span> <span class="sev">${escapeHtml(finding.severity)}</span> <span class="rule">${escapeHtml(finding.rule)}</span>`;
  return `<li${li}>${head} ${jumpLinks(file, finding, id)}<br>${details(finding, id)}</li>`;
}

/** A file's findings list, with a live "shown" count that the filters update. */
export function findingsList(file: FileResult, fileIndex: number): string {
  const total = file.findings.length;
  const count = `<span class="file-shown"${attrs({ "data-file": fileIndex })}>${total} of ${total} shown</span>`;
  const heading = `<h3>${escapeHtml(plural(total, "finding"))} <small>${count}</small></h3>`;
  if (total === 0) return `<section class="findings">${heading}<p class="none">No findings.</p></section>`;
  const items = file.findings.map((finding, index) => entry(file, fileIndex, finding, index)).join("\n");
  return `<section class="findings">${heading}<ol class="finding-list">\n${items}\n</ol></section>`;
}

/** Suppressed findings, collapsed and never highlighted in the text. */
export function suppressedList(file: FileResult): string {
  if (file.suppressed.length === 0) return "";
  const items = file.suppressed.map((finding) => {
    const where = sidesOf(finding).map((side) => escapeHtml(place(side, finding[side]!))).join(" ");
    return `<li class="suppressed-finding"><span class="sev">${escapeHtml(finding.severity)}</span> <span class="rule">${escapeHtml(finding.rule)}</span> ${where}<br>${details(finding, null)}</li>`;
  });
  return `<details class="suppressed"><summary>${escapeHtml(plural(file.suppressed.length, "suppressed finding"))} (accepted in a baseline or directive; not highlighted)</summary><ol>\n${items.join("\n")}\n</ol></details>`;
}

function checkbox(kind: string, value: string, count: number): string {
  const input = `<input type="checkbox" checked${attrs({ "data-filter": kind, value })}>`;
  return `<label class="filter">${input} <span class="value">${escapeHtml(value)}</span> <span class="count">${count}/${count}</span></label>`;
}

/** Severity and rule checkboxes over every active finding in the report, with a live total. */
export function filters(report: Report): string {
  const findings = report.files.flatMap((file) => file.findings);
  const severities = SEVERITIES.map((severity) => checkbox("severity", severity, findings.filter((f) => f.severity === severity).length));
  const rules = [...new Set(findings.map((f) => f.rule))].sort()
    .map((rule) => checkbox("rule", rule, findings.filter((f) => f.rule === rule).length));
  const shown = `<p id="shown" class="shown" aria-live="polite">Showing ${findings.length} of ${plural(findings.length, "finding")}</p>`;
  return [
    `<form class="filters" aria-label="Filter findings" data-js-only hidden>`,
    `<fieldset><legend>Severity</legend>${severities.join(" ")}</fieldset>`,
    `<fieldset><legend>Rule</legend>${rules.join(" ")}</fieldset>`,
    shown, `</form>`,
  ].join("\n");
}
