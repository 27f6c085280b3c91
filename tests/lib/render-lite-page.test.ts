import { describe, expect, it } from "vitest";
import { formatMastheadLines } from "../../lib/legal-masthead";
import { shareLinks } from "../../lib/share-links";
import type { ArticleView } from "../../lib/present-article";
import { renderLitePage } from "../../lib/render-lite-page";

const VIEW: ArticleView = {
  href: "/bai-viet/btv-tinh-uy",
  liteHref: "/lite/bai-viet/btv-tinh-uy",
  title: "BTV Tỉnh ủy làm việc với Đoàn khảo sát",
  summary: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
  published: { text: "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", iso: "2017-04-20T18:02:00+07:00" },
  section: { label: "Chính trị", href: "/chuyen-muc/chinh-tri" },
  sapoInBody: false,
  authors: [
    { label: "Hồng Nhung", href: "/tac-gia/hong-nhung" },
    { label: "Minh Đức", href: "/tac-gia/minh-duc" },
  ],
  tags: [],
  places: [],
  corrections: [],
  share: shareLinks("https://baotinh.vn/bai-viet/btv-tinh-uy", "BTV Tỉnh ủy làm việc với Đoàn khảo sát"),
};

const MASTHEAD = formatMastheadLines({ governingBody: "Tỉnh ủy Quảng Ninh", email: "toasoan@baotinh.vn" });

const BODY = '<p>Đoạn một có <abbr title="Ban Thường vụ">BTV</abbr>.</p>\n<figure><img src="/a.svg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>\n';

const render = (view: ArticleView = VIEW, bodyHtml = BODY) =>
  renderLitePage({ view, bodyHtml, siteName: "Báo Tỉnh", canonicalUrl: "https://baotinh.vn/bai-viet/btv-tinh-uy", masthead: MASTHEAD });

const HOSTILE = `<script>alert("x")</script> & 'y'`;
const ESCAPED = "&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;";

describe("renderLitePage", () => {
  it("is a Vietnamese HTML document with a charset and a viewport", () => {
    const html = render();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html.endsWith("</body>\n</html>\n")).toBe(true);
  });

  it("contains no script at all", () => {
    expect(render()).not.toMatch(/<script/i);
  });

  it("names the page, the site and the lite version in the title, and describes it with the sapo", () => {
    const html = render();
    expect(html).toContain("<title>BTV Tỉnh ủy làm việc với Đoàn khảo sát · Báo Tỉnh (bản rút gọn)</title>");
    expect(html).toContain('<meta name="description" content="Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.">');
  });

  it("points the canonical link at the full article", () => {
    expect(render()).toContain('<link rel="canonical" href="https://baotinh.vn/bai-viet/btv-tinh-uy">');
  });

  it("links home, the section and the full version", () => {
    const html = render();
    expect(html).toContain('<header><p><a href="/">Báo Tỉnh</a> › <a href="/chuyen-muc/chinh-tri">Chính trị</a></p></header>');
    expect(html).toContain('<footer><p><a href="/bai-viet/btv-tinh-uy">Xem bản đầy đủ</a></p>\n');
  });

  it("prints the legal masthead in the footer, as every page does", () => {
    expect(render()).toContain(
      '<p class="d">Báo Tỉnh<br>Cơ quan chủ quản: Tỉnh ủy Quảng Ninh<br>Giấy phép: (chưa khai báo)<br>Tổng biên tập: (chưa khai báo)<br>Địa chỉ: (chưa khai báo)<br>Điện thoại: (chưa khai báo)<br>Email: <a href="mailto:toasoan@baotinh.vn">toasoan@baotinh.vn</a></p></footer>',
    );
  });

  it("prints the headline and a machine-readable dateline", () => {
    const html = render();
    expect(html).toContain("<h1>BTV Tỉnh ủy làm việc với Đoàn khảo sát</h1>");
    expect(html).toContain('<p class="d"><time datetime="2017-04-20T18:02:00+07:00">Thứ Năm, 20/04/2017, 18:02 [GMT+7]</time></p>');
  });

  it("prints the update time only when there is one", () => {
    expect(render()).not.toContain("Cập nhật");
    const updated = { ...VIEW, updated: { text: "Thứ Sáu, 21/04/2017, 08:15 [GMT+7]", iso: "2017-04-21T08:15:00+07:00" } };
    expect(render(updated)).toContain(
      '<p class="d">Cập nhật: <time datetime="2017-04-21T08:15:00+07:00">Thứ Sáu, 21/04/2017, 08:15 [GMT+7]</time></p>',
    );
  });

  it("inserts the body HTML exactly as given, after the sapo", () => {
    const html = render();
    expect(html).toContain(`<p class="sapo">Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.</p>\n${BODY}`);
  });

  it("leaves the sapo out when the body already starts with it", () => {
    const html = render({ ...VIEW, sapoInBody: true });
    expect(html).not.toContain('class="sapo"');
    expect(html).toContain(`</time></p>\n\n\n${BODY}`);
  });

  it("signs the article with every author and credits the source when there is one", () => {
    expect(render()).toContain('<p class="b">Hồng Nhung, Minh Đức</p>');
    expect(render()).not.toContain("Nguồn:");
    expect(render({ ...VIEW, source: "Báo Quảng Ninh" })).toContain('<p class="d" style="text-align:right">Nguồn: Báo Quảng Ninh</p>');
  });

  it("escapes a hostile title, summary, author, section, source and site name everywhere they appear", () => {
    const hostile: ArticleView = {
      ...VIEW,
      title: HOSTILE,
      summary: HOSTILE,
      section: { label: HOSTILE, href: `/chuyen-muc/"><script>` },
      authors: [{ label: HOSTILE, href: "/tac-gia/x" }],
      source: HOSTILE,
      published: { text: HOSTILE, iso: `"><script>` },
    };
    const html = renderLitePage({ view: hostile, bodyHtml: "<p>Thân bài.</p>", siteName: HOSTILE, canonicalUrl: `https://baotinh.vn/"><script>`, masthead: [{ label: HOSTILE, text: HOSTILE, href: `"><script>` }] });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(`<title>${ESCAPED} · ${ESCAPED} (bản rút gọn)</title>`);
    expect(html).toContain(`<meta name="description" content="${ESCAPED}">`);
    expect(html).toContain(`<link rel="canonical" href="https://baotinh.vn/&#34;&#62;&#60;script&#62;">`);
    expect(html).toContain(`<a href="/">${ESCAPED}</a> › <a href="/chuyen-muc/&#34;&#62;&#60;script&#62;">${ESCAPED}</a>`);
    expect(html).toContain(`<h1>${ESCAPED}</h1>`);
    expect(html).toContain(`<time datetime="&#34;&#62;&#60;script&#62;">${ESCAPED}</time>`);
    expect(html).toContain(`<p class="sapo">${ESCAPED}</p>`);
    expect(html).toContain(`<p class="b">${ESCAPED}</p>`);
    expect(html).toContain(`Nguồn: ${ESCAPED}</p>`);
    expect(html).toContain(`${ESCAPED}: <a href="&#34;&#62;&#60;script&#62;">${ESCAPED}</a></p></footer>`);
  });
});
