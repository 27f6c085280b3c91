import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import { buildSearchIndex } from "../../lib/search-index";
import { makeArticle } from "../support/make-article";

function article(slug: string, changes: Partial<Article> = {}): Article {
  return makeArticle(slug, { title: "", summary: "", text: "", tags: [], authors: [], ...changes });
}

const docsOf = (index: ReturnType<typeof buildSearchIndex>, term: string) => [...(index.postings.get(term)?.docs ?? [])];
const weightOf = (index: ReturnType<typeof buildSearchIndex>, term: string, doc: number) => {
  const postings = index.postings.get(term);
  const at = postings === undefined ? -1 : [...postings.docs].indexOf(doc);
  return postings?.weights[at] ?? 0;
};

describe("buildSearchIndex", () => {
  it("lists each folded term's articles in the order given, each once however often it occurs", () => {
    const index = buildSearchIndex([
      article("moi", { title: "Đảng bộ", text: "Đảng, đảng và ĐẢNG." }),
      article("cu", { text: "Dang dở." }),
      article("khac", { text: "Biển." }),
    ]);
    expect(index.slugs).toEqual(["moi", "cu", "khac"]);
    expect(docsOf(index, "dang")).toEqual([0, 1]);
    expect(docsOf(index, "bien")).toEqual([2]);
    expect(index.docOf.get("khac")).toBe(2);
  });

  it.each([
    ["title", { title: "Cảng biển" }],
    ["summary", { summary: "Cảng biển" }],
    ["text", { text: "Cảng biển" }],
    ["tags", { tags: ["Cảng biển"] }],
    ["authors", { authors: ["Cảng Biển"] }],
  ])("indexes the %s", (_field, changes) => {
    expect(docsOf(buildSearchIndex([article("a", changes)]), "cang")).toEqual([0]);
  });

  it.each([
    ["title", "tags", { title: "Cảng biển" }, { tags: ["Cảng biển"] }],
    ["tags", "summary", { tags: ["Cảng biển"] }, { summary: "Cảng biển" }],
    ["summary", "text", { summary: "Cảng biển" }, { text: "Cảng biển" }],
    ["authors", "text", { authors: ["Cảng Biển"] }, { text: "Cảng biển" }],
  ])("weighs a word in the %s above the same word in the %s", (_higher, _lower, higher, lower) => {
    const index = buildSearchIndex([article("a", higher), article("b", lower)]);
    expect(weightOf(index, "cang", 0)).toBeGreaterThan(weightOf(index, "cang", 1));
  });

  it("weighs a rarer word above a commoner one", () => {
    const index = buildSearchIndex([article("a", { text: "hiếm thường" }), article("b", { text: "thường" }), article("c", { text: "thường" })]);
    expect(weightOf(index, "hiem", 0)).toBeGreaterThan(weightOf(index, "thuong", 0));
  });

  it("weighs a word said twice above the same word said once", () => {
    const index = buildSearchIndex([article("a", { text: "biển biển" }), article("b", { text: "biển đảo" })]);
    expect(weightOf(index, "bien", 0)).toBeGreaterThan(weightOf(index, "bien", 1));
  });

  it.each([
    ["the commonest words the prefix begins, most articles first", "tha", 3, ["thanh", "thao", "tham"]],
    ["no more than the limit", "tha", 1, ["thanh"]],
    ["alphabetical among equally common words", "tr", 5, ["trao", "truong"]],
    ["never the prefix itself", "than", 5, ["thanh"]],
    ["nothing for a prefix no word begins", "xyz", 5, []],
    ["nothing past the end of the vocabulary", "zzz", 5, []],
  ])("completes a prefix with %s", (_name, prefix, limit, expected) => {
    const index = buildSearchIndex([
      article("a", { text: "thành thảo thăm than trường trao" }),
      article("b", { text: "thành thảo" }),
      article("c", { text: "thành" }),
    ]);
    expect(index.completions(prefix, limit)).toEqual(expected);
  });

  it("builds an empty index for no articles", () => {
    const index = buildSearchIndex([]);
    expect([index.slugs, index.postings.size, index.completions("dan", 8)]).toEqual([[], 0, []]);
  });
});
