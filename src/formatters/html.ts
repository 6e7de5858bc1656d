/**
 * html: one self-contained page (inline CSS, JS and SVG; no network) to review a report in a browser.
 * A summary header with filters by severity and rule; per file a findings list, an alignment map and the
 * Korean and English paragraphs side by side as aligned beads, each finding highlighted at its words on
 * both sides (message and suggestion on hover and focus). Unaligned beads are labelled, suppressed
 * findings listed apart. Every piece of report text is escaped.
 */
import type { AlignmentBead, FileResult, FormatOptions, ParagraphInfo, Report } from "../types.js";
import { LOW_CONFIDENCE } from "./align-view.js";
import { filters, findingsList, suppressedList } from "./html-list.js";
import { alignmentMap, beadLabel, isGap } from "./html-map.js";
import { paragraphKey, renderMarked, type MarkIndex, indexMarks } from "./html-marks.js";
import { page } from "./html-page.js";
import { attrs, escapeHtml, plural, SEVERITIES, type SideName } from "./html-util.js";

/** Labels of the two kinds of unaligned bead, in the row and in place of the missing side. */
const GAP_LABELS: Record<SideName, { flag: string; missing: string }> = {
  source: { flag: "Addition (0-1)", missing: "No Korean paragraph: added in the English" },
  target: { flag: "Omission (1-0)", missing: "No English paragraph: omitted in the translation" },
};

/** Back links from a paragraph to the list entries of the findings highlighted in it. */
function backLinks(marks: MarkIndex, key: string): string {
  const findings = [...new Set((marks.get(key) ?? []).map((mark) => mark.finding))];
  if (findings.length === 0) return "";
  const links = findings.map((id) => {
    const number = Number(id.split("-")[1]) + 1;
    return `<a${attrs({ class: "back", href: `#item-${id}`, "data-finding": id, "aria-label": `Finding ${number} in the list` })}>[${number}]</a>`;
  });
  return ` <span class="refs">${links.join("")}</span>`;
}

function paragraph(paragraphInfo: ParagraphInfo, side: SideName, marks: MarkIndex, fileIndex: number): string {
  const key = paragraphKey(side, paragraphInfo.index);
  const number = `<span class="pno">¶${paragraphInfo.index} · line ${paragraphInfo.line}</span>`;
  const id = `p${fileIndex}-${side}-${paragraphInfo.index}`;
  return `<p${attrs({ class: "para", id })}>${number}${renderMarked(paragraphInfo.text, marks.get(key) ?? [])}${backLinks(marks, key)}</p>`;
}

function sideCell(file: FileResult, bead: AlignmentBead, side: SideName, marks: MarkIndex, fileIndex: number): string {
  const lang = side === "source" ? "ko" : "en";
  const indices = bead[side];
  const body = indices.length === 0
    ? `<p class="missing">${escapeHtml(GAP_LABELS[side].missing)}</p>`
    : indices.map((index) => {
      const info = file[side].paragraphs.find((p) => p.index === index);
      return info ? paragraph(info, side, marks, fileIndex) : `<p class="missing">¶${index} is not in the report</p>`;
    }).join("");
  return `<div${attrs({ class: `side ${lang}`, lang })}>${body}</div>`;
}

function beadRow(file: FileResult, bead: AlignmentBead, index: number, marks: MarkIndex, fileIndex: number): string {
  const isLow = bead.score < LOW_CONFIDENCE;
  const flags = [
    isGap(bead) ? `<span class="flag gap">${escapeHtml(GAP_LABELS[bead.source.length === 0 ? "source" : "target"].flag)}</span>` : "",
    isLow ? `<span class="flag low">Low confidence</span>` : "",
  ].filter(Boolean);
  const classes = ["bead", `type-${bead.source.length}-${bead.target.length}`, isGap(bead) ? "gap" : "", isLow ? "low" : ""].filter(Boolean).join(" ");
  const meta = `<div class="meta"><strong>Bead ${index}</strong><br><span class="type">${bead.source.length}-${bead.target.length}</span> · <span class="score">${bead.score.toFixed(2)}</span><br>${flags.join("<br>")}</div>`;
  const cells = [sideCell(file, bead, "source", marks, fileIndex), sideCell(file, bead, "target", marks, fileIndex)];
  return `<div${attrs({ class: classes, id: `b${fileIndex}-${index}`, tabindex: -1, title: beadLabel(bead) })}>${meta}${cells.join("")}</div>`;
}

function beadTable(file: FileResult, fileIndex: number): string {
  const marks = indexMarks(file, fileIndex);
  const head = `<div class="bead-head"><div>Bead</div><div lang="ko">Korean (source)</div><div>English (target)</div></div>`;
  const rows = file.alignment.map((bead, index) => beadRow(file, bead, index, marks, fileIndex));
  return `<section class="beads" aria-label="Aligned paragraphs">${head}\n${rows.join("\n")}\n</section>`;
}

function severityCounts(counts: Record<string, number>): string {
  return SEVERITIES.map((severity) => `<span class="badge sev-${severity}">${plural(counts[severity] ?? 0, severity === "info" ? "info" : severity)}</span>`).join(" ");
}

function fileSection(file: FileResult, fileIndex: number): string {
  const counts: Record<string, number> = {};
  for (const finding of file.findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  const paths = file.sourcePath === file.targetPath
    ? `Korean and English: ${escapeHtml(file.sourcePath)}`
    : `Korean: ${escapeHtml(file.sourcePath)} · English: ${escapeHtml(file.targetPath)}`;
  return [
    `<section${attrs({ class: "file", id: `file-${fileIndex}`, "aria-label": file.path })}>`,
    `<h2>${escapeHtml(file.path)}</h2>`,
    `<p class="paths">${paths} · ${severityCounts(counts)}</p>`,
    `<div class="overview">${findingsList(file, fileIndex)}${alignmentMap(file, fileIndex)}</div>`,
    suppressedList(file),
    beadTable(file, fileIndex),
    `</section>`,
  ].join("\n");
}

function header(report: Report): string {
  const { errors, warnings, infos, files } = report.summary;
  const summary = severityCounts({ error: errors, warning: warnings, info: infos });
  const nav = report.files.length > 1
    ? `<nav class="files" aria-label="Files"><ol>${report.files.map((file, i) => `<li><a href="#file-${i}">${escapeHtml(file.path)}</a> (${plural(file.findings.length, "finding")})</li>`).join("")}</ol></nav>`
    : "";
  return [
    `<header class="top">`,
    `<h1>${escapeHtml(report.tool.name)} <span class="version">${escapeHtml(report.tool.version)}</span> report</h1>`,
    `<p class="summary">${summary} in ${plural(files, "file")}</p>`,
    nav, filters(report), `</header>`,
  ].join("\n");
}

/** The report as one self-contained HTML page. */
export default function format(report: Report, _options: FormatOptions): string {
  const title = `${report.tool.name} report: ${report.files.map((file) => file.path).join(", ") || "no files"}`;
  const body = `${header(report)}\n<main>\n${report.files.map(fileSection).join("\n")}\n</main>`;
  return page(title, body);
}
