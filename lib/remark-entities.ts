import type { Link, PhrasingContent, Root, Text } from "mdast";
import { CONTINUE, SKIP, visit } from "unist-util-visit";
import { NO_MENTIONS_INSIDE } from "./analyse-markdown";
import { findMentionsIn } from "./find-mentions";
import type { MentionKind, Registers } from "./registers";
import { entityPath } from "./routes";

/** The class of the links this plugin makes: the glossary still expands abbreviations inside them. */
export const MENTION_CLASS = "mention";

/**
 * remark plugin: the first mention of each registered person, body and document in the
 * body becomes a link to its page (`/nhan-vat/…`, `/co-quan/…`, `/van-ban/…`). Never in
 * headings, links, code or photos and their captions: the texts lib/analyse-markdown.ts
 * gives as `prose`, so the links and the article's `mentions` always agree.
 */
export function remarkEntities(options: { readonly registers: Registers }) {
  return (tree: Root): void => {
    const seen = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (NO_MENTIONS_INSIDE.has(node.type) || node.data?.hChildren !== undefined) return SKIP;
      if (node.type !== "text" || parent === undefined || index === undefined) return CONTINUE;
      const parts = linkFirstMentions(node, options.registers, seen);
      if (parts[0] === node) return CONTINUE;
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

/** True for a link {@link remarkEntities} made. */
export function isMentionLink(node: { readonly type: string; readonly data?: { readonly hProperties?: unknown } | undefined }): boolean {
  const properties = node.data?.hProperties;
  if (node.type !== "link" || typeof properties !== "object" || properties === null) return false;
  const className: unknown = Reflect.get(properties, "className");
  return Array.isArray(className) && className.includes(MENTION_CLASS);
}

function linkFirstMentions(node: Text, registers: Registers, seen: Set<string>): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const found of findMentionsIn(node.value, registers)) {
    const key = `${found.kind}:${found.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (found.start > last) parts.push({ type: "text", value: node.value.slice(last, found.start) });
    parts.push(mentionLink(found.kind, found.id, node.value.slice(found.start, found.end)));
    last = found.end;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
  return parts;
}

function mentionLink(kind: MentionKind, id: string, text: string): Link {
  return { type: "link", url: entityPath(kind, id), children: [{ type: "text", value: text }], data: { hProperties: { className: [MENTION_CLASS] } } };
}
