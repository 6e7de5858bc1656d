/**
 * junit: JUnit XML as Jenkins and GitLab read it. One <testsuite> per article (name = its path), one
 * failing <testcase> per finding (classname = rule id, name = "line:col message", <failure> with the
 * details), a skipped testcase per suppressed finding, and one passing testcase when an article has no
 * findings. Everything is XML-escaped; Hangul stays as UTF-8; characters XML 1.0 forbids are dropped.
 */
import type { FileResult, Finding, FormatOptions, Location, Report } from "../types.js";

/** Characters XML 1.0 cannot hold: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF and lone surrogates. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Entities for text content; ">" too, so "]]>" never appears. */
const TEXT_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
/** Entities for attribute values; tab and line breaks as character references so parsers keep them. */
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': "&quot;", "'": "&apos;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** Escapes text content. */
export function escapeText(text: string): string {
  return text.replace(XML_FORBIDDEN, "").replace(/[&<>]/g, (c) => TEXT_ENTITIES[c]!);
}

/** Escapes an attribute value (double-quoted). */
export function escapeAttribute(text: string): string {
  return text.replace(XML_FORBIDDEN, "").replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values).map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`).join("");
}

function position(location: Location | null): string {
  return location ? `${location.line}:${location.column}` : "0:0";
}

function locationLine(location: Location | null, label: string): string[] {
  return location ? [`${label}: ${location.file}:${location.line}:${location.column}: "${location.text}"`] : [];
}

function details(finding: Finding): string {
  return [
    `${finding.severity} ${finding.rule} (${finding.category}): ${finding.message}`,
    ...locationLine(finding.source, "Korean"),
    ...locationLine(finding.target, "English"),
    ...(finding.suggestion !== null ? [`Suggestion: "${finding.suggestion}"`] : []),
    `Docs: ${finding.docs}`,
  ].join("\n");
}

function testcase(finding: Finding, file: FileResult, isSuppressed: boolean): string {
  const where = finding.target ?? finding.source;
  const head = `    <testcase${attributes({ classname: finding.rule, name: `${position(where)} ${finding.message}`, file: where?.file ?? file.path, time: 0 })}>`;
  const body = isSuppressed
    ? `      <skipped${attributes({ message: `suppressed: ${finding.message}` })}/>`
    : `      <failure${attributes({ message: finding.message, type: finding.severity })}>${escapeText(details(finding))}</failure>`;
  return [head, body, "    </testcase>"].join("\n");
}

function testsuite(file: FileResult): string {
  const cases = [
    ...file.findings.map((f) => testcase(f, file, false)),
    ...file.suppressed.map((f) => testcase(f, file, true)),
  ];
  if (file.findings.length === 0) cases.unshift(`    <testcase${attributes({ classname: "translint", name: "no findings", file: file.path, time: 0 })}/>`);
  const counts = { tests: cases.length, failures: file.findings.length, errors: 0, skipped: file.suppressed.length, time: 0 };
  return [`  <testsuite${attributes({ name: file.path, ...counts })}>`, ...cases, "  </testsuite>"].join("\n");
}

export default function format(report: Report, _options: FormatOptions): string {
  const suites = report.files.map(testsuite);
  const tests = report.files.reduce((n, f) => n + f.findings.length + f.suppressed.length + (f.findings.length === 0 ? 1 : 0), 0);
  const failures = report.files.reduce((n, f) => n + f.findings.length, 0);
  const skipped = report.files.reduce((n, f) => n + f.suppressed.length, 0);
  const head = `<testsuites${attributes({ name: report.tool.name, tests, failures, errors: 0, skipped, time: 0 })}>`;
  return [`<?xml version="1.0" encoding="UTF-8"?>`, head, ...suites, "</testsuites>", ""].join("\n");
}
