import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Glossary } from "./parse-glossary";
import { remarkAbbreviations } from "./remark-abbreviations";
import { remarkDemoteHeadings } from "./remark-demote-headings";
import { remarkMarkLead } from "./remark-mark-lead";
import { remarkFigures, type ImageSizeLookup } from "./remark-figures";

// remark-html sanitises with GitHub's schema; we only add the elements our own plugins
// emit (figure, figcaption, abbr, the sapo class) and image sizing hints. Raw HTML, scripts, event
// handlers and javascript:/data: URLs are still dropped by the sanitiser; the check warns
// about each thing it drops (lib/find-dropped-markup.ts reads this schema).
/** What body HTML may hold once sanitised. */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "abbr"],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), "alt", "width", "height", "loading", "decoding"],
    abbr: ["title"],
    // Only the one class our own plugin sets; Markdown cannot write attributes itself.
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "sapo"]],
  },
};

/** Options for {@link renderMarkdown}. */
export interface RenderOptions {
  readonly imageSize?: ImageSizeLookup;
  /** Mark the lead paragraph as the sapo, when the article has no separate `summary`. */
  readonly markLead?: boolean;
  /** Abbreviations whose first use in the body gets an `<abbr title>`. */
  readonly glossary?: Glossary;
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
      .use(remarkFigures, { imageSize: options.imageSize })
      .use(remarkHtml, { sanitize: SANITIZE_SCHEMA })
      .processSync(markdown),
  );
}
