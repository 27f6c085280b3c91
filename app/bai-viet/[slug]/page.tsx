import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "../../_components/ArticleBody";
import { Dateline } from "../../_components/Dateline";
import { getArticleSlugs, getArticleView } from "../../_data/content";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = getArticleView((await params).slug);
  if (found === undefined) return {};
  return { title: found.view.title, description: found.view.summary };
}

export default async function ArticlePage({ params }: Props) {
  const found = getArticleView((await params).slug);
  if (found === undefined) notFound();
  const { view, html } = found;
  return (
    <article className="article">
      <nav aria-label="Đường dẫn" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">Trang chủ</Link>
          </li>
          <li>
            <Link href={view.section.href}>{view.section.label}</Link>
          </li>
        </ol>
      </nav>
      {view.status ? <p className="status-banner">{view.status}: chỉ hiện khi xem thử, chưa công khai.</p> : null}
      <h1 className="headline">{view.title}</h1>
      <Dateline stamp={view.published} />
      {view.updated ? <Dateline stamp={view.updated} prefix="Cập nhật: " /> : null}
      <p className="sapo">{view.summary}</p>
      <ArticleBody html={html} />
      <p className="byline">{view.authors.map((author) => author.label).join(", ")}</p>
      {view.source ? <p className="source">Nguồn: {view.source}</p> : null}
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
        <nav aria-label="Chủ đề" className="tags">
          <ul>
            {view.tags.map((tag) => (
              <li key={tag.href}>
                <Link href={tag.href}>{tag.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
