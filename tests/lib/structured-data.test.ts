import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import type { SiteConfig } from "../../lib/site-config";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "../../lib/structured-data";

const SITE: SiteConfig = {
  name: "Báo Tỉnh",
  baseUrl: "https://baotinh.vn",
  description: "Tin tức tỉnh.",
  timeZone: "Asia/Ho_Chi_Minh",
  publisher: "Tỉnh ủy Quảng Ninh",
};

const ARTICLE: Article = {
  slug: "btv-tinh-uy",
  file: "content/articles/2017/04/btv-tinh-uy.md",
  title: "BTV Tỉnh ủy làm việc với Đoàn khảo sát",
  published: new Date("2017-04-20T11:02:00Z"),
  updated: new Date("2017-04-21T01:15:00Z"),
  authors: ["Hồng Nhung", "Minh Đức"],
  section: { name: "Chính trị", slug: "chinh-tri", description: "" },
  tags: ["Dân vận", "Đảng bộ"],
  summary: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
  draft: false,
  leadImage: { src: "/images/2017/04/btv-1.svg", alt: "Ảnh 1" },
  markdown: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
  leadFromBody: true,
  text: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
  images: [
    { src: "/images/2017/04/btv-1.svg", alt: "Ảnh 1" },
    { src: "/images/2017/04/btv-2.svg", alt: "Ảnh 2", caption: "Chú thích" },
  ],
  corrections: [],
};

describe("newsArticleJsonLd", () => {
  it("describes an article as a schema.org NewsArticle", () => {
    expect(newsArticleJsonLd(ARTICLE, SITE, ["/anh/btv-1-0123456789abcdef-1200.jpg", "/anh/btv-2-fedcba9876543210.svg"])).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "BTV Tỉnh ủy làm việc với Đoàn khảo sát",
      description: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
      datePublished: "2017-04-20T18:02:00+07:00",
      dateModified: "2017-04-21T08:15:00+07:00",
      author: [
        { "@type": "Person", name: "Hồng Nhung", url: "https://baotinh.vn/tac-gia/hong-nhung" },
        { "@type": "Person", name: "Minh Đức", url: "https://baotinh.vn/tac-gia/minh-duc" },
      ],
      publisher: {
        "@type": "NewsMediaOrganization",
        name: "Tỉnh ủy Quảng Ninh",
        url: "https://baotinh.vn",
        logo: { "@type": "ImageObject", url: "https://baotinh.vn/logo.png", width: 512, height: 512 },
      },
      image: ["https://baotinh.vn/anh/btv-1-0123456789abcdef-1200.jpg", "https://baotinh.vn/anh/btv-2-fedcba9876543210.svg"],
      articleSection: "Chính trị",
      keywords: "Dân vận, Đảng bộ",
      inLanguage: "vi",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://baotinh.vn/bai-viet/btv-tinh-uy" },
      url: "https://baotinh.vn/bai-viet/btv-tinh-uy",
    });
  });

  it("uses the publication date as the modification date when the article was never updated", () => {
    const data = newsArticleJsonLd({ ...ARTICLE, updated: undefined }, SITE, []);
    expect([data.datePublished, data.dateModified]).toEqual(["2017-04-20T18:02:00+07:00", "2017-04-20T18:02:00+07:00"]);
  });

  it("dates the article in the site's time zone, across midnight", () => {
    const data = newsArticleJsonLd({ ...ARTICLE, published: new Date("2017-04-20T17:30:00Z"), updated: undefined }, SITE, []);
    expect(data.datePublished).toBe("2017-04-21T00:30:00+07:00");
  });

  it("gives an article without photos or tags an empty image list and empty keywords", () => {
    const data = newsArticleJsonLd({ ...ARTICLE, images: [], tags: [], leadImage: undefined }, SITE, []);
    expect([data.image, data.keywords]).toEqual([[], ""]);
  });
});

describe("breadcrumbJsonLd", () => {
  it("lists home, section and article at positions 1, 2 and 3", () => {
    expect(breadcrumbJsonLd(ARTICLE, SITE)).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Báo Tỉnh", item: "https://baotinh.vn/" },
        { "@type": "ListItem", position: 2, name: "Chính trị", item: "https://baotinh.vn/chuyen-muc/chinh-tri" },
        { "@type": "ListItem", position: 3, name: "BTV Tỉnh ủy làm việc với Đoàn khảo sát", item: "https://baotinh.vn/bai-viet/btv-tinh-uy" },
      ],
    });
  });
});

describe("serializeJsonLd", () => {
  it("writes the JSON with <, >, & and the line separators as \\u escapes", () => {
    expect(serializeJsonLd({ headline: "a<b>c&d\u2028e\u2029f" })).toBe('{"headline":"a\\u003cb\\u003ec\\u0026d\\u2028e\\u2029f"}');
  });

  it.each([
    "</script><script>alert(1)</script>",
    "</SCRIPT >",
    "<!--",
    "<!-- <script>",
    "-->",
    "]]>",
    "&lt;script&gt;",
    "\u2028\u2029",
    'Tin "nóng" \\ mới',
  ])("keeps %j from ending or confusing the script element, and parses back to the same value", (hostile) => {
    const data = { "@context": "https://schema.org", headline: hostile, author: [{ name: hostile }] };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(data);
  });

  it("serialises a list of nodes", () => {
    const nodes = [newsArticleJsonLd(ARTICLE, SITE, []), breadcrumbJsonLd(ARTICLE, SITE)];
    expect(JSON.parse(serializeJsonLd(nodes))).toEqual(nodes);
  });

  it("leaves Vietnamese letters as they are", () => {
    expect(serializeJsonLd({ name: "Báo Tỉnh" })).toBe('{"name":"Báo Tỉnh"}');
  });
});
