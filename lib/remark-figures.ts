import type { Element } from "hast";
import type { Image, Paragraph, Root } from "mdast";

/** Looks up a public image's intrinsic size, so pages reserve its space before it loads. */
export type ImageSizeLookup = (src: string) => { readonly width: number; readonly height: number } | undefined;

/**
 * The captioned photo of the content contract: an image with a title, alone in its
 * paragraph. Returns that image, or undefined for any other paragraph.
 */
export function captionedImage(paragraph: Paragraph): Image | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  return only?.type === "image" && typeof only.title === "string" && only.title.trim() !== "" ? only : undefined;
}

/**
 * remark plugin: turns each captioned image into
 * `<figure><img alt …><figcaption>Caption</figcaption></figure>`.
 */
export function remarkFigures(options: { readonly imageSize?: ImageSizeLookup } = {}) {
  return (tree: Root): void => {
    for (const node of tree.children) {
      if (node.type !== "paragraph") continue;
      const image = captionedImage(node);
      if (image === undefined) continue;
      node.data = { hName: "figure", hProperties: {}, hChildren: [imageElement(image, options.imageSize), captionElement(image.title ?? "")] };
    }
  };
}

function imageElement(image: Image, imageSize: ImageSizeLookup | undefined): Element {
  const size = imageSize?.(image.url);
  return {
    type: "element",
    tagName: "img",
    properties: { src: image.url, alt: image.alt ?? "", ...size, loading: "lazy", decoding: "async" },
    children: [],
  };
}

function captionElement(caption: string): Element {
  return { type: "element", tagName: "figcaption", properties: {}, children: [{ type: "text", value: caption.trim() }] };
}
