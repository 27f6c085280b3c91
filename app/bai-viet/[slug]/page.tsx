import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody, JsonLd } from "../../_components/trusted-markup";
import { ArticleList } from "../../_components/article-list";
import { Dateline } from "../../_components/dateline";
import { PageFrame } from "../../_components/page-frame";
import { ShareLinks } from "../../_components/share-links";
import { getArticlePage, getPrerenderedArticleSlugs } from "../../_data/articles";
import { articleJsonLd, articleMetadata } from "../../_data/seo";

type Props = { params: Promise<{ slug: string }> };

// Prerendered or rendered on first request: README, Decisions, "Archive on request". A
// scheduled article renders as 404 until it is due; the 60-second revalidation then
// publishes it with no rebuild.
export const dynamicParams = true;
export const revalidate = 60;

export function generateStaticParams() {
  return getPrerenderedArticleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getArticlePage((await params).slug);
  return found === undefined ? {} : articleMetadata(found.article);
}

export default async function ArticlePage({ params }: Props) {
  const found = getArticlePage((await params).slug);
  if (found === undefined) notFound();
  const { view, html, related, article } = found;
  return (
    <PageFrame>
      <JsonLd json={articleJsonLd(article)} />
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
        {view.status ? <p className="status-banner">{view.status}: chỉ hiện khi xem thử, chưa công khai.</p> : null}
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
        <p className="print-address">Địa chỉ bài: {view.share.url}</p>
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
        <ShareLinks share={view.share} />
        <p className="lite-link">
          <a href={view.liteHref}>Đọc bản rút gọn (nhẹ, cho mạng chậm)</a>
        </p>
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
