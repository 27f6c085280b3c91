import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Glossary } from "./parse-glossary";
import { remarkAbbreviations } from "./remark-abbreviations";
import { remarkDemoteHeadings } from "./remark-demote-headings";
import { remarkMarkLead } from "./remark-mark-lead";
import { straightenImageTitles } from "./parse-caption";
import { remarkFigures, type PhotoForm, type PhotoLookup } from "./remark-figures";

// remark-html sanitises with GitHub's schema; we only add the elements our own plugins
// emit (figure, figcaption, picture and its sources, abbr, the sapo, gallery and credit
// classes) and image sizing and loading hints. Raw HTML, scripts, event handlers and
// javascript:/data: URLs are still dropped by the sanitiser; Markdown cannot write
// srcset or sizes, so those come only from our plugin, with our own derived-file URLs.
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "abbr", "picture", "source"],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), "alt", "width", "height", "loading", "decoding", "srcSet", "sizes", "fetchPriority"],
    source: ["type", "srcSet", "sizes"],
    abbr: ["title"],
    // Only the classes our own plugins set; Markdown cannot write attributes itself.
    p: [...(defaultSchema.attributes?.p ?? []), ["className", "sapo"]],
    div: [...(defaultSchema.attributes?.div ?? []), ["className", "gallery"]],
    span: [...(defaultSchema.attributes?.span ?? []), ["className", "credit"]],
  },
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
      .use(remarkAbbreviations, { glossary: options.glossary ?? new Map() })
      .use(remarkFigures, { photo: options.photo, form: options.photoForm })
      .use(remarkHtml, { sanitize: schema })
      .processSync(straightenImageTitles(markdown)),
  );
}
