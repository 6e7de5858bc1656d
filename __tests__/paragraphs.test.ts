import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { lineStarts, paragraphToFileOffset, splitParagraphs, toLineColumn, type RawParagraph } from "../src/paragraphs.js";

const SAMPLE = fileURLToPath(new URL("../samples/us-china-military-talks/article.txt", import.meta.url));

/** The one-for-one folding paragraph text gets (src/normalize.ts): wide spaces to a space. */
const foldSpaces = (text: string): string => text.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ");

/** Every piece is copied from the file (wide spaces folded), pieces are joined by single spaces, and they cover the text exactly. */
function expectRoundTrip(file: string, paragraphs: readonly RawParagraph[]): void {
  for (const paragraph of paragraphs) {
    const rebuilt = paragraph.pieces.map((piece) => {
      const inText = paragraph.text.slice(piece.textStart, piece.textStart + piece.length);
      expect(inText).toBe(foldSpaces(file.slice(piece.fileOffset, piece.fileOffset + piece.length)));
      return inText;
    });
    expect(rebuilt.join(" ")).toBe(paragraph.text);
    expect(paragraph.fileOffset).toBe(paragraph.pieces[0]?.fileOffset);
    expect(toLineColumn(lineStarts(file), paragraph.fileOffset)).toEqual({ line: paragraph.line, column: expect.any(Number) });
    for (let offset = 0; offset < paragraph.text.length; offset++) {
      const char = paragraph.text[offset];
      if (char !== " ") expect(foldSpaces(file[paragraphToFileOffset(paragraph, offset)] ?? "")).toBe(char);
    }
  }
}

describe("splitParagraphs: blocks", () => {
  it("splits on blank lines and records lines and offsets", () => {
    const file = "Title\n\nFirst paragraph.\n\nSecond paragraph.\n";
    expect(splitParagraphs(file)).toEqual([
      { text: "Title", fileOffset: 0, line: 1, pieces: [{ textStart: 0, length: 5, fileOffset: 0 }] },
      { text: "First paragraph.", fileOffset: 7, line: 3, pieces: [{ textStart: 0, length: 16, fileOffset: 7 }] },
      { text: "Second paragraph.", fileOffset: 25, line: 5, pieces: [{ textStart: 0, length: 17, fileOffset: 25 }] },
    ]);
  });

  it("treats a whitespace-only line as blank", () => {
    const file = "one\n \t\u00a0\ntwo\n\u3000\nthree";
    expect(splitParagraphs(file).map((p) => [p.text, p.line])).toEqual([["one", 1], ["two", 3], ["three", 5]]);
  });

  it("joins hard-wrapped lines with one space, trimming each line, and keeps one piece per line", () => {
    const file = "Head\n\n  The talks   \n\tbegan on\nMonday.  \n\nTail";
    const [, wrapped] = splitParagraphs(file);
    expect(wrapped).toEqual({
      text: "The talks began on Monday.",
      fileOffset: 8,
      line: 3,
      pieces: [
        { textStart: 0, length: 9, fileOffset: 8 },
        { textStart: 10, length: 8, fileOffset: 22 },
        { textStart: 19, length: 7, fileOffset: 31 },
      ],
    });
    expectRoundTrip(file, splitParagraphs(file));
  });

  it("collapses several blank lines and ignores leading and trailing ones", () => {
    const file = "\n\n  \nA\n\n\n\nB\n\n\n";
    expect(splitParagraphs(file).map((p) => [p.text, p.line])).toEqual([["A", 4], ["B", 8]]);
  });

  it("keeps trailing spaces out of the text", () => {
    expect(splitParagraphs("미국 중국 \u00a0 \n\nUS-China  ").map((p) => p.text)).toEqual(["미국 중국", "US-China"]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs(" \n\n\t")).toEqual([]);
  });
});

describe("splitParagraphs: one paragraph per line when the file has no blank line", () => {
  it("makes each line a paragraph", () => {
    const file = "제목\nTitle\n  본문 첫 문단\nBody paragraph one\n";
    expect(splitParagraphs(file).map((p) => [p.text, p.line, p.fileOffset])).toEqual([
      ["제목", 1, 0],
      ["Title", 2, 3],
      ["본문 첫 문단", 3, 11],
      ["Body paragraph one", 4, 19],
    ]);
  });

  it("still does so with blank lines only before the first or after the last line", () => {
    expect(splitParagraphs("\n\nA\nB\n\n\n").map((p) => [p.text, p.line])).toEqual([["A", 3], ["B", 4]]);
  });
});

describe("splitParagraphs: line endings", () => {
  it("gives the same paragraphs and line numbers for CRLF, LF and lone CR", () => {
    const lines = ["제목", "", "첫 문단", "이어지는 줄", "", "Title", "", "Wrapped", "line"];
    const expected = [["제목", 1], ["첫 문단 이어지는 줄", 3], ["Title", 6], ["Wrapped line", 8]];
    for (const eol of ["\r\n", "\n", "\r"]) {
      const file = lines.join(eol) + eol;
      const paragraphs = splitParagraphs(file);
      expect(paragraphs.map((p) => [p.text, p.line])).toEqual(expected);
      expectRoundTrip(file, paragraphs);
    }
  });

  it("maps CRLF offsets to the right line and column", () => {
    const file = "a\r\n\r\nbb\r\n  cc dd\r\n";
    const starts = lineStarts(file);
    const [, second] = splitParagraphs(file);
    expect(second?.text).toBe("bb cc dd");
    const dd = paragraphToFileOffset(second!, second!.text.indexOf("dd"));
    expect(toLineColumn(starts, dd)).toEqual({ line: 4, column: 6 });
  });
});

describe("offset round trip", () => {
  const variants: string[] = [];
  for (const eol of ["\n", "\r\n", "\r"]) {
    for (const indent of ["", "  ", "\t", "\u00a0", "\u3000"]) {
      for (const trail of ["", " ", "\t \u00a0"]) {
        const line = (text: string): string => indent + text + trail;
        variants.push([line("미국 중국 첫 고위 군사회담"), "", line("미중이 핵군축 협상에"), line("접근하면서 😀 진전"), " ", line("As the US"), line("and China approach.")].join(eol));
        variants.push([line("one per line"), line("두 번째 줄"), line("third 😀")].join(eol) + eol);
      }
    }
  }

  it.each(variants.map((file, index) => [index, file]))("holds for variant %d", (_index, file) => {
    const paragraphs = splitParagraphs(file);
    expect(paragraphs.length).toBeGreaterThan(0);
    expectRoundTrip(file, paragraphs);
  });

  it("holds for every paragraph of the sample article", () => {
    const file = readFileSync(SAMPLE, "utf8");
    expectRoundTrip(file, splitParagraphs(file));
  });
});

describe("splitParagraphs on the sample article", () => {
  const file = readFileSync(SAMPLE, "utf8");
  const paragraphs = splitParagraphs(file);

  it("finds 45 paragraphs on the odd lines 1..89", () => {
    expect(paragraphs.map((p) => p.line)).toEqual(Array.from({ length: 45 }, (_, i) => 2 * i + 1));
  });

  it("trims the no-break spaces around paragraphs", () => {
    const quoted = paragraphs.find((p) => p.line === 61);
    expect(quoted?.text.startsWith("“There was more progress")).toBe(true);
    expect(file[quoted!.fileOffset]).toBe("“");
    expect(toLineColumn(lineStarts(file), quoted!.fileOffset)).toEqual({ line: 61, column: 2 });
    expect(paragraphs.find((p) => p.line === 5)?.text.endsWith("‘연결’")).toBe(true);
  });
});

describe("lineStarts and toLineColumn", () => {
  it("starts a line after each LF, CRLF and lone CR", () => {
    expect(lineStarts("ab\ncd\r\nef\rg")).toEqual([0, 3, 7, 10]);
    expect(lineStarts("")).toEqual([0]);
    expect(lineStarts("x\n")).toEqual([0, 2]);
  });

  it("gives 1-based lines and columns", () => {
    const starts = lineStarts("ab\ncd\r\nef\rg");
    expect(toLineColumn(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(toLineColumn(starts, 2)).toEqual({ line: 1, column: 3 }); // the LF itself
    expect(toLineColumn(starts, 3)).toEqual({ line: 2, column: 1 });
    expect(toLineColumn(starts, 6)).toEqual({ line: 2, column: 4 }); // the LF of CRLF
    expect(toLineColumn(starts, 8)).toEqual({ line: 3, column: 2 });
    expect(toLineColumn(starts, 10)).toEqual({ line: 4, column: 1 });
    expect(toLineColumn(starts, 11)).toEqual({ line: 4, column: 2 }); // end of text
  });

  it("agrees with a line count for every offset of a long text", () => {
    const text = Array.from({ length: 200 }, (_, i) => "x".repeat(i % 7)).join("\r\n");
    const starts = lineStarts(text);
    let line = 1;
    let column = 1;
    for (let offset = 0; offset <= text.length; offset++) {
      expect(toLineColumn(starts, offset)).toEqual({ line, column });
      const isLineEnd = text[offset] === "\n";
      line += isLineEnd ? 1 : 0;
      column = isLineEnd ? 1 : column + 1;
    }
  });

  it("clamps offsets before the start", () => {
    expect(toLineColumn([0, 5], -3)).toEqual({ line: 1, column: 1 });
  });
});

describe("paragraphToFileOffset", () => {
  it("maps a joining space to the end of the line before it", () => {
    const file = "x\n\nab\n  cd";
    const [, paragraph] = splitParagraphs(file);
    expect(paragraph?.text).toBe("ab cd");
    expect(paragraphToFileOffset(paragraph!, 0)).toBe(3);
    expect(paragraphToFileOffset(paragraph!, 2)).toBe(5);
    expect(paragraphToFileOffset(paragraph!, 3)).toBe(8);
    expect(paragraphToFileOffset(paragraph!, 5)).toBe(10); // end of text
  });
});
