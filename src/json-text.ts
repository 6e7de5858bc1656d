/**
 * JSON files the user writes (config, glossary): a syntax error becomes an InputError naming the file,
 * line and column. Node's JSON.parse messages differ between versions and some carry no position
 * (Node 20: `Unexpected token '}', "…" is not valid JSON`, quoting the text over several lines), so on
 * failure a small scanner finds where the text stops being JSON and says what it found there.
 */
import { InputError, positionOf } from "./errors.js";

/** Where a JSON text stops being valid: a UTF-16 offset and what is wrong there. */
export interface JsonSyntaxProblem {
  readonly offset: number;
  readonly reason: string;
}

/** JSON's whitespace (RFC 8259 §2): space, tab, LF, CR. */
const JSON_SPACE = /[ \t\n\r]*/y;
/** A JSON number (RFC 8259 §6). */
const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** The body of a JSON string after its opening quote, up to and including the closing quote (RFC 8259 §7 bars raw U+0000..U+001F). */
// eslint-disable-next-line no-control-regex -- the control characters are what the pattern must exclude
const JSON_STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
/** Nesting deeper than this is reported rather than followed (the scanner recurses). */
const MAX_DEPTH = 1000;
/** The literal names JSON allows. */
const LITERALS = ["true", "false", "null"] as const;

/** Thrown inside the scanner to stop at the first problem. */
class Stop {
  constructor(readonly problem: JsonSyntaxProblem) {}
}

/** A recursive-descent JSON recogniser that reports the first offset where the text is not JSON. */
class Scanner {
  private at = 0;

  constructor(private readonly text: string) {}

  run(): JsonSyntaxProblem | null {
    try {
      this.value(0);
      this.space();
      if (this.at < this.text.length) this.stop("unexpected text after the JSON value");
      return null;
    } catch (error) {
      if (error instanceof Stop) return error.problem;
      throw error;
    }
  }

  private stop(reason: string): never {
    throw new Stop({ offset: this.at, reason });
  }

  private found(): string {
    const char = this.text.codePointAt(this.at);
    return char === undefined ? "the end of the file" : JSON.stringify(String.fromCodePoint(char));
  }

  private space(): void {
    JSON_SPACE.lastIndex = this.at;
    JSON_SPACE.exec(this.text);
    this.at = JSON_SPACE.lastIndex;
  }

  private sticky(pattern: RegExp): boolean {
    pattern.lastIndex = this.at;
    if (!pattern.test(this.text)) return false;
    this.at = pattern.lastIndex;
    return true;
  }

  private value(depth: number): void {
    this.space();
    const char = this.text[this.at];
    if (char === "{" || char === "[") {
      if (depth >= MAX_DEPTH) this.stop(`nested more than ${MAX_DEPTH} levels deep`);
      this.container(char, depth + 1);
    } else if (char === '"') this.string();
    else if (this.sticky(JSON_NUMBER)) return;
    else {
      const literal = LITERALS.find((name) => this.text.startsWith(name, this.at));
      if (literal === undefined) this.stop(`expected a value, found ${this.found()}`);
      this.at += literal.length;
    }
  }

  private string(): void {
    const start = this.at;
    this.at += 1;
    if (this.sticky(JSON_STRING_BODY)) return;
    this.at = start;
    this.stop("string is not closed or holds a bad escape or a raw control character");
  }

  /** An object or array after its opening bracket; members are comma-separated, no trailing comma. */
  private container(open: "{" | "[", depth: number): void {
    const close = open === "{" ? "}" : "]";
    this.at += 1;
    this.space();
    if (this.text[this.at] === close) {
      this.at += 1;
      return;
    }
    for (;;) {
      if (open === "{") this.member(depth);
      else this.value(depth);
      this.space();
      const char = this.text[this.at];
      this.at += 1;
      if (char === close) return;
      if (char !== ",") {
        this.at -= 1;
        this.stop(`expected "," or "${close}", found ${this.found()}`);
      }
    }
  }

  private member(depth: number): void {
    this.space();
    if (this.text[this.at] !== '"') this.stop(`expected a property name in double quotes, found ${this.found()}`);
    this.string();
    this.space();
    if (this.text[this.at] !== ":") this.stop(`expected ":", found ${this.found()}`);
    this.at += 1;
    this.value(depth);
  }
}

/** The first place where `text` is not JSON (RFC 8259), or null when it is JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  return new Scanner(text).run();
}

/**
 * Parses a JSON file's text (a leading BOM is ignored); a syntax error throws
 * InputError "<file>:<line>:<column>: <what> is not valid JSON: <reason>".
 * @param what names the kind of file in the message, e.g. "config" or "glossary"
 */
export function parseJsonFile(file: string, text: string, what: string): unknown {
  const body = text.replace(/^\uFEFF/, "");
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const problem = findJsonSyntaxProblem(body) ?? { offset: 0, reason: "not JSON" };
    throw new InputError(file, `${what} is not valid JSON: ${problem.reason}`, positionOf(body, problem.offset)); // editors do not count a BOM
  }
}
