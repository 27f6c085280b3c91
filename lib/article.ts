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
  readonly caption?: string;
  readonly width?: number;
  readonly height?: number;
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
  readonly updated?: Date;
  readonly authors: readonly string[];
  readonly section: Section;
  readonly tags: readonly string[];
  /** The sapo: `summary` from front matter, else the body's first paragraph. */
  readonly summary: string;
  readonly source?: string;
  readonly draft: boolean;
  readonly leadImage?: ArticleImage;
}

/**
 * What a page shows of an article beside its body, as the content store keeps it: no
 * Markdown and no plain text, so a record stays a few hundred bytes.
 */
export interface ArticleRecord extends ArticleSummary {
  /** True when the sapo is the body's first paragraph, so the page must not print it twice. */
  readonly leadFromBody: boolean;
  readonly images: readonly ArticleImage[];
  readonly corrections: readonly Correction[];
}

/** A validated article: its record plus the Markdown body and its plain text. */
export interface Article extends ArticleRecord {
  readonly markdown: string;
  /** The body as plain text, for the search index. */
  readonly text: string;
}
