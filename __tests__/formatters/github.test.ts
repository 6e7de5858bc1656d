/** github: every line parsed back with the workflow-command grammar; properties and message round-trip. */
import github, { escapeData, escapeProperty } from "../../src/formatters/github.js";
import type { Finding, FormatOptions, Report } from "../../src/types.js";
import { REPORT } from "../helpers/report-fixture.js";

const PLAIN: FormatOptions = { color: false, width: 100, verbose: false };
/** `::command key=value,key=value::data`: values hold no raw ",", ":" or line break; data no line break. */
const COMMAND = /^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

function unescape(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function parseLine(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = COMMAND.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties = Object.fromEntries(match[2]!.split(",").map((pair) => {
    const [key, value] = pair.split("=", 2) as [string, string];
    return [key, unescape(value)];
  }));
  return { command: match[1]!, properties, message: unescape(match[3]!) };
}

function lines(report: Report): string[] {
  const text = github(report, PLAIN);
  expect(text.endsWith("\n")).toBe(true);
  return text.slice(0, -1).split("\n");
}

/** A message and path with every character GitHub needs escaped. */
const NASTY_MESSAGE = "100% wrong: \"a, b\"\r\nnext line :: %0A literal";
const NASTY: Finding = {
  ...REPORT.files[0]!.findings[0]!, severity: "warning", message: NASTY_MESSAGE,
  target: { ...REPORT.files[0]!.findings[0]!.target!, file: "dir,1/a:b%.txt" },
};

describe("github", () => {
  it("prints one workflow command per finding with the English location", () => {
    const out = lines(REPORT).map(parseLine);
    expect(out).toEqual([
      { command: "error", properties: { file: "article.txt", line: "7", col: "20", endLine: "7", endColumn: "23", title: "untranslated" }, message: 'Korean text "예산안" left untranslated in the English' },
      { command: "notice", properties: { file: "article.txt", line: "9", col: "1", endLine: "9", endColumn: "16", title: "addition" }, message: 'Keyword line "budget, finance" has no Korean counterpart' },
    ]);
  });

  it("escapes properties and data so they round-trip", () => {
    const report: Report = { ...REPORT, files: [{ ...REPORT.files[0]!, findings: [NASTY] }] };
    const out = lines(report);
    expect(out).toHaveLength(1);
    const parsed = parseLine(out[0]!);
    expect(parsed.command).toBe("warning");
    expect(parsed.properties.file).toBe("dir,1/a:b%.txt");
    expect(parsed.message).toBe(NASTY_MESSAGE);
  });

  it("uses the Korean location when there is no English one, and skips suppressed findings", () => {
    const sourceOnly: Finding = { ...REPORT.files[0]!.findings[1]!, target: null };
    const report: Report = { ...REPORT, files: [{ ...REPORT.files[0]!, findings: [sourceOnly], suppressed: [NASTY] }] };
    const out = lines(report).map(parseLine);
    expect(out).toHaveLength(1);
    expect(out[0]!.properties).toMatchObject({ line: "3", col: "1", endColumn: "27" });
  });

  it("escapes as the Actions runner does", () => {
    expect(escapeData("50%\r\n:,")).toBe("50%25%0D%0A:,");
    expect(escapeProperty("50%\r\n:,")).toBe("50%25%0D%0A%3A%2C");
  });
});
