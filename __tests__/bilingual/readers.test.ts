/** XLIFF, TMX and TSV/CSV readers: text extraction, inline tags, entities, offsets, language sides, errors. */
import { readBilingual, isBilingualPath } from "../../src/bilingual/index.js";
import type { BilingualDocument, Paragraph } from "../../src/document.js";
import { InputError } from "../../src/errors.js";
import { paragraphToFileOffset } from "../../src/paragraphs.js";

const read = (path: string, text: string): BilingualDocument => readBilingual({ path, text });

/** The file offset a paragraph's `word` maps to, and the file text found there. */
function mapped(text: string, paragraph: Paragraph | undefined, word: string): string {
  if (!paragraph) throw new Error("no paragraph");
  const at = paragraphToFileOffset(paragraph, paragraph.text.indexOf(word));
  return text.slice(at, at + word.length);
}

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("no InputError thrown");
}

const XLIFF12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.txt" source-language="ko-KR" target-language="en-US" datatype="plaintext">
    <body>
      <trans-unit id="t1"><source>정부 <g id="1">예산안</g> 발표</source><target>Government <g id="1">budget</g> unveiled</target></trans-unit>
      <trans-unit id="t2">
        <source>정부는<x id="2"/> 656조 원을 <bpt id="3">&lt;b&gt;</bpt>확정했다<ept id="3">&lt;/b&gt;</ept>.</source>
        <target>The government set R&amp;D at
          656 trillion won, <mrk mtype="term">Seoul</mrk> said.</target>
      </trans-unit>
      <trans-unit id="t3"><source>남은 문단</source></trans-unit>
    </body>
  </file>
</xliff>
`;

describe("XLIFF 1.2", () => {
  const doc = read("a.xlf", XLIFF12);

  it("takes each unit's source and target text, dropping inline codes and keeping text inside <g> and <mrk>", () => {
    expect(doc.ko.paragraphs.map((p) => p.text)).toEqual(["정부 예산안 발표", "정부는 656조 원을 확정했다.", "남은 문단"]);
    expect(doc.en.paragraphs.map((p) => p.text)).toEqual(["Government budget unveiled", "The government set R&D at 656 trillion won, Seoul said."]);
  });

  it("maps text around inline tags, entities and line breaks back to the file", () => {
    const [, ko2] = doc.ko.paragraphs;
    const [, en2] = doc.en.paragraphs;
    expect(mapped(XLIFF12, ko2, "656조")).toBe("656조");
    expect(mapped(XLIFF12, ko2, "확정했다")).toBe("확정했다");
    expect(mapped(XLIFF12, en2, "656 trillion")).toBe("656 trillion");
    expect(mapped(XLIFF12, en2, "Seoul")).toBe("Seoul");
    expect(mapped(XLIFF12, en2, "&D")).toBe("&a"); // "&amp;" maps to its "&"; the "D" after it maps exactly
    expect(mapped(XLIFF12, en2, "D at")).toBe("D at");
    expect(ko2?.line).toBe(7);
  });

  it("pairs units one to one and keeps a unit without a target as a 1-0 bead", () => {
    expect(doc.beads).toEqual([{ ko: [0], en: [0], score: 1 }, { ko: [1], en: [1], score: 1 }, { ko: [2], en: [], score: 1 }]);
  });

  it("swaps sides when the target language is Korean", () => {
    const reversed = XLIFF12.replace('source-language="ko-KR" target-language="en-US"', 'source-language="en" target-language="ko"')
      .replace("<source>정부 <g", "<source>X <g").replace("<target>Government", "<target>Y");
    const swapped = read("r.xliff", reversed);
    expect(swapped.ko.paragraphs[0]?.text).toBe("Y budget unveiled");
    expect(swapped.en.paragraphs[0]?.text).toBe("X 예산안 발표");
  });

  it("rejects a file where neither side is Korean", () => {
    const french = `<xliff version="1.2"><file source-language="en" target-language="fr"><body><trans-unit id="1"><source>Hello</source><target>Bonjour</target></trans-unit></body></file></xliff>`;
    expect(inputError(() => read("fr.xlf", french)).problem).toMatch(/^neither side is Korean \(source language "en", target language "fr"/);
  });

  it("reports malformed XML with its line and the parser's reason", () => {
    const broken = XLIFF12.replace("</target></trans-unit>\n      <trans-unit id=\"t2\">", "</trget></trans-unit>\n      <trans-unit id=\"t2\">");
    const error = inputError(() => read("bad.xlf", broken));
    expect(error.file).toBe("bad.xlf");
    expect(error.problem).toMatch(/^malformed XML: .*trget/);
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/^bad\.xlf:5:\d+: malformed XML: /);
  });

  it("rejects XML that is neither XLIFF nor TMX", () => {
    const error = inputError(() => read("x.xlf", "<?xml version=\"1.0\"?>\n<html><body/></html>"));
    expect(error.problem).toContain("root element is <html>");
    expect(error.message).toMatch(/^x\.xlf:2:1: not an XLIFF or TMX file/);
  });
});

describe("XLIFF 2.0", () => {
  const XLIFF2 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ko">
 <file id="f"><unit id="u1"><segment><source>The <pc id="1">budget</pc><ph id="2"/> &#x41;</source><target>예산<ph id="2"/> 가</target></segment></unit>
 <unit id="u2"><segment><source>No target yet</source></segment></unit></file></xliff>`;

  it("reads units, swaps a Korean target to the Korean side and maps character references", () => {
    const doc = read("b.xlf", XLIFF2);
    expect(doc.ko.paragraphs.map((p) => p.text)).toEqual(["예산 가"]);
    expect(doc.en.paragraphs.map((p) => p.text)).toEqual(["The budget A", "No target yet"]);
    expect(mapped(XLIFF2, doc.en.paragraphs[0], "budget")).toBe("budget");
    expect(mapped(XLIFF2, doc.en.paragraphs[0], "A")).toBe("&");
    expect(doc.beads).toEqual([{ ko: [0], en: [0], score: 1 }, { ko: [], en: [1], score: 1 }]);
  });
});

describe("TMX", () => {
  const TMX = `<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en-US"><seg>Talks <bpt i="1">{b}</bpt>resume<ept i="1">{/b}</ept></seg></tuv><tuv xml:lang="ko-KR"><seg>회담 <hi>재개</hi></seg></tuv></tu>
</body></tmx>`;

  it("takes the Korean <tuv> as source whatever the order and srclang, keeping <hi> text and dropping codes", () => {
    const doc = read("c.tmx", TMX);
    expect(doc.ko.paragraphs[0]?.text).toBe("회담 재개");
    expect(doc.en.paragraphs[0]?.text).toBe("Talks resume");
    expect(mapped(TMX, doc.en.paragraphs[0], "resume")).toBe("resume");
    expect(mapped(TMX, doc.ko.paragraphs[0], "재개")).toBe("재개");
    expect(doc.ko.paragraphs[0]?.line).toBe(5);
  });

  it("rejects a TMX without a Korean <tuv>", () => {
    expect(inputError(() => read("d.tmx", TMX.replaceAll("ko-KR", "fr"))).problem).toBe('no <tuv> is Korean (xml:lang "ko"); languages found: en-US, fr');
  });
});

describe("TSV and CSV", () => {
  it("reads a headerless TSV of Korean and English", () => {
    const doc = read("e.tsv", "제목\tTitle\n본문입니다.\tThe body.\n");
    expect(doc.en.paragraphs.map((p) => p.text)).toEqual(["Title", "The body."]);
    expect(doc.en.paragraphs[1]).toMatchObject({ line: 2, fileOffset: 16 });
  });

  it("uses a header row to pick and orient columns", () => {
    const doc = read("f.tsv", "en\tko\nTitle\t제목\n");
    expect(doc.ko.paragraphs.map((p) => p.text)).toEqual(["제목"]);
    expect(doc.en.paragraphs.map((p) => p.text)).toEqual(["Title"]);
  });

  it("reads RFC 4180 CSV with quoted commas, doubled quotes and embedded line breaks", () => {
    const csv = 'source,target\r\n"정부는 ""예산""을, 확정했다.","The government set\r\nthe ""budget"", it said."\r\n';
    const doc = read("g.csv", csv);
    expect(doc.ko.paragraphs[0]?.text).toBe('정부는 "예산"을, 확정했다.');
    expect(doc.en.paragraphs[0]?.text).toBe('The government set the "budget", it said.');
    expect(mapped(csv, doc.en.paragraphs[0], "the")).toBe("the");
    expect(mapped(csv, doc.en.paragraphs[0], "budget")).toBe("budget");
    expect(doc.en.paragraphs[0]?.line).toBe(2);
  });

  it("rejects a headerless row without two columns, naming the line", () => {
    expect(inputError(() => read("h.tsv", "제목\tTitle\n본문\tBody\textra\n")).message).toMatch(/^h\.tsv:2: expected 2 columns \(Korean, English\) separated by a tab, found 3/);
  });

  it("rejects an unclosed quoted field", () => {
    expect(inputError(() => read("i.csv", '제목,Title\n"본문,Body\n')).message).toBe("i.csv:2:1: quoted field is never closed");
  });
});

describe("detection", () => {
  it("treats .xlf, .xliff, .tmx, .tsv and .csv (any case) as bilingual files", () => {
    expect(["a.xlf", "a.XLIFF", "a.tmx", "dir.v2/a.tsv", "a.csv"].map(isBilingualPath)).toEqual([true, true, true, true, true]);
    expect(["a.txt", "a", "dir.xlf/a"].map(isBilingualPath)).toEqual([false, false, false]);
  });

  it("reads XML content in a .csv as XML", () => {
    expect(read("j.csv", XLIFF12).ko.paragraphs).toHaveLength(3);
  });
});
