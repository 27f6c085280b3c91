import { describe, expect, it } from "vitest";
import { ftsExpression, MAX_TERMS, phraseExpression, planFtsQuery } from "../../lib/plan-fts-query";

describe("planFtsQuery", () => {
  it("gives each word its exact and folded form, the last one a prefix", () => {
    expect(planFtsQuery("Đảng bộ tỉnh").words).toEqual([
      { exact: "đảng", folded: "dang", prefix: false },
      { exact: "bộ", folded: "bo", prefix: false },
      { exact: "tỉnh", folded: "tinh", prefix: true },
    ]);
  });

  it("keeps at most eight distinct words, dropping repeats by their folded form", () => {
    const plan = planFtsQuery("một hai ba bốn năm sáu bảy tám chín mười Một");
    expect(plan.words.map((word) => word.folded)).toEqual(["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam"]);
    expect(plan.words).toHaveLength(MAX_TERMS);
  });

  it.each([
    ["a last word of two letters", "dang bo", [false, false]],
    ["a last word cut off by the cap", "một hai ba bốn năm sáu bảy tám chín", [false, false, false, false, false, false, false, false]],
    ["a repeated last word", "dân vận dân", [false, false]],
  ])("matches no prefix for %s", (_name, query, prefixes) => {
    expect(planFtsQuery(query).words.map((word) => word.prefix)).toEqual(prefixes);
  });
});

describe("ftsExpression", () => {
  it.each([
    ["one word", "dân", "exact", '{title} : ("dân" *)'],
    ["two words", "dang bo", "folded", '{title} : ("dang" AND "bo")'],
    ["a prefix on the last word", "tăng trưở", "folded", '{title} : ("tang" AND "truo" *)'],
  ] as const)("writes %s as an FTS5 expression", (_name, query, form, expected) => {
    expect(ftsExpression(planFtsQuery(query), form, ["title"])).toBe(expected);
  });

  it.each([
    ["dang bo", '{title_folded} : ("dang bo")'],
    ["tăng trưở", '{title_folded} : ("tang truo" *)'],
  ])("writes the words of %j as a phrase", (query, expected) => {
    expect(phraseExpression(planFtsQuery(query), ["title_folded"])).toBe(expected);
  });

  it("writes nothing for a query without words", () => {
    expect(ftsExpression(planFtsQuery("((("), "folded", ["title"])).toBe("");
  });
});
