/**
 * sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * The English words (finding.target) are the primary location and the Korean words (finding.source)
 * a related location; a finding with only a source uses it as the primary location. Suppressed
 * findings are results with an external suppression (the baseline file). Columns are 1-based UTF-16
 * code units and endColumn points just past the last character, as in the Report, so they are copied
 * unchanged (run.columnKind says so). The formatter sees only the Report, so each rule entry is built
 * from its findings: id, category (shortDescription and tags) and docs (help text).
 */
import type * as Sarif from "sarif";
import type { FileResult, Finding, FormatOptions, Location, Report, RuleSummary, Severity } from "../types.js";

/** Where the schema of this SARIF version lives (GitHub accepts it in `$schema`). */
const SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** SARIF levels per translint severity. */
const LEVELS: Record<Severity, Sarif.Result.level> = { error: "error", warning: "warning", info: "note" };
/** Key of the fingerprint in result.partialFingerprints; bump the version when the hashed text changes. */
const FINGERPRINT_KEY = "translintFindingHash/v1";
/** FNV-1a 64-bit offset basis and prime. */
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;
/** A path that is already absolute as a URI ("C:/..." or "/..."), turned into a file: URI. */
const WINDOWS_DRIVE = /^[A-Za-z]:\//;

/** FNV-1a over the UTF-16 code units of text, as 16 hex digits: stable across runs and platforms. */
function hash(text: string): string {
  let value = FNV_OFFSET;
  for (let i = 0; i < text.length; i += 1) {
    value ^= BigInt(text.charCodeAt(i));
    value = (value * FNV_PRIME) & MASK_64;
  }
  return value.toString(16).padStart(16, "0");
}

/** A file path as a URI reference: forward slashes, each segment percent-encoded; absolute paths as file: URIs. */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/g, "/");
  const encoded = slashed.split("/").map((segment) => encodeURIComponent(segment)).join("/");
  if (WINDOWS_DRIVE.test(slashed)) return `file:///${slashed.slice(0, 2)}${encoded.slice(encoded.indexOf("/"))}`;
  return slashed.startsWith("/") ? `file://${encoded}` : encoded;
}

function region(location: Location): Sarif.Region {
  return { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn };
}

function physical(location: Location): Sarif.PhysicalLocation {
  return { artifactLocation: { uri: pathToUri(location.file) }, region: { ...region(location), snippet: { text: location.text } } };
}

function locations(finding: Finding, fallbackPath: string): Pick<Sarif.Result, "locations" | "relatedLocations"> {
  const primary = finding.target ?? finding.source;
  if (!primary) return { locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(fallbackPath) } } }] };
  const main: Sarif.Location = { physicalLocation: physical(primary) };
  if (!finding.target || !finding.source) return { locations: [main] };
  return {
    locations: [main],
    relatedLocations: [{ id: 0, physicalLocation: physical(finding.source), message: { text: "Korean source" } }],
  };
}

/** The rule, message id and the words on both sides: unchanged when lines move or the message is reworded. */
function fingerprintText(finding: Finding): string {
  return [finding.rule, finding.messageId, finding.source?.text ?? "", finding.target?.text ?? ""].join("\u0000");
}

/** The rule's entry: its one-line description and default level when the report describes its rules. */
function ruleDescriptor(finding: Finding, summary: RuleSummary | undefined): Sarif.ReportingDescriptor {
  return {
    id: finding.rule,
    name: finding.rule,
    shortDescription: { text: summary?.description ?? `${finding.rule} (${finding.category})` },
    ...(summary ? { fullDescription: { text: `${summary.description} (${summary.category}).` }, defaultConfiguration: { level: LEVELS[summary.defaultSeverity] } } : {}),
    help: { text: `See ${finding.docs} in the translint package.`, markdown: `See \`${finding.docs}\` in the translint package.` },
    properties: { category: finding.category, tags: [finding.category] },
  };
}

/** One rule entry per rule id seen in findings or suppressed findings, in order of first appearance. */
function collectRules(report: Report): Sarif.ReportingDescriptor[] {
  const rules = new Map<string, Sarif.ReportingDescriptor>();
  for (const file of report.files) {
    for (const finding of [...file.findings, ...file.suppressed]) {
      if (!rules.has(finding.rule)) rules.set(finding.rule, ruleDescriptor(finding, report.tool.rules?.find((r) => r.id === finding.rule)));
    }
  }
  return [...rules.values()];
}

function fileResults(file: FileResult, ruleIndex: ReadonlyMap<string, number>): Sarif.Result[] {
  const seen = new Map<string, number>();
  const toResult = (finding: Finding, isSuppressed: boolean): Sarif.Result => {
    const key = hash(fingerprintText(finding));
    const occurrence = (seen.get(key) ?? 0) + 1; // identical findings in one file stay distinct
    seen.set(key, occurrence);
    const result: Sarif.Result = {
      ruleId: finding.rule,
      ruleIndex: ruleIndex.get(finding.rule)!,
      level: LEVELS[finding.severity],
      message: { text: finding.message },
      ...locations(finding, file.path),
      partialFingerprints: { [FINGERPRINT_KEY]: `${key}:${occurrence}` },
      properties: { category: finding.category, messageId: finding.messageId, suggestion: finding.suggestion },
    };
    if (finding.suggestion !== null && finding.target) {
      result.fixes = [{
        description: { text: `Replace with "${finding.suggestion}"` },
        artifactChanges: [{
          artifactLocation: { uri: pathToUri(finding.target.file) },
          replacements: [{ deletedRegion: region(finding.target), insertedContent: { text: finding.suggestion } }],
        }],
      }];
    }
    return isSuppressed ? { ...result, suppressions: [{ kind: "external" }] } : result;
  };
  return [...file.findings.map((f) => toResult(f, false)), ...file.suppressed.map((f) => toResult(f, true))];
}

/** The SARIF log object for a Report (format() serializes it). */
export function toSarif(report: Report): Sarif.Log {
  const rules = collectRules(report);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: report.tool.name, version: report.tool.version, semanticVersion: report.tool.version, rules } },
      columnKind: "utf16CodeUnits",
      results: report.files.flatMap((file) => fileResults(file, ruleIndex)),
    }],
  };
}

export default function format(report: Report, _options: FormatOptions): string {
  return `${JSON.stringify(toSarif(report), null, 2)}\n`;
}
