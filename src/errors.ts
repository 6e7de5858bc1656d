/**
 * Errors the user can fix: a missing, unreadable or undecodable input file, a bad argument.
 * The CLI prints them as one line and exits with code 2 (STYLE.md §5); anything else is a crash.
 */

/** Where in a file a problem is: 1-based line, and column (UTF-16 code units) when known. */
export interface InputPosition {
  readonly line: number;
  readonly column?: number;
}

/**
 * A user-facing input/usage problem, printed as one line and exit code 2:
 * "<file>: <problem>", or "<file>:<line>: <problem>" / "<file>:<line>:<column>: <problem>" when the
 * problem is at a known place in the file (the compiler-style prefix editors and CI annotate).
 */
export class InputError extends Error {
  /** The path as the user gave it ("<stdin>" for standard input). */
  readonly file: string;
  /** What is wrong, lower case, no trailing period, e.g. "no such file". */
  readonly problem: string;
  /** 1-based line of the problem in the file, when known. */
  readonly line?: number;
  /** 1-based column of the problem, when known (only with a line). */
  readonly column?: number;

  constructor(file: string, problem: string, position?: InputPosition) {
    const where = position === undefined ? "" : `:${position.line}${position.column === undefined ? "" : `:${position.column}`}`;
    super(`${file}${where}: ${problem}`);
    this.name = "InputError";
    this.file = file;
    this.problem = problem;
    if (position !== undefined) {
      this.line = position.line;
      if (position.column !== undefined) this.column = position.column;
    }
  }
}

/** 1-based line and column of a UTF-16 offset in a text (LF, CRLF and lone CR end lines). */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line: breaks.length + 1, column: before.length - lastBreak };
}
