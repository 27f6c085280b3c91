import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleSlug, contentPathsUnder, originalsDir, resolveOriginal, showPath } from "../../lib/content-paths";

describe("contentPathsUnder", () => {
  it("puts content/ and public/ under the root, with messages relative to it", () => {
    expect(contentPathsUnder("/srv/bao", "content")).toEqual({ contentDir: "/srv/bao/content", publicDir: "/srv/bao/public", displayRoot: "/srv/bao" });
  });

  it("takes a relative content folder under the root and an absolute one as it is", () => {
    expect(contentPathsUnder("/srv/bao", "tests/noi-dung").contentDir).toBe("/srv/bao/tests/noi-dung");
    expect(contentPathsUnder("/srv/bao", "/tmp/noi-dung").contentDir).toBe("/tmp/noi-dung");
  });
});

describe("showPath", () => {
  const paths = { displayRoot: "/srv/bao" };

  it("shows a path under the root relative to it, with forward slashes", () => {
    expect(showPath(paths, path.join("/srv/bao", "content", "articles", "a.md"))).toBe("content/articles/a.md");
  });

  it("shows a path outside the root in full", () => {
    expect(showPath(paths, "/elsewhere/a.txt")).toBe("/elsewhere/a.txt");
  });
});

describe("articleSlug", () => {
  it.each([
    ["content/articles/2017/04/btv-tinh-uy.md", "btv-tinh-uy"],
    ["/srv/bao/content/articles/BTV-Tỉnh-ủy.md", "btv-tinh-uy"],
    ["content/articles/_.md", ""],
  ])("names %j by the slug %j", (file, slug) => {
    expect(articleSlug(file)).toBe(slug);
  });
});

describe("resolveOriginal", () => {
  const paths = { contentDir: "/srv/bao/content" };

  it("keeps photo originals in content/images/", () => {
    expect(originalsDir(paths)).toBe("/srv/bao/content/images");
  });

  it.each([
    ["/images/2017/04/anh.jpg", "/srv/bao/content/images/2017/04/anh.jpg"],
    ["/images/2017/04/%E1%BA%A3nh%201.jpg", "/srv/bao/content/images/2017/04/ảnh 1.jpg"],
    ["/images/2017/../2018/anh.jpg", "/srv/bao/content/images/2018/anh.jpg"],
    ["/images/../articles/bai.md", undefined],
    ["/images/%2E%2E/site.yaml", undefined],
    ["/images/", undefined],
    ["/images/%E0%A4%A", undefined],
    ["/images/a%00.jpg", undefined],
    ["/images/a.jpg?v=2", undefined],
    ["/logo.png", undefined],
    ["images/a.jpg", undefined],
    ["https://baoquangninh.vn/images/a.jpg", undefined],
  ])("resolves %s to %s", (src, file) => {
    expect(resolveOriginal(paths, src)).toBe(file === undefined ? undefined : path.normalize(file));
  });
});
