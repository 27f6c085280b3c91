import { describe, expect, it } from "vitest";
import { checkMarkdownLimits, MAX_FILE_BYTES, MAX_NESTING } from "../../lib/markdown-limits";

const FILE = "content/articles/2017/04/bai.md";

describe("checkMarkdownLimits", () => {
  it.each([21, 40, 1000])("refuses %i nested > quote markers with the depth and the line", (depth) => {
    const text = `Đoạn mở đầu.\n\n${">".repeat(depth)} Trích dẫn.\n`;
    expect(checkMarkdownLimits(text, FILE)).toEqual([
      {
        file: FILE,
        line: 3,
        message: `trích dẫn hoặc danh sách lồng nhau quá sâu (${depth} tầng, tối đa 20); hãy bỏ bớt dấu > hoặc thụt lề.`,
      },
    ]);
  });

  it("accepts exactly the maximum nesting", () => {
    expect(checkMarkdownLimits(`${">".repeat(MAX_NESTING)} Trích dẫn.`, FILE)).toEqual([]);
  });

  it("reports only the first line that is too deep", () => {
    const deep = `${">".repeat(25)} x`;
    expect(checkMarkdownLimits(`${deep}\n${deep}\n`, FILE).map((problem) => problem.line)).toEqual([1]);
  });

  it("refuses deeply indented list items", () => {
    const text = `${" ".repeat(4 * 21)}- mục\n`;
    expect(checkMarkdownLimits(text, FILE)).toEqual([
      { file: FILE, line: 1, message: "trích dẫn hoặc danh sách lồng nhau quá sâu (22 tầng, tối đa 20); hãy bỏ bớt dấu > hoặc thụt lề." },
    ]);
  });

  it.each([
    ["a thematic break of 40 dashes", "-".repeat(40)],
    ["a thematic break of 10 dashes", "----------"],
    ["a spaced thematic break", "- - -"],
    ["a list nested three deep", "- Một\n  - Hai\n    - Ba\n"],
    ["a numbered list", "1. Một\n2. Hai\n   1. Hai một\n"],
    ["a quote inside a list", "- Mục\n  > Trích dẫn\n"],
    ["ordinary paragraphs", "Chiều 20/4, tại TP Hạ Long.\n\nĐoạn hai.\n"],
    ["an empty body", ""],
  ])("accepts %s", (_name, text) => {
    expect(checkMarkdownLimits(text, FILE)).toEqual([]);
  });

  it("caps an article file at 512 KB", () => {
    expect(MAX_FILE_BYTES).toBe(524288);
  });
});

describe("checkMarkdownLimits on spaced markers", () => {
  it("counts 17 quote levels written `> > >` as 17, not as indentation", () => {
    expect(checkMarkdownLimits(`${"> ".repeat(17)}x\n`, FILE)).toEqual([]);
  });

  it("refuses 21 quote levels written `> > >` with their true depth", () => {
    expect(checkMarkdownLimits(`${"> ".repeat(21)}x\n`, FILE).map((problem) => problem.message)).toEqual([
      "trích dẫn hoặc danh sách lồng nhau quá sâu (21 tầng, tối đa 20); hãy bỏ bớt dấu > hoặc thụt lề.",
    ]);
  });

  it("accepts a long spaced thematic break of stars", () => {
    expect(checkMarkdownLimits(`${"* ".repeat(22)}\n`, FILE)).toEqual([]);
  });
});

describe("checkMarkdownLimits on runs of emphasis markers", () => {
  it.each([
    ["stars", `Chữ ${"*".repeat(40)} chữ`, 40],
    ["underscores and stars mixed", `${"*_".repeat(20)}x`, 40],
    ["tildes", "~".repeat(33), 33],
  ])("refuses a run of %s longer than the parser can take in linear time", (_name, line, run) => {
    expect(checkMarkdownLimits(`Đoạn một.\n\n${line}\n`, FILE)).toEqual([
      { file: FILE, line: 3, message: `có ${run} dấu định dạng (*, _ hoặc ~) liền nhau (tối đa 32); hãy xóa các dấu thừa.` },
    ]);
  });

  it.each([
    ["bold italic", "***Đậm nghiêng***"],
    ["a long thematic break of stars", "*".repeat(80)],
    ["an indented code block", `${" ".repeat(100)}mã`],
  ])("accepts %s", (_name, line) => {
    expect(checkMarkdownLimits(`${line}\n`, FILE)).toEqual([]);
  });
});
