import type { Root } from "mdast";
import { captionedImage } from "./remark-figures";

/**
 * Index in `tree.children` of the paragraph that serves as the sapo when front matter
 * has no `summary`: the first paragraph that is not a captioned photo, or -1.
 */
export function findLeadParagraph(tree: Root): number {
  return tree.children.findIndex((node) => node.type === "paragraph" && captionedImage(node) === undefined);
}

/** remark plugin: removes the lead paragraph, because the page already shows it as the sapo. */
export function remarkDropLead(options: { readonly enabled: boolean }) {
  return (tree: Root): void => {
    const index = options.enabled ? findLeadParagraph(tree) : -1;
    if (index !== -1) tree.children.splice(index, 1);
  };
}
