import { describe, expect, it } from "vitest";
import { articlesToPrerender, DEFAULT_PRERENDER_ARTICLES, parsePrerenderSetting, photosToPrerender, prerendersListing } from "../../lib/prerender-plan";
import { makeArticle } from "../support/make-article";

const at = (iso: string) => new Date(iso);

describe("parsePrerenderSetting", () => {
  it.each([
    [undefined, DEFAULT_PRERENDER_ARTICLES],
    ["", DEFAULT_PRERENDER_ARTICLES],
    ["  ", DEFAULT_PRERENDER_ARTICLES],
    ["0", 0],
    ["3", 3],
    [" 500 ", 500],
    ["all", Infinity],
    ["ALL", Infinity],
  ])("reads %j as %d", (value, expected) => {
    expect(parsePrerenderSetting(value)).toBe(expected);
  });

  it.each(["-1", "2.5", "1e3", "mười", "0x10", "9999999999"])("refuses %j, naming the setting and what it found", (value) => {
    expect(() => parsePrerenderSetting(value)).toThrow(
      `PRERENDER_ARTICLES: cần một số nguyên không âm (số bài mới nhất được dựng sẵn) hoặc "all", nhận được ${JSON.stringify(value)}`,
    );
  });
});

describe("articlesToPrerender", () => {
  const oldest = makeArticle("cu-nhat", { published: at("2015-01-01T00:00:00Z") });
  const middle = makeArticle("giua", { published: at("2018-06-01T00:00:00Z") });
  const newest = makeArticle("moi-nhat", { published: at("2024-05-01T00:00:00Z") });
  const draft = makeArticle("ban-nhap", { published: at("2025-01-01T00:00:00Z"), draft: true });
  const scheduled = makeArticle("hen-gio", { published: at("2030-01-01T00:00:00Z") });

  it("takes the newest articles whatever order they come in, scheduled ones included, drafts never", () => {
    expect(articlesToPrerender([oldest, draft, newest, scheduled, middle], 3)).toEqual(["hen-gio", "moi-nhat", "giua"]);
  });

  it("prerenders every non-draft article when the limit is all", () => {
    expect(articlesToPrerender([oldest, draft, newest, middle], Infinity)).toEqual(["moi-nhat", "giua", "cu-nhat"]);
  });

  it("prerenders none when the limit is 0", () => {
    expect(articlesToPrerender([oldest, newest], 0)).toEqual([]);
  });

  it("breaks ties on the same minute by slug, so two builds choose the same pages", () => {
    const sameMinute = ["c", "a", "b"].map((slug) => makeArticle(slug, { published: at("2020-01-01T00:00:00Z") }));
    expect(articlesToPrerender(sameMinute, 2)).toEqual(["a", "b"]);
    expect(articlesToPrerender([...sameMinute].reverse(), 2)).toEqual(["a", "b"]);
  });
});

describe("photosToPrerender", () => {
  const ECONOMY = { name: "Kinh tế", slug: "kinh-te", description: "" };
  const photo = (src: string) => ({ src: `/images/${src}.jpg`, alt: src });
  const withPhotos = (slug: string, date: string, sources: string[], changes = {}) => {
    const images = sources.map(photo);
    return makeArticle(slug, { published: at(date), images, leadImage: images[0], ...changes });
  };
  const articles = [
    withPhotos("moi-nhat", "2024-05-03T00:00:00Z", ["moi-1", "moi-2"]),
    withPhotos("kinh-te-moi", "2024-05-02T00:00:00Z", ["kt-1", "kt-2"], { section: ECONOMY }),
    withPhotos("nhap", "2024-05-04T00:00:00Z", ["nhap-1"], { draft: true }),
    withPhotos("cu", "2020-01-01T00:00:00Z", ["cu-1", "cu-2"]),
    withPhotos("cu-hon", "2019-01-01T00:00:00Z", ["cu-hon-1", "cu-hon-2"]),
  ];

  it("takes every photo of the prerendered articles and the lead photo of each section's newest, never a draft's", () => {
    expect(photosToPrerender(articles, 1, 2).sort()).toEqual(["/images/cu-1.jpg", "/images/kt-1.jpg", "/images/moi-1.jpg", "/images/moi-2.jpg"]);
  });

  it("takes every photo of every article with PRERENDER_ARTICLES=all", () => {
    expect(photosToPrerender(articles, Infinity, 1)).toHaveLength(8);
  });

  it("takes the posters of a prerendered article's videos, as photos", () => {
    const clip = { kind: "video", src: "/media/a.mp4", external: false, poster: "/images/poster.jpg", caption: "Clip.", line: 3 } as const;
    const withVideo = withPhotos("co-video", "2024-05-05T00:00:00Z", ["video-1"], { media: [clip, { ...clip, poster: undefined }] });
    expect(photosToPrerender([withVideo, ...articles], 1, 0).sort()).toEqual(["/images/poster.jpg", "/images/video-1.jpg"]);
  });

  it("takes the lead photo of an article the editors chose for the front page, however old", () => {
    expect(photosToPrerender(articles, 0, 0, ["cu-hon", "khong-co"])).toEqual(["/images/cu-hon-1.jpg"]);
  });
});

describe("prerendersListing", () => {
  it.each([
    ["section", "first", 200, true],
    ["section", "rest", 200, false],
    ["tag", "first", 200, false],
    ["tag", "rest", 200, false],
    ["author", "first", 0, false],
    ["section", "first", 0, true],
    ["tag", "first", Infinity, true],
    ["author", "rest", Infinity, true],
  ] as const)("%s pages (%s) with a limit of %d: %s", (kind, pages, limit, expected) => {
    expect(prerendersListing(kind, pages, limit)).toBe(expected);
  });
});
