import { describe, expect, it } from "vitest";
import { absoluteUrl, articlePath, authorPath, litePath, parseArchivePath, searchPath, sectionPath, tagPath } from "../../lib/routes";

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
