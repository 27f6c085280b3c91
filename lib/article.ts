import type { Mention } from "./registers";

/** A section of the paper (chuyên mục), declared in `content/sections.yaml`. */
export interface Section {
  readonly name: string;
  readonly slug: string;
  readonly description: string;
}

/** A photo in an article body; `caption` comes from the Markdown image title. */
export interface ArticleImage {
  readonly src: string;
  readonly alt: string;
  readonly caption?: string | undefined;
  readonly width?: number;
  readonly height?: number;
}

/** What a media block holds. */
export type MediaKind = "video" | "audio";

/** A video or audio clip in an article body, from a ```video or ```audio block (lib/parse-media.ts). */
export interface ArticleMedia {
  readonly kind: MediaKind;
  /** A file under public/ (`/media/2026/12/ky-hop.mp4`), or for a video the address of its page on a video site. */
  readonly src: string;
  /** A video on another site: shown as its poster linking there, never embedded, so nothing loads from it before a tap. */
  readonly external: boolean;
  /** A photo, an original under content/images/ like any other; every video has one, audio none. */
  readonly poster?: string | undefined;
  /** Line of the `poster:` field, so a problem with the photo points at it rather than at the fence. */
  readonly posterLine?: number | undefined;
  readonly caption: string;
  /** Who made it (`Đài PT-TH tỉnh`), printed after the caption as photo credits are. */
  readonly credit?: string | undefined;
  /** Line of the block's opening fence, for messages. */
  readonly line: number;
}

/** A dated correction notice shown in the "Đính chính" box. */
export interface Correction {
  readonly date: Date;
  readonly text: string;
}

/** Everything a list needs about an article; no body, so lists stay small. */
export interface ArticleSummary {
  readonly slug: string;
  /** Source file relative to the repository root, for messages and "edit" links. */
  readonly file: string;
  readonly title: string;
  readonly published: Date;
  readonly updated?: Date | undefined;
  readonly authors: readonly string[];
  readonly section: Section;
  readonly tags: readonly string[];
  /** The sapo: `summary` from front matter, else the body's first paragraph. */
  readonly summary: string;
  readonly source?: string | undefined;
  readonly draft: boolean;
  readonly leadImage?: ArticleImage | undefined;
  /** Ids of the places the article is tagged with (`places:`), from content/places.yaml. */
  readonly places: readonly string[];
  /** The people, bodies and documents its body mentions, each once, in order of first mention. */
  readonly mentions: readonly Mention[];
}

/**
 * What a page shows of an article beside its body, as the content store keeps it: no
 * Markdown and no plain text, so a record stays a few hundred bytes.
 */
export interface ArticleRecord extends ArticleSummary {
  /** True when the sapo is the body's first paragraph, so the page must not print it twice. */
  readonly leadFromBody: boolean;
  readonly images: readonly ArticleImage[];
  /** Video and audio clips, in body order. */
  readonly media: readonly ArticleMedia[];
  readonly corrections: readonly Correction[];
}

/** A validated article: its record plus the Markdown body and its plain text. */
export interface Article extends ArticleRecord {
  readonly markdown: string;
  /** The body as plain text, for the search index. */
  readonly text: string;
}
