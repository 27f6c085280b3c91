import "server-only";
import type { ArticleSummary } from "@/lib/article";
import { FEED_SIZE, renderAtom, renderRss, type FeedChannel, type FeedEntry } from "@/lib/render-feed";
import { feedPath, sectionPath, type FeedFormat } from "@/lib/routes";
import { getBodyHtml } from "./articles";
import { getImageFacts, getSite, getStore, visibleAt } from "./content";

function entries(articles: readonly ArticleSummary[]): FeedEntry[] {
  return articles.map((article) => {
    const facts = article.leadImage ? getImageFacts(article.leadImage.src) : undefined;
    return { article, html: getBodyHtml(article), enclosure: facts ? { length: facts.bytes, type: facts.type } : undefined };
  });
}

function render(format: FeedFormat, channel: FeedChannel, articles: readonly ArticleSummary[]): string {
  const site = getSite();
  return format === "rss" ? renderRss(site, channel, entries(articles)) : renderAtom(site, channel, entries(articles));
}

/** The whole site's newest 50 articles as RSS 2.0 or Atom. */
export function getSiteFeed(format: FeedFormat): string {
  const site = getSite();
  return render(
    format,
    { title: site.name, description: site.description, pagePath: "/", rssPath: feedPath("rss"), atomPath: feedPath("atom") },
    getStore().newest(visibleAt(), FEED_SIZE),
  );
}

/** One section's newest 50 articles, or undefined for an unknown section. */
export function getSectionFeed(slug: string, format: FeedFormat): string | undefined {
  const store = getStore();
  const section = store.sections.find((candidate) => candidate.slug === slug);
  if (section === undefined) return undefined;
  const site = getSite();
  const path = sectionPath(slug);
  return render(
    format,
    {
      title: `${site.name}: ${section.name}`,
      description: section.description || site.description,
      pagePath: path,
      rssPath: feedPath("rss", slug),
      atomPath: feedPath("atom", slug),
    },
    store.newest(visibleAt(), FEED_SIZE, slug),
  );
}

/** Slugs of the sections that have feeds. */
export function getFeedSectionSlugs(): string[] {
  return getStore().sections.map((section) => section.slug);
}
