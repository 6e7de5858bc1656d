/** The pieces behind the verbose table: sentence splitting, excerpts around a finding's words, highlighted wrapping and diffs. */
import { excerptAround, sentenceAround, splitSentences } from "../../src/formatters/context.js";
import { diffRuns, plainText, wrapRuns } from "../../src/formatters/highlight.js";
import { clipEnd, clipStart, displayWidth } from "../../src/formatters/width.js";

/** ANSI SGR sequences (ESC is a control character on purpose). */
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function sentences(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end));
}

describe("splitSentences", () => {
  it("splits English at full stops, question and exclamation marks, keeping closing quotes", () => {
    expect(sentences('He left. Did she stay? "No!" she said. It ended.')).toEqual(["He left.", "Did she stay?", '"No!" she said.', "It ended."]);
    expect(sentences("“We will talk,” he said. “Then we act.” The talks ended.")).toEqual(["“We will talk,” he said.", "“Then we act.”", "The talks ended."]);
  });

  it("does not split initialisms, titles, initials or decimals", () => {
    const text = "The U.S. envoy met Mr. Kim and Gen. Park on Aug. 29 in Washington, D.C. for talks. Growth was 3.5 percent. John F. Kennedy spoke.";
    expect(sentences(text)).toEqual([
      "The U.S. envoy met Mr. Kim and Gen. Park on Aug. 29 in Washington, D.C. for talks.",
      "Growth was 3.5 percent.",
      "John F. Kennedy spoke.",
    ]);
  });

  it("does not split before a lower-case word", () => {
    expect(sentences("It cost approx. ten dollars. Then it rose.")).toEqual(["It cost approx. ten dollars.", "Then it rose."]);
  });

  it("splits Korean at 다. endings, with or without a space, but not inside a quotation's 다.”고", () => {
    const text = "정부는 예산안을 확정했다. 총액은 656.6조 원이다.국회는 다음 달 심의한다. 그는 “협상은 끝났다.”고 말했다.";
    expect(sentences(text)).toEqual(["정부는 예산안을 확정했다.", "총액은 656.6조 원이다.", "국회는 다음 달 심의한다.", "그는 “협상은 끝났다.”고 말했다."]);
  });

  it("keeps text without a final mark as the last sentence and trims whitespace", () => {
    expect(sentences("  First one.   Second without a stop  ")).toEqual(["First one.", "Second without a stop"]);
    expect(sentences("")).toEqual([]);
  });
});

describe("sentenceAround and excerptAround", () => {
  const text = "The talks opened on Monday. Sullivan met Zhang Youxia in Beijing for two hours. They agreed to meet again.";
  const start = text.indexOf("Zhang Youxia");
  const end = start + "Zhang Youxia".length;

  it("finds the sentence holding the words, or the run of sentences they cross", () => {
    const one = sentenceAround(text, start, end);
    expect(text.slice(one.start, one.end)).toBe("Sullivan met Zhang Youxia in Beijing for two hours.");
    const across = sentenceAround(text, text.indexOf("Monday"), text.indexOf("Sullivan") + 3);
    expect(text.slice(across.start, across.end)).toBe("The talks opened on Monday. Sullivan met Zhang Youxia in Beijing for two hours.");
  });

  it("returns the whole sentence when it fits", () => {
    expect(excerptAround(text, start, end, 200)).toEqual({ before: "Sullivan met ", words: "Zhang Youxia", after: " in Beijing for two hours." });
  });

  it("trims both sides with an ellipsis to fit the width, keeping the words", () => {
    const excerpt = excerptAround(text, start, end, 30);
    expect(excerpt.words).toBe("Zhang Youxia");
    expect(excerpt.before.startsWith("…")).toBe(true);
    expect(excerpt.after.endsWith("…")).toBe(true);
    expect(displayWidth(excerpt.before + excerpt.words + excerpt.after)).toBeLessThanOrEqual(30);
  });

  it("gives the unused room of a short side to the other, counting Hangul as two columns", () => {
    const ko = "장유샤 부주석은 설리번 보좌관에게 양국 군사 간 실무 소통 강화를 촉구했다고 밝혔다.";
    const at = ko.indexOf("장유샤");
    const excerpt = excerptAround(ko, at, at + 3, 40);
    expect(excerpt.before).toBe("");
    expect(excerpt.after.endsWith("…")).toBe(true);
    expect(displayWidth(excerpt.words + excerpt.after)).toBeLessThanOrEqual(40);
    expect(displayWidth(excerpt.words + excerpt.after)).toBeGreaterThan(30);
  });
});

describe("wrapRuns", () => {
  const runs = [{ text: "정부는 내년 " }, { text: "예산안을 656조 원으로", mark: "words" as const }, { text: " 확정했다." }];

  it("brackets the words with « » without colour and wraps by display width", () => {
    const text = wrapRuns(runs, 12, 10, false);
    expect(text.replace(/\n/g, " ")).toBe("정부는 내년 «예산안을 656조 원으로» 확정했다.");
    for (const line of text.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(12);
    expect(text).not.toMatch(ANSI);
  });

  it("paints the words on each line they reach and closes the colour on that line", () => {
    const text = wrapRuns(runs, 12, 10, true);
    expect(text.replace(ANSI, "").replace(/\n/g, " ")).toBe("정부는 내년 예산안을 656조 원으로 확정했다.");
    const lines = text.split("\n");
    expect(lines.filter((line) => line.includes("\u001b[1;7m")).length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(12);
      const codes = line.match(ANSI) ?? [];
      if (codes.length > 0) expect(codes[codes.length - 1]).toBe("\u001b[0m");
    }
  });

  it("keeps at most maxLines, ending the last with an ellipsis", () => {
    const lines = wrapRuns(runs, 8, 2, false).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
  });
});

describe("diffRuns", () => {
  it("marks the letters only in the actual and only in the expected", () => {
    const diff = diffRuns("Kim Jong-eun", "Kim Jong Un");
    expect(plainText(diff!.actual)).toBe("Kim Jong[-eu]n");
    expect(plainText(diff!.expected)).toBe("Kim Jong[ U]n");
    expect(plainText(diffRuns("Sean Sabet", "Sean Savett")!.expected)).toBe("Sean Sa[v]et[t]");
  });

  it("gives nothing for equal, empty or dissimilar strings unless the threshold is lowered", () => {
    expect(diffRuns("Advisor", "Advisor")).toBeNull();
    expect(diffRuns("", "Advisor")).toBeNull();
    expect(diffRuns("Advisor", "Vice Chairman")).toBeNull();
    expect(plainText(diffRuns("張眞夏", "張又俠", 0)!.actual)).toBe("張[眞夏]");
  });
});

describe("clipStart and clipEnd", () => {
  it("cut to the width in display columns with an ellipsis", () => {
    expect(clipStart("samples/us-china-military-talks/article.txt", 20)).toBe("…y-talks/article.txt");
    expect(displayWidth(clipEnd("미국 중국 첫 고위 군사회담", 9))).toBeLessThanOrEqual(9);
    expect(clipEnd("미국 중국 첫 고위 군사회담", 9)).toBe("미국 중…");
    expect(clipEnd("short", 9)).toBe("short");
  });
});
