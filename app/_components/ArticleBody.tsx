// The only place in the app that sets inner HTML: the body that lib/render-markdown
// produced with remark-html's sanitiser on. Nothing else may reach this component.
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
