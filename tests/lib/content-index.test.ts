import { describe, expect, it } from "vitest";
import type { Article, Section } from "../../lib/article";
import { buildIndex } from "../../lib/content-index";
import { makeArticle } from "../support/make-article";

const POLITICS: Section = { name: "Chính trị", slug: "chinh-tri", description: "Tin hoạt động của Đảng, chính quyền." };
const ECONOMY: Section = { name: "Kinh tế", slug: "kinh-te", description: "Tin kinh tế." };
const CULTURE: Section = { name: "Văn hóa", slug: "van-hoa", description: "" };
const SECTIONS = [POLITICS, ECONOMY, CULTURE];

function article(slug: string, changes: Partial<Article> = {}): Article {
  return makeArticle(slug, { section: POLITICS, ...changes });
}

const slugs = (articles: readonly Article[] | undefined) => articles?.map((entry) => entry.slug);

describe("buildIndex", () => {
  it("groups articles by section in the given order, with the section's name and description", () => {
    const newer = article("moi", { section: ECONOMY });
    const middle = article("giua");
    const older = article("cu", { section: ECONOMY });
    const index = buildIndex([newer, middle, older], SECTIONS);
    expect(index.sections.get("kinh-te")).toEqual({ slug: "kinh-te", name: "Kinh tế", description: "Tin kinh tế.", articles: [newer, older] });
    expect(index.sections.get("chinh-tri")).toEqual({
      slug: "chinh-tri",
      name: "Chính trị",
      description: "Tin hoạt động của Đảng, chính quyền.",
      articles: [middle],
    });
  });

  it("gives every declared section a group, even an empty one, in the declared order", () => {
    const index = buildIndex([article("a")], SECTIONS);
    expect([...index.sections.keys()]).toEqual(["chinh-tri", "kinh-te", "van-hoa"]);
    expect(index.sections.get("van-hoa")).toEqual({ slug: "van-hoa", name: "Văn hóa", description: "", articles: [] });
  });

  it("gives every declared section a group when there are no articles at all", () => {
    const index = buildIndex([], SECTIONS);
    expect([...index.sections.values()].map((group) => [group.slug, group.articles.length])).toEqual([
      ["chinh-tri", 0],
      ["kinh-te", 0],
      ["van-hoa", 0],
    ]);
    expect(index.tags.size).toBe(0);
    expect(index.authors.size).toBe(0);
  });

  it("lists an article of an undeclared section in no section group", () => {
    const index = buildIndex([article("a", { section: { name: "Thể thao", slug: "the-thao", description: "" } })], SECTIONS);
    expect(index.sections.has("the-thao")).toBe(false);
    expect([...index.sections.values()].flatMap((group) => group.articles)).toEqual([]);
  });

  it("keys tags by slug, so Hoà, Hòa and an NFD-typed Hòa share one group", () => {
    const nfc = article("nfc", { tags: ["Hòa giải"] });
    const oldStyle = article("kieu-cu", { tags: ["Hoà giải"] });
    const nfd = article("nfd", { tags: ["Hòa giải".normalize("NFD")] });
    const index = buildIndex([nfc, oldStyle, nfd], SECTIONS);
    expect([...index.tags.keys()]).toEqual(["hoa-giai"]);
    expect(slugs(index.tags.get("hoa-giai")?.articles)).toEqual(["nfc", "kieu-cu", "nfd"]);
  });

  it("keys authors by slug, so differently accented spellings share one group", () => {
    const index = buildIndex(
      [article("a", { authors: ["Thanh Hòa"] }), article("b", { authors: ["Thanh Hoà"] }), article("c", { authors: ["THANH HÒA"] })],
      SECTIONS,
    );
    expect([...index.authors.keys()]).toEqual(["thanh-hoa"]);
    expect(slugs(index.authors.get("thanh-hoa")?.articles)).toEqual(["a", "b", "c"]);
  });

  it("names a tag or author group as the newest article spells it", () => {
    const index = buildIndex(
      [article("moi", { tags: ["Hòa giải"], authors: ["Thanh Hòa"] }), article("cu", { tags: ["Hoà giải"], authors: ["Thanh Hoà"] })],
      SECTIONS,
    );
    expect(index.tags.get("hoa-giai")).toMatchObject({ slug: "hoa-giai", name: "Hòa giải", description: "" });
    expect(index.authors.get("thanh-hoa")).toMatchObject({ slug: "thanh-hoa", name: "Thanh Hòa", description: "" });
  });

  it("lists an article once per group even when it repeats a tag or an author", () => {
    const repeated = article("lap", { tags: ["Dân vận", "Kinh tế biển", "dân vận", "Dân Vận"], authors: ["Hồng Nhung", "Hồng Nhung"] });
    const index = buildIndex([repeated, article("khac", { tags: ["Dân vận"] })], SECTIONS);
    expect(slugs(index.tags.get("dan-van")?.articles)).toEqual(["lap", "khac"]);
    expect(slugs(index.tags.get("kinh-te-bien")?.articles)).toEqual(["lap"]);
    expect(slugs(index.authors.get("hong-nhung")?.articles)).toEqual(["lap", "khac"]);
  });

  it("keeps several tags of one article in separate groups, keyed in first-seen order", () => {
    const index = buildIndex([article("a", { tags: ["Dân vận", "Đảng bộ"] }), article("b", { tags: ["Kinh tế biển", "Dân vận"] })], SECTIONS);
    expect([...index.tags.keys()]).toEqual(["dan-van", "dang-bo", "kinh-te-bien"]);
  });

  it("skips a tag whose name has no letters or digits", () => {
    const index = buildIndex([article("a", { tags: ["!!!", "Dân vận"] })], SECTIONS);
    expect([...index.tags.keys()]).toEqual(["dan-van"]);
  });

  it("finds every article by its slug and keeps the given order", () => {
    const first = article("btv-tinh-uy");
    const second = article("kinh-te-bien", { section: ECONOMY });
    const index = buildIndex([first, second], SECTIONS);
    expect(index.bySlug.get("btv-tinh-uy")).toBe(first);
    expect(index.bySlug.get("kinh-te-bien")).toBe(second);
    expect(index.bySlug.get("khong-co")).toBeUndefined();
    expect(index.articles).toEqual([first, second]);
  });
});

describe("buildIndex: the people, bodies, documents and places pages", () => {
  const registers = {
    people: new Map(),
    bodies: new Map(),
    documents: new Map(),
    places: new Map([
      ["xa-cu", { id: "xa-cu", name: "Xã Cũ", type: "xã", to: "2025-06-30", successors: ["xa-moi"], lines: { entry: 1 } }],
      ["xa-moi", { id: "xa-moi", name: "Xã Mới", type: "xã", from: "2025-07-01", successors: [], lines: { entry: 1 } }],
    ]),
  };
  const doc = { kind: "person", id: "nguyen-van-doc", name: "Nguyễn Văn Đọc", written: "Nguyễn Văn Đọc" } as const;
  const index = buildIndex(
    [article("moi", { mentions: [doc], places: ["xa-moi"] }), article("cu", { mentions: [doc], places: ["xa-cu"] }), article("khac")],
    SECTIONS,
    registers,
  );

  it("lists a mentioned person's articles newest first under the person's id", () => {
    expect([index.entities.person.get("nguyen-van-doc")?.name, slugs(index.entities.person.get("nguyen-van-doc")?.articles)]).toEqual(["Nguyễn Văn Đọc", ["moi", "cu"]]);
  });

  it("lists an article tagged with an old unit on the new unit's page too, and not the other way round", () => {
    expect([slugs(index.entities.place.get("xa-moi")?.articles), slugs(index.entities.place.get("xa-cu")?.articles)]).toEqual([["moi", "cu"], ["cu"]]);
  });

  it("has no page for an entity no article names", () => {
    expect([index.entities.body.size, index.entities.document.size]).toEqual([0, 0]);
  });
});
