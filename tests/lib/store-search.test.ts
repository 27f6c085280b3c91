import { afterAll, describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import { storeSearch } from "../../lib/content-store";
import { MAX_COMPLETIONS, planFtsQuery } from "../../lib/plan-fts-query";
import { planSearchQuery } from "../../lib/plan-search-query";
import { MAX_RESULTS } from "../../lib/store-search";
import { LONG_QUERIES, LONG_QUERY_FINDS } from "../support/long-queries";
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

function storeOf(articles: readonly Article[]) {
  const test = openTestStore(articles);
  opened.push(test);
  return test.store;
}

function searchOver(articles: readonly Article[]) {
  return storeSearch(storeOf(articles), NOW);
}

/** `count` articles, one a minute from `first` on, each made by `make` from its number. */
function series(count: number, first: string, make: (n: number) => Partial<Article>): Article[] {
  return Array.from({ length: count }, (_, n) => article(`bai-${first.slice(0, 10)}-${n}`, { published: new Date(Date.parse(first) + n * 60_000), ...make(n) }));
}

const SEARCH = searchOver([
  article("chi-trong-bai", { title: "Hội nghị tổng kết năm", text: "Công tác dân vận của Đảng bộ tỉnh năm 2016 có nhiều chuyển biến." }),
  article("trong-tieu-de", { title: "Ban Dân vận Tỉnh ủy làm việc với huyện", text: "Nội dung buổi làm việc." }),
  article("gan-the", { title: "Họp báo định kỳ", tags: ["Dân vận"], text: "Nội dung họp báo." }),
  article("kinh-te", { title: "Kinh tế biển tăng trưởng", authors: ["Minh Đức"], text: "Cảng Cái Lân đón tàu." }),
]);

const slugs = (query: string) => SEARCH.search(planSearchQuery(query)).hits.map((hit) => hit.slug);

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
    expect(SEARCH.search(planSearchQuery("Cái Lân")).hits).toEqual([{ slug: "kinh-te", terms: ["cai", "lan"] }]);
  });

  it("ranks a title match above a body-only match", () => {
    const search = searchOver([
      article("trong-bai", { title: "Tin trong ngày", text: "Hội nghị bàn về kinh tế biển." }),
      article("tieu-de", { title: "Kinh tế biển tăng trưởng", text: "Tin trong ngày." }),
    ]);
    expect(search.search(planSearchQuery("kinh tế biển")).hits.map((hit) => hit.slug)).toEqual(["tieu-de", "trong-bai"]);
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
    expect(() => SEARCH.search(planSearchQuery(query))).not.toThrow();
  });

  it.each(["", "   ", "\t\n", "(((", "— … —"])("returns nothing for the empty or wordless query %j", (query) => {
    expect(SEARCH.search(planSearchQuery(query)).hits).toEqual([]);
  });

  it("returns nothing for a store with no articles", () => {
    expect(searchOver([]).search(planSearchQuery("dân vận")).hits).toEqual([]);
  });

  it("ignores everything past the query's first 200 characters", () => {
    const hostile = "dân vận ".repeat(25) + "khongcotu ".repeat(1000);
    expect(slugs(hostile)).toEqual(["trong-tieu-de", "gan-the", "chi-trong-bai"]);
  });

  it.each(LONG_QUERY_FINDS)("answers a 10,000-character query of %s without throwing, finding %j", (name, expected) => {
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
    expect(search.search(planSearchQuery(query)).hits.map((hit) => hit.slug)).toEqual(expected);
  });

  it("treats old and new tone placement (Hoà, Hòa) as the same exact word, above Hóa", () => {
    expect(search.search(planSearchQuery("Hòa giải")).hits.map((hit) => hit.slug)).toEqual(["hoa-cu", "hoa-moi", "hoa-khac"]);
    expect(search.search(planSearchQuery("Hoà giải")).hits.map((hit) => hit.slug)).toEqual(["hoa-cu", "hoa-moi", "hoa-khac"]);
  });

  it("ranks an article with the words as a phrase above one with them apart", () => {
    const phrase = searchOver([
      article("tach-roi", { title: "Kinh tế và giải pháp biển", published: new Date("2023-05-02T00:00:00Z") }),
      article("cum-tu", { title: "Giải pháp kinh tế biển", published: new Date("2023-05-01T00:00:00Z") }),
    ]);
    expect(phrase.search(planSearchQuery("kinh tế biển")).hits.map((hit) => hit.slug)).toEqual(["cum-tu", "tach-roi"]);
  });
});

describe("a search that matches more articles than it ranks", () => {
  // MAX_RESULTS + 5 folded matches of "dang" (the newer ones) and 3 exact ones of "Đảng", older.
  const store = storeOf([
    ...series(MAX_RESULTS + 5, "2023-06-01T00:00:00Z", (n) => ({ title: `Tỉnh đang làm việc ${n}` })),
    ...series(3, "2023-01-01T00:00:00Z", (n) => ({ title: `Đảng bộ làm việc ${n}` })),
  ]);
  const search = (query: string, offset = 0, limit = 10) => store.search(planFtsQuery(query), NOW, offset, limit);

  it("counts up to MAX_RESULTS and says there are more", () => {
    expect(search("dang")).toMatchObject({ total: MAX_RESULTS, capped: true });
  });

  it("counts exactly, and says there are no more, below MAX_RESULTS", () => {
    expect(search("Đảng bộ")).toMatchObject({ total: 3, capped: false });
  });

  it("ranks the older exact matches above the newer folded ones that fill the list", () => {
    expect(search("Đảng", 0, 4).hits.map((hit) => hit.record.title)).toEqual(["Đảng bộ làm việc 2", "Đảng bộ làm việc 1", "Đảng bộ làm việc 0", `Tỉnh đang làm việc ${MAX_RESULTS + 4}`]);
  });

  it("pages up to the last result it counted, and no further", () => {
    expect(search("dang", MAX_RESULTS - 4, 10).hits).toHaveLength(4);
    expect(search("dang", MAX_RESULTS, 10).hits).toEqual([]);
  });

  it("gives every result it counted once, over all its pages", () => {
    const pages = Array.from({ length: MAX_RESULTS / 10 }, (_, page) => search("dang", page * 10, 10).hits.map((hit) => hit.slug));
    expect(new Set(pages.flat()).size).toBe(MAX_RESULTS);
  });
});

describe("a last word typed in part", () => {
  // 17 words that "kha" begins: khaa in three articles, khab in two, the rest in one.
  const letters = "abcdefghijklmnopq";
  const store = storeOf([
    ...Array.from(letters, (letter) => article(`tu-kha${letter}`, { title: `Tin kha${letter}` })),
    article("khaa-hai", { title: "Tin khaa nữa" }),
    article("khaa-ba", { title: "Tin khaa nữa" }),
    article("khab-hai", { title: "Tin khab nữa" }),
  ]);
  const words = (query: string) => store.search(planFtsQuery(query), NOW).hits.map((hit) => hit.record.title.split(" ")[1]);

  it(`stands for itself and the ${MAX_COMPLETIONS - 1} words it begins that most articles hold`, () => {
    expect(new Set(words("kha"))).toEqual(new Set(Array.from(letters.slice(0, MAX_COMPLETIONS - 1), (letter) => `kha${letter}`)));
  });

  it("always stands for itself, however few articles hold it", () => {
    expect(words("khaq")).toEqual(["khaq"]);
  });
});

describe("scheduled articles", () => {
  const store = storeOf([
    article("da-dang", { title: "Hội nghị đã đăng", published: new Date("2023-12-01T00:00:00Z") }),
    article("hen-gio", { title: "Hội nghị hẹn giờ", published: new Date("2024-02-01T00:00:00Z") }),
  ]);
  const slugsAt = (now: number) => store.search(planFtsQuery("hội nghị"), now).hits.map((hit) => hit.slug);

  it("are not found before their time, and found from it", () => {
    expect(slugsAt(NOW)).toEqual(["da-dang"]);
    expect(slugsAt(Date.parse("2024-02-01T00:00:00Z"))).toEqual(["hen-gio", "da-dang"]);
  });
});
