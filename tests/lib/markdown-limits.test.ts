import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  checkMarkdownLimits,
  MAX_FILE_BYTES,
  MAX_MARKS,
  MAX_NESTING,
  MAX_PARAGRAPH_BRACKETS,
  MAX_PARAGRAPH_EMPHASIS,
  MAX_QUOTE_ENDS,
  MAX_REREAD,
} from "../../lib/markdown-limits";
import { LIMIT_FIXTURES } from "../support/markdown-limit-fixtures";

const FILE = "content/articles/2017/04/bai.md";
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");
/** One paragraph of `count` copies of `unit`. */
const paragraphOf = (unit: string, count: number) => `${unit.repeat(count)}\n`;

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

describe("checkMarkdownLimits on the families the parser takes superlinear time on, one fixture just over each limit", () => {
  it.each([
    ["too-many-emphasis-markers-in-a-paragraph.md", 10, "đoạn văn có 201 dấu * hoặc _ (tối đa 200 mỗi đoạn); xóa các dấu thừa hoặc viết lại đoạn này."],
    ["brackets-nested-too-deep.md", 10, "đoạn văn có 21 dấu [ lồng vào nhau (tối đa 20 mỗi đoạn); đóng mỗi [ bằng ] hoặc xóa các dấu thừa (viết \\[ nếu cần dấu [ thật)."],
    [
      "unclosed-code-before-long-paragraphs.md",
      12,
      "bài có dấu ` (mã) hoặc <!--, <!, <? (mã HTML) không được đóng trên cùng dòng, buộc đọc lại 30.028 ký tự phía sau chúng trong đoạn văn (tối đa 30.000 mỗi bài, vượt từ đoạn này); hãy đóng chúng trên cùng dòng (`mã` với cùng số dấu `, <!-- … -->) hoặc xóa đi, viết \\` nếu cần dấu ` thật.",
    ],
    [
      "too-many-markdown-marks.md",
      1005,
      "bài có 2.001 dòng và ký hiệu Markdown (tối đa 2.000 mỗi bài, vượt từ đây; mỗi dòng, mỗi tầng > hoặc gạch đầu dòng và mỗi dấu * _ ` [ ] ! < & \\ tính là một); hãy bỏ định dạng thừa hoặc tách thành nhiều bài.",
    ],
    [
      "too-many-quote-endings.md",
      210,
      "bài có 101 chỗ kết thúc trích dẫn (tối đa 100 mỗi bài, vượt từ trích dẫn này); ghép các trích dẫn liền nhau bằng dòng chỉ có dấu > và bắt đầu mọi dòng của trích dẫn bằng dấu >.",
    ],
  ])("refuses %s at line %i with its message", (name, line, message) => {
    expect(checkMarkdownLimits(fixture(name), FILE)).toEqual([{ file: FILE, line, message }]);
  });
});

describe("checkMarkdownLimits at each limit: just under is accepted, one more is refused", () => {
  it.each([
    [`${MAX_PARAGRAPH_EMPHASIS} lone * and _ in one paragraph`, `${"chữ_ ".repeat(100)}${paragraphOf("chữ* ", 100)}`],
    ["150 lone _ in each of two paragraphs", `${paragraphOf("chữ_ ", 150)}\n${paragraphOf("chữ_ ", 150)}`],
    ["a tight list of 150 items with bold text in each", "- **Đậm** chữ.\n".repeat(150)],
    [`images nested ${MAX_PARAGRAPH_BRACKETS} deep`, `${"![".repeat(20)}Ảnh${"](/a.svg)".repeat(20)}\n`],
    ["500 links in a row, each closed", "[a](/b) ".repeat(500)],
    ["a paragraph of 500,000 characters", `${"a ".repeat(250_000)}\n`],
    [`an unclosed \` before ${MAX_REREAD} characters`, `Giá \`${"a".repeat(MAX_REREAD)}\n`],
    [`two unclosed openers before ${MAX_REREAD} characters between them`, `a \` <!--\n${"b".repeat(14_995)}\n`],
    ["openers of every kind never closed, in short paragraphs", "a `\n\nb <!--\n\nc <?\n\nd <!DOCTYPE\n\ne ``\n\nf <![CDATA[\n"],
    ["100 code spans and HTML comments closed on their lines", "Giá `5%`, ``a ` b`` <!-- ghi chú --> <?x?> <![CDATA[x]]> <!X >\n\n".repeat(100)],
    ["ten fenced code blocks", "```\nmã\n```\n\n".repeat(10)],
    [`${MAX_MARKS} lines`, "a\n".repeat(MAX_MARKS)],
    [`${MAX_QUOTE_ENDS} separate quotes`, "> Trích dẫn.\n\n".repeat(MAX_QUOTE_ENDS)],
    ["a quote of 200 paragraphs joined by lines holding only >", `${"> Đoạn trích.\n>\n".repeat(200)}\nHết.\n`],
    ["300 escaped markers", `${"\\* \\[ ".repeat(300)}\n`],
  ])("accepts %s", (_name, text) => {
    expect(checkMarkdownLimits(text, FILE)).toEqual([]);
  });

  it.each([
    ["one more lone _", paragraphOf("chữ_ ", MAX_PARAGRAPH_EMPHASIS + 1), 1, "đoạn văn có 201 dấu * hoặc _"],
    ["one more nested image", `${"![".repeat(21)}Ảnh${"](/a.svg)".repeat(21)}\n`, 1, "đoạn văn có 21 dấu [ lồng vào nhau"],
    ["one more character after an unclosed `", `Mở đầu.\n\nGiá \`${"a".repeat(MAX_REREAD + 1)}\n`, 3, "bài có dấu ` (mã) hoặc <!--, <!, <? (mã HTML) không được đóng trên cùng dòng, buộc đọc lại 30.001 ký tự"],
    ["one more character after two unclosed openers", `a \` <!--\n${"b".repeat(14_996)}\n`, 1, "bài có dấu ` (mã) hoặc <!--, <!, <? (mã HTML) không được đóng trên cùng dòng, buộc đọc lại 30.002 ký tự"],
    ["one more line", "a\n".repeat(MAX_MARKS + 1), 1, "bài có 2.001 dòng và ký hiệu Markdown"],
    ["one more quote", "> Trích dẫn.\n\n".repeat(MAX_QUOTE_ENDS + 1), 201, "bài có 101 chỗ kết thúc trích dẫn"],
  ])("refuses %s, at the line where its paragraph starts", (_name, text, line, start) => {
    const problems = checkMarkdownLimits(text, FILE);
    expect(problems.map((problem) => problem.line)).toEqual([line]);
    expect(problems[0]?.message.startsWith(start)).toBe(true);
  });
});

describe("checkMarkdownLimits on real articles", () => {
  const refused = new Set<string>(LIMIT_FIXTURES);
  const fixtures = readdirSync(new URL("../fixtures/articles/", import.meta.url)).filter((name) => !refused.has(name));
  const seed = new URL("../../content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md", import.meta.url);

  it.each(fixtures)("accepts the fixture %s", (name) => {
    expect(checkMarkdownLimits(fixture(name), FILE)).toEqual([]);
  });

  it("accepts the seed article", () => {
    expect(checkMarkdownLimits(readFileSync(seed, "utf8"), FILE)).toEqual([]);
  });

  it("accepts a 50 KB article with bold, italics, links, lists, quotes and photos in every paragraph (long-article-50-kb.md)", () => {
    const text = fixture("long-article-50-kb.md");
    expect(Buffer.byteLength(text)).toBeGreaterThan(50 * 1024);
    expect(checkMarkdownLimits(text, FILE)).toEqual([]);
  });

  it("reports only the earliest limit a file breaks", () => {
    const text = `${paragraphOf("chữ_ ", 201)}\n${">".repeat(25)} x\n`;
    expect(checkMarkdownLimits(text, FILE)).toEqual([
      { file: FILE, line: 1, message: "đoạn văn có 201 dấu * hoặc _ (tối đa 200 mỗi đoạn); xóa các dấu thừa hoặc viết lại đoạn này." },
    ]);
  });
});
