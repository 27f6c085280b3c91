import type { Element, ElementContent } from "hast";
import type { Image, Paragraph, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import { joinAbbreviations } from "./non-breaking-hyphens";
import { parseCaption, type Caption } from "./parse-caption";
import { photoElement } from "./photo-element";
import type { PhotoForm, PhotoLookup, PhotoSlot } from "./photo-sources";

/**
 * The captioned photo of the old content contract: an image with a title, alone in its
 * paragraph. Returns that image, or undefined for any other paragraph.
 */
export function captionedImage(paragraph: Paragraph): Image | undefined {
  const photo = photoParagraph(paragraph);
  return photo !== undefined && photo.line === undefined && typeof photo.image.title === "string" && photo.image.title.trim() !== "" ? photo.image : undefined;
}

/** A photo of the body: its paragraph, the image, and its caption from the title and an italic line under it. */
export interface FigureMatch {
  readonly index: number;
  readonly image: Image;
  readonly caption: Caption;
  /** The paragraph that held only the italic caption line, when it was a paragraph of its own. */
  readonly captionIndex?: number;
}

/**
 * The photos among a body's top-level nodes: an image alone in its paragraph, captioned
 * by its title and by an italic line right under it (`*Ảnh: Hồng Nhung*`, in the same
 * paragraph or the next), which then belongs to the photo rather than being a paragraph.
 */
export function findFigures(children: readonly RootContent[]): FigureMatch[] {
  const figures: FigureMatch[] = [];
  children.forEach((node, index) => {
    const photo = node.type === "paragraph" ? photoParagraph(node) : undefined;
    if (photo === undefined) return;
    const next = children[index + 1];
    const ownLine = photo.line === undefined && next?.type === "paragraph" ? italicLine(next) : undefined;
    const title = parseCaption(photo.image.title ?? "");
    const line = parseCaption(photo.line ?? ownLine ?? "");
    // The line under a photo adds to its title: more caption, or the credit.
    const text = [title.text, line.text].filter((part) => part !== "").join(" ");
    const credit = line.credit ?? title.credit;
    const caption = credit === undefined ? { text } : { text, credit };
    figures.push({ index, image: photo.image, caption, ...(ownLine === undefined ? {} : { captionIndex: index + 1 }) });
  });
  return figures;
}

// An image alone in its paragraph, or followed on the next line by an italic line alone.
function photoParagraph(paragraph: Paragraph): { image: Image; line?: string } | undefined {
  const meaningful = paragraph.children.filter((child) => child.type !== "break" && !(child.type === "text" && child.value.trim() === ""));
  const [image, emphasis] = meaningful;
  if (image?.type !== "image" || meaningful.length > 2) return undefined;
  if (emphasis === undefined) return { image };
  const below = (emphasis.position?.start.line ?? 0) > (image.position?.end.line ?? 0);
  return emphasis.type === "emphasis" && below ? { image, line: toString(emphasis) } : undefined;
}

function italicLine(paragraph: Paragraph): string | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === "emphasis" ? toString(only) : undefined;
}

/**
 * remark plugin: each photo of the body becomes `<figure>` with its derived files and a
 * `<figcaption>` (the credit apart, in `<span class="credit">`); two or more captioned
 * photos in a row form a `<div class="gallery">` (a CSS grid, no JavaScript). The first
 * photo loads at once with high priority, the others lazily. Images inside other text
 * become the same derived files, without a figure.
 */
export function remarkFigures(options: { readonly photo?: PhotoLookup | undefined; readonly form?: PhotoForm | undefined } = {}) {
  const form = options.form ?? { kind: "picture" };
  const lookup = options.photo ?? (() => undefined);
  return (tree: Root): void => {
    resolveImageReferences(tree);
    let first: Image | undefined;
    visit(tree, "image", (image) => {
      first ??= image;
    });
    const render = (image: Image, slot: PhotoSlot): Element => photoElement({ src: image.url, alt: image.alt ?? "" }, lookup(image.url), form, { slot, eager: image === first });
    const figures = findFigures(tree.children);
    // A gallery is a layout of the article page; the lite page and feeds show photos one by one.
    const runs = form.kind === "picture" ? galleryRuns(figures) : figures.map((figure) => [figure]);
    const consumed = new Set<RootContent>();
    for (const run of runs) {
      const gallery = run.length > 1;
      const elements = run.map((figure) => figureElement(render(figure.image, gallery ? "gallery" : "column"), figure.caption));
      const [head] = run;
      const node = head === undefined ? undefined : tree.children[head.index];
      if (node?.type !== "paragraph") continue;
      node.data = gallery
        ? { hName: "div", hProperties: { className: ["gallery"] }, hChildren: elements }
        : { hName: "figure", hProperties: {}, hChildren: elements[0]?.children ?? [] };
      // The other photos of a gallery and every separate caption line now live in that node.
      for (const figure of run) {
        const others = [figure === head ? undefined : figure.index, figure.captionIndex];
        for (const index of others) if (index !== undefined) consumed.add(tree.children[index] ?? node);
      }
    }
    tree.children = tree.children.filter((child) => !consumed.has(child));
    // What is left: images inline in text, in quotes or lists.
    visit(tree, "image", (image) => {
      if (image.data?.hName !== undefined) return;
      const element = render(image, "column");
      const fallback = element.tagName === "img" ? element : element.children.find((child) => child.type === "element" && child.tagName === "img");
      if (fallback?.type === "element" && typeof image.title === "string") fallback.properties.title = image.title;
      // The image's own src, alt and title would otherwise land on <picture> too.
      image.data = { hName: element.tagName, hProperties: { src: undefined, alt: undefined, title: undefined, ...element.properties }, hChildren: element.children };
    });
  };
}

// `![alt][ref]` takes its address and title from a definition elsewhere; as a plain image
// it gets the same derived files and caption rules (the definition itself renders nothing).
function resolveImageReferences(tree: Root): void {
  const definitions = new Map<string, { url: string; title?: string | null | undefined }>();
  visit(tree, "definition", (definition) => {
    definitions.set(definition.identifier, { url: definition.url, title: definition.title });
  });
  visit(tree, "imageReference", (reference, index, parent) => {
    const definition = definitions.get(reference.identifier);
    if (parent === undefined || index === undefined || definition === undefined) return;
    parent.children[index] = { type: "image", url: definition.url, title: definition.title, alt: reference.alt, position: reference.position };
  });
}

// Consecutive captioned photos (nothing between them but their caption lines) form a
// gallery; any other photo stands alone.
function galleryRuns(figures: readonly FigureMatch[]): FigureMatch[][] {
  const runs: FigureMatch[][] = [];
  for (const figure of figures) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    const adjacent = previous !== undefined && (previous.captionIndex ?? previous.index) + 1 === figure.index;
    if (run !== undefined && adjacent && hasCaption(previous.caption) && hasCaption(figure.caption)) run.push(figure);
    else runs.push([figure]);
  }
  return runs;
}

/** A caption as one line of text, credit last, for search and structured data. */
export function captionText(caption: Caption): string {
  return [caption.text, caption.credit ?? ""].filter((part) => part !== "").join(" ");
}

function hasCaption(caption: Caption): boolean {
  return caption.text !== "" || caption.credit !== undefined;
}

// Captions come from titles and emphasis, not from the body's text nodes, so they get the
// body's non-breaking hyphens here (UBND-MTTQ, PT-TH), as media captions do.
function figureElement(photo: Element, caption: Caption): Element {
  const children: ElementContent[] = [photo];
  const text = joinAbbreviations(caption.text);
  const credit = caption.credit === undefined ? undefined : joinAbbreviations(caption.credit);
  if (text !== "" || credit !== undefined) {
    const parts: ElementContent[] = text === "" ? [] : [{ type: "text", value: text }];
    if (credit !== undefined) {
      if (text !== "") parts.push({ type: "text", value: " " });
      parts.push({ type: "element", tagName: "span", properties: { className: ["credit"] }, children: [{ type: "text", value: credit }] });
    }
    children.push({ type: "element", tagName: "figcaption", properties: {}, children: parts });
  }
  return { type: "element", tagName: "figure", properties: {}, children };
}
