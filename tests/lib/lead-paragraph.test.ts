import type { Root } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { findLeadParagraph, remarkMarkLead } from "../../lib/lead-paragraph";

const PHOTO = '![Ảnh](/images/a.svg "Chú thích")';

function tree(markdown: string): Root {
  return remark().parse(markdown);
}

function sapoClasses(markdown: string, enabled: boolean): unknown[] {
  const root = tree(markdown);
  remarkMarkLead({ enabled })(root);
  return root.children.map((node) => node.data?.hProperties?.className);
}

describe("findLeadParagraph", () => {
  it.each([
    ["the first block when it is a paragraph", "Sapo.\n\nĐoạn hai.", 0],
    ["the paragraph after a captioned photo", `${PHOTO}\n\nSapo.`, 1],
    ["the paragraph after a heading and a quote", "# Tiêu đề\n\n> Trích dẫn.\n\nSapo.", 2],
    ["an untitled image's paragraph", "![Ảnh](/images/a.svg)\n\nSapo.", 0],
    ["-1 when there is no paragraph", `${PHOTO}\n\n# Tiêu đề`, -1],
    ["-1 for an empty body", "", -1],
  ])("finds %s", (_name, markdown, index) => {
    expect(findLeadParagraph(tree(markdown))).toBe(index);
  });
});

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
