import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { describe, expect, inject, it } from "vitest";
import { buildIndex } from "../../lib/content-index";
import { loadContent } from "../../lib/load-content";
import { PAGE_SIZE } from "../../lib/paginate";
import { selectVisible } from "../../lib/publication";
import { absoluteUrl, articlePath, authorPath, ENTITY_KINDS, entityPath, sectionPath, tagPath } from "../../lib/routes";
import { fetchPage } from "../support/http";
import { DRAFT_SLUG, FIXTURE_NOW, HOSTILE_SLUG, PUBLISHED_COUNT, SCHEDULED_SLUG } from "./fixture-site";
import { PAGES, SEED_PATH } from "./pages";

const baseUrl = inject("baseUrl");
const fixtureUrl = inject("fixtureUrl");
const fixtureContent = inject("fixtureContent");
const SITE = "https://baotinh.vn";
const SEED_INSTANT = Date.parse("2017-04-20T11:02:00Z");

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return response.text();
}

function metaContent(html: string, attribute: "name" | "property", key: string): string[] {
  const pattern = new RegExp(`<meta ${attribute}="${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" content="([^"]*)"`, "g");
  return [...html.matchAll(pattern)].map((match) => match[1] ?? "");
}

/** The URLs the fixture site must list: every public article and listing page, nothing else. */
function expectedFixtureUrls(): string[] {
  const { content } = loadContent({ contentDir: fixtureContent, publicDir: path.resolve("public"), displayRoot: process.cwd() });
  if (content === undefined) throw new Error("fixture content did not load");
  const index = buildIndex(selectVisible(content.articles, new Date(FIXTURE_NOW), false), content.sections, content.registers);
  const urls = ["/", ...index.articles.map((article) => articlePath(article.slug))];
  for (const [groups, toPath] of [
    [index.sections, sectionPath],
    [index.tags, tagPath],
    [index.authors, authorPath],
    ...ENTITY_KINDS.map((kind) => [index.entities[kind], (slug: string, page: number) => entityPath(kind, slug, page)] as const),
  ] as const) {
    for (const group of groups.values()) {
      const pages = Math.max(1, Math.ceil(group.articles.length / PAGE_SIZE));
      for (let page = 1; page <= pages; page++) urls.push(toPath(group.slug, page));
    }
  }
  return urls.map((url) => absoluteUrl(SITE, url)).sort();
}

describe("metadata on every page", () => {
  it.each(PAGES)("$name has a title, a description, feed links and Open Graph tags", async (page) => {
    const { html } = await fetchPage(`${baseUrl}${page.path}`);
    expect(html).toMatch(/<title>[^<]*Báo Tỉnh<\/title>/);
    expect(metaContent(html, "name", "description")[0]?.length).toBeGreaterThan(10);
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" href="https://baotinh.vn/rss.xml"');
    expect(metaContent(html, "property", "og:locale")).toEqual(["vi_VN"]);
    expect(metaContent(html, "property", "og:site_name")).toEqual(["Báo Tỉnh"]);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg/);
  });

  it("gives the article an absolute canonical URL, og:type article and times in +07:00", async () => {
    const { html } = await fetchPage(`${baseUrl}${SEED_PATH}`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}${SEED_PATH}"/>`);
    expect(html).toMatch(/<title>BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương · Báo Tỉnh<\/title>/);
    expect(metaContent(html, "property", "og:type")).toEqual(["article"]);
    expect(metaContent(html, "property", "article:published_time")).toEqual(["2017-04-20T18:02:00+07:00"]);
    expect(metaContent(html, "property", "article:modified_time")).toEqual(["2017-04-20T18:02:00+07:00"]);
    expect(metaContent(html, "property", "article:section")).toEqual(["Chính trị"]);
    expect(metaContent(html, "property", "article:tag")).toEqual(["Dân vận", "Quảng Ninh", "Hệ thống chính trị"]);
    expect(metaContent(html, "name", "twitter:card")).toHaveLength(1);
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" href="https://baotinh.vn/chuyen-muc/chinh-tri/rss.xml"');
  });

  it("gives each page of a listing its own canonical URL", async () => {
    const first = await fetchPage(`${fixtureUrl}/chuyen-muc/chinh-tri`);
    const second = await fetchPage(`${fixtureUrl}/chuyen-muc/chinh-tri/trang/2`);
    expect(first.html).toContain(`<link rel="canonical" href="${SITE}/chuyen-muc/chinh-tri"/>`);
    expect(second.html).toContain(`<link rel="canonical" href="${SITE}/chuyen-muc/chinh-tri/trang/2"/>`);
  });

  it("marks an empty search noindex and a search with results indexable", async () => {
    const empty = await fetchPage(`${baseUrl}/tim-kiem?q=khongcotukhoanay`);
    const found = await fetchPage(`${baseUrl}/tim-kiem?q=dan+van`);
    expect(metaContent(empty.html, "name", "robots")).toEqual(["noindex, follow"]);
    expect(metaContent(found.html, "name", "robots")).toEqual([]);
  });
});

describe("NewsArticle structured data", () => {
  it("carries the fields Google News reads, with the right types", async () => {
    const { html } = await fetchPage(`${baseUrl}${SEED_PATH}`);
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => match[1] ?? "");
    expect(scripts).toHaveLength(1);
    const [article, breadcrumbs] = JSON.parse(scripts[0] ?? "[]");
    expect(article).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương",
      datePublished: "2017-04-20T18:02:00+07:00",
      dateModified: "2017-04-20T18:02:00+07:00",
      author: [{ "@type": "Person", name: "Hồng Nhung" }],
      publisher: { "@type": "NewsMediaOrganization", name: "Báo Tỉnh", logo: { "@type": "ImageObject", url: `${SITE}/logo.png` } },
      articleSection: "Chính trị",
      keywords: "Dân vận, Quảng Ninh, Hệ thống chính trị",
      inLanguage: "vi",
      mainEntityOfPage: { "@type": "WebPage", "@id": `${SITE}${SEED_PATH}` },
    });
    expect(typeof article.description).toBe("string");
    // The seed's three drawings, as their content-hashed copies (photos would be their 1200-wide JPEGs).
    expect(article.image).toHaveLength(3);
    expect(article.image[0]).toMatch(/^https:\/\/baotinh\.vn\/anh\/btv-tinh-uy-lam-viec-1-[0-9a-f]{16}\.svg$/);
    expect(Date.parse(article.datePublished)).toBe(SEED_INSTANT);
    expect(breadcrumbs["@type"]).toBe("BreadcrumbList");
    expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      "Báo Tỉnh",
      "Chính trị",
      "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương",
    ]);
  });

  it("keeps a title with </script> inside the JSON, escaped", async () => {
    const { html } = await fetchPage(`${fixtureUrl}/bai-viet/${HOSTILE_SLUG}`);
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? "";
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)[0].headline).toBe("Tiêu đề </script><script>alert(1)</script> & <b>đậm</b>");
  });
});

describe("feeds", () => {
  const parser = new Parser({ customFields: { item: [["content:encoded", "contentEncoded"], ["dc:creator", "creator"]] } });

  it.each(["/rss.xml", "/chuyen-muc/chinh-tri/rss.xml", "/atom.xml"])("%s is well-formed XML that a feed parser reads", async (feedPath) => {
    const xml = await text(`${baseUrl}${feedPath}`);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item?.title).toBe("BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương");
    expect(item?.link).toBe(`${SITE}${SEED_PATH}`);
    // The date round-trips to the article's instant.
    expect(Date.parse(item?.isoDate ?? "")).toBe(SEED_INSTANT);
  });

  it("writes RSS dates in RFC 822 with +0700, a self link, the sapo, the full body, author, categories and enclosure", async () => {
    const xml = await text(`${baseUrl}/rss.xml`);
    expect(xml).toContain("<pubDate>Thu, 20 Apr 2017 18:02:00 +0700</pubDate>");
    expect(xml).toContain(`<atom:link href="${SITE}/rss.xml" rel="self" type="application/rss+xml"/>`);
    const feed = await parser.parseString(xml);
    const item = feed.items[0] as Parser.Item & { contentEncoded?: string; creator?: string };
    expect(item.contentSnippet?.startsWith("Chiều 20/4, tại TP Hạ Long")).toBe(true);
    expect(item.contentEncoded).toContain(`<figcaption>Đồng chí Ngô Thị Doãn Thanh, Phó Trưởng Ban Dân vận Trung ương phát biểu tại buổi làm việc.</figcaption>`);
    expect(item.contentEncoded).toMatch(/src="https:\/\/baotinh\.vn\/anh\/btv-tinh-uy-lam-viec-1-[0-9a-f]{16}\.svg"/);
    expect(item.creator).toBe("Hồng Nhung");
    expect(item.categories).toEqual(["Chính trị", "Dân vận", "Quảng Ninh", "Hệ thống chính trị"]);
    expect(xml).toMatch(/<enclosure length="611" type="image\/svg\+xml" url="https:\/\/baotinh\.vn\/anh\/btv-tinh-uy-lam-viec-1-[0-9a-f]{16}\.svg"\/>/);
  });

  it("leaves drafts and scheduled articles out, and escapes hostile titles", async () => {
    const xml = await text(`${fixtureUrl}/rss.xml`);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await parser.parseString(xml);
    const links = feed.items.map((item) => item.link);
    expect(links).not.toContain(`${SITE}/bai-viet/${DRAFT_SLUG}`);
    expect(links).not.toContain(`${SITE}/bai-viet/${SCHEDULED_SLUG}`);
    expect(feed.items.find((item) => item.link === `${SITE}/bai-viet/${HOSTILE_SLUG}`)?.title).toBe(
      "Tiêu đề </script><script>alert(1)</script> & <b>đậm</b>",
    );
    expect(feed.items.length).toBe(PUBLISHED_COUNT);
  });
});

describe("sitemaps and robots.txt", () => {
  const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" });

  it("lists exactly the public pages of the fixture site, with lastmod", async () => {
    const body = await text(`${fixtureUrl}/sitemap.xml`);
    expect(XMLValidator.validate(body)).toBe(true);
    const parsed = xml.parse(body);
    expect(parsed.urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const urls: { loc: string; lastmod?: string }[] = parsed.urlset.url;
    expect(urls.map((url) => url.loc).sort()).toEqual(expectedFixtureUrls());
    // Every article has a lastmod; an empty section has no date to give.
    const articles = urls.filter((url) => url.loc.includes("/bai-viet/"));
    expect(articles.length).toBe(PUBLISHED_COUNT);
    expect(articles.every((url) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(url.lastmod ?? ""))).toBe(true);
    expect(urls.filter((url) => url.lastmod === undefined).map((url) => url.loc)).toEqual([`${SITE}/chuyen-muc/kinh-te`]);
  });

  it("has a Google News sitemap with the last two days' articles only", async () => {
    const body = await text(`${fixtureUrl}/sitemap-news.xml`);
    expect(XMLValidator.validate(body)).toBe(true);
    const parsed = xml.parse(body);
    expect(parsed.urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(parsed.urlset.url).toEqual([
      {
        loc: `${SITE}/bai-viet/${HOSTILE_SLUG}`,
        "news:news": {
          "news:publication": { "news:name": "Báo Tỉnh", "news:language": "vi" },
          "news:publication_date": "2024-05-09T10:00:00+07:00",
          "news:title": "Tiêu đề </script><script>alert(1)</script> & <b>đậm</b>",
        },
      },
    ]);
  });

  it("names both sitemaps in robots.txt", async () => {
    const body = await text(`${baseUrl}/robots.txt`);
    expect(body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(body).toContain(`Sitemap: ${SITE}/sitemap-news.xml`);
  });
});

describe("HTTP caching", () => {
  it.each([SEED_PATH, "/", "/chuyen-muc/chinh-tri", "/rss.xml", "/sitemap.xml"])("lets a CDN cache %s and revalidate it", async (pagePath) => {
    const response = await fetch(`${baseUrl}${pagePath}`);
    expect(response.headers.get("cache-control")).toMatch(/s-maxage=\d+, stale-while-revalidate/);
  });

  it("serves hashed static assets as immutable", async () => {
    const { html } = await fetchPage(`${baseUrl}${SEED_PATH}`);
    // The stylesheet is inlined (README, Performance: first paint); the scripts are still files.
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeDefined();
    const response = await fetch(`${baseUrl}${asset}`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});
