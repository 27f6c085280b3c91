import { describe, expect, it } from "vitest";
import { lineTree } from "../../lib/yaml-line-tree";

describe("lineTree", () => {
  const tree = lineTree("# ghi chú\nnguyen-van-a:\n  name: A\n  offices:\n    - title: X\n      from: 2015-10-01\n    - title: Y\n");

  it("places top-level keys, nested keys and list items on their lines", () => {
    const entry = tree.keys.get("nguyen-van-a");
    const offices = entry?.keys.get("offices");
    expect([entry?.line, entry?.keys.get("name")?.line, offices?.line, offices?.items.map((item) => item.line), offices?.items[0]?.keys.get("from")?.line]).toEqual([2, 3, 4, [5, 7], 6]);
  });

  it("is an empty tree for an empty text", () => {
    expect(lineTree("")).toEqual({ line: 1, keys: new Map(), items: [] });
  });
});
