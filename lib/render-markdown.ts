import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Glossary } from "./parse-glossary";
import { remarkAbbreviations } from "./remark-abbreviations";
import { remarkEntities } from "./remark-entities";
import type { Registers } from "./registers";
import { remarkDemoteHeadings } from "./remark-demote-headings";
import { remarkMarkLead } from "./remark-mark-lead";
import { remarkNonBreakingHyphens } from "./non-breaking-hyphens";
import { straightenImageTitles } from "./parse-caption";
import type { PhotoForm, PhotoLookup } from "./photo-sources";
import { remarkFigures } from "./remark-figures";
import { remarkMedia, type MediaOptions } from "./remark-media";

// remark-html sanitises with GitHub's schema; we only add the elements our own plugins
// emit (figure, figcaption, picture, abbr, video, audio, source, the classes they set) and
// image sizing and loading hints. Markdown cannot write any of these itself: raw HTML
// never reaches the tree, and scripts, event handlers and javascript:/data: URLs are still
// dropped. Nor can it write srcset or sizes, so those come only from our plugins, with our
// own derived-file URLs. The check warns about each thing dropped
// (lib/find-dropped-markup.ts reads this schema).
/** What body HTML may hold once sanitised. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "abbr", "picture", "video", "audio", "source"],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), "alt", "width", "height", "loading", "decoding", "srcSet", "sizes", "fetchPriority"],
    abbr: ["title"],
    // Only the classes our own plugins set; Markdown cannot write attributes itself.
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "sapo", "media-link"]],
    div: [...(defaultSchema.attributes?.div ?? []), ["className", "gallery"]],
    figure: [["className", "media", "media-video", "media-audio", "media-external"]],
    // GitHub's schema already allows one class on links (footnotes'); a second entry for
    // className would never be reached, so the two are one list.
    a: [...(defaultSchema.attributes?.a ?? []).filter((entry) => !(Array.isArray(entry) && entry[0] === "className")), ["className", "data-footnote-backref", "video-link", "mention"]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", "video-play", "credit"]],
    video: [["controls", true], ["preload", "none"], "poster", "width", "height"],
    audio: [["controls", true], ["preload", "none"]],
    // A media file's address and type; a picture's WebP sources.
    source: ["src", "type", "srcSet", "sizes"],
  },
  protocols: { ...defaultSchema.protocols, poster: ["http", "https"] },
};

/** Options for {@link renderMarkdown}. */
export interface RenderOptions {
  /** The derived files of each photo; without it, images keep the address the article wrote. */
  readonly photo?: PhotoLookup;
  /** `<picture>` for the article page (the default), or one JPEG per photo for the lite page and feeds. */
  readonly photoForm?: PhotoForm;
  /** Mark the lead paragraph as the sapo, when the article has no separate `summary`. */
  readonly markLead?: boolean;
  /** Abbreviations whose first use in the body gets an `<abbr title>`. */
  readonly glossary?: Glossary;
  /** People, bodies and documents whose first mention in the body links to their page; without it, nothing is linked. */
  readonly registers?: Registers;
  /** The body's video and audio clips (the article's `media`), and how to show them. */
  readonly media?: Omit<MediaOptions, "photo" | "photoForm">;
}

/**
 * Renders an article body to sanitised HTML, with photos as figures of their derived files.
 *
 * @example renderMarkdown("![Ảnh](/a.svg \"Chú thích\")")
 * // '<figure><img src="/a.svg" alt="Ảnh" fetchpriority="high"><figcaption>Chú thích</figcaption></figure>\n'
 */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  return String(
    remark()
      .use(remarkDemoteHeadings)
      .use(remarkMarkLead, { enabled: options.markLead === true })
      .use(remarkMedia, { as: "player", media: [], ...options.media, photo: options.photo, photoForm: options.photoForm })
      // Figures first: a caption line is rebuilt as text there, so an abbreviation expanded
      // in it would be lost, and its first use in the body with it.
      .use(remarkFigures, { photo: options.photo, form: options.photoForm })
      // Before abbreviations: `HĐND tỉnh` is one text to match, and its <abbr> then goes inside the link.
      .use(options.registers === undefined ? [] : [[remarkEntities, { registers: options.registers }]])
      .use(remarkAbbreviations, { glossary: options.glossary ?? new Map() })
      .use(remarkNonBreakingHyphens)
      .use(remarkHtml, { sanitize: SANITIZE_SCHEMA })
      .processSync(straightenImageTitles(markdown)),
  );
}
