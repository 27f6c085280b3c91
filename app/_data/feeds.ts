import "server-only";
import type { Article } from "@/lib/article";
import { FEED_SIZE, renderAtom, renderRss, type FeedChannel, type FeedEntry } from "@/lib/render-feed";
import { feedPath, sectionPath, type FeedFormat } from "@/lib/routes";
import { getBodyHtml } from "./articles";
import { getImageFacts, getIndex, getSite } from "./content";

function entries(articles: readonly Article[]): FeedEntry[] {
  return articles.slice(0, FEED_SIZE).map((article) => {
    const facts = article.leadImage ? getImageFacts(article.leadImage.src) : undefined;
    return { article, html: getBodyHtml(article), enclosure: facts ? { length: facts.bytes, type: facts.type } : undefined };
  });
}

function render(format: FeedFormat, channel: FeedChannel, articles: readonly Article[]): string {
  const site = getSite();
  return format === "rss" ? renderRss(site, channel, entries(articles)) : renderAtom(site, channel, entries(articles));
}

/** The whole site's newest 50 articles as RSS 2.0 or Atom. */
export function getSiteFeed(format: FeedFormat): string {
  const site = getSite();
  return render(
    format,
    { title: site.name, description: site.description, pagePath: "/", rssPath: feedPath("rss"), atomPath: feedPath("atom") },
    getIndex().articles,
  );
}

/** One section's newest 50 articles, or undefined for an unknown section. */
export function getSectionFeed(slug: string, format: FeedFormat): string | undefined {
  const group = getIndex().sections.get(slug);
  if (group === undefined) return undefined;
  const site = getSite();
  const path = sectionPath(slug);
  return render(
    format,
    {
      title: `${site.name}: ${group.name}`,
      description: group.description || site.description,
      pagePath: path,
      rssPath: feedPath("rss", slug),
      atomPath: feedPath("atom", slug),
    },
    group.articles,
  );
}

/** Slugs of the sections that have feeds. */
export function getFeedSectionSlugs(): string[] {
  return [...getIndex().sections.keys()];
}
