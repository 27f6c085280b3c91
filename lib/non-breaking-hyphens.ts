import type { Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";

// Browsers may break a line after any hyphen, so "CT-XH" can end one line with "CT-" and
// start the next with "XH". Inside an abbreviation (capitals and digits joined by hyphens:
// CT-XH, KT-XH, QĐ-UBND, 290-QĐ, COVID-19) the hyphen becomes U+2011 NON-BREAKING HYPHEN,
// which looks the same and never breaks. Ordinary hyphenated words and dates keep theirs.
const ABBREVIATION = /(?<![\p{L}\p{N}])(?=[\p{N}-]*\p{Lu})[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)+(?![\p{L}\p{N}])/gu;
const NON_BREAKING_HYPHEN = "\u2011";

// Code is what the editor typed, character for character.
const SKIP_INSIDE = new Set<string>(["code", "inlineCode", "html", "definition"]);

/**
 * Joins the parts of hyphenated abbreviations with non-breaking hyphens.
 *
 * @example joinAbbreviations("các tổ chức CT-XH") // "các tổ chức CT\u2011XH"
 */
export function joinAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (abbreviation) => abbreviation.replaceAll("-", NON_BREAKING_HYPHEN));
}

/** remark plugin: {@link joinAbbreviations} on every text of the body, after abbreviations are expanded. */
export function remarkNonBreakingHyphens() {
  return (tree: Root): void => {
    visit(tree, (node) => {
      if (SKIP_INSIDE.has(node.type)) return SKIP;
      if (node.type === "text") node.value = joinAbbreviations(node.value);
      return undefined;
    });
  };
}
