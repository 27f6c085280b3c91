import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../lib/render-markdown";

describe("remarkDemoteHeadings", () => {
  it.each([
    ["#", "h2"],
    ["##", "h3"],
    ["###", "h4"],
    ["####", "h5"],
    ["#####", "h6"],
    ["######", "h6"],
  ])("renders a %s heading as <%s>, below the page's only h1", (marks, tag) => {
    expect(renderMarkdown(`${marks} Kết luận`)).toBe(`<${tag}>Kết luận</${tag}>\n`);
  });

  it.each([
    ["an underlined (setext) level-1 heading", "Kết luận\n===", "<h2>Kết luận</h2>\n"],
    ["an underlined (setext) level-2 heading", "Kết luận\n---", "<h3>Kết luận</h3>\n"],
    ["a heading inside a quote", "> # Trích dẫn", "<blockquote>\n<h2>Trích dẫn</h2>\n</blockquote>\n"],
    ["a heading inside a list item", "- ## Mục", "<ul>\n<li>\n<h3>Mục</h3>\n</li>\n</ul>\n"],
  ])("also demotes %s", (_name, markdown, html) => {
    expect(renderMarkdown(markdown)).toBe(html);
  });

  it("never emits an h1, whatever the body contains", () => {
    expect(renderMarkdown("# Một\n\n# Hai\n\nĐoạn văn.\n\n## Ba")).toBe("<h2>Một</h2>\n<h2>Hai</h2>\n<p>Đoạn văn.</p>\n<h3>Ba</h3>\n");
  });

  it("leaves a # that is not a heading alone", () => {
    expect(renderMarkdown("Số #1 và #Hashtag")).toBe("<p>Số #1 và #Hashtag</p>\n");
  });
});
