import type { PhrasingContent, Root, Text } from "mdast";
import { CONTINUE, SKIP, visit } from "unist-util-visit";
import type { Glossary } from "./parse-glossary";
import { isMentionLink } from "./remark-entities";

// Never inside links, headings or code: there an <abbr> would be wrong or unreadable.
const SKIP_INSIDE = new Set<string>(["link", "linkReference", "heading", "code", "inlineCode", "html", "image", "imageReference", "definition"]);

/**
 * remark plugin: wraps the first use of each glossary abbreviation in the body as
 * `<abbr title="Ban Thường vụ">BTV</abbr>`. An abbreviation only counts as a whole token:
 * `TW` in the document number `290-QĐ/TW` is left alone.
 */
export function remarkAbbreviations(options: { readonly glossary: Glossary }) {
  const keys = [...options.glossary.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = keys.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${keys.join("|")})(?![\\p{L}\\p{N}/-])`, "gu");
  return (tree: Root): void => {
    if (pattern === undefined) return;
    const seen = new Set<string>();
    visit(tree, (node, index, parent) => {
      // A node another plugin has already turned into HTML (a figure and its caption) shows
      // that HTML, not its text: an <abbr> there would never be seen, yet use up the first.
      // A person's or body's link (`HĐND tỉnh`) is ours, not the editor's: its abbreviation is still expanded.
      if ((SKIP_INSIDE.has(node.type) && !isMentionLink(node)) || node.data?.hChildren !== undefined) return SKIP;
      if (node.type !== "text" || parent === undefined || index === undefined) return CONTINUE;
      const parts = splitText(node, pattern, options.glossary, seen);
      if (parts[0] === node) return CONTINUE;
      parent.children.splice(index, 1, ...parts);
      // Go on after the pieces just inserted: the <abbr> inside them must not be split again.
      return index + parts.length;
    });
  };
}

function splitText(node: Text, pattern: RegExp, glossary: Glossary, seen: Set<string>): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const short = match[0];
    const title = glossary.get(short);
    if (title === undefined || seen.has(short) || match.index === undefined) continue;
    seen.add(short);
    if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
    // An emphasis node renamed to <abbr>: mdast has no abbreviation node of its own.
    parts.push({ type: "emphasis", data: { hName: "abbr", hProperties: { title } }, children: [{ type: "text", value: short }] });
    last = match.index + short.length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
