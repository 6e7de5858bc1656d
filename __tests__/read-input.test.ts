import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transformFileSync } from "@swc/core";
import { InputError } from "../src/errors.js";
import { splitParagraphs } from "../src/paragraphs.js";
import {
  decodeInput,
  describeFsError,
  EUC_KR_NOTE,
  findInvalidUtf8,
  MAX_INPUT_MB,
  readInputFile,
  STDIN_NAME,
} from "../src/read-input.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/input/", import.meta.url));
const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(Buffer.concat(parts));
const UTF8_BOM = bytes(0xef, 0xbb, 0xbf);
const UTF16LE_BOM = bytes(0xff, 0xfe);
const UTF16BE_BOM = bytes(0xfe, 0xff);
/** "한국" in EUC-KR (KS X 1001): 한 = C7 D1, 국 = B1 B9. */
const HANGUK_EUC_KR = bytes(0xc7, 0xd1, 0xb1, 0xb9);

function utf16(text: string, isLittleEndian: boolean): Uint8Array {
  const little = Buffer.from(text, "utf16le");
  return new Uint8Array(isLittleEndian ? little : Buffer.from(little).swap16());
}

/** The problem of the InputError that `action` throws, or fails. */
function problemOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error.problem;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("InputError", () => {
  it("keeps file and problem and prints them as one line", () => {
    const error = new InputError("a.txt", "empty file");
    expect([error.file, error.problem, error.message]).toEqual(["a.txt", "empty file", "a.txt: empty file"]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("InputError");
  });
});

describe("decodeInput: encodings", () => {
  it("decodes UTF-8 without a BOM and keeps every character", () => {
    const text = "미국 중국\n\nUS-China talks\n";
    expect(decodeInput("a.txt", utf8(text))).toEqual({ path: "a.txt", text, encoding: "utf-8", notes: [] });
  });

  it("drops a UTF-8 BOM and nothing else", () => {
    const input = decodeInput("a.txt", concat(UTF8_BOM, utf8("한국\r\nKorea")));
    expect([input.text, input.encoding, input.notes]).toEqual(["한국\r\nKorea", "utf-8-bom", []]);
  });

  it("keeps a second U+FEFF that is part of the text", () => {
    expect(decodeInput("a.txt", concat(UTF8_BOM, UTF8_BOM, utf8("x"))).text).toBe("\uFEFFx");
  });

  it.each([
    ["utf-16le", true],
    ["utf-16be", false],
  ] as const)("decodes %s with a BOM", (encoding, isLittleEndian) => {
    const text = "미국 중국 😀\r\n\r\nUS-China";
    const input = decodeInput("a.txt", concat(isLittleEndian ? UTF16LE_BOM : UTF16BE_BOM, utf16(text, isLittleEndian)));
    expect([input.text, input.encoding, input.notes]).toEqual([text, encoding, []]);
  });

  it("keeps CRLF, LF and lone CR line endings", () => {
    const text = "a\r\nb\nc\rd";
    expect(decodeInput("a.txt", utf8(text)).text).toBe(text);
  });

  it("decodes EUC-KR bytes with a note", () => {
    const input = decodeInput("ko.txt", concat(HANGUK_EUC_KR, utf8(" 2024\n")));
    expect(input).toEqual({ path: "ko.txt", text: "한국 2024\n", encoding: "euc-kr", notes: [EUC_KR_NOTE] });
    expect(EUC_KR_NOTE).toBe("decoded as EUC-KR (CP949)");
  });

  it("reads the committed EUC-KR fixture with CRLF and correct line numbers", () => {
    const input = readInputFile(join(FIXTURES, "euc-kr-crlf.txt"));
    expect(input.encoding).toBe("euc-kr");
    expect(input.notes).toEqual([EUC_KR_NOTE]);
    expect(input.text.startsWith("미국 중국 첫 고위 군사회담\r\n\r\n")).toBe(true);
    const paragraphs = splitParagraphs(input.text);
    expect(paragraphs.map((p) => p.line)).toEqual([1, 3, 6]);
    expect(paragraphs[1]?.text).toBe("미중이 핵군축 협상에 접근하면서 바이든 대통령과 시진핑 주석의 New START 논의가 주목된다.");
    expect(paragraphs[2]?.text).toBe("US-China First High-Level Military Talks");
  });
});

describe("decodeInput: invalid bytes are never replaced", () => {
  it("names the first invalid UTF-8 byte (0-based) and its line", () => {
    expect(problemOf(() => decodeInput("a.txt", concat(utf8("abc\n"), bytes(0xff))))).toBe("invalid UTF-8 at byte 4 (line 2)");
  });

  it("counts CRLF and lone CR as one line end each", () => {
    const data = concat(utf8("a\r\nb\rc\n"), bytes(0x80));
    expect(problemOf(() => decodeInput("a.txt", data))).toBe("invalid UTF-8 at byte 7 (line 4)");
  });

  it("rejects Latin-1 text, which is neither UTF-8 nor EUC-KR", () => {
    const cafe = concat(utf8("caf"), bytes(0xe9), utf8(" au lait"));
    expect(problemOf(() => decodeInput("a.txt", cafe))).toBe("invalid UTF-8 at byte 3 (line 1)");
  });

  it("does not take EUC-KR-valid bytes without Hangul (hanja only) for Korean", () => {
    // F1 A1 F1 A2 are two hanja in KS X 1001: valid EUC-KR, but not Korean text
    expect(problemOf(() => decodeInput("a.txt", bytes(0xf1, 0xa1, 0xf1, 0xa2)))).toBe("invalid UTF-8 at byte 0 (line 1)");
  });

  it("does not try EUC-KR when a UTF-8 BOM declares the encoding", () => {
    expect(problemOf(() => decodeInput("a.txt", concat(UTF8_BOM, HANGUK_EUC_KR)))).toBe("invalid UTF-8 at byte 3 (line 1)");
  });

  it.each([
    ["a lone continuation byte", [0x41, 0x80], 1],
    ["an overlong NUL", [0x41, 0xc0, 0x80], 1],
    ["an overlong 3-byte form", [0xe0, 0x80, 0x80], 0],
    ["a surrogate", [0xed, 0xa0, 0x80], 0],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a sequence cut short at the end", [0x41, 0xea, 0xb0], 1],
    ["a sequence cut short by ASCII", [0xea, 0x41, 0x42], 0],
  ])("finds %s", (_name, values, offset) => {
    expect(findInvalidUtf8(Uint8Array.from(values))).toBe(offset);
  });

  it("accepts every well-formed length", () => {
    expect(findInvalidUtf8(utf8("a é 한 😀 \u{10FFFF}"))).toBe(-1);
  });

  it("names an unpaired surrogate in UTF-16", () => {
    const lone = concat(UTF16LE_BOM, utf16("ab", true), bytes(0x00, 0xd8), utf16("c", true));
    expect(problemOf(() => decodeInput("a.txt", lone))).toBe("invalid UTF-16LE at byte 6");
    const reversed = concat(UTF16BE_BOM, bytes(0xdc, 0x00));
    expect(problemOf(() => decodeInput("a.txt", reversed))).toBe("invalid UTF-16BE at byte 2");
  });

  it("names a trailing odd byte in UTF-16", () => {
    expect(problemOf(() => decodeInput("a.txt", concat(UTF16LE_BOM, utf16("ab", true), bytes(0x41))))).toBe("invalid UTF-16LE at byte 6");
  });

  it("rejects UTF-32", () => {
    expect(problemOf(() => decodeInput("a.txt", bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0)))).toBe("UTF-32 is not supported (save it as UTF-8)");
  });
});

describe("decodeInput: binary and empty", () => {
  it("rejects NUL bytes as binary", () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52);
    expect(problemOf(() => decodeInput("a.png", png))).toBe("binary file");
    expect(problemOf(() => decodeInput("a.txt", utf8("text\u0000more text")))).toBe("binary file");
  });

  it("rejects a high share of control characters as binary", () => {
    expect(problemOf(() => decodeInput("a.bin", utf8("\u0001\u0002\u0003\u001b[0mab")))).toBe("binary file");
  });

  it("accepts a few control characters in text (form feed, DOS end-of-file mark)", () => {
    const text = "Paragraph one is long enough.\f\n\nParagraph two.\u001a";
    expect(decodeInput("a.txt", utf8(text)).text).toBe(text);
  });

  it("rejects NUL in UTF-16 text as binary", () => {
    expect(problemOf(() => decodeInput("a.txt", concat(UTF16LE_BOM, utf16("a\u0000b", true))))).toBe("binary file");
  });

  it("recognises UTF-16 without a byte-order mark", () => {
    expect(problemOf(() => decodeInput("a.txt", utf16("US-China talks", true)))).toBe("UTF-16 without a byte-order mark (save it as UTF-8)");
    expect(problemOf(() => decodeInput("a.txt", utf16("US-China talks", false)))).toBe("UTF-16 without a byte-order mark (save it as UTF-8)");
  });

  it.each([
    ["no bytes", new Uint8Array(0)],
    ["whitespace", utf8(" \r\n\t\n\u00a0\u3000\n")],
    ["a UTF-8 BOM only", UTF8_BOM],
    ["a UTF-16 BOM only", UTF16LE_BOM],
    ["a UTF-16 BOM and whitespace", concat(UTF16BE_BOM, utf16("\n \n", false))],
  ])("rejects %s as an empty file", (_name, data) => {
    expect(problemOf(() => decodeInput("a.txt", data))).toBe("empty file");
  });
});

describe("readInputFile", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "translint-read-input-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads and decodes a file", () => {
    const path = join(dir, "ok.txt");
    writeFileSync(path, "제목\n\nTitle\n");
    expect(readInputFile(path)).toEqual({ path, text: "제목\n\nTitle\n", encoding: "utf-8", notes: [] });
  });

  it("names a missing file", () => {
    const path = join(dir, "missing.txt");
    expect(() => readInputFile(path)).toThrow(new InputError(path, "no such file"));
  });

  it("names a path through a file as missing", () => {
    const file = join(dir, "plain.txt");
    writeFileSync(file, "x");
    expect(problemOf(() => readInputFile(join(file, "child.txt")))).toBe("no such file");
  });

  it("names a directory", () => {
    const path = join(dir, "folder");
    mkdirSync(path);
    expect(() => readInputFile(path)).toThrow(new InputError(path, "is a directory"));
  });

  it("names an empty file", () => {
    const path = join(dir, "empty.txt");
    writeFileSync(path, "");
    expect(() => readInputFile(path)).toThrow(new InputError(path, "empty file"));
  });

  it("checks the size limit with stat, before reading", () => {
    const path = join(dir, "huge.txt");
    // a sparse file: stat reports the size without the disk holding it
    const mib = 1024 * 1024;
    writeFileSync(path, "");
    truncateSync(path, MAX_INPUT_MB * mib + 1);
    expect(problemOf(() => readInputFile(path))).toBe(`file too large (${MAX_INPUT_MB + 1} MB; limit ${MAX_INPUT_MB} MB)`);
  });

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot) {
    // root reads a file whatever its mode; __tests__/hostile/cli-inputs.test.ts meets a real EACCES by running the CLI as uid 65534
    it("maps EACCES to \"permission denied\" (run as root, where chmod 000 does not stop reading)", () => {
      expect(describeFsError(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }))).toBe("permission denied");
    });
  } else {
    it("names an unreadable file", () => {
      const path = join(dir, "secret.txt");
      writeFileSync(path, "text");
      chmodSync(path, 0o000);
      expect(problemOf(() => readInputFile(path))).toBe("permission denied");
    });
  }
});

describe("describeFsError", () => {
  const errno = (code: string): Error => Object.assign(new Error(code), { code });
  it.each([
    ["ENOENT", "no such file"],
    ["ENOTDIR", "no such file"],
    ["EACCES", "permission denied"],
    ["EPERM", "permission denied"],
    ["EISDIR", "is a directory"],
    ["EIO", "cannot read (EIO)"],
  ])("maps %s to %j", (code, problem) => {
    expect(describeFsError(errno(code))).toBe(problem);
  });

  it("leaves errors without an errno code alone", () => {
    expect(describeFsError(new TypeError("bug"))).toBeNull();
    expect(describeFsError("string")).toBeNull();
  });
});

describe("readInputFile('-') reads standard input", () => {
  let dir = "";
  let script = "";
  beforeAll(() => {
    // compile the two modules so a child process can import them and read its own standard input
    dir = mkdtempSync(join(tmpdir(), "translint-stdin-"));
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
    for (const name of ["errors", "normalize", "read-input"]) {
      const options = { jsc: { target: "es2022" as const, parser: { syntax: "typescript" as const } }, module: { type: "es6" as const } };
      writeFileSync(join(dir, `${name}.js`), transformFileSync(join(SRC, `${name}.ts`), options).code);
    }
    script = join(dir, "main.js");
    writeFileSync(
      script,
      'import { readInputFile } from "./read-input.js";\n' +
        "try { process.stdout.write(JSON.stringify(readInputFile(\"-\"))); } catch (e) { process.stdout.write(JSON.stringify({ error: e.message })); }\n",
    );
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const run = (input: Uint8Array): unknown =>
    JSON.parse(spawnSync(process.execPath, [script], { input, encoding: "utf8" }).stdout);

  it("decodes standard input and names it <stdin>", () => {
    expect(run(concat(HANGUK_EUC_KR, utf8("\n")))).toEqual({ path: STDIN_NAME, text: "한국\n", encoding: "euc-kr", notes: [EUC_KR_NOTE] });
  });

  it("reports empty standard input", () => {
    expect(run(new Uint8Array(0))).toEqual({ error: "<stdin>: empty file" });
  });
});
