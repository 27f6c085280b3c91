import type { Root } from "mdast";
import { captionedImage } from "./remark-figures";

/**
 * Index in `tree.children` of the paragraph that serves as the sapo when front matter
 * has no `summary`: the first paragraph that is not a captioned photo, or -1.
 */
export function findLeadParagraph(tree: Root): number {
  return tree.children.findIndex((node) => node.type === "paragraph" && captionedImage(node) === undefined);
}

/**
 * remark plugin: marks the lead paragraph as the sapo (`<p class="sapo">`), so a body
 * whose first paragraph is the sapo prints it once, bold, with its abbreviations expanded.
 */
export function remarkMarkLead(options: { readonly enabled: boolean }) {
  return (tree: Root): void => {
    const lead = options.enabled ? tree.children[findLeadParagraph(tree)] : undefined;
    if (lead !== undefined) lead.data = { ...lead.data, hProperties: { className: ["sapo"] } };
  };
}
