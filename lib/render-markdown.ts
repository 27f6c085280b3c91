import { defaultSchema, type Schema } from "hast-util-sanitize";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { remarkDropLead } from "./lead-paragraph";
import { remarkFigures, type ImageSizeLookup } from "./remark-figures";

// remark-html sanitises with GitHub's schema; we only add the elements our own plugins
// emit (figure, figcaption, abbr) and image sizing hints. Raw HTML, scripts, event
// handlers and javascript:/data: URLs are still dropped by the sanitiser.
const schema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "figure", "figcaption", "abbr"],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), "alt", "width", "height", "loading", "decoding"],
    abbr: ["title"],
  },
};

/** Options for {@link renderMarkdown}. */
export interface RenderOptions {
  readonly imageSize?: ImageSizeLookup;
  /** Leave out the lead paragraph when the page shows it as the sapo. */
  readonly dropLead?: boolean;
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
      .use(remarkDropLead, { enabled: options.dropLead === true })
      .use(remarkFigures, { imageSize: options.imageSize })
      .use(remarkHtml, { sanitize: schema })
      .processSync(markdown),
  );
}
