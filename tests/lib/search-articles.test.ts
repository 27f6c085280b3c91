import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import { planSearchQuery } from "../../lib/plan-search-query";
import { buildSearch, MAX_COMPLETIONS, MAX_EXAMINED, MAX_RANKED, type ArticleSearch } from "../../lib/search-articles";
import { LONG_QUERIES, LONG_QUERY_FINDS } from "../support/long-queries";
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

const find = (search: ArticleSearch, query: string, hidden?: ReadonlySet<string>) => search.search(planSearchQuery(query), hidden);
const slugs = (query: string, search = SEARCH) => find(search, query).hits.map((hit) => hit.slug);

/** Articles numbered from 0, newest first, each with the given text. */
function many(count: number, text: (n: number) => string): Article[] {
  return Array.from({ length: count }, (_, n) => article(`bai-${n}`, { text: text(n) }));
}

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

  it("finds Đảng bộ from dang b, a last word the reader has not finished", () => {
    expect(slugs("dang b")).toEqual(["chi-trong-bai"]);
  });

  it("keeps a short last word that matches: kinh te finds only the article with both", () => {
    const search = buildSearch([article("kinh-te", { text: "Kinh tế biển." }), article("kinh-doanh", { text: "Kinh doanh nhỏ." })]);
    expect(slugs("kinh te", search)).toEqual(["kinh-te"]);
  });

  it("reports the folded query terms each hit matched", () => {
    expect(find(SEARCH, "Cái Lân")).toEqual({ hits: [{ slug: "kinh-te", terms: ["cai", "lan"] }], total: 1, complete: true });
  });

  it("reports the words a prefix matched, for highlighting", () => {
    expect(find(SEARCH, "tăng trưở").hits).toEqual([{ slug: "kinh-te", terms: ["tang", "truong"] }]);
  });

  it("ranks a title match above a body-only match", () => {
    const search = buildSearch([
      article("trong-bai", { title: "Tin trong ngày", text: "Hội nghị bàn về kinh tế biển." }),
      article("tieu-de", { title: "Kinh tế biển tăng trưởng", text: "Tin trong ngày." }),
    ]);
    expect(slugs("kinh tế biển", search)).toEqual(["tieu-de", "trong-bai"]);
  });

  it("ranks the word as typed above a word it only begins", () => {
    const search = buildSearch([article("dai-hon", { title: "Tin vang" }), article("dung-tu", { title: "Tin van" })]);
    expect(slugs("van", search)).toEqual(["dung-tu", "dai-hon"]);
  });

  it("ranks equal scores newest first", () => {
    expect(slugs("noi dung", buildSearch(many(3, () => "Nội dung.")))).toEqual(["bai-0", "bai-1", "bai-2"]);
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

  it("matches only the last word as a prefix", () => {
    expect(slugs("trưở tăng")).toEqual([]);
  });

  it(`expands a prefix to the MAX_COMPLETIONS (${MAX_COMPLETIONS}) commonest words it begins`, () => {
    // "than" + one letter, nine words; word n is in n + 1 articles, so "thana" is the rarest.
    const letters = "abcdefghi";
    const search = buildSearch(many(9, (n) => [...letters].filter((_, at) => at >= 8 - n).map((letter) => `than${letter}`).join(" ")));
    const matched = new Set(find(search, "than").hits.flatMap((hit) => hit.terms));
    expect(MAX_COMPLETIONS).toBe(8);
    expect([...matched].sort()).toEqual(["thanb", "thanc", "thand", "thane", "thanf", "thang", "thanh", "thani"]);
  });

  it.each(["", "   ", "\t\n", "(((", "— … —"])("returns nothing for the empty or wordless query %j", (query) => {
    expect(find(SEARCH, query)).toEqual({ hits: [], total: 0, complete: true });
  });

  it("returns nothing for an index with no articles", () => {
    expect(find(buildSearch([]), "dân vận")).toEqual({ hits: [], total: 0, complete: true });
  });

  it("leaves out the slugs it is told are hidden, and counts without them", () => {
    expect(find(SEARCH, "dan van", new Set(["gan-the"]))).toMatchObject({ total: 2, hits: [{ slug: "trong-tieu-de" }, { slug: "chi-trong-bai" }] });
  });

  it("ignores everything past the query's first 200 characters", () => {
    // 25 × "dân vận " is exactly 200 characters; any word of the rest would match nothing.
    const hostile = "dân vận ".repeat(25) + "khongcotu ".repeat(1000);
    expect(slugs(hostile)).toEqual(["trong-tieu-de", "gan-the", "chi-trong-bai"]);
  });

  // How long these take is measured by tests/bench/search-queries.ts, not here.
  it.each(LONG_QUERY_FINDS)("answers a 10,000-character query of %s without throwing, finding %j", (name, expected) => {
    expect(slugs(LONG_QUERIES[name])).toEqual(expected);
  });
});

describe("buildSearch's caps", () => {
  it(`counts every match but returns only the best MAX_RANKED (${MAX_RANKED})`, () => {
    const search = buildSearch(many(1_500, (n) => (n % 3 === 0 ? "Cảng biển, cảng biển." : "Cảng biển.")));
    const found = find(search, "cang bien");
    expect(MAX_RANKED).toBe(1_000);
    expect(found.total).toBe(1_500);
    expect(found.complete).toBe(true);
    expect(found.hits).toHaveLength(1_000);
    // The 500 articles that say it twice rank first, newest first among equals.
    expect(found.hits.slice(0, 3).map((hit) => hit.slug)).toEqual(["bai-0", "bai-3", "bai-6"]);
  });

  it(`stops after MAX_EXAMINED (${MAX_EXAMINED}) articles of the shortest list and says the count is a lower bound`, () => {
    const search = buildSearch(many(MAX_EXAMINED + 10, () => "Tỉnh"));
    const found = find(search, "tinh");
    expect(found).toMatchObject({ total: MAX_EXAMINED, complete: false });
    expect(found.hits[0]?.slug).toBe("bai-0");
  });

  it("calls a count complete when the shortest list ends exactly at MAX_EXAMINED", () => {
    expect(find(buildSearch(many(MAX_EXAMINED, () => "Tỉnh")), "tinh")).toMatchObject({ total: MAX_EXAMINED, complete: true });
  });

  it("walks no further than the shortest list: a common word beside a rare one counts only the rare one's articles", () => {
    const search = buildSearch(many(MAX_EXAMINED + 10, (n) => (n === MAX_EXAMINED + 5 ? "Tỉnh Cái Lân" : "Tỉnh")));
    expect(find(search, "tinh cai lan")).toEqual({ hits: [{ slug: `bai-${MAX_EXAMINED + 5}`, terms: ["tinh", "cai", "lan"] }], total: 1, complete: true });
  });
});
