import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import { buildSearch, normaliseQuery } from "../../lib/search-articles";
import { LONG_QUERIES, type LongQueryName } from "../support/long-queries";
import { makeArticle, POLITICS } from "../support/make-article";

// Search tests write their own title and text; the defaults must not match anything.
function article(slug: string, changes: Partial<Article> = {}): Article {
  return makeArticle(slug, { title: "Tin trong ngày", markdown: "", leadFromBody: false, text: "", section: POLITICS, ...changes });
}

const SEARCH = buildSearch([
  article("chi-trong-bai", { title: "Hội nghị tổng kết năm", text: "Công tác dân vận của Đảng bộ tỉnh năm 2016 có nhiều chuyển biến." }),
  article("trong-tieu-de", { title: "Ban Dân vận Tỉnh ủy làm việc với huyện", text: "Nội dung buổi làm việc." }),
  article("gan-the", { title: "Họp báo định kỳ", tags: ["Dân vận"], text: "Nội dung họp báo." }),
  article("kinh-te", { title: "Kinh tế biển tăng trưởng", authors: ["Minh Đức"], text: "Cảng Cái Lân đón tàu." }),
]);

const slugs = (query: string) => SEARCH.search(query).map((hit) => hit.slug);

describe("buildSearch", () => {
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
    const search = buildSearch([
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

  it.each(["", "   ", "\t\n", "(((", "— … —"])("returns nothing for the empty or wordless query %j", (query) => {
    expect(SEARCH.search(query)).toEqual([]);
  });

  it("returns nothing for an index with no articles", () => {
    expect(buildSearch([]).search("dân vận")).toEqual([]);
  });

  it("ignores everything past the query's first 200 characters", () => {
    // 25 × "dân vận " is exactly 200 characters; any word of the rest would match nothing.
    const hostile = "dân vận ".repeat(25) + "khongcotu ".repeat(1000);
    expect(slugs(hostile)).toEqual(["trong-tieu-de", "gan-the", "chi-trong-bai"]);
  });

  // How long these take is measured by tests/bench/search-queries.ts, not here.
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

describe("normaliseQuery", () => {
  it.each([
    ["composes NFD into NFC", "Dân vận".normalize("NFD"), "Dân vận"],
    ["collapses runs of spaces, tabs and newlines", "dân \t\n  vận", "dân vận"],
    ["trims both ends", "  dân vận  ", "dân vận"],
    ["turns control and format characters into spaces", "dân\u0000vận\u200bđảng\u0007bộ", "dân vận đảng bộ"],
    ["keeps an ordinary query as it is", "Đảng bộ tỉnh", "Đảng bộ tỉnh"],
    ["gives an empty string for a blank query", " \t\n\u0000 ", ""],
  ])("%s", (_name, query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });

  it("caps the query at 200 characters", () => {
    expect(normaliseQuery("a".repeat(10_000))).toBe("a".repeat(200));
  });

  it("caps after collapsing spaces, so padding does not eat the budget", () => {
    expect(normaliseQuery(`${" ".repeat(5_000)}dân vận`)).toBe("dân vận");
    expect(normaliseQuery(`dân${" ".repeat(5_000)}vận`)).toBe("dân vận");
  });
});
