import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../../lib/article";
import {
  NEWS_WINDOW_MS,
  renderNewsSitemap,
  renderSitemapIndex,
  renderUrlSet,
  SITEMAP_MAX_URLS,
  splitSitemap,
  type SitemapEntry,
} from "../../lib/render-sitemap";
import type { SiteConfig } from "../../lib/site-config";
import { makeArticle } from "../support/make-article";

const SITE: SiteConfig = {
  name: "Báo Tỉnh",
  baseUrl: "https://baotinh.vn",
  description: "Tin tức tỉnh.",
  timeZone: "Asia/Ho_Chi_Minh",
  publisher: "Báo Tỉnh Quảng Ninh",
  masthead: {},
};

const HOUR = 60 * 60 * 1000;
const NOW = new Date("2017-04-22T11:02:00Z");

function summary(slug: string, published: Date, changes: Partial<ArticleSummary> = {}): ArticleSummary {
  return makeArticle(slug, { published, ...changes });
}

describe("renderUrlSet", () => {
  it("renders each URL absolute, with its last change in the site's offset, escaping &", () => {
    const entries: SitemapEntry[] = [
      { path: "/bai-viet/btv-tinh-uy", lastModified: new Date("2017-04-20T17:30:00Z") },
      { path: "/tim-kiem?q=dan&trang=2" },
    ];
    expect(renderUrlSet(SITE, entries)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <url>",
        "    <loc>https://baotinh.vn/bai-viet/btv-tinh-uy</loc>",
        "    <lastmod>2017-04-21T00:30:00+07:00</lastmod>",
        "  </url>",
        "  <url>",
        "    <loc>https://baotinh.vn/tim-kiem?q=dan&amp;trang=2</loc>",
        "  </url>",
        "</urlset>",
      ].join("\n"),
    );
  });

  it("renders an empty urlset as well-formed XML", () => {
    const xml = renderUrlSet(SITE, []);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>');
  });

  it("escapes < and > in a path", () => {
    const xml = renderUrlSet(SITE, [{ path: "/the/<b>" }]);
    expect(xml).toContain("<loc>https://baotinh.vn/the/&lt;b&gt;</loc>");
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});

describe("renderSitemapIndex", () => {
  it("points at each sitemap file by absolute URL, with its last change", () => {
    const parts: SitemapEntry[] = [{ path: "/sitemap/1.xml", lastModified: new Date("2017-04-20T11:02:00Z") }, { path: "/sitemap/2.xml" }];
    expect(renderSitemapIndex(SITE, parts)).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "  <sitemap>",
        "    <loc>https://baotinh.vn/sitemap/1.xml</loc>",
        "    <lastmod>2017-04-20T18:02:00+07:00</lastmod>",
        "  </sitemap>",
        "  <sitemap>",
        "    <loc>https://baotinh.vn/sitemap/2.xml</loc>",
        "  </sitemap>",
        "</sitemapindex>",
      ].join("\n"),
    );
  });
});

describe("splitSitemap", () => {
  it("gives no entries one empty part, so the index still lists a sitemap", () => {
    expect(splitSitemap([])).toEqual([[]]);
  });

  it.each([
    [3, 3, [[1, 2, 3]]],
    [4, 3, [[1, 2, 3], [4]]],
    [6, 3, [[1, 2, 3], [4, 5, 6]]],
    [7, 3, [[1, 2, 3], [4, 5, 6], [7]]],
    [1, 1, [[1]]],
  ])("splits %i entries at %i per part, in order", (count, maxUrls, parts) => {
    const entries = Array.from({ length: count }, (_, index) => index + 1);
    expect(splitSitemap(entries, maxUrls)).toEqual(parts);
  });

  it("caps a real sitemap at 50,000 URLs: 50,001 entries make parts of 50,000 and 1", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    const entries = Array.from({ length: 50_001 }, (_, index) => index);
    const parts = splitSitemap(entries);
    expect(parts.map((part) => part.length)).toEqual([50_000, 1]);
    expect(parts[1]).toEqual([50_000]);
  });

  it("keeps exactly 50,000 entries in one part", () => {
    expect(splitSitemap(Array.from({ length: 50_000 }, (_, index) => index)).map((part) => part.length)).toEqual([50_000]);
  });
});

describe("renderNewsSitemap", () => {
  it("lists an article with its publication, language, ISO date in the site's offset and title", () => {
    const xml = renderNewsSitemap(SITE, [summary("btv-tinh-uy", new Date("2017-04-21T17:30:00Z"), { title: "BTV & HĐND <làm việc>" })], NOW);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
        "  <url>",
        "    <loc>https://baotinh.vn/bai-viet/btv-tinh-uy</loc>",
        "    <news:news>",
        "      <news:publication>",
        "        <news:name>Báo Tỉnh Quảng Ninh</news:name>",
        "        <news:language>vi</news:language>",
        "      </news:publication>",
        "      <news:publication_date>2017-04-22T00:30:00+07:00</news:publication_date>",
        "      <news:title>BTV &amp; HĐND &lt;làm việc&gt;</news:title>",
        "    </news:news>",
        "  </url>",
        "</urlset>",
      ].join("\n"),
    );
  });

  it("includes only articles of the last two days before now, not future or older ones", () => {
    const articles = [
      summary("tuong-lai", new Date(NOW.getTime() + 1)),
      summary("vua-dang", NOW),
      summary("hom-qua", new Date(NOW.getTime() - 24 * HOUR)),
      summary("dung-hai-ngay", new Date(NOW.getTime() - NEWS_WINDOW_MS)),
      summary("qua-hai-ngay", new Date(NOW.getTime() - NEWS_WINDOW_MS - 1)),
      summary("tuan-truoc", new Date(NOW.getTime() - 7 * 24 * HOUR)),
    ];
    const locs = [...renderNewsSitemap(SITE, articles, NOW).matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual([
      "https://baotinh.vn/bai-viet/vua-dang",
      "https://baotinh.vn/bai-viet/hom-qua",
      "https://baotinh.vn/bai-viet/dung-hai-ngay",
    ]);
  });

  it("uses a two-day window", () => {
    expect(NEWS_WINDOW_MS).toBe(48 * HOUR);
  });

  it("lists at most 1,000 articles, as Google News allows", () => {
    const articles = Array.from({ length: 1_001 }, (_, index) => summary(`bai-${index}`, NOW));
    expect(renderNewsSitemap(SITE, articles, NOW).match(/<url>/g)).toHaveLength(1_000);
  });

  it("renders a well-formed empty urlset when nothing is recent", () => {
    const xml = renderNewsSitemap(SITE, [summary("cu", new Date("2017-01-01T00:00:00Z"))], NOW);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<url>");
  });
});
