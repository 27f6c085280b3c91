import { describe, expect, it } from "vitest";
import { completionRange, fieldExpression, phraseExpression, planFtsQuery, wordsExpression } from "../../lib/plan-fts-query";
import { MAX_QUERY_TERMS } from "../../lib/plan-search-query";

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
    expect(plan.words).toHaveLength(MAX_QUERY_TERMS);
  });

  it.each([
    ["a last word of two letters", "dang bo", [false, false]],
    ["a last word cut off by the cap", "một hai ba bốn năm sáu bảy tám chín", [false, false, false, false, false, false, false, false]],
    ["a repeated last word", "dân vận dân", [false, false]],
  ])("matches no prefix for %s", (_name, query, prefixes) => {
    expect(planFtsQuery(query).words.map((word) => word.prefix)).toEqual(prefixes);
  });

  it.each([
    ["a last word of one letter", "dang b", ["dang"]],
    ["a last word of two letters", "Đảng bộ", ["dang"]],
    ["a last word long enough to be a prefix", "dang bon", undefined],
    ["one word alone", "b", undefined],
    ["a short word followed by a space", "bo dang", undefined],
  ])("falls back to the words before it for %s", (_name, query, fallback) => {
    expect(planFtsQuery(query).fallback?.words.map((word) => word.folded)).toEqual(fallback);
  });
});

describe("wordsExpression", () => {
  it.each([
    ["one word", "dân", "exact", undefined, '"dân"'],
    ["two words", "dang bo", "folded", undefined, '"dang" AND "bo"'],
    ["a last word typed in part, as its completions", "tăng trưở", "folded", ["truo", "truong"], '"tang" AND ("truo" OR "truong")'],
    ["a last word typed in part with none", "tăng trưở", "folded", [], '"tang" AND "truo"'],
    ["a quote, which parts two words", 'a"b', "exact", undefined, '"a" AND "b"'],
  ] as const)("writes %s as an FTS5 expression", (_name, query, form, lastAs, expected) => {
    expect(wordsExpression(planFtsQuery(query), form, lastAs)).toBe(expected);
  });

  it("writes nothing for a query without words", () => {
    expect(wordsExpression(planFtsQuery("((("), "folded")).toBe("");
  });
});

describe("fieldExpression and phraseExpression", () => {
  it.each([
    ["dang bo", "folded", '{title} : ("dang" AND "bo")'],
    ["Đảng bộ", "exact", '{title} : ("đảng" AND "bộ")'],
    ["tăng trưở", "folded", '{title} : ("tang" AND "truo")'],
  ] as const)("asks whether the title holds every word of %j, whole, in the %s form", (query, form, expected) => {
    expect(fieldExpression(planFtsQuery(query), form, "title")).toBe(expected);
  });

  it.each([
    ["dang bo", "folded", '"dang bo"'],
    ["Đảng bộ", "exact", '"đảng bộ"'],
    ["tăng trưở", "folded", '"tang truo"'],
  ] as const)("writes the words of %j as one %s phrase", (query, form, expected) => {
    expect(phraseExpression(planFtsQuery(query), form)).toBe(expected);
  });
});

describe("completionRange", () => {
  it.each([
    ["truong", true],
    ["truo", false],
    ["truoc", true],
    ["trup", false],
    ["trun", false],
  ])("places %j inside the range of truo: %s", (word, inside) => {
    const { from, to } = completionRange("truo");
    // SQLite orders text by its UTF-8 bytes, which is code point order.
    const bytes = (text: string) => Buffer.from(text, "utf8");
    expect(Buffer.compare(bytes(word), bytes(from)) > 0 && Buffer.compare(bytes(word), bytes(to)) < 0).toBe(inside);
  });
});
