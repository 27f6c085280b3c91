import type { Root } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { findLeadParagraph } from "../../lib/find-lead-paragraph";

const PHOTO = '![Ảnh](/images/a.svg "Chú thích")';

function tree(markdown: string): Root {
  return remark().parse(markdown);
}

describe("findLeadParagraph", () => {
  it.each([
    ["the first block when it is a paragraph", "Sapo.\n\nĐoạn hai.", 0],
    ["the paragraph after a captioned photo", `${PHOTO}\n\nSapo.`, 1],
    ["the paragraph after a heading and a quote", "# Tiêu đề\n\n> Trích dẫn.\n\nSapo.", 2],
    ["the paragraph after an untitled photo", "![Ảnh](/images/a.svg)\n\nSapo.", 1],
    ["the paragraph after a photo and its italic caption line", "![Ảnh](/images/a.svg)\n\n*Chú thích*\n\nSapo.", 2],
    ["an italic paragraph that follows text", "Sapo.\n\n*Nghiêng.*", 0],
    ["-1 when there is no paragraph", `${PHOTO}\n\n# Tiêu đề`, -1],
    ["-1 for an empty body", "", -1],
  ])("finds %s", (_name, markdown, index) => {
    expect(findLeadParagraph(tree(markdown))).toBe(index);
  });
});

