import { describe, expect, it } from "vitest";
import { analyseMarkdown } from "../../lib/analyse-markdown";
import { findDroppedMarkup, keepsLinkAddress } from "../../lib/find-dropped-markup";
import { renderMarkdown } from "../../lib/render-markdown";

describe("keepsLinkAddress agrees with the sanitiser", () => {
  it.each([
    ["https://baoquangninh.vn/tin", true],
    ["http://quangninh.gov.vn", true],
    ["mailto:toasoan@baotinh.vn", true],
    ["/bai-viet/ky-hop-thu-5", true],
    ["#doan-2", true],
    ["trang?ngay=20:04", true],
    ["javascript:alert(1)", false],
    ["JavaScript:alert(1)", false],
    ["data:text/html,<b>x</b>", false],
    ["vbscript:msgbox", false],
    ["tel:02033835555", false],
    ["HTTPS://www.quangninh.gov.vn", false],
    ["zalo:0912345678", false],
  ])("%s: kept is %s, as remark-html renders it", (url, kept) => {
    expect(keepsLinkAddress(url)).toBe(kept);
    expect(renderMarkdown(`[chữ](<${url}>)`).includes("href=")).toBe(kept);
  });
});

describe("findDroppedMarkup", () => {
  const warnings = (markdown: string) => findDroppedMarkup(analyseMarkdown(markdown, 1), "a.md");

  it.each([
    ["an iframe", '<iframe src="https://www.youtube.com/embed/x"></iframe>', ""],
    ["a table, cell text included", "<table><tr><td>Ba Chẽ</td></tr></table>", ""],
    ["a div pasted from Word, text included", '<div class="MsoNormal">Nội dung.</div>', ""],
    ["a script", "<script>alert(1)</script>", ""],
    ["bold tags, keeping their text", "Có <b>ý nghĩa</b>.", "<p>Có ý nghĩa.</p>\n"],
    ["a line break, gluing the words", "Dòng một<br>dòng hai.", "<p>Dòng mộtdòng hai.</p>\n"],
  ])("warns about %s, which the page indeed drops", (_name, markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
    expect(warnings(markdown)).toHaveLength(1);
  });

  it("gives each warning the line of the file it is on, marked as a warning", () => {
    expect(findDroppedMarkup(analyseMarkdown("Đoạn.\n\n<script>x</script>\n", 8), "a.md")).toEqual([
      { file: "a.md", line: 10, severity: "warning", message: "mã <script> sẽ bị bỏ: bạn đọc không thấy gì ở chỗ này. Bài không được chứa mã chạy trên trang." },
    ]);
  });

  it("warns once per line and message, and again on another line", () => {
    expect(warnings("<b>a</b> và <b>b</b>\n\n<b>c</b> nữa").map((warning) => warning.line)).toEqual([1, 3]);
  });

  it.each([
    ["plain Markdown", "Đoạn **đậm** và [liên kết](https://baotinh.vn)."],
    ["a comment", "<!-- ghi chú -->"],
    ["a closing tag alone", "chữ </b>"],
    ["a photo", '![Ảnh](/images/a.svg "Chú thích")'],
  ])("says nothing about %s", (_name, markdown) => {
    expect(warnings(markdown)).toEqual([]);
  });

  it("warns about a link written as a reference at its definition's line", () => {
    expect(warnings("[trang][t]\n\n[t]: javascript:alert(1)").map((warning) => [warning.line, warning.message])).toEqual([
      [3, 'liên kết "javascript:alert(1)" sẽ bị bỏ địa chỉ: bạn đọc chỉ thấy chữ của liên kết, không bấm được. Chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto: hoặc / (trang trong báo), viết chữ thường.'],
    ]);
  });
});
