import { describe, expect, it } from "vitest";
import { appendAll } from "../../lib/append-all";

describe("appendAll", () => {
  it("appends in order, after what the list held", () => {
    const list = ["a"];
    appendAll(list, ["b", "c"]);
    appendAll(list, new Set(["d"]));
    expect(list).toEqual(["a", "b", "c", "d"]);
  });

  it("appends 500,000 items, where a spread into push overflows the stack", () => {
    const many = Array.from({ length: 500_000 }, (_, n) => n);
    expect(() => new Array<number>().push(...many)).toThrow(RangeError);
    const list: number[] = [];
    appendAll(list, many);
    expect(list).toHaveLength(500_000);
    expect(list.at(-1)).toBe(499_999);
  });
});
