import type { Paragraph, Root } from "mdast";
import { remark } from "remark";
import { describe, expect, it } from "vitest";
import { captionedImage, captionText, findFigures, remarkFigures } from "../../lib/remark-figures";

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

describe("findFigures", () => {
  const figures = (markdown: string) => findFigures(remark().parse(markdown).children).map(({ index, caption, captionIndex }) => ({ index, caption: captionText(caption), captionIndex }));

  it.each([
    ["a titled image", '![Ảnh](/a.jpg "Chú thích")', [{ index: 0, caption: "Chú thích", captionIndex: undefined }]],
    ["an untitled image", "![Ảnh](/a.jpg)", [{ index: 0, caption: "", captionIndex: undefined }]],
    ["an image with an italic line under it", "![Ảnh](/a.jpg)\n*Ảnh: Hồng Nhung*", [{ index: 0, caption: "Ảnh: Hồng Nhung", captionIndex: undefined }]],
    ["an image with an italic paragraph after it", "![Ảnh](/a.jpg)\n\n_Chú thích_", [{ index: 0, caption: "Chú thích", captionIndex: 1 }]],
    ["a titled image and an italic line", '![Ảnh](/a.jpg "Chú thích")\n*Ảnh: TTXVN*', [{ index: 0, caption: "Chú thích Ảnh: TTXVN", captionIndex: undefined }]],
    ["an image with italics on the same line", "![Ảnh](/a.jpg) *nghiêng*", []],
    ["an image beside text", "Chữ ![Ảnh](/a.jpg)", []],
    ["an italic paragraph after a text paragraph", "Chữ.\n\n*Nghiêng.*", []],
  ])("finds %s", (_name, markdown, expected) => {
    expect(figures(markdown)).toEqual(expected);
  });

  it("leaves an italic paragraph that follows a photo already captioned by its own line", () => {
    expect(figures("![Ảnh](/a.jpg)\n*Một*\n\n*Hai*")).toEqual([{ index: 0, caption: "Một", captionIndex: undefined }]);
  });
});

describe("remarkFigures", () => {
  it("marks a photo's paragraph as a figure with a trimmed caption, and removes its caption paragraph", () => {
    const tree: Root = remark().parse('![Ảnh](/a.svg " Chú thích ")\n\n*Ảnh: TTXVN*\n\nĐoạn văn.');
    remarkFigures()(tree);
    expect(tree.children.map((node) => node.type)).toEqual(["paragraph", "paragraph"]);
    expect(tree.children[0]?.data).toEqual({
      hName: "figure",
      hProperties: {},
      hChildren: [
        { type: "element", tagName: "img", properties: { src: "/a.svg", alt: "Ảnh", fetchPriority: "high" }, children: [] },
        {
          type: "element",
          tagName: "figcaption",
          properties: {},
          children: [
            { type: "text", value: "Chú thích" },
            { type: "text", value: " " },
            { type: "element", tagName: "span", properties: { className: ["credit"] }, children: [{ type: "text", value: "Ảnh: TTXVN" }] },
          ],
        },
      ],
    });
    expect(tree.children[1]?.data).toBeUndefined();
  });
});
