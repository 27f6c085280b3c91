import { describe, expect, it } from "vitest";
import { parseScaffolded, scaffold } from "../support/scaffolded-article";
import { formatProblem } from "../../lib/problem";
import { AUTHOR_PLACEHOLDER, BODY_PLACEHOLDER, findScaffoldLeftovers } from "../../lib/scaffold-leftovers";

describe("findScaffoldLeftovers", () => {
  const file = "content/articles/2017/04/ky-hop.md";

  it("lets a draft keep its placeholders", () => {
    const text = scaffold().text;
    expect(findScaffoldLeftovers(parseScaffolded(text, file), text)).toEqual([]);
  });

  it("flags the placeholder author and body once the draft flag is off, with their lines", () => {
    const text = scaffold().text.replace("draft: true", "draft: false");
    expect(findScaffoldLeftovers(parseScaffolded(text, file), text).map(formatProblem)).toEqual([
      `${file}:9 "author": cần tên tác giả thật trước khi đăng (bài đã bỏ draft: true), nhận được chữ mẫu "Tên tác giả"`,
      `${file}:29: cần nội dung bài thật trước khi đăng (bài đã bỏ draft: true), nhận được đoạn chữ mẫu của npm run new`,
    ]);
  });

  it("finds nothing in a finished article", () => {
    const text = scaffold()
      .text.replace("draft: true", "draft: false")
      .replace(`author: ${AUTHOR_PLACEHOLDER}`, "author: Hồng Nhung")
      .replace(BODY_PLACEHOLDER, "Chiều 20/4, HĐND tỉnh khai mạc kỳ họp thứ 5.");
    expect(findScaffoldLeftovers(parseScaffolded(text, file), text)).toEqual([]);
  });
});
