import { XMLParser, XMLValidator } from "fast-xml-parser";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../../lib/article";
import { FEED_SIZE, formatRfc822, renderAtom, renderRss, type FeedChannel, type FeedEntry } from "../../lib/render-feed";
import type { SiteConfig } from "../../lib/site-config";
import { makeArticle } from "../support/make-article";

const SITE: SiteConfig = {
  name: "Báo Tỉnh",
  baseUrl: "https://baotinh.vn",
  description: "Tin tức tỉnh.",
  timeZone: "Asia/Ho_Chi_Minh",
  publisher: "Báo Tỉnh",
  masthead: {},
};

const CHANNEL: FeedChannel = {
  title: "Báo Tỉnh – Chính trị",
  description: "Tin hoạt động của Đảng, chính quyền.",
  pagePath: "/chuyen-muc/chinh-tri",
  rssPath: "/chuyen-muc/chinh-tri/rss.xml",
  atomPath: "/chuyen-muc/chinh-tri/atom.xml",
};

function summary(slug: string, changes: Partial<ArticleSummary> = {}): ArticleSummary {
  return makeArticle(slug, {
    title: "BTV Tỉnh ủy làm việc với Đoàn khảo sát",
    authors: ["Hồng Nhung", "Minh Đức"],
    tags: ["Dân vận", "Đảng bộ"],
    summary: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
    leadImage: { src: "/images/2017/04/btv-1.svg", alt: "Ảnh 1" },
    ...changes,
  });
}

const BODY =
  '<p class="sapo">Chiều 20/4.</p>\n<figure><img src="/images/a.svg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>\n' +
  '<p>Xem <a href="/bai-viet/khac">bài khác</a>, <a href="https://example.vn/x">nguồn</a> và <img src="//cdn.example.vn/b.svg" alt="">.</p>\n';

const ENTRY: FeedEntry = { article: summary("btv-tinh-uy"), html: BODY, enclosure: { url: "/anh/btv-1-0123456789abcdef-1200.jpg", length: 12345, type: "image/jpeg" } };

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("formatRfc822", () => {
  it.each([
    ["2017-04-20T11:02:00Z", "Thu, 20 Apr 2017 18:02:00 +0700"],
    ["2017-04-20T17:30:00Z", "Fri, 21 Apr 2017 00:30:00 +0700"],
    ["2016-12-31T17:00:00Z", "Sun, 01 Jan 2017 00:00:00 +0700"],
    ["2017-03-12T07:30:05Z", "Sun, 12 Mar 2017 14:30:05 +0700"],
  ])("formats %s as %j in Vietnam, whatever the machine's time zone", (iso, expected) => {
    expect(formatRfc822(new Date(iso), "Asia/Ho_Chi_Minh")).toBe(expected);
  });

  it("uses the offset of the zone it is given", () => {
    expect(formatRfc822(new Date("2017-04-20T11:02:00Z"), "UTC")).toBe("Thu, 20 Apr 2017 11:02:00 +0000");
  });
});

describe("renderRss", () => {
  const xml = renderRss(SITE, CHANNEL, [ENTRY]);

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("dates the channel and the item with the paper's +0700 offset", () => {
    expect(xml).toContain("<lastBuildDate>Thu, 20 Apr 2017 18:02:00 +0700</lastBuildDate>");
    expect(xml).toContain("<pubDate>Thu, 20 Apr 2017 18:02:00 +0700</pubDate>");
  });

  it("dates the channel by the newest article's update but keeps the item's pubDate at publication", () => {
    const updated = renderRss(SITE, CHANNEL, [{ ...ENTRY, article: summary("a", { updated: new Date("2017-04-21T01:15:00Z") }) }]);
    expect(updated).toContain("<lastBuildDate>Fri, 21 Apr 2017 08:15:00 +0700</lastBuildDate>");
    expect(updated).toContain("<pubDate>Thu, 20 Apr 2017 18:02:00 +0700</pubDate>");
  });

  it("links to itself with rel=self and to the page it mirrors", () => {
    expect(xml).toContain('<atom:link href="https://baotinh.vn/chuyen-muc/chinh-tri/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<link>https://baotinh.vn/chuyen-muc/chinh-tri</link>");
    expect(xml).toContain("<language>vi</language>");
  });

  it("carries the full body in content:encoded with site-relative links and images made absolute", () => {
    expect(xml).toContain(
      "<content:encoded><![CDATA[" +
        '<p class="sapo">Chiều 20/4.</p>\n<figure><img src="https://baotinh.vn/images/a.svg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>\n' +
        '<p>Xem <a href="https://baotinh.vn/bai-viet/khac">bài khác</a>, <a href="https://example.vn/x">nguồn</a> và <img src="//cdn.example.vn/b.svg" alt="">.</p>\n' +
        "]]></content:encoded>",
    );
  });

  it("makes a video's poster and source absolute too, so a feed reader can show them", () => {
    const video = '<figure class="media media-video"><video controls preload="none" poster="/images/p.jpg"><source src="/media/v.mp4" type="video/mp4"></video></figure>';
    const feed = renderRss(SITE, CHANNEL, [{ ...ENTRY, html: video }]);
    expect(feed).toContain('<video controls preload="none" poster="https://baotinh.vn/images/p.jpg"><source src="https://baotinh.vn/media/v.mp4" type="video/mp4"></video>');
  });

  it("names the authors with dc:creator and lists the section before the tags as categories", async () => {
    const feed = await new Parser().parseString(xml);
    const item = feed.items[0];
    expect(item?.creator).toBe("Hồng Nhung, Minh Đức");
    expect(item?.categories).toEqual(["Chính trị", "Dân vận", "Đảng bộ"]);
    expect(item?.link).toBe("https://baotinh.vn/bai-viet/btv-tinh-uy");
    expect(item?.guid).toBe("https://baotinh.vn/bai-viet/btv-tinh-uy");
  });

  it("attaches the lead photo's derived file as an enclosure with its absolute URL, length and type", () => {
    expect(xml).toContain('<enclosure length="12345" type="image/jpeg" url="https://baotinh.vn/anh/btv-1-0123456789abcdef-1200.jpg"/>');
  });

  it.each([
    ["no enclosure (no lead photo, or its file could not be made)", { ...ENTRY, enclosure: undefined }],
  ])("has no enclosure when there is %s", (_name, entry) => {
    expect(renderRss(SITE, CHANNEL, [entry])).not.toContain("<enclosure");
  });

  it(`lists at most FEED_SIZE (${FEED_SIZE}) items, the first ones given`, () => {
    const entries = Array.from({ length: FEED_SIZE + 10 }, (_, index) => ({ article: summary(`bai-${index + 1}`), html: "<p>x</p>" }));
    const items: unknown = xmlParser.parse(renderRss(SITE, CHANNEL, entries)).rss.channel.item;
    const links = Array.isArray(items) ? items.map((item: { link: string }) => item.link) : [];
    expect(FEED_SIZE).toBe(50);
    expect(links).toHaveLength(50);
    expect([links[0], links[49]]).toEqual(["https://baotinh.vn/bai-viet/bai-1", "https://baotinh.vn/bai-viet/bai-50"]);
  });

  it("renders an empty channel when there are no articles", () => {
    const empty = renderRss(SITE, CHANNEL, []);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).not.toContain("<item>");
  });

  it.each([
    "Kinh tế & xã hội: <Luật> \"mới\" 'nóng'",
    "Đảng bộ tỉnh Quảng Ninh",
    "a < b && c > d",
  ])("round-trips the title %j exactly through a feed reader", async (title) => {
    const feed = await new Parser().parseString(renderRss(SITE, CHANNEL, [{ ...ENTRY, article: summary("a", { title }) }]));
    expect(feed.items[0]?.title).toBe(title);
  });

  it.each([
    ["a title", { ...ENTRY, article: summary("a", { title: "Tin ]]> một ]]><b>hai" }) }],
    ["a summary", { ...ENTRY, article: summary("a", { summary: "Tin ]]> một ]]><b>hai" }) }],
    ["a body", { ...ENTRY, html: "<p>Tin ]]> một ]]><b>hai</p>" }],
  ])("stays well-formed XML when %s contains ]]> twice", (_name, entry) => {
    expect(XMLValidator.validate(renderRss(SITE, CHANNEL, [entry]))).toBe(true);
    expect(XMLValidator.validate(renderAtom(SITE, CHANNEL, [entry]))).toBe(true);
  });
});

describe("renderAtom", () => {
  const xml = renderAtom(SITE, CHANNEL, [ENTRY]);

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("links to itself with rel=self and to the page it mirrors", () => {
    expect(xml).toContain('<link rel="self" href="https://baotinh.vn/chuyen-muc/chinh-tri/atom.xml"/>');
    expect(xml).toContain('<link rel="alternate" href="https://baotinh.vn/chuyen-muc/chinh-tri"/>');
  });

  it("names each author in its own author element and lists the section before the tags", () => {
    const entry: unknown = xmlParser.parse(xml).feed.entry;
    expect(entry).toMatchObject({
      id: "https://baotinh.vn/bai-viet/btv-tinh-uy",
      author: [{ name: "Hồng Nhung" }, { name: "Minh Đức" }],
      category: [{ "@label": "Chính trị" }, { "@label": "Dân vận" }, { "@label": "Đảng bộ" }],
    });
  });

  it("carries the full body with absolute links and images", () => {
    expect(xml).toContain('<img src="https://baotinh.vn/images/a.svg" alt="Ảnh">');
    expect(xml).toContain('<a href="https://baotinh.vn/bai-viet/khac">');
  });

  it("dates entries as the same instants as the RSS feed", () => {
    expect(xml).toContain("<updated>2017-04-20T11:02:00.000Z</updated>");
    expect(xml).toContain("<published>2017-04-20T11:02:00.000Z</published>");
  });
});

describe("renderRss with several CDATA terminators", () => {
  it.each(["Tin ]]> x", "a ]]> b ]]> c", "]]>]]>]]>", "x]]]>y"])("round-trips the title %j exactly through a feed parser", async (title) => {
    const { default: Parser } = await import("rss-parser");
    const xml = renderRss(SITE, CHANNEL, [{ article: summary("cdata", { title, summary: title }), html: `<p>${title}</p>` }]);
    const feed = await new Parser<object, { encoded?: string }>({ customFields: { item: [["content:encoded", "encoded"]] } }).parseString(xml);
    expect(feed.items[0]?.title).toBe(title);
    expect(feed.items[0]?.content).toBe(title);
    expect(feed.items[0]?.encoded).toBe(`<p>${title}</p>`);
  });
});
