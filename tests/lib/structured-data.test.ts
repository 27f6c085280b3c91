import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import type { SiteConfig } from "../../lib/site-config";
import { breadcrumbJsonLd, entityPageJsonLd, newsArticleJsonLd, publisherJsonLd, serializeJsonLd } from "../../lib/structured-data";
import { makeArticle } from "../support/make-article";

const SITE: SiteConfig = {
  name: "Báo Tỉnh",
  baseUrl: "https://baotinh.vn",
  description: "Tin tức tỉnh.",
  timeZone: "Asia/Ho_Chi_Minh",
  publisher: "Tỉnh ủy Quảng Ninh",
  masthead: {},
};

const ARTICLE: Article = makeArticle("btv-tinh-uy", {
  title: "BTV Tỉnh ủy làm việc với Đoàn khảo sát",
  updated: new Date("2017-04-21T01:15:00Z"),
  authors: ["Hồng Nhung", "Minh Đức"],
  tags: ["Dân vận", "Đảng bộ"],
  summary: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
  leadImage: { src: "/images/2017/04/btv-1.svg", alt: "Ảnh 1" },
  markdown: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
  text: "Chiều 20/4, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.",
  images: [
    { src: "/images/2017/04/btv-1.svg", alt: "Ảnh 1" },
    { src: "/images/2017/04/btv-2.svg", alt: "Ảnh 2", caption: "Chú thích" },
  ],
});

// Each photo's preview file (lib/photo-sources.ts), as app/_data/photos.ts would give it.
const PREVIEWS = new Map([
  ["/images/2017/04/btv-1.svg", "/anh/btv-1-0123456789abcdef-1200.jpg"],
  ["/images/2017/04/btv-2.svg", "/anh/btv-2-fedcba9876543210.svg"],
  ["/images/2017/04/ky-hop.jpg", "/anh/ky-hop-00112233aabbccdd-1200.jpg"],
]);
const preview = (src: string) => PREVIEWS.get(src);
const none = () => undefined;

describe("newsArticleJsonLd", () => {
  it("describes an article as a schema.org NewsArticle, its photos by their preview files", () => {
    expect(newsArticleJsonLd(ARTICLE, SITE, preview)).toEqual({
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
    const data = newsArticleJsonLd({ ...ARTICLE, updated: undefined }, SITE, none);
    expect([data.datePublished, data.dateModified]).toEqual(["2017-04-20T18:02:00+07:00", "2017-04-20T18:02:00+07:00"]);
  });

  it("dates the article in the site's time zone, across midnight", () => {
    const data = newsArticleJsonLd({ ...ARTICLE, published: new Date("2017-04-20T17:30:00Z"), updated: undefined }, SITE, none);
    expect(data.datePublished).toBe("2017-04-21T00:30:00+07:00");
  });

  it("gives an article without photos or tags an empty image list and empty keywords", () => {
    const data = newsArticleJsonLd({ ...ARTICLE, images: [], tags: [], leadImage: undefined }, SITE, none);
    expect([data.image, data.keywords]).toEqual([[], ""]);
  });
});

describe("the publisher in structured data", () => {
  const MASTHEAD = {
    governingBody: "Tỉnh ủy Quảng Ninh",
    address: "Số 1 đường Thử, TP Hạ Long",
    phone: "0203 3835 218",
    email: "toasoan@baotinh.vn",
    publishingPrinciples: "/nguyen-tac-bien-tap",
  };

  it("carries the legal masthead's address, newsroom contact, governing body and editorial principles", () => {
    expect(publisherJsonLd({ ...SITE, masthead: MASTHEAD })).toEqual({
      "@type": "NewsMediaOrganization",
      name: "Tỉnh ủy Quảng Ninh",
      url: "https://baotinh.vn",
      logo: { "@type": "ImageObject", url: "https://baotinh.vn/logo.png", width: 512, height: 512 },
      address: { "@type": "PostalAddress", streetAddress: "Số 1 đường Thử, TP Hạ Long", addressCountry: "VN" },
      contactPoint: { "@type": "ContactPoint", contactType: "newsroom", telephone: "0203 3835 218", email: "toasoan@baotinh.vn" },
      parentOrganization: { "@type": "Organization", name: "Tỉnh ủy Quảng Ninh" },
      publishingPrinciples: "https://baotinh.vn/nguyen-tac-bien-tap",
    });
  });

  it("keeps an absolute editorial-principles address as it is, and a contact with email only", () => {
    const data = publisherJsonLd({ ...SITE, masthead: { email: "toasoan@baotinh.vn", publishingPrinciples: "https://tinhuy.vn/nguyen-tac" } });
    expect([data.contactPoint, data.publishingPrinciples]).toEqual([{ "@type": "ContactPoint", contactType: "newsroom", email: "toasoan@baotinh.vn" }, "https://tinhuy.vn/nguyen-tac"]);
  });

  it("leaves out what the masthead does not give, rather than printing placeholders", () => {
    expect(Object.keys(publisherJsonLd(SITE))).toEqual(["@type", "name", "url", "logo"]);
  });

  it("is the publisher of every NewsArticle", () => {
    expect(newsArticleJsonLd(ARTICLE, { ...SITE, masthead: MASTHEAD }, none).publisher).toEqual(publisherJsonLd({ ...SITE, masthead: MASTHEAD }));
  });
});

describe("VideoObject in NewsArticle", () => {
  const clip = { kind: "video", src: "/media/2017/04/ky-hop.mp4", external: false, poster: "/images/2017/04/ky-hop.jpg", caption: "Quang cảnh.", credit: "Đài PT-TH tỉnh", line: 3 } as const;

  it("describes a self-hosted video with its file, its poster's preview file, caption, credit and the article's date", () => {
    expect(newsArticleJsonLd({ ...ARTICLE, media: [clip] }, SITE, preview).video).toEqual([
      {
        "@type": "VideoObject",
        name: "Quang cảnh.",
        description: "Quang cảnh.",
        thumbnailUrl: "https://baotinh.vn/anh/ky-hop-00112233aabbccdd-1200.jpg",
        uploadDate: "2017-04-20T18:02:00+07:00",
        contentUrl: "https://baotinh.vn/media/2017/04/ky-hop.mp4",
        encodingFormat: "video/mp4",
        creditText: "Đài PT-TH tỉnh",
      },
    ]);
  });

  it("leaves out videos on other sites and audio, and the key itself when nothing is left", () => {
    const data = newsArticleJsonLd({ ...ARTICLE, media: [{ ...clip, src: "https://youtu.be/abc", external: true }, { kind: "audio", src: "/media/a.mp3", external: false, caption: "Bản tin.", line: 9 }] }, SITE, preview);
    expect("video" in data).toBe(false);
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
    const nodes = [newsArticleJsonLd(ARTICLE, SITE, preview), breadcrumbJsonLd(ARTICLE, SITE)];
    expect(JSON.parse(serializeJsonLd(nodes))).toEqual(nodes);
  });

  it("leaves Vietnamese letters as they are", () => {
    expect(serializeJsonLd({ name: "Báo Tỉnh" })).toBe('{"name":"Báo Tỉnh"}');
  });
});

describe("the people, bodies, documents and places in structured data", () => {
  const registers = {
    people: new Map(),
    bodies: new Map(),
    documents: new Map(),
    places: new Map([["ha-long", { id: "ha-long", name: "Hạ Long", type: "thành phố", successors: [], lines: { entry: 1 } }]]),
  };
  const named = makeArticle("btv-tinh-uy", {
    mentions: [
      { kind: "person", id: "nguyen-van-doc", name: "Nguyễn Văn Đọc", written: "Nguyễn Văn Đọc" },
      { kind: "body", id: "tinh-uy-quang-ninh", name: "Tỉnh ủy Quảng Ninh", written: "Tỉnh ủy" },
      { kind: "document", id: "290-qd-tw", name: "Quyết định 290-QĐ/TW", written: "Quyết định số 290-QĐ/TW" },
    ],
    places: ["ha-long", "khong-co"],
  });

  it("names what the body mentions as Person, Organization and Legislation, and its places as Place, each with its page", () => {
    const json = newsArticleJsonLd(named, SITE, none, registers);
    expect({ mentions: json.mentions, contentLocation: json.contentLocation }).toEqual({
      mentions: [
        { "@type": "Person", name: "Nguyễn Văn Đọc", url: "https://baotinh.vn/nhan-vat/nguyen-van-doc" },
        { "@type": "Organization", name: "Tỉnh ủy Quảng Ninh", url: "https://baotinh.vn/co-quan/tinh-uy-quang-ninh" },
        { "@type": "Legislation", name: "Quyết định 290-QĐ/TW", url: "https://baotinh.vn/van-ban/290-qd-tw" },
      ],
      contentLocation: [{ "@type": "Place", name: "thành phố Hạ Long", url: "https://baotinh.vn/dia-danh/ha-long" }],
    });
  });

  it("leaves both out of an article that names nothing", () => {
    const json = newsArticleJsonLd(ARTICLE, SITE, none);
    expect(["mentions" in json, "contentLocation" in json]).toEqual([false, false]);
  });
});

describe("entityPageJsonLd", () => {
  it("describes a person's page as a CollectionPage about that Person, with a breadcrumb home → page", () => {
    expect(entityPageJsonLd("person", "nguyen-van-doc", "Nguyễn Văn Đọc", SITE)).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        name: "Nguyễn Văn Đọc",
        url: "https://baotinh.vn/nhan-vat/nguyen-van-doc",
        inLanguage: "vi",
        about: { "@type": "Person", name: "Nguyễn Văn Đọc", url: "https://baotinh.vn/nhan-vat/nguyen-van-doc" },
      },
      {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: "Báo Tỉnh", item: "https://baotinh.vn/" },
          { "@type": "ListItem", position: 2, name: "Nguyễn Văn Đọc", item: "https://baotinh.vn/nhan-vat/nguyen-van-doc" },
        ],
      },
    ]);
  });

  it.each([
    ["body", "Organization"],
    ["document", "Legislation"],
    ["place", "Place"],
  ] as const)("types a %s's page as about an %s", (kind, type) => {
    expect(entityPageJsonLd(kind, "x", "X", SITE)[0]?.about).toEqual({ "@type": type, name: "X", url: `https://baotinh.vn${kind === "body" ? "/co-quan" : kind === "document" ? "/van-ban" : "/dia-danh"}/x` });
  });
});
