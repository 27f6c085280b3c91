import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Glossary } from "./parse-glossary";
import { remarkAbbreviations } from "./remark-abbreviations";
import { remarkDemoteHeadings } from "./remark-demote-headings";
import { remarkMarkLead } from "./remark-mark-lead";
import { remarkNonBreakingHyphens } from "./non-breaking-hyphens";
import { remarkFigures, type ImageSizeLookup } from "./remark-figures";
import { remarkMedia, type MediaOptions } from "./remark-media";

// remark-html sanitises with GitHub's schema; we only add the elements our own plugins
// emit (figure, figcaption, abbr, video, audio, source, the classes they set) and image
// sizing hints. Markdown cannot write any of these itself: raw HTML never reaches the
// tree, and scripts, event handlers and javascript:/data: URLs are still dropped. The
// check warns about each thing dropped (lib/find-dropped-markup.ts reads this schema).
/** What body HTML may hold once sanitised. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "abbr", "video", "audio", "source"],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), "alt", "width", "height", "loading", "decoding"],
    abbr: ["title"],
    // Only the classes our own plugins set; Markdown cannot write attributes itself.
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "sapo", "media-link"]],
    figure: [["className", "media", "media-video", "media-audio", "media-external"]],
    // GitHub's schema already allows one class on links (footnotes'); a second entry for
    // className would never be reached, so the two are one list.
    a: [...(defaultSchema.attributes?.a ?? []).filter((entry) => !(Array.isArray(entry) && entry[0] === "className")), ["className", "data-footnote-backref", "video-link"]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", "video-play", "credit"]],
    video: [["controls", true], ["preload", "none"], "poster", "width", "height"],
    audio: [["controls", true], ["preload", "none"]],
    source: ["src", "type"],
  },
  protocols: { ...defaultSchema.protocols, poster: ["http", "https"] },
};

/** Options for {@link renderMarkdown}. */
export interface RenderOptions {
  readonly imageSize?: ImageSizeLookup;
  /** Mark the lead paragraph as the sapo, when the article has no separate `summary`. */
  readonly markLead?: boolean;
  /** Abbreviations whose first use in the body gets an `<abbr title>`. */
  readonly glossary?: Glossary;
  /** The body's video and audio clips (the article's `media`), and how to show them. */
  readonly media?: Omit<MediaOptions, "imageSize">;
}

/**
 * Renders an article body to sanitised HTML, with captioned photos as figures.
 *
 * @example renderMarkdown("![Ảnh](/a.svg \"Chú thích\")")
 * // '<figure><img src="/a.svg" alt="Ảnh" …><figcaption>Chú thích</figcaption></figure>\n'
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return String(
    remark()
      .use(remarkDemoteHeadings)
      .use(remarkMarkLead, { enabled: options.markLead === true })
      .use(remarkAbbreviations, { glossary: options.glossary ?? new Map() })
      .use(remarkNonBreakingHyphens)
      .use(remarkMedia, { as: "player", media: [], ...options.media, imageSize: options.imageSize })
      .use(remarkFigures, { imageSize: options.imageSize })
      .use(remarkHtml, { sanitize: SANITIZE_SCHEMA })
      .processSync(markdown),
  );
}
