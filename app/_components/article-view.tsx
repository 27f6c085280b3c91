import type { ArticlePage } from "@/lib/present-article";
import { articleJsonLd } from "../_data/seo";
import { ArticleList } from "./article-list";
import { Dateline } from "./dateline";
import { PageFrame } from "./page-frame";
import { ShareLinks } from "./share-links";
import { ArticleBody, JsonLd } from "./trusted-markup";

/**
 * An article as its page shows it, shared by the article page and the preview page. A
 * preview (`preview` is its banner) leaves out what points search engines and readers to
 * public URLs the article may not have yet: structured data, the printed address, the
 * sharing links and the lite version.
 */
export function ArticleView({ page, preview }: { page: ArticlePage; preview?: string }) {
  const { view, html, related, article } = page;
  return (
    <PageFrame>
      {preview ? null : <JsonLd json={articleJsonLd(article)} />}
      <article className="article">
        <nav aria-label="Đường dẫn" className="breadcrumb">
          <ol>
            <li>
              <a href="/">Trang chủ</a>
            </li>
            <li>
              <a href={view.section.href}>{view.section.label}</a>
            </li>
          </ol>
        </nav>
        {preview ? (
          <p className="status-banner">{preview}</p>
        ) : view.status ? (
          <p className="status-banner">{view.status}: chỉ hiện khi xem thử, chưa công khai.</p>
        ) : null}
        <h1 className="headline">{view.title}</h1>
        <Dateline stamp={view.published} />
        {view.updated ? <Dateline stamp={view.updated} prefix="Cập nhật: " /> : null}
        {view.sapoInBody ? null : <p className="sapo">{view.summary}</p>}
        <ArticleBody html={html} />
        {/* Printed as the papers print it: the name in plain bold, still a link to the author's page. */}
        <p className="byline">
          {view.authors.map((author, index) => (
            <span key={author.href}>
              {index > 0 ? ", " : null}
              <a href={author.href}>{author.label}</a>
            </span>
          ))}
        </p>
        {view.source ? <p className="source">Nguồn: {view.source}</p> : null}
        {preview ? null : <p className="print-address">Địa chỉ bài: {view.share.url}</p>}
        {view.corrections.length > 0 ? (
          <aside className="corrections" aria-labelledby="dinh-chinh">
            <h2 id="dinh-chinh">Đính chính</h2>
            <ul>
              {view.corrections.map((correction) => (
                <li key={correction.date + correction.text}>
                  <strong>{correction.date}:</strong> {correction.text}
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
        {view.tags.length > 0 ? (
          <nav aria-labelledby="tu-khoa" className="tags">
            <span id="tu-khoa" className="tags-label">
              Từ khóa:
            </span>
            <ul>
              {view.tags.map((tag) => (
                <li key={tag.href}>
                  <a href={tag.href}>{tag.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {view.places.length > 0 ? (
          <nav aria-labelledby="dia-danh" className="tags">
            <span id="dia-danh" className="tags-label">
              Địa danh:
            </span>
            <ul>
              {view.places.map((place) => (
                <li key={place.href}>
                  <a href={place.href}>{place.label}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {preview ? null : (
          <>
            <ShareLinks share={view.share} />
            <p className="lite-link">
              <a href={view.liteHref}>Đọc bản rút gọn (nhẹ, cho mạng chậm)</a>
            </p>
          </>
        )}
      </article>
      {related.length > 0 ? (
        <section className="related" aria-labelledby="tin-lien-quan">
          <h2 id="tin-lien-quan">Tin liên quan</h2>
          <ArticleList cards={related} headingLevel={3} />
        </section>
      ) : null}
    </PageFrame>
  );
}
