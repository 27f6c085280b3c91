import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, MAX_QUERY_TERMS, MIN_PREFIX_LENGTH, normaliseQuery, planSearchQuery } from "../../lib/plan-search-query";
import { MAX_TERM_LENGTH } from "../../lib/search-terms";

const exact = (term: string) => ({ term, prefix: false });
const prefix = (term: string) => ({ term, prefix: true });

describe("planSearchQuery", () => {
  it.each([
    ["folds case, tone marks and đ", "Đảng Bộ", [exact("dang"), exact("bo")]],
    ["reads an NFD query like its NFC form", "Đảng bộ".normalize("NFD"), [exact("dang"), exact("bo")]],
    ["splits on punctuation and control characters", "dân,vận\u0000đảng\u200bbộ", [exact("dan"), exact("van"), exact("dang"), exact("bo")]],
    ["makes the last word a prefix from three letters", "tăng trưở", [exact("tang"), prefix("truo")]],
    ["makes a lone word of three letters a prefix", "dân", [prefix("dan")]],
    ["keeps a last word of two letters exact", "kinh tế", [exact("kinh"), exact("te")]],
    ["keeps a lone word of two letters exact", "ki", [exact("ki")]],
    ["counts the letters of the folded word", "trưở", [prefix("truo")]],
    ["drops words repeated after folding", "dân Dân DÂN dan vận", [exact("dan"), prefix("van")]],
    ["gives no prefix when the last word repeats an earlier one", "dân vận dân", [exact("dan"), exact("van")]],
    ["keeps digits as words", "Kỳ họp thứ 5", [exact("ky"), exact("hop"), exact("thu"), exact("5")]],
    ["plans nothing for a query without letters or digits", "— … (((", []],
    ["plans nothing for an empty query", "", []],
  ])("%s", (_name, query, terms) => {
    expect(planSearchQuery(query).terms).toEqual(terms);
  });

  it.each([
    ["a short unfinished last word", "dang b", [exact("dang"), exact("b")], [exact("dang")]],
    ["a two-letter last word", "kinh tế", [exact("kinh"), exact("te")], [exact("kinh")]],
    ["a last word of three letters, already a prefix", "dang bội", [exact("dang"), prefix("boi")], []],
    ["a lone short word, with nothing to fall back to", "ki", [exact("ki")], []],
    ["a short last word repeating an earlier one", "bo dang bo", [exact("bo"), exact("dang")], []],
  ])("falls back without %s only when it has more words", (_name, query, terms, fallback) => {
    const plan = planSearchQuery(query);
    expect(plan.terms).toEqual(terms);
    expect(plan.fallback).toEqual(fallback);
  });

  it("echoes the query as normaliseQuery cleans it", () => {
    expect(planSearchQuery("  Đảng \t bộ\u0000tỉnh ").query).toBe("Đảng bộ tỉnh");
  });

  it("keeps the first eight distinct terms and no prefix when the reader's last word was cut", () => {
    const plan = planSearchQuery("một hai ba bốn năm sáu bảy tám chín mười");
    expect(MAX_QUERY_TERMS).toBe(8);
    expect(plan.terms).toEqual(["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam"].map(exact));
    expect(plan.omitted).toBe(2);
    expect(plan.fallback).toEqual([]);
  });

  it("plans the worst query one can type as eight terms with a prefix on the last alone", () => {
    // Seven of the commonest words, then a common three-letter start, repeated to the
    // length limit: the old search looked up each of its 50 words, each as a prefix.
    const worst = `tỉnh chính đồng công dân ban của ${"tha ".repeat(50)}`;
    const plan = planSearchQuery(worst);
    expect(plan.terms).toEqual([exact("tinh"), exact("chinh"), exact("dong"), exact("cong"), exact("dan"), exact("ban"), exact("cua"), prefix("tha")]);
    expect(plan.omitted).toBe(0);
    expect(plan.fallback).toEqual([]);
  });

  it.each([
    ["one long word", "a".repeat(10_000)],
    ["many words", "dân vận ".repeat(1250)],
    ["many distinct words", Array.from({ length: 3000 }, (_, n) => `t${n}`).join(" ")],
    ["brackets and operators", "(*[?+".repeat(2000)],
    ["control characters", "\u0000\u0007\u001b\u200b".repeat(2500)],
    ["combining marks", "a\u0301\u0323".repeat(3334)],
  ])("bounds a 10,000-character query of %s: at most eight terms, each at most MAX_TERM_LENGTH, a prefix only last", (_name, query) => {
    const { terms } = planSearchQuery(query);
    expect(terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    expect(terms.filter(({ term }) => Array.from(term).length > MAX_TERM_LENGTH)).toEqual([]);
    expect(terms.slice(0, -1).filter((term) => term.prefix)).toEqual([]);
  });

  it("cuts a long word to MAX_TERM_LENGTH (32) characters and matches it as a prefix when last", () => {
    expect(MAX_TERM_LENGTH).toBe(32);
    expect(planSearchQuery("Đ".repeat(40)).terms).toEqual([prefix("d".repeat(32))]);
  });

  it("asks for a prefix of at least MIN_PREFIX_LENGTH (3) characters", () => {
    expect(MIN_PREFIX_LENGTH).toBe(3);
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

  it("caps the query at MAX_QUERY_LENGTH (200) characters", () => {
    expect(MAX_QUERY_LENGTH).toBe(200);
    expect(normaliseQuery("a".repeat(10_000))).toBe("a".repeat(200));
  });

  it("caps after collapsing spaces, so padding does not eat the budget", () => {
    expect(normaliseQuery(`${" ".repeat(5_000)}dân vận`)).toBe("dân vận");
    expect(normaliseQuery(`dân${" ".repeat(5_000)}vận`)).toBe("dân vận");
  });

  it("cuts by code point, never inside a surrogate pair", () => {
    expect(normaliseQuery(`${"a".repeat(199)}😀😀`)).toBe(`${"a".repeat(199)}😀`);
  });
});
