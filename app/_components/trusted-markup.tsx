// The only module in the app that sets inner HTML, for exactly three kinds of markup that
// lib/ already made safe: the article body (remark-html with its sanitiser on), JSON-LD
// (lib/structured-data's serialiser escapes <, > and &), and the site's furniture and
// article cards, which lib/render-furniture.ts and lib/render-cards.ts write as text with
// every value escaped, so that the text-rendered search page prints the same markup.
// Nothing else may come here.

/** The sanitised article body. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A JSON-LD script; React would HTML-escape a text child and corrupt the JSON. */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

/** The elements whose inside lib/'s text renderers write. */
type RenderedTag = "header" | "footer" | "ol" | "nav" | "picture" | "p" | "section";

/** An element whose inside lib/render-furniture.ts or lib/render-cards.ts rendered. */
export function RenderedMarkup({ tag: Tag, html, className, label, labelledBy }: { tag: RenderedTag; html: string; className: string; label?: string; labelledBy?: string }) {
  return <Tag className={className} aria-label={label} aria-labelledby={labelledBy} dangerouslySetInnerHTML={{ __html: html }} />;
}
