import type { Paragraph, Root } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { captionedImage, remarkFigures } from "../../lib/remark-figures";

function firstParagraph(markdown: string): Paragraph {
  const node = remark().parse(markdown).children[0];
  if (node?.type !== "paragraph") throw new Error(`expected a paragraph in ${markdown}`);
  return node;
}

describe("captionedImage", () => {
  it("returns an image with a title that is alone in its paragraph", () => {
    expect(captionedImage(firstParagraph('![Ảnh](/a.svg "Chú thích")'))).toMatchObject({ type: "image", url: "/a.svg", title: "Chú thích" });
  });

  it.each([
    ["an image without a title", "![Ảnh](/a.svg)"],
    ["an image with a blank title", '![Ảnh](/a.svg "  ")'],
    ["an image with text beside it", '![Ảnh](/a.svg "Chú thích") và chữ'],
    ["two captioned images", '![Một](/a.svg "Một") ![Hai](/b.svg "Hai")'],
    ["a paragraph of text", "Chỉ có chữ."],
  ])("returns nothing for %s", (_name, markdown) => {
    expect(captionedImage(firstParagraph(markdown))).toBeUndefined();
  });
});

describe("remarkFigures", () => {
  it("marks a captioned image's paragraph as a figure with the image size and a trimmed caption", () => {
    const tree: Root = remark().parse('![Ảnh](/a.svg " Chú thích ")\n\nĐoạn văn.');
    remarkFigures({ imageSize: () => ({ width: 4, height: 3 }) })(tree);
    expect(tree.children[0]?.data).toEqual({
      hName: "figure",
      hProperties: {},
      hChildren: [
        {
          type: "element",
          tagName: "img",
          properties: { src: "/a.svg", alt: "Ảnh", width: 4, height: 3, loading: "lazy", decoding: "async" },
          children: [],
        },
        { type: "element", tagName: "figcaption", properties: {}, children: [{ type: "text", value: "Chú thích" }] },
      ],
    });
    expect(tree.children[1]?.data).toBeUndefined();
  });
});
