import { describe, expect, it } from "vitest";
import type { ArticleCard } from "../../lib/present-article";
import { renderSearchPage, type SearchPageInput } from "../../lib/render-search-page";

const CARD: ArticleCard = {
  href: "/bai-viet/hoi-nghi",
  title: "Hội nghị dân vận",
  summary: "Ban Dân vận họp.",
  published: { text: "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", iso: "2017-04-20T18:02:00+07:00" },
  section: { label: "Chính trị", href: "/chuyen-muc/chinh-tri" },
};

const INPUT: SearchPageInput = {
  head: {
    title: "Tìm kiếm: dan van · Báo Tỉnh",
    shareTitle: "Tìm kiếm: dan van",
    description: "Tin các tỉnh.",
    siteName: "Báo Tỉnh",
    canonical: "https://baotinh.vn/tim-kiem",
    noindex: false,
    feeds: [{ type: "application/rss+xml", href: "https://baotinh.vn/rss.xml", title: "Báo Tỉnh: tin mới nhất" }],
    image: { url: "https://baotinh.vn/logo.png", width: 512, height: 512, alt: "Báo Tỉnh" },
    themeColor: "#8b1a1a",
    stylesheet: "body{margin:0}",
  },
  masthead: { siteName: "Báo Tỉnh", sections: [{ label: "Chính trị", href: "/chuyen-muc/chinh-tri" }], today: { text: "Thứ Ba, 01/12/2026", iso: "2026-12-01" } },
  footer: { siteName: "Báo Tỉnh", description: "", legal: [] },
  query: "dan van",
  entities: [],
  total: 12,
  status: "Có 12 bài cho “dan van”.",
  results: [{ card: CARD, title: [{ text: "Hội nghị ", match: false }, { text: "dân vận", match: true }], summary: [{ text: "Ban Dân vận họp.", match: false }] }],
  page: 1,
  pageCount: 2,
  href: (page) => `/tim-kiem?q=dan+van&trang=${page}`,
};

const between = (html: string, open: string, close: string): string => html.slice(html.indexOf(open), html.indexOf(close, html.indexOf(open)) + close.length);

describe("renderSearchPage", () => {
  it("is a whole document: the head as Next writes it, the furniture, the results, no script", () => {
    const html = renderSearchPage(INPUT);
    expect(html.startsWith('<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0}</style>')).toBe(true);
    expect(html).toContain("<title>Tìm kiếm: dan van · Báo Tỉnh</title>");
    expect(html).toContain('<link rel="canonical" href="https://baotinh.vn/tim-kiem">');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" href="https://baotinh.vn/rss.xml" title="Báo Tỉnh: tin mới nhất">');
    expect(html).toContain('<meta property="og:title" content="Tìm kiếm: dan van">');
    expect(html).toContain('<meta name="twitter:image:width" content="512"><meta name="twitter:image:height" content="512">');
    expect(html).not.toContain('name="robots"');
    expect(html).toContain('<body><a class="skip-link" href="#noi-dung">Bỏ qua để xem nội dung</a><header class="site-header"><div class="masthead">');
    expect(html).toContain('<main id="noi-dung" tabindex="-1"><h1 class="page-title">Tìm kiếm</h1>');
    expect(html).toContain('<input id="q" name="q" type="search" value="dan van" maxlength="200">');
    expect(html).toContain('<p role="status">Có 12 bài cho “dan van”.</p><ol class="article-list"><li class="card">');
    expect(html).toContain('<a href="/bai-viet/hoi-nghi">Hội nghị <mark>dân vận</mark></a>');
    expect(html).toContain('<nav class="pagination" aria-label="Phân trang"><span>Trang 1/2</span><a href="/tim-kiem?q=dan+van&#38;trang=2" rel="next">Trang sau ›</a></nav></main>');
    expect(html.endsWith('<footer class="site-footer"><p class="footer-name">Báo Tỉnh</p><dl class="legal-masthead"></dl><p>© Báo Tỉnh. Ghi rõ nguồn “Báo Tỉnh” khi phát hành lại thông tin từ trang này.</p></footer></body></html>')).toBe(true);
    expect(html).not.toContain("<script");
  });

  it("escapes the query wherever it is printed", () => {
    const query = '"><script>alert(1)</script>';
    const html = renderSearchPage({ ...INPUT, query, head: { ...INPUT.head, title: `Tìm kiếm: ${query}`, shareTitle: `Tìm kiếm: ${query}` }, status: `Không tìm thấy bài nào cho “${query}”.`, total: 0, results: [] });
    expect(html).not.toContain("<script>");
    expect(html).toContain('value="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    expect(between(html, "<title>", "</title>")).toBe("<title>Tìm kiếm: &#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>");
  });

  it("marks an empty result noindex and prints only what it says", () => {
    const html = renderSearchPage({ ...INPUT, head: { ...INPUT.head, noindex: true }, total: 0, results: [], pageCount: 1, status: "Không tìm thấy bài nào cho “xyzzy”." });
    expect(html).toContain('<meta name="robots" content="noindex, follow">');
    expect(html).toContain('</form><p role="status">Không tìm thấy bài nào cho “xyzzy”.</p></main>');
    expect(html).not.toContain("article-list");
  });

  it("asks for words when there is no query, and lists the pages the query names first", () => {
    const entity = { kind: "person" as const, id: "nguyen-van-a", name: "Nguyễn Văn A", label: "Nhân vật", href: "/nhan-vat/nguyen-van-a" };
    const empty = renderSearchPage({ ...INPUT, query: "", total: 0, results: [] });
    expect(empty).toContain("<p>Nhập từ khóa, có dấu hoặc không dấu (ví dụ: dan van, Đảng bộ).</p></main>");
    expect(empty).not.toContain('role="status"');
    const named = renderSearchPage({ ...INPUT, entities: [entity] });
    expect(named).toContain('</form><section aria-labelledby="trang-rieng" class="entity-hits"><h2 id="trang-rieng">Trang riêng</h2><ul><li>Nhân vật: <a href="/nhan-vat/nguyen-van-a">Nguyễn Văn A</a></li></ul></section><p role="status">');
  });

  it("on the dev server puts the content's problems first, and in place of the results when they are errors", () => {
    const warned = renderSearchPage({ ...INPUT, problems: { blocking: false, lines: ["cảnh báo"] } });
    expect(warned).toContain('<main id="noi-dung" tabindex="-1"><section class="content-problems"');
    expect(warned).toContain("article-list");
    const blocked = renderSearchPage({ ...INPUT, problems: { blocking: true, lines: ["lỗi"] } });
    expect(blocked).toContain("<pre>lỗi</pre></section></main>");
    expect(blocked).not.toContain("article-list");
  });

  it("on the dev server ends with the refresh script the list promises, as the React pages do", () => {
    const html = renderSearchPage({ ...INPUT, problems: { blocking: false, lines: ["cảnh báo"] }, devRefreshScript: "/phat-trien/tai-lai?tu=3" });
    expect(html.endsWith('</footer><script src="/phat-trien/tai-lai?tu=3" async></script></body></html>')).toBe(true);
    expect([...html.matchAll(/<script/g)]).toHaveLength(1);
  });
});
