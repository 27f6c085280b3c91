import type { Metadata } from "next";
import { ArticleView } from "../../_components/article-view";
import { MissingPage } from "../../_components/page-frame";
import { getArticlePage, getPrerenderedArticleSlugs } from "../../_data/articles";
import { articleMetadata } from "../../_data/seo";

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
  if (found === undefined) return <MissingPage />;
  return <ArticleView page={found} />;
}
