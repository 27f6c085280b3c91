import { describe, expect, it } from "vitest";
import { parseCaption, straightenImageTitles } from "../../lib/parse-caption";

describe("parseCaption", () => {
  it.each([
    ["a credit after a sentence", "Bí thư Tỉnh ủy phát biểu tại buổi làm việc. Ảnh: Hồng Nhung", { text: "Bí thư Tỉnh ủy phát biểu tại buổi làm việc.", credit: "Ảnh: Hồng Nhung" }],
    ["a credit in parentheses", "Quang cảnh hội nghị (Ảnh: TTXVN)", { text: "Quang cảnh hội nghị", credit: "Ảnh: TTXVN" }],
    ["a credit after a dash", "Đại biểu dự hội nghị - Ảnh: Minh Đức", { text: "Đại biểu dự hội nghị", credit: "Ảnh: Minh Đức" }],
    ["a credit alone", "Ảnh: Hồng Nhung", { text: "", credit: "Ảnh: Hồng Nhung" }],
    ["an archive photo's credit", "Cầu Bãi Cháy năm 2006. Ảnh tư liệu: Báo Quảng Ninh", { text: "Cầu Bãi Cháy năm 2006.", credit: "Ảnh tư liệu: Báo Quảng Ninh" }],
    ["a source", "Biểu đồ thu ngân sách. Nguồn: Sở Tài chính", { text: "Biểu đồ thu ngân sách.", credit: "Nguồn: Sở Tài chính" }],
    ["extra spaces and a line break", "  Quang cảnh hội nghị.\n  Ảnh:  Hồng Nhung ", { text: "Quang cảnh hội nghị.", credit: "Ảnh:  Hồng Nhung".replace(/\s+/g, " ") }],
    ["a caption with no credit", "Quang cảnh hội nghị.", { text: "Quang cảnh hội nghị." }],
    ["“ảnh:” inside a sentence", "Bức ảnh: kỷ niệm ngày thành lập.", { text: "Bức ảnh: kỷ niệm ngày thành lập." }],
    ["a label with no name after it", "Quang cảnh. Ảnh:", { text: "Quang cảnh. Ảnh:" }],
    ["an empty caption", "", { text: "" }],
  ])("splits %s", (_name, caption, expected) => {
    expect(parseCaption(caption)).toEqual(expected);
  });
});

describe("straightenImageTitles", () => {
  it.each([
    ["curly quotes", "![Ảnh](/images/a.jpg “Chú thích”)", '![Ảnh](/images/a.jpg "Chú thích")'],
    ["curly quotes with straight ones inside", '![Ảnh](/images/a.jpg “Khẩu hiệu "Dân biết"”)', '![Ảnh](/images/a.jpg "Khẩu hiệu \\"Dân biết\\"")'],
    ["a straight opening and a curly closing quote", '![Ảnh](/images/a.jpg "Chú thích”)', '![Ảnh](/images/a.jpg "Chú thích")'],
    ["a curly opening and a straight closing quote", '![Ảnh](/images/a.jpg “Chú thích")', '![Ảnh](/images/a.jpg "Chú thích")'],
    ["straight quotes, left alone", '![Ảnh](/images/a.jpg "Chú thích")', '![Ảnh](/images/a.jpg "Chú thích")'],
    ["curly quotes in text, left alone", "Ông nói “xin chào” (ở hội nghị).", "Ông nói “xin chào” (ở hội nghị)."],
    ["a link's title, left alone", "[Bài](/bai-viet/a “Tít”)", "[Bài](/bai-viet/a “Tít”)"],
  ])("handles %s", (_name, markdown, expected) => {
    expect(straightenImageTitles(markdown)).toBe(expected);
  });

  it("keeps every line where it was", () => {
    const markdown = "Đoạn một.\n\n![Ảnh](/images/a.jpg “Một”)\n\n![Ảnh](/images/b.jpg “Hai”)\n";
    expect(straightenImageTitles(markdown).split("\n")).toHaveLength(markdown.split("\n").length);
  });
});
