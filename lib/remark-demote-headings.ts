import type { Heading, Root } from "mdast";
import { visit } from "unist-util-visit";

/**
 * remark plugin: moves body headings one level down (`#` becomes `<h2>`), because the
 * page's headline is its only `<h1>`.
 */
export function remarkDemoteHeadings() {
  return (tree: Root): void => {
    visit(tree, "heading", (heading) => {
      heading.depth = deeper(heading.depth);
    });
  };
}

function deeper(depth: Heading["depth"]): Heading["depth"] {
  switch (depth) {
    case 1:
      return 2;
    case 2:
      return 3;
    case 3:
      return 4;
    case 4:
      return 5;
    default:
      return 6;
  }
}
