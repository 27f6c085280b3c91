import { afterAll, describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import { storeSearch } from "../../lib/content-store";
import { LONG_QUERIES, type LongQueryName } from "../support/long-queries";
import { makeArticle, POLITICS } from "../support/make-article";
import { openTestStore } from "../support/store-file";

// The same behaviours tests/lib/search-articles.test.ts asserts of the in-memory engine,
// asserted of FTS5 search over a real SQLite store, plus the exact-before-folded ranking.

function article(slug: string, changes: Partial<Article> = {}): Article {
  return makeArticle(slug, { title: "Tin trong ngày", markdown: "", leadFromBody: false, text: "", summary: "Tin vắn.", section: POLITICS, ...changes });
}

const NOW = Date.parse("2024-01-01T00:00:00Z");
const opened: { remove: () => void }[] = [];
afterAll(() => opened.forEach((store) => store.remove()));

function searchOver(articles: readonly Article[]) {
  const test = openTestStore(articles);
  opened.push(test);
  return storeSearch(test.store, NOW);
}

const SEARCH = searchOver([
  article("chi-trong-bai", { title: "Hội nghị tổng kết năm", text: "Công tác dân vận của Đảng bộ tỉnh năm 2016 có nhiều chuyển biến." }),
  article("trong-tieu-de", { title: "Ban Dân vận Tỉnh ủy làm việc với huyện", text: "Nội dung buổi làm việc." }),
  article("gan-the", { title: "Họp báo định kỳ", tags: ["Dân vận"], text: "Nội dung họp báo." }),
  article("kinh-te", { title: "Kinh tế biển tăng trưởng", authors: ["Minh Đức"], text: "Cảng Cái Lân đón tàu." }),
]);

const slugs = (query: string) => SEARCH.search(query).map((hit) => hit.slug);

describe("FTS5 search in the content store", () => {
  it.each(["dan van", "Dân vận", "DAN VAN", "dân vân", "Dân vận".normalize("NFD"), "  dân   vận  "])(
    "finds the articles titled, tagged or written about Dân vận for %j",
    (query) => {
      expect(slugs(query)).toEqual(["trong-tieu-de", "gan-the", "chi-trong-bai"]);
    },
  );

  it("finds Đảng bộ in the body text from the unaccented dang bo", () => {
    expect(slugs("dang bo")).toEqual(["chi-trong-bai"]);
  });

  it("reports the folded query terms each hit matched", () => {
    expect(SEARCH.search("Cái Lân")).toEqual([{ slug: "kinh-te", terms: ["cai", "lan"] }]);
  });

  it("ranks a title match above a body-only match", () => {
    const search = searchOver([
      article("trong-bai", { title: "Tin trong ngày", text: "Hội nghị bàn về kinh tế biển." }),
      article("tieu-de", { title: "Kinh tế biển tăng trưởng", text: "Tin trong ngày." }),
    ]);
    expect(search.search("kinh tế biển").map((hit) => hit.slug)).toEqual(["tieu-de", "trong-bai"]);
  });

  it("finds authors and tags as well as words", () => {
    expect(slugs("Minh Đức")).toEqual(["kinh-te"]);
  });

  it("requires every word of the query (AND), not any", () => {
    expect(slugs("dân vận cảng")).toEqual([]);
    expect(slugs("kinh tế cảng")).toEqual(["kinh-te"]);
  });

  it("matches a word of three letters or more as a prefix", () => {
    expect(slugs("tăng trưở")).toEqual(["kinh-te"]);
  });

  it("does not match a word shorter than three letters as a prefix", () => {
    expect(slugs("ki")).toEqual([]);
  });

  it.each(["", "   ", "\t\n", "(((", "— … —", '"', "dân OR vận NOT", "title_exact:dân", "NEAR(dân vận)"])("treats %j as words, never as FTS5 syntax", (query) => {
    expect(() => SEARCH.search(query)).not.toThrow();
  });

  it.each(["", "   ", "\t\n", "(((", "— … —"])("returns nothing for the empty or wordless query %j", (query) => {
    expect(SEARCH.search(query)).toEqual([]);
  });

  it("returns nothing for a store with no articles", () => {
    expect(searchOver([]).search("dân vận")).toEqual([]);
  });

  it("ignores everything past the query's first 200 characters", () => {
    const hostile = "dân vận ".repeat(25) + "khongcotu ".repeat(1000);
    expect(slugs(hostile)).toEqual(["trong-tieu-de", "gan-the", "chi-trong-bai"]);
  });

  it.each<[LongQueryName, string[]]>([
    ["one long word", []],
    ["many words", ["trong-tieu-de", "gan-the", "chi-trong-bai"]],
    ["brackets and operators", []],
    ["control characters", []],
    ["combining marks", []],
  ])("answers a 10,000-character query of %s without throwing, finding %j", (name, expected) => {
    expect(slugs(LONG_QUERIES[name])).toEqual(expected);
  });
});

describe("exact matches rank above folded ones", () => {
  // Each pair has the same words but for the one the query spells; the folded match is
  // newer, so only the exact tier can put the exact one first.
  const search = searchOver([
    article("dang-lam-viec", { title: "Tỉnh đang làm việc", published: new Date("2023-05-02T00:00:00Z"), text: "Đoàn đang làm việc với huyện." }),
    article("dang-bo-tinh", { title: "Tỉnh Đảng làm việc", published: new Date("2023-05-01T00:00:00Z"), text: "Đoàn Đảng làm việc với huyện." }),
    article("hoa-moi", { title: "Hòa giải ở cơ sở", published: new Date("2023-04-01T00:00:00Z") }),
    article("hoa-cu", { title: "Hoà giải ở cơ sở", published: new Date("2023-04-02T00:00:00Z") }),
    article("hoa-khac", { title: "Hóa giải ở cơ sở", published: new Date("2023-04-03T00:00:00Z") }),
  ]);

  it.each([
    ["Đảng", ["dang-bo-tinh", "dang-lam-viec"]],
    ["đang", ["dang-lam-viec", "dang-bo-tinh"]],
    ["dang", ["dang-lam-viec", "dang-bo-tinh"]],
  ])("ranks the articles for %j as %j", (query, expected) => {
    expect(search.search(query).map((hit) => hit.slug)).toEqual(expected);
  });

  it("treats old and new tone placement (Hoà, Hòa) as the same exact word, above Hóa", () => {
    expect(search.search("Hòa giải").map((hit) => hit.slug)).toEqual(["hoa-cu", "hoa-moi", "hoa-khac"]);
    expect(search.search("Hoà giải").map((hit) => hit.slug)).toEqual(["hoa-cu", "hoa-moi", "hoa-khac"]);
  });

  it("ranks an article with the words as a phrase above one with them apart", () => {
    const phrase = searchOver([
      article("tach-roi", { title: "Kinh tế và giải pháp biển", published: new Date("2023-05-02T00:00:00Z") }),
      article("cum-tu", { title: "Giải pháp kinh tế biển", published: new Date("2023-05-01T00:00:00Z") }),
    ]);
    expect(phrase.search("kinh tế biển").map((hit) => hit.slug)).toEqual(["cum-tu", "tach-roi"]);
  });
});
