import type { Root } from "mdast";
import { findFigures } from "./remark-figures";

/**
 * Index in `tree.children` of the paragraph that serves as the sapo when front matter
 * has no `summary`: the first paragraph that is neither a photo nor a photo's italic
 * caption line, or -1.
 */
export function findLeadParagraph(tree: Root): number {
  const photos = new Set(findFigures(tree.children).flatMap((figure) => [figure.index, figure.captionIndex]));
  return tree.children.findIndex((node, index) => node.type === "paragraph" && !photos.has(index));
}
