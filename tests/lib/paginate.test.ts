import { describe, expect, it } from "vitest";
import { PAGE_SIZE, paginate, parsePageParam } from "../../lib/paginate";

const range = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("paginate", () => {
  it("gives an empty listing one empty page", () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pageCount: 1 });
  });

  it.each([
    [1, [1, 2, 3]],
    [2, [4, 5, 6]],
    [3, [7]],
  ])("cuts page %i of seven items in threes exactly", (page, items) => {
    expect(paginate(range(7), page, 3)).toEqual({ items, page, pageCount: 3 });
  });

  it("fills the last page exactly when the items divide evenly", () => {
    expect(paginate(range(6), 2, 3)).toEqual({ items: [4, 5, 6], page: 2, pageCount: 2 });
  });

  it("uses PAGE_SIZE (20) items per page by default", () => {
    expect(PAGE_SIZE).toBe(20);
    expect(paginate(range(45), 2)).toEqual({ items: range(40).slice(20), page: 2, pageCount: 3 });
    expect(paginate(range(45), 3)).toEqual({ items: [41, 42, 43, 44, 45], page: 3, pageCount: 3 });
  });

  it.each([
    ["a page past the end", 4],
    ["page 0", 0],
    ["a negative page", -1],
    ["a fractional page", 1.5],
    ["NaN", Number.NaN],
    ["infinity", Number.POSITIVE_INFINITY],
  ])("has no page for %s", (_name, page) => {
    expect(paginate(range(7), page, 3)).toBeUndefined();
  });

  it("has no second page for an empty listing", () => {
    expect(paginate([], 2)).toBeUndefined();
  });
});

describe("parsePageParam", () => {
  it.each([
    ["2", 2],
    ["10", 10],
    ["999999", 999999],
  ])("reads %j as page %i", (segment, page) => {
    expect(parsePageParam(segment)).toBe(page);
  });

  it.each([
    ["1, whose page is the listing's own URL", "1"],
    ["a leading zero", "02"],
    ["zero", "0"],
    ["a negative number", "-1"],
    ["letters", "abc"],
    ["exponent notation", "1e3"],
    ["seven digits", "1000000"],
    ["an empty segment", ""],
    ["a plus sign", "+2"],
    ["spaces", " 2 "],
    ["a decimal", "2.0"],
    ["hex", "0x2"],
    ["a trailing newline", "2\n"],
    ["full-width digits", "２"],
  ])("refuses %s", (_name, segment) => {
    expect(parsePageParam(segment)).toBeUndefined();
  });
});
