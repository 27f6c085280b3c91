import type { Root } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { remarkMarkLead } from "../../lib/remark-mark-lead";

const PHOTO = '![Ảnh](/images/a.svg "Chú thích")';

function tree(markdown: string): Root {
  return remark().parse(markdown);
}

function sapoClasses(markdown: string, enabled: boolean): unknown[] {
  const root = tree(markdown);
  remarkMarkLead({ enabled })(root);
  return root.children.map((node) => node.data?.hProperties?.className);
}

describe("remarkMarkLead", () => {
  it("marks only the lead paragraph as the sapo when enabled", () => {
    expect(sapoClasses(`${PHOTO}\n\nSapo.\n\nĐoạn hai.`, true)).toEqual([undefined, ["sapo"], undefined]);
  });

  it("marks nothing when disabled", () => {
    expect(sapoClasses(`${PHOTO}\n\nSapo.\n\nĐoạn hai.`, false)).toEqual([undefined, undefined, undefined]);
  });

  it("marks nothing in a body without a paragraph", () => {
    expect(sapoClasses(`# Tiêu đề\n\n${PHOTO}`, true)).toEqual([undefined, undefined]);
  });
});
