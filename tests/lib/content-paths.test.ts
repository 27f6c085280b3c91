import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleSlug, contentPathsUnder, showPath } from "../../lib/content-paths";

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
