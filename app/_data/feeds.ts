import "server-only";
import type { ArticleSummary } from "@/lib/article";
import { FEED_SIZE, renderAtom, renderRss, type FeedChannel, type FeedEntry } from "@/lib/render-feed";
import { feedPath, sectionPath, type FeedFormat } from "@/lib/routes";
import { getFeedBodyHtml } from "./articles";
import { getSite, getStore, visibleAt } from "./content";
import { getPreviewFile, getPhotoFileBytes } from "./photos";

async function entries(articles: readonly ArticleSummary[]): Promise<FeedEntry[]> {
  const list: FeedEntry[] = [];
  // One at a time: an enclosure not yet encoded waits for its turn in the photo queue.
  for (const article of articles.slice(0, FEED_SIZE)) list.push({ article, html: getFeedBodyHtml(article), enclosure: await enclosureOf(article) });
  return list;
}

// RSS wants the enclosure's exact length: the derived JPEG is encoded first if need be.
async function enclosureOf(article: ArticleSummary): Promise<FeedEntry["enclosure"]> {
  const src = article.leadImage?.src;
  const file = src === undefined ? undefined : getPreviewFile(src);
  if (src === undefined || file === undefined) return undefined;
  const length = await getPhotoFileBytes(src, file).catch(() => undefined);
  return length === undefined ? undefined : { url: file.url, length, type: file.type };
}

async function render(format: FeedFormat, channel: FeedChannel, articles: readonly ArticleSummary[]): Promise<string> {
  const site = getSite();
  // Atom carries no enclosure (lib/render-feed.ts): its entries need no photo encoded.
  const list = format === "rss" ? await entries(articles) : articles.slice(0, FEED_SIZE).map((article) => ({ article, html: getFeedBodyHtml(article) }));
  return format === "rss" ? renderRss(site, channel, list) : renderAtom(site, channel, list);
}

/** The whole site's newest 50 articles as RSS 2.0 or Atom. */
export function getSiteFeed(format: FeedFormat): Promise<string> {
  const site = getSite();
  return render(
    format,
    { title: site.name, description: site.description, pagePath: "/", rssPath: feedPath("rss"), atomPath: feedPath("atom") },
    getStore().newest(visibleAt(), FEED_SIZE),
  );
}

/** One section's newest 50 articles, or undefined for an unknown section. */
export async function getSectionFeed(slug: string, format: FeedFormat): Promise<string | undefined> {
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
