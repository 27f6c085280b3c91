import { readFileSync } from "node:fs";
import { imageSize } from "image-size";
import { describe, expect, it } from "vitest";
import {
  DEV_REFRESH_EVENTS_PATH,
  DEV_REFRESH_SCRIPT_PATH,
  devRefreshScriptUrl,
  parsePreviewPath,
  previewLinkPath,
  previewPagePath,
  absoluteUrl,
  articlePath,
  authorPath,
  authorPathOf,
  canonicalSlugPath,
  feedPath,
  LISTING_KIND_NAMES,
  LISTING_KINDS,
  listingPath,
  litePath,
  LOGO,
  parseArchivePath,
  parseSitemapPart,
  photoPath,
  proxyMatcher,
  searchPath,
  sectionPath,
  sitemapPartFileName,
  sitemapPartPath,
  tagPath,
  tagPathOf,
} from "../../lib/routes";

describe("routes", () => {
  it("puts an article under /bai-viet/ by its slug", () => {
    expect(articlePath("btv-tinh-uy")).toBe("/bai-viet/btv-tinh-uy");
  });

  it("puts an article's lite version under /lite/bai-viet/", () => {
    expect(litePath("btv-tinh-uy")).toBe("/lite/bai-viet/btv-tinh-uy");
  });

  it.each([
    ["a section", sectionPath, "/chuyen-muc/chinh-tri"],
    ["a tag", tagPath, "/the/chinh-tri"],
    ["an author", authorPath, "/tac-gia/chinh-tri"],
  ])("gives page 1 of %s's listing no page suffix, and later pages /trang/N", (_name, route, base) => {
    expect(route("chinh-tri")).toBe(base);
    expect(route("chinh-tri", 1)).toBe(base);
    expect(route("chinh-tri", 0)).toBe(base);
    expect(route("chinh-tri", 2)).toBe(`${base}/trang/2`);
    expect(route("chinh-tri", 12)).toBe(`${base}/trang/12`);
  });

  it("encodes a search query and adds the page only after page 1", () => {
    expect(searchPath("Đảng bộ")).toBe("/tim-kiem?q=%C4%90%E1%BA%A3ng+b%E1%BB%99");
    expect(searchPath("dân vận", 3)).toBe("/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn&trang=3");
    expect(searchPath("a&b=c")).toBe("/tim-kiem?q=a%26b%3Dc");
  });

  it.each([
    ["https://baotinh.vn", "/bai-viet/a", "https://baotinh.vn/bai-viet/a"],
    ["https://baotinh.vn/", "/bai-viet/a", "https://baotinh.vn/bai-viet/a"],
    ["https://baotinh.vn//", "bai-viet/a", "https://baotinh.vn/bai-viet/a"],
    ["https://baotinh.vn", "/", "https://baotinh.vn/"],
  ])("joins %j and %j into one absolute URL", (baseUrl, path, url) => {
    expect(absoluteUrl(baseUrl, path)).toBe(url);
  });
});

describe("preview and dev-server paths", () => {
  it("puts the token of a preview link in the query of /xem-truoc, and the preview page under it", () => {
    expect(previewLinkPath("ky-hop.1492945200.abc_-")).toBe("/xem-truoc?ma=ky-hop.1492945200.abc_-");
    expect(previewPagePath("ky-hop")).toBe("/xem-truoc/ky-hop");
  });

  it.each([
    ["/xem-truoc/ky-hop", "ky-hop"],
    ["/xem-truoc", undefined],
    ["/xem-truoc/", undefined],
    ["/xem-truoc/ky-hop/them", undefined],
    ["/bai-viet/ky-hop", undefined],
  ])("reads the preview page's slug from %s", (path, slug) => {
    expect(parsePreviewPath(path)).toBe(slug);
  });

  it("keeps the preview and the dev server's refresh out of the archive's paths", () => {
    for (const path of [previewPagePath("ky-hop"), DEV_REFRESH_EVENTS_PATH, DEV_REFRESH_SCRIPT_PATH]) expect(parseArchivePath(path)).toBeUndefined();
  });
});

describe("parseArchivePath", () => {
  it.each([
    ["/bai-viet/btv-tinh-uy", { kind: "article", slug: "btv-tinh-uy" }],
    ["/chuyen-muc/chinh-tri/trang/2", { kind: "section", slug: "chinh-tri", page: "2" }],
    ["/the/dan-van/trang/abc", { kind: "tag", slug: "dan-van", page: "abc" }],
    ["/tac-gia/hong-nhung/trang/10", { kind: "author", slug: "hong-nhung", page: "10" }],
    ["/the/dan-van", { kind: "tag", slug: "dan-van" }],
    ["/tac-gia/hong-nhung", { kind: "author", slug: "hong-nhung" }],
    ["/bai-viet/..%2F..%2Fetc%2Fpasswd", { kind: "article", slug: "../../etc/passwd" }],
    ["/the/d%C3%A2n-v%E1%BA%ADn/trang/%32", { kind: "tag", slug: "dân-vận", page: "2" }],
    ["/bai-viet/%E0%A4%A", { kind: "article", slug: "%E0%A4%A" }],
  ])("recognises %s", (pathname, expected) => {
    expect(parseArchivePath(pathname)).toEqual(expected);
  });

  it.each(["/", "/bai-viet", "/bai-viet/", "/bai-viet/a/b", "/chuyen-muc/chinh-tri", "/the/dan-van/trang", "/the/dan-van/trang/2/3", "/khac/x/trang/2", "/lite/bai-viet/a", "/tim-kiem"])(
    "leaves %s alone",
    (pathname) => {
      expect(parseArchivePath(pathname)).toBeUndefined();
    },
  );
});

describe("listingPath and the name helpers", () => {
  it.each([
    ["section", "chinh-tri", 1, "/chuyen-muc/chinh-tri"],
    ["tag", "dan-van", 3, "/the/dan-van/trang/3"],
    ["author", "hong-nhung", 2, "/tac-gia/hong-nhung/trang/2"],
  ] as const)("puts page %# of a %s listing at its URL", (kind, slug, page, url) => {
    expect(listingPath(kind, slug, page)).toBe(url);
  });

  it("links a tag and an author from the name an editor wrote, whatever its Unicode form", () => {
    expect(tagPathOf("Dân vận")).toBe("/the/dan-van");
    expect(tagPathOf("Hoà giải".normalize("NFD"))).toBe("/the/hoa-giai");
    expect(authorPathOf("Hồng Nhung")).toBe("/tac-gia/hong-nhung");
  });
});

describe("feedPath and sitemap parts", () => {
  it.each([
    ["rss", undefined, "/rss.xml"],
    ["atom", undefined, "/atom.xml"],
    ["rss", "chinh-tri", "/chuyen-muc/chinh-tri/rss.xml"],
    ["atom", "chinh-tri", "/chuyen-muc/chinh-tri/atom.xml"],
  ] as const)("puts the %s feed of %j at %s", (format, section, url) => {
    expect(feedPath(format, section)).toBe(url);
  });

  it("names sitemap parts by number and reads the number back", () => {
    expect(sitemapPartPath(3)).toBe("/sitemaps/3.xml");
    expect(parseSitemapPart(sitemapPartFileName(12))).toBe(12);
  });

  it.each(["0.xml", "01.xml", "3.txt", "3", "123456.xml", "-1.xml"])("reads no part number from %j", (name) => {
    expect(parseSitemapPart(name)).toBeUndefined();
  });
});

describe("canonicalSlugPath", () => {
  it.each([
    ["/the/Dân vận", "/the/dan-van"],
    ["/tac-gia/Hồng Nhung", "/tac-gia/hong-nhung"],
    ["/chuyen-muc/Chính trị", "/chuyen-muc/chinh-tri"],
    ["/bai-viet/BTV-Tinh-Uy", "/bai-viet/btv-tinh-uy"],
  ])("sends %j to %j", (typed, canonical) => {
    expect(canonicalSlugPath(typed)).toBe(canonical);
  });

  it.each(["/the/dan-van", "/the/!!!", "/the/Dân vận/trang/2", "/lite/bai-viet/A", "/khac/Dân vận", "/the/", "/"])("leaves %j alone", (path) => {
    expect(canonicalSlugPath(path)).toBeUndefined();
  });
});

describe("the table of listing kinds", () => {
  it("is what proxy.ts's literal config.matcher says", () => {
    const source = readFileSync(new URL("../../proxy.ts", import.meta.url), "utf8");
    const literal = /matcher:\s*(\[[^\]]*\])/.exec(source)?.[1] ?? "missing";
    expect(JSON.parse(literal)).toEqual(proxyMatcher());
  });

  it("gives every kind its own first URL segment", () => {
    const segments = LISTING_KIND_NAMES.map((kind) => LISTING_KINDS[kind].segment);
    expect(new Set(segments).size).toBe(segments.length);
    expect(Object.keys(LISTING_KINDS)).toEqual([...LISTING_KIND_NAMES]);
  });

  it("sends every archive URL the table makes through the proxy, and only those", () => {
    const archive = LISTING_KIND_NAMES.flatMap((kind) => [listingPath(kind, "x", 1), listingPath(kind, "x", 2)]).filter((path) => parseArchivePath(path) !== undefined);
    expect(archive).toEqual([
      "/chuyen-muc/x/trang/2",
      "/the/x",
      "/the/x/trang/2",
      "/tac-gia/x",
      "/tac-gia/x/trang/2",
      "/nhan-vat/x",
      "/nhan-vat/x/trang/2",
      "/co-quan/x",
      "/co-quan/x/trang/2",
      "/van-ban/x",
      "/van-ban/x/trang/2",
      "/dia-danh/x",
      "/dia-danh/x/trang/2",
    ]);
  });
});

describe("photoPath", () => {
  it("serves derived photo files under /anh/, by name", () => {
    expect(photoPath("hoi-nghi-0123456789abcdef-640.webp")).toBe("/anh/hoi-nghi-0123456789abcdef-640.webp");
  });
});

describe("LOGO", () => {
  it("is the file public/ serves, at the size it claims", () => {
    const bytes = readFileSync(new URL(`../../public${LOGO.path}`, import.meta.url));
    const size = imageSize(bytes);
    expect({ width: size.width, height: size.height, type: `image/${size.type ?? ""}` }).toEqual({ width: LOGO.width, height: LOGO.height, type: LOGO.type });
  });
});

describe("devRefreshScriptUrl", () => {
  it("names the content version the page shows", () => {
    expect(devRefreshScriptUrl(7)).toBe("/phat-trien/tai-lai?tu=7");
  });
});
