import { describe, expect, it } from "vitest";
import type { ArticleCard } from "../../lib/present-article";
import { renderCardItems, renderHighlighted, renderPagination, renderPaginationInner, renderPicture } from "../../lib/render-cards";

const CARD: ArticleCard = {
  href: "/bai-viet/hoi-nghi",
  title: "Hội nghị dân vận",
  summary: "Sáng 20/4, Ban Dân vận họp.",
  published: { text: "Thứ Năm, 20/04/2017, 18:02 [GMT+7]", iso: "2017-04-20T18:02:00+07:00" },
  section: { label: "Chính trị", href: "/chuyen-muc/chinh-tri" },
};

const PICTURE = {
  sources: [{ type: "image/webp", srcSet: "/anh/a-320.webp 320w, /anh/a-640.webp 640w", sizes: "(min-width: 40rem) 12rem, calc(100vw - 2rem)" }],
  src: "/anh/a-640.jpg",
  srcSet: "/anh/a-320.jpg 320w, /anh/a-640.jpg 640w",
  sizes: "(min-width: 40rem) 12rem, calc(100vw - 2rem)",
  width: 640,
  height: 427,
};

describe("renderCardItems", () => {
  it("prints each card's linked title, section, time and sapo in order", () => {
    const html = renderCardItems([CARD, { ...CARD, href: "/bai-viet/b", title: "Bài hai" }], { headingLevel: 2 });
    expect(html).toBe(
      '<li class="card"><div class="card-text"><h2 class="card-title"><a href="/bai-viet/hoi-nghi">Hội nghị dân vận</a></h2>' +
        '<p class="card-meta"><a href="/chuyen-muc/chinh-tri">Chính trị</a> · <time datetime="2017-04-20T18:02:00+07:00">Thứ Năm, 20/04/2017, 18:02 [GMT+7]</time></p>' +
        '<p class="card-summary">Sáng 20/4, Ban Dân vận họp.</p></div></li>' +
        '<li class="card"><div class="card-text"><h2 class="card-title"><a href="/bai-viet/b">Bài hai</a></h2>' +
        '<p class="card-meta"><a href="/chuyen-muc/chinh-tri">Chính trị</a> · <time datetime="2017-04-20T18:02:00+07:00">Thứ Năm, 20/04/2017, 18:02 [GMT+7]</time></p>' +
        '<p class="card-summary">Sáng 20/4, Ban Dân vận họp.</p></div></li>',
    );
  });

  it("escapes every value an editor wrote", () => {
    const html = renderCardItems([{ ...CARD, title: '<script>alert(1)</script>', summary: '"><img src=x onerror=alert(1)>', note: "<b>", status: "Bản nháp & <i>" }], { headingLevel: 3 });
    expect(html).not.toContain("<script>");
    expect(html).not.toMatch(/<img[^>]+onerror/);
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(html).toContain('<p class="card-note">&#60;b&#62;</p>');
    expect(html).toContain('<strong class="status"> · Bản nháp &#38; &#60;i&#62;</strong>');
    expect(html).toContain('<h3 class="card-title">');
  });

  it("puts the lead photo first, lazily loaded in the card's box", () => {
    const html = renderCardItems([{ ...CARD, thumbnail: PICTURE }], { headingLevel: 2 });
    expect(html).toContain(
      '<li class="card"><picture class="card-picture"><source type="image/webp" srcset="/anh/a-320.webp 320w, /anh/a-640.webp 640w" sizes="(min-width: 40rem) 12rem, calc(100vw - 2rem)">' +
        '<img class="card-thumb" src="/anh/a-640.jpg" srcset="/anh/a-320.jpg 320w, /anh/a-640.jpg 640w" sizes="(min-width: 40rem) 12rem, calc(100vw - 2rem)" alt="" width="240" height="160" loading="lazy" decoding="async"></picture><div class="card-text">',
    );
  });

  it("takes marked title and sapo HTML in place of the plain text", () => {
    const html = renderCardItems([CARD], { headingLevel: 2, marked: () => ({ title: "Hội nghị <mark>dân</mark>", summary: "<mark>Sáng</mark>" }) });
    expect(html).toContain('<a href="/bai-viet/hoi-nghi">Hội nghị <mark>dân</mark></a>');
    expect(html).toContain('<p class="card-summary"><mark>Sáng</mark></p>');
  });
});

describe("renderPicture", () => {
  it("fetches a photo above the fold at once, with priority", () => {
    const html = renderPicture(PICTURE, { pictureClass: "lead-picture", imgClass: "lead-thumb", width: 960, height: 640, eager: true });
    expect(html).toMatch(/^<picture class="lead-picture"><source [^>]+><img class="lead-thumb" [^>]+ width="960" height="640" fetchpriority="high" decoding="async"><\/picture>$/);
    expect(html).not.toContain("loading=");
  });

  it("prints a single JPEG without srcset or sources", () => {
    expect(renderPicture({ sources: [], src: "/anh/a.jpg", width: 10, height: 10 }, { pictureClass: "p", imgClass: "i", width: 240, height: 160 })).toBe(
      '<picture class="p"><img class="i" src="/anh/a.jpg" alt="" width="240" height="160" loading="lazy" decoding="async"></picture>',
    );
  });
});

describe("renderHighlighted", () => {
  it("marks the matched runs and escapes all of them", () => {
    expect(renderHighlighted([{ text: "Ban ", match: false }, { text: "Dân<", match: true }, { text: " & vận", match: false }])).toBe("Ban <mark>Dân&#60;</mark> &#38; vận");
  });
});

describe("renderPagination", () => {
  const href = (page: number) => `/tim-kiem?q=a&trang=${page}`;

  it("prints nothing for a single page", () => {
    expect(renderPaginationInner(1, 1, href)).toBe("");
    expect(renderPagination(1, 1, href)).toBe("");
  });

  it("links the next page from the first, both from a middle one and the previous from the last", () => {
    expect(renderPagination(1, 3, href)).toBe('<nav class="pagination" aria-label="Phân trang"><span>Trang 1/3</span><a href="/tim-kiem?q=a&#38;trang=2" rel="next">Trang sau ›</a></nav>');
    expect(renderPaginationInner(2, 3, href)).toBe('<a href="/tim-kiem?q=a&#38;trang=1" rel="prev">‹ Trang trước</a><span>Trang 2/3</span><a href="/tim-kiem?q=a&#38;trang=3" rel="next">Trang sau ›</a>');
    expect(renderPaginationInner(3, 3, href)).toBe('<a href="/tim-kiem?q=a&#38;trang=2" rel="prev">‹ Trang trước</a><span>Trang 3/3</span>');
  });
});
