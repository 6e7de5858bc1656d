/**
 * Errors the user can fix: a missing, unreadable or undecodable input file, a bad argument.
 * The CLI prints them as one line and exits with code 2 (STYLE.md §5); anything else is a crash.
 */

/** A user-facing input/usage problem: printed as one line "<file>: <problem>", exit code 2. */
export class InputError extends Error {
  /** The path as the user gave it ("<stdin>" for standard input). */
  readonly file: string;
  /** What is wrong, lower case, no trailing period, e.g. "no such file". */
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = "InputError";
    this.file = file;
    this.problem = problem;
  }
}
