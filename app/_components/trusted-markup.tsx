// The only module in the app that sets inner HTML, for exactly two kinds of markup that
// lib/ already made safe: the article body (remark-html with its sanitiser on) and JSON-LD
// (lib/structured-data's serialiser escapes <, > and &). Nothing else may come here.

/** The sanitised article body. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A JSON-LD script; React would HTML-escape a text child and corrupt the JSON. */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
