import type { Root } from "mdast";
import { captionedImage } from "./remark-figures";

/**
 * Index in `tree.children` of the paragraph that serves as the sapo when front matter
 * has no `summary`: the first paragraph that is not a captioned photo, or -1.
 */
export function findLeadParagraph(tree: Root): number {
  return tree.children.findIndex((node) => node.type === "paragraph" && captionedImage(node) === undefined);
}
