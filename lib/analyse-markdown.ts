import type { Root, RootContent } from "mdast";
import type { Node } from "unist";
import { toString } from "mdast-util-to-string";
import { fromMarkdown } from "mdast-util-from-markdown";
import { SKIP, visit } from "unist-util-visit";
import { findLeadParagraph } from "./find-lead-paragraph";
import { MEDIA_KINDS, type MediaBlock } from "./parse-media";
import { straightenImageTitles } from "./parse-caption";
import { captionText, findFigures } from "./remark-figures";

/** An image or link found in a body, with the line of the file it is on. */
export interface BodyReference {
  readonly url: string;
  readonly line: number;
  readonly alt?: string;
  readonly caption?: string | undefined;
  /** A link's visible text. */
  readonly text?: string;
}

/** Raw HTML written in a body, with the line it starts on. */
export interface BodyMarkup {
  readonly html: string;
  readonly line: number;
  /** Inside a paragraph (`chữ <b>đậm</b>`), not a block of its own (`<table>…</table>`). */
  readonly inline: boolean;
}

/** What validation and lists need from a body, gathered in one parse. */
export interface MarkdownFacts {
  /** Plain text of the first paragraph that is not a photo; the default sapo. */
  readonly firstParagraph: string;
  readonly images: readonly BodyReference[];
  readonly links: readonly BodyReference[];
  /** ```video and ```audio blocks, in body order. */
  readonly media: readonly MediaBlock[];
  /** Raw HTML, which the sanitiser drops: the check warns about each. */
  readonly markup: readonly BodyMarkup[];
  /** The body as plain text, paragraphs on their own lines, for search. */
  readonly text: string;
  /**
   * The texts a name in which may become a link, in order: every text but those in
   * headings, links, code, raw HTML and photos with their captions (lib/remark-entities.ts
   * links exactly these).
   */
  readonly prose: readonly string[];
}

/**
 * Parses a body once and collects its first paragraph, images and links.
 *
 * @param firstLine line of the file on which the body starts
 */
export function analyseMarkdown(markdown: string, firstLine: number): MarkdownFacts {
  // The parser alone, without a unified processor per call: about a third faster, and
  // `npm run check` spends most of its time here.
  // Titles in curly quotes are read as titles, exactly as renderMarkdown reads them.
  const tree: Root = fromMarkdown(straightenImageTitles(markdown));
  const images: BodyReference[] = [];
  const links: BodyReference[] = [];
  const markup: BodyMarkup[] = [];
  const lead = tree.children[findLeadParagraph(tree)];
  const firstParagraph = lead === undefined ? "" : toString(lead).replace(/\s+/g, " ").trim();
  const lineOf = (node: Node): number => (node.position?.start.line ?? 1) + firstLine - 1;

  // Reference-style images (`![alt][ref]`) get their URL from a definition anywhere in the
  // body, before or after them; the first definition of a label wins, as it renders. A
  // definition only images use is no link.
  const definitions = new Map<string, string>();
  const imageLabels = new Set<string>();
  visit(tree, (node) => {
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    else if (node.type === "imageReference") imageLabels.add(node.identifier);
  });
  const media: MediaBlock[] = [];
  // A photo's caption is its title and the italic line under it, as the page shows it.
  const captions = new Map(findFigures(tree.children).map((figure) => [figure.image, captionText(figure.caption)]));

  visit(tree, (node, _index, parent) => {
    if (node.type === "html") {
      markup.push({ html: node.value, line: lineOf(node), inline: parent?.type !== "root" && parent?.type !== "blockquote" && parent?.type !== "listItem" });
    } else if (node.type === "image") {
      const caption = captions.get(node) ?? node.title ?? "";
      images.push({ url: node.url, line: lineOf(node), alt: node.alt ?? "", caption: caption === "" ? undefined : caption });
    } else if (node.type === "imageReference") {
      images.push({ url: definitions.get(node.identifier) ?? "", line: lineOf(node), alt: node.alt ?? "" });
    } else if (node.type === "link") {
      links.push({ url: node.url, line: lineOf(node), text: toString(node) });
    } else if (node.type === "definition" && !imageLabels.has(node.identifier)) {
      links.push({ url: node.url, line: lineOf(node) });
    } else if (node.type === "code") {
      const kind = MEDIA_KINDS.find((name) => name === node.lang);
      if (kind !== undefined) media.push({ kind, yaml: node.value, line: lineOf(node) });
    }
  });
  const text = tree.children.filter((node) => !isMediaBlock(node)).map(wordsOf).join("\n");
  return { firstParagraph, images, links, media, markup, text, prose: proseOf(tree) };
}

/** Node types whose text never carries a link to a person, body or document. */
export const NO_MENTIONS_INSIDE: ReadonlySet<string> = new Set(["link", "linkReference", "heading", "code", "inlineCode", "html", "image", "imageReference", "definition"]);

function proseOf(tree: Root): string[] {
  const figures = new Set(findFigures(tree.children).flatMap((figure) => (figure.captionIndex === undefined ? [figure.index] : [figure.index, figure.captionIndex])));
  const prose: string[] = [];
  tree.children.forEach((child, index) => {
    if (figures.has(index)) return;
    visit(child, (node) => {
      if (NO_MENTIONS_INSIDE.has(node.type)) return SKIP;
      if (node.type === "text") prose.push(node.value);
      return undefined;
    });
  });
  return prose;
}

// As mdast-util-to-string, but a media block's fields are not words of the article
// (parseArticle adds its caption instead), wherever the block sits.
function wordsOf(node: RootContent): string {
  if (isMediaBlock(node)) return "";
  return "children" in node ? node.children.map(wordsOf).join("") : toString(node);
}

function isMediaBlock(node: RootContent): boolean {
  return node.type === "code" && MEDIA_KINDS.some((kind) => kind === node.lang);
}
