/**
 * Issue 6, property-based: the JSON syntax scanner that gives config and glossary errors their line and
 * column (src/json-text.ts) agrees with JSON.parse on what is JSON, on valid, broken and arbitrary text.
 */
import fc from "fast-check";
import { InputError } from "../../src/errors.js";
import { findJsonSyntaxProblem, parseJsonFile } from "../../src/json-text.js";

const RUNS = { seed: 42, numRuns: 1000 };

const isJson = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON text with one edit at a random place: a character dropped, or one of JSON's own characters inserted. */
const BROKEN_JSON = fc.tuple(fc.json(), fc.nat(), fc.constantFrom("", "{", "}", "[", "]", ",", ":", '"', "\\", "\n", "0", "-", "e", "t", "\u0001", " "))
  .map(([text, at, insert]) => {
    const i = at % (text.length + 1);
    return insert === "" ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + insert + text.slice(i);
  });

describe("findJsonSyntaxProblem", () => {
  it("finds no problem in JSON", () => {
    fc.assert(fc.property(fc.json(), (text) => {
      expect(findJsonSyntaxProblem(text)).toBeNull();
    }), RUNS);
  });

  it("agrees with JSON.parse on broken and arbitrary text, and places a problem inside the text", () => {
    fc.assert(fc.property(fc.oneof(BROKEN_JSON, fc.string({ unit: "binary", maxLength: 40 })), (text) => {
      const problem = findJsonSyntaxProblem(text);
      expect(problem === null).toBe(isJson(text));
      if (problem) {
        expect(problem.offset).toBeGreaterThanOrEqual(0);
        expect(problem.offset).toBeLessThanOrEqual(text.length);
        expect(problem.reason).not.toMatch(/\n/);
      }
    }), RUNS);
  });

  it("parseJsonFile throws one line with the line and column, or returns what JSON.parse returns", () => {
    fc.assert(fc.property(fc.oneof(BROKEN_JSON, fc.json()), (text) => {
      try {
        expect(parseJsonFile("f.json", text, "config")).toEqual(JSON.parse(text));
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).message).toMatch(/^f\.json:\d+:\d+: config is not valid JSON: [^\n]+$/);
      }
    }), RUNS);
  });

  it("does not overflow the stack on deep nesting", () => {
    expect(findJsonSyntaxProblem(`${"[".repeat(100_000)}`)?.reason).toBe("nested more than 1000 levels deep");
    expect(findJsonSyntaxProblem(`${"[".repeat(500)}${"]".repeat(500)}`)).toBeNull();
  });
});
