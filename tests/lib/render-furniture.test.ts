import { describe, expect, it } from "vitest";
import { renderContentProblems, renderFooter, renderMasthead } from "../../lib/render-furniture";

const MASTHEAD = {
  siteName: "Báo Tỉnh",
  sections: [
    { label: "Chính trị", href: "/chuyen-muc/chinh-tri" },
    { label: "Kinh tế", href: "/chuyen-muc/kinh-te" },
  ],
  today: { text: "Thứ Ba, 01/12/2026", iso: "2026-12-01" },
};

describe("renderMasthead", () => {
  it("prints the name, today's date, the search form and the sections", () => {
    expect(renderMasthead(MASTHEAD, true)).toBe(
      '<div class="masthead"><p class="site-name"><a href="/">Báo Tỉnh</a></p><p class="masthead-date"><time datetime="2026-12-01">Thứ Ba, 01/12/2026</time></p>' +
        '<form action="/tim-kiem" method="get" role="search" class="masthead-search"><label for="tim-nhanh" class="visually-hidden">Tìm bài viết</label>' +
        '<input id="tim-nhanh" name="q" type="search" maxlength="200" placeholder="Tìm bài viết"><button type="submit">Tìm</button></form></div>' +
        '<nav aria-label="Chuyên mục"><ul><li><a href="/chuyen-muc/chinh-tri">Chính trị</a></li><li><a href="/chuyen-muc/kinh-te">Kinh tế</a></li></ul></nav>',
    );
  });

  it("leaves the date out of a page prerendered once per deploy", () => {
    const html = renderMasthead(MASTHEAD, false);
    expect(html).not.toContain("masthead-date");
    expect(html).not.toContain("01/12/2026");
  });

  it("escapes the site's name and its sections", () => {
    const html = renderMasthead({ ...MASTHEAD, siteName: "<b>Báo</b>", sections: [{ label: '"><script>', href: '/x"y' }] }, true);
    expect(html).toContain("<a href=\"/\">&#60;b&#62;Báo&#60;/b&#62;</a>");
    expect(html).toContain('<a href="/x&#34;y">&#34;&#62;&#60;script&#62;</a>');
  });
});

describe("renderFooter", () => {
  it("prints the paper, its description and each legal line, a link where it has one", () => {
    const html = renderFooter({
      siteName: "Báo Tỉnh",
      description: "Tin các tỉnh.",
      legal: [
        { label: "Tổng biên tập", text: "Nguyễn Văn A" },
        { label: "Thư điện tử", text: "toasoan@baotinh.vn", href: "mailto:toasoan@baotinh.vn" },
      ],
    });
    expect(html).toBe(
      '<p class="footer-name">Báo Tỉnh</p><p>Tin các tỉnh.</p><dl class="legal-masthead"><div><dt>Tổng biên tập</dt><dd>Nguyễn Văn A</dd></div>' +
        '<div><dt>Thư điện tử</dt><dd><a href="mailto:toasoan@baotinh.vn">toasoan@baotinh.vn</a></dd></div></dl>' +
        "<p>© Báo Tỉnh. Ghi rõ nguồn “Báo Tỉnh” khi phát hành lại thông tin từ trang này.</p>",
    );
  });

  it("prints no empty paragraph without a description", () => {
    expect(renderFooter({ siteName: "B", description: "", legal: [] })).toBe('<p class="footer-name">B</p><dl class="legal-masthead"></dl><p>© B. Ghi rõ nguồn “B” khi phát hành lại thông tin từ trang này.</p>');
  });
});

describe("renderContentProblems", () => {
  it("says whether the build would refuse, and prints the check's lines escaped", () => {
    const blocking = renderContentProblems({ blocking: true, lines: ["content/a.md:3 \"title\": <thiếu>", "1 lỗi"] });
    expect(blocking).toContain('<section class="content-problems" aria-labelledby="loi-noi-dung"><h1 id="loi-noi-dung" class="page-title">Nội dung có lỗi: trang thật sẽ không dựng được</h1>');
    expect(blocking).toContain("<pre>content/a.md:3 &#34;title&#34;: &#60;thiếu&#62;\n1 lỗi</pre>");
    expect(renderContentProblems({ blocking: false, lines: [] })).toContain("Nội dung có cảnh báo");
  });
});
