import { describe, expect, it } from "vitest";
import type { Section } from "../../lib/article";
import { parseArticle } from "../../lib/parse-article";
import { formatProblem } from "../../lib/problem";
import { scaffoldArticle, type ScaffoldOptions } from "../../lib/authoring/scaffold-article";
import { AUTHOR_PLACEHOLDER, BODY_PLACEHOLDER, findScaffoldLeftovers } from "../../lib/scaffold-leftovers";

const ZONE = "Asia/Ho_Chi_Minh";
const SECTIONS: Section[] = [
  { name: "Chính trị", slug: "chinh-tri", description: "" },
  { name: "Kinh tế", slug: "kinh-te", description: "" },
];
const TITLE = "Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích";
const NOW = new Date("2017-04-20T11:02:00Z");

function scaffold(title = TITLE, now = NOW, options: ScaffoldOptions = { category: "Chính trị" }) {
  const result = scaffoldArticle(title, now, ZONE, options);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value;
}

function parse(text: string, file = "content/articles/x.md") {
  const result = parseArticle(text, file, "x", { timeZone: ZONE, sections: SECTIONS });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value.article;
}

describe("findScaffoldLeftovers", () => {
  const file = "content/articles/2017/04/ky-hop.md";

  it("lets a draft keep its placeholders", () => {
    const text = scaffold().text;
    expect(findScaffoldLeftovers(parse(text, file), text)).toEqual([]);
  });

  it("flags the placeholder author and body once the draft flag is off, with their lines", () => {
    const text = scaffold().text.replace("draft: true", "draft: false");
    expect(findScaffoldLeftovers(parse(text, file), text).map(formatProblem)).toEqual([
      `${file}:9 "author": cần tên tác giả thật trước khi đăng (bài đã bỏ draft: true), nhận được chữ mẫu "Tên tác giả"`,
      `${file}:27: cần nội dung bài thật trước khi đăng (bài đã bỏ draft: true), nhận được đoạn chữ mẫu của npm run new`,
    ]);
  });

  it("finds nothing in a finished article", () => {
    const text = scaffold()
      .text.replace("draft: true", "draft: false")
      .replace(`author: ${AUTHOR_PLACEHOLDER}`, "author: Hồng Nhung")
      .replace(BODY_PLACEHOLDER, "Chiều 20/4, HĐND tỉnh khai mạc kỳ họp thứ 5.");
    expect(findScaffoldLeftovers(parse(text, file), text)).toEqual([]);
  });
});
