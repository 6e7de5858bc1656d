/**
 * Issue 6, hostile and broken input files through the command line (in this process; the bin for another user): each bad input exits 2 with one line
 * naming the file and the problem (no stack trace); each valid but unusual encoding is checked normally,
 * with the same lines and columns as plain UTF-8.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeFsError, MAX_INPUT_MB } from "../../src/read-input.js";
import { MAX_PARAGRAPH_CHARS } from "../../src/document.js";
import { CLI, cli, EN, expectOneLineError, KO, tempFiles } from "./helpers.js";

/** An English translation that leaves Korean words untranslated: one untranslated finding at 3:38. */
const EN_BAD = "Government unveils budget\n\nThe government said on the 28th that 내년 예산안 was set at 656 trillion won.\n";
const MIB = 1024 * 1024;
/** The user "nobody" on Linux: root can drop to it to meet a real permission error. */
const NOBODY = 65534;

/** UTF-16 bytes with a byte-order mark. */
function utf16(text: string, isLittleEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  return isLittleEndian ? le : Buffer.from(le).swap16();
}

/** Encodes text as EUC-KR. Node has no EUC-KR encoder, so the table is read back from its decoder: every two-byte code of KS X 1001. */
function eucKr(text: string): Buffer {
  const codes: number[] = [];
  for (let lead = 0xa1; lead <= 0xfe; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) codes.push(lead, trail);
  const decoded = new TextDecoder("euc-kr").decode(Uint8Array.from(codes));
  const table = new Map<string, [number, number]>();
  [...decoded].forEach((char, i) => table.set(char, [codes[2 * i] ?? 0, codes[2 * i + 1] ?? 0]));
  return Buffer.from([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? []))));
}

/** The compact-format finding lines of a run, without the file names. */
const findingsOf = (stdout: string): string[] => stdout.split("\n").filter((line) => / (error|warning|info) /.test(line)).map((line) => line.replace(/^.*?:(\d+:\d+:)/, "$1"));

describe("hostile input files: exit 2 and one line naming the file and the problem", () => {
  const dir = tempFiles({
    "ko.txt": KO, "en.txt": EN, "empty.txt": "", "blank.txt": " \n\t\r\n\u00a0\u3000\n\u200b\n\n",
    "en-only.txt": EN, "ko-only.txt": KO, "binary.bin": Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0xff, 0, 0, 0]),
    "invalid-utf8.txt": Buffer.concat([Buffer.from("정부 예산안 발표\n\nThe budget "), Buffer.from([0xc3, 0x28]), Buffer.from(" is set.\n")]),
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string): string => join(dir, name);

  it("an empty file", async () => {
    expectOneLineError(await cli([at("ko.txt"), at("empty.txt")]), at("empty.txt"), /: empty file$/m);
  });

  it("a file with only whitespace and invisible characters (spaces, tabs, no-break and ideographic spaces, ZWSP)", async () => {
    expectOneLineError(await cli([at("blank.txt"), at("en.txt")]), at("blank.txt"), /: empty file$/m);
  });

  it("a mixed file with only English, and one with only Korean", async () => {
    expectOneLineError(await cli([at("en-only.txt")]), at("en-only.txt"), /: only English text found/);
    expectOneLineError(await cli([at("ko-only.txt")]), at("ko-only.txt"), /: only Korean text found/);
  });

  it("a pair whose target has no English (the Korean file given twice)", async () => {
    expectOneLineError(await cli([at("ko.txt"), at("ko-only.txt")]), at("ko-only.txt"), /: no English text found/);
  });

  it("a directory where a file is expected (align), and an empty folder given to check (a batch run with nothing to check)", async () => {
    const folder = at("folder");
    mkdirSync(folder, { recursive: true });
    expectOneLineError(await cli(["align", at("ko.txt"), folder]), folder, /: is a directory$/m);
    const batch = await cli(["check", folder]);
    expect(batch.code).toBe(2);
    expect(batch.stderr.trimEnd().split("\n")).toEqual([`translint: ${folder}: no articles found in this folder`]);
  });

  it("a missing file", async () => {
    expectOneLineError(await cli([at("nope.txt"), at("en.txt")]), at("nope.txt"), /: no such file$/m);
  });

  it("a binary file", async () => {
    expectOneLineError(await cli([at("binary.bin")]), at("binary.bin"), /: binary file$/m);
  });

  it("invalid UTF-8: the offset of the first bad byte and its line, never replaced", async () => {
    const offset = Buffer.byteLength("정부 예산안 발표\n\nThe budget ");
    expectOneLineError(await cli([at("invalid-utf8.txt")]), at("invalid-utf8.txt"), new RegExp(`: invalid UTF-8 at byte ${offset} \\(line 3\\)$`, "m"));
  });

  it(`a 50 MB file: refused by size (limit ${MAX_INPUT_MB} MB) before it is read`, async () => {
    const big = at("big.txt");
    writeFileSync(big, Buffer.alloc(50 * MIB, "정부는 예산을 확정했다.\n\nThe government set the budget.\n\n"));
    try {
      expectOneLineError(await cli([big]), big, new RegExp(`: file too large \\(50 MB; limit ${MAX_INPUT_MB} MB\\)$`, "m"));
    } finally {
      rmSync(big);
    }
  });

  it(`one 5 MB line: refused as a paragraph longer than ${MAX_PARAGRAPH_CHARS.toLocaleString("en-US")} characters, naming its line`, async () => {
    const line = at("line.txt");
    const sentence = "The government said it had set the budget at 656 trillion won. ";
    writeFileSync(line, `Government unveils budget\n\n${sentence.repeat(Math.ceil((5 * MIB) / sentence.length))}\n`);
    expectOneLineError(await cli([at("ko.txt"), line]), `${line}:3:`, /: paragraph too long \([\d,]+ characters; limit 100,000\)/);
  });
});

describe("a file without read permission", () => {
  const dir = tempFiles({ "en.txt": EN, "secret.txt": KO });
  chmodSync(dir, 0o755); // mkdtemp makes the folder private; another user must be able to look inside
  chmodSync(join(dir, "en.txt"), 0o644);
  chmodSync(join(dir, "secret.txt"), 0o000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const secret = join(dir, "secret.txt");
  const isRoot = process.getuid?.() === 0;
  // Root reads any file whatever its mode, so as root the CLI is run as "nobody"; when that user cannot
  // even load the CLI (a checkout in a private folder), the errno translation is checked on its own.
  const canDropToNobody = isRoot && spawnSync(process.execPath, [CLI, "--version"], { uid: NOBODY, gid: NOBODY }).status === 0;

  if (!isRoot || canDropToNobody) {
    it(`exits 2 with "permission denied"${isRoot ? " (root runs the CLI as uid 65534, since chmod 000 does not stop root)" : ""}`, async () => {
      const result = await cli([secret, join(dir, "en.txt")], isRoot ? { uid: NOBODY, cwd: dir } : {});
      expectOneLineError(result, secret, /: permission denied$/m);
    });
  } else {
    it("maps EACCES to \"permission denied\" directly (root here, and uid 65534 cannot load the CLI, so no real permission error can be made)", () => {
      const error = Object.assign(new Error(`EACCES: permission denied, open '${secret}'`), { code: "EACCES", path: secret });
      expect(describeFsError(error)).toBe("permission denied");
    });
  }
});

describe("encodings a file may come in: checked like UTF-8, with the same lines and columns", () => {
  const dir = tempFiles({
    "ko.txt": KO, "en-bad.txt": EN_BAD,
    "ko-bom.txt": `\ufeff${KO}`, "en-bad-bom.txt": `\ufeff${EN_BAD}`,
    "ko-16le.txt": utf16(KO, true), "en-bad-16le.txt": utf16(EN_BAD, true),
    "ko-16be.txt": utf16(KO, false), "en-bad-16be.txt": utf16(EN_BAD, false),
    "ko-euckr.txt": eucKr(KO), "en-bad-euckr.txt": eucKr(EN_BAD),
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const at = (name: string): string => join(dir, name);
  let plain: string[] = [];
  beforeAll(async () => {
    plain = findingsOf((await cli([at("ko.txt"), at("en-bad.txt"), "-f", "compact"])).stdout);
  });

  it("has a finding to compare in plain UTF-8", async () => {
    expect(plain).toEqual([expect.stringMatching(/^3:38: error untranslated /)]);
  });

  it.each([
    ["UTF-8 with a BOM", "ko-bom.txt", "en-bad-bom.txt"],
    ["UTF-16 LE with a BOM", "ko-16le.txt", "en-bad-16le.txt"],
    ["UTF-16 BE with a BOM", "ko-16be.txt", "en-bad-16be.txt"],
  ])("%s", async (_name, ko, en) => {
    const result = await cli([at(ko), at(en), "-f", "compact"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout)).toEqual(plain);
  });

  it("EUC-KR (CP949): decoded with a note on stderr naming each file, findings at the same place", async () => {
    const result = await cli([at("ko-euckr.txt"), at("en-bad-euckr.txt"), "-f", "compact"]);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      `translint: ${at("ko-euckr.txt")}: decoded as EUC-KR (CP949)`, `translint: ${at("en-bad-euckr.txt")}: decoded as EUC-KR (CP949)`,
    ]);
    expect(result.code).toBe(1);
    expect(findingsOf(result.stdout)).toEqual(plain);
  });
});
