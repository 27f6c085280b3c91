import type { Root } from "mdast";
import { findLeadParagraph } from "./find-lead-paragraph";

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
