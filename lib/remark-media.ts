import type { Element, ElementContent } from "hast";
import type { Paragraph, Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import type { ArticleMedia } from "./article";
import { joinAbbreviations } from "./non-breaking-hyphens";
import { MEDIA_KINDS } from "./parse-media";
import { photoElement } from "./photo-element";
import { posterPhoto, type PhotoForm, type PhotoLookup } from "./photo-sources";

/** A self-hosted file's size and MIME type, for the lite page's plain link. */
export type MediaFileLookup = (src: string) => { readonly bytes: number; readonly type: string } | undefined;

/** How {@link remarkMedia} renders the clips of a body. */
export interface MediaOptions {
  /** The body's clips as parseArticle read them, in body order. */
  readonly media: readonly ArticleMedia[];
  /** `player` for the article page; `link` for the lite page, which loads nothing it does not need. */
  readonly as: "player" | "link";
  /** The derived files of each poster, as for the body's photos; without it, posters keep the address written. */
  readonly photo?: PhotoLookup | undefined;
  /** The body's photo form: posters take the same derived files as its photos. */
  readonly photoForm?: PhotoForm | undefined;
  readonly mediaFile?: MediaFileLookup;
}

const SITE_NAMES: Readonly<Record<string, string>> = {
  "youtube.com": "YouTube",
  "m.youtube.com": "YouTube",
  "youtu.be": "YouTube",
  "facebook.com": "Facebook",
  "m.facebook.com": "Facebook",
  "fb.watch": "Facebook",
  "vimeo.com": "Vimeo",
  "tiktok.com": "TikTok",
};

/**
 * remark plugin: turns each ```video and ```audio block into a captioned figure. A
 * self-hosted file becomes `<video controls preload="none" poster>` or
 * `<audio controls preload="none">`, which fetch nothing until the reader presses play; a
 * video on another site becomes its local poster linking there, so no request leaves for
 * that site before a tap. Posters are photos: their derived files, never the original.
 * With `as: "link"` each clip is one plain link instead.
 */
export function remarkMedia(options: MediaOptions) {
  return (tree: Root): void => {
    let next = 0;
    visit(tree, "code", (node, index, parent) => {
      if (!MEDIA_KINDS.some((kind) => kind === node.lang) || parent === undefined || index === undefined) return;
      const clip = options.media[next];
      next += 1;
      if (clip === undefined) return;
      const rendered: Paragraph = { type: "paragraph", children: [], data: options.as === "link" ? linkData(clip, options) : figureData(clip, options) };
      parent.children.splice(index, 1, rendered);
      return SKIP;
    });
  };
}

function figureData(clip: ArticleMedia, options: MediaOptions): Paragraph["data"] {
  const body = clip.external ? externalVideo(clip, options) : clip.kind === "video" ? videoPlayer(clip, options) : audioPlayer(clip, options);
  const className = ["media", clip.external ? "media-external" : `media-${clip.kind}`];
  return { hName: "figure", hProperties: { className }, hChildren: [body, caption(clip)] };
}

function videoPlayer(clip: ArticleMedia, options: MediaOptions): Element {
  return element("video", { controls: true, preload: "none", ...posterProperties(clip.poster, options) }, [source(clip, options), download(clip, "Tải video về máy")]);
}

// The player takes the poster's shape (width and height of the upright original) before
// anything loads.
function posterProperties(poster: string | undefined, options: MediaOptions): Element["properties"] {
  if (poster === undefined) return {};
  const plan = options.photo?.(poster);
  const file = plan === undefined ? undefined : posterPhoto(plan, options.photoForm ?? { kind: "picture" });
  return plan === undefined || file === undefined ? { poster } : { poster: file.url, width: plan.width, height: plan.height };
}

function audioPlayer(clip: ArticleMedia, options: MediaOptions): Element {
  return element("audio", { controls: true, preload: "none" }, [source(clip, options), download(clip, "Tải tệp âm thanh về máy")]);
}

function source(clip: ArticleMedia, options: Pick<MediaOptions, "mediaFile">): Element {
  const type = options.mediaFile?.(clip.src)?.type;
  return element("source", { src: clip.src, ...(type === undefined ? {} : { type }) }, []);
}

// Shown only by a browser that plays neither format.
function download(clip: ArticleMedia, label: string): Element {
  return element("a", { href: clip.src }, [text(label)]);
}

function externalVideo(clip: ArticleMedia, options: MediaOptions): Element {
  const form = options.photoForm ?? { kind: "picture" };
  const poster = clip.poster === undefined ? [] : [photoElement({ src: clip.poster, alt: "" }, options.photo?.(clip.poster), form, { slot: "column", eager: false })];
  return element("a", { href: clip.src, className: ["video-link"] }, [...poster, element("span", { className: ["video-play"] }, [text(`Xem video trên ${siteName(clip.src)}`)])]);
}

// Captions are built here rather than parsed from the body, so they get the body's
// non-breaking hyphens here too (PT-TH, UBND-MTTQ).
function caption(clip: ArticleMedia): Element {
  const credit = clip.credit === undefined ? [] : [text(" "), element("span", { className: ["credit"] }, [text(`${creditLabel(clip)}: ${joinAbbreviations(clip.credit)}`)])];
  return element("figcaption", {}, [text(joinAbbreviations(clip.caption)), ...credit]);
}

function creditLabel(clip: ArticleMedia): string {
  return clip.kind === "video" ? "Video" : "Âm thanh";
}

function linkData(clip: ArticleMedia, options: MediaOptions): Paragraph["data"] {
  const file = clip.external ? undefined : options.mediaFile?.(clip.src);
  const what = clip.kind === "video" ? "Xem video" : "Nghe";
  const where = clip.external ? ` trên ${siteName(clip.src)}` : file === undefined ? "" : ` (${formatExtension(clip.src)}, ${formatBytes(file.bytes)})`;
  const credit = clip.credit === undefined ? "" : ` ${creditLabel(clip)}: ${clip.credit}`;
  return { hName: "p", hProperties: { className: ["media-link"] }, hChildren: [element("a", { href: clip.src }, [text(`${what}${where}`)]), text(joinAbbreviations(`: ${clip.caption}${credit}`))] };
}

/**
 * What a reader calls the site a video is on: `YouTube` for youtube.com and youtu.be,
 * otherwise its host name.
 *
 * @example siteName("https://www.youtube.com/watch?v=abc") // "YouTube"
 */
export function siteName(url: string): string {
  const host = /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase().replace(/^www\./, "") ?? url;
  return SITE_NAMES[host] ?? host;
}

/**
 * A file size as Vietnamese readers write it: kilobytes under a megabyte, else megabytes
 * with a decimal comma.
 *
 * @example formatBytes(12_900_000) // "12,3 MB"
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

function formatExtension(src: string): string {
  return (/\.([a-z0-9]+)$/i.exec(src)?.[1] ?? "").toUpperCase();
}

function element(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: "text", value };
}
