import { create } from "xmlbuilder2";
import type { ArticleSummary } from "./article";
import { formatIsoDateTime } from "./format-dateline";
import { absoluteUrl, articlePath } from "./routes";
import type { SiteConfig } from "./site-config";

/** One URL of a sitemap, site-relative, with its last change. */
export interface SitemapEntry {
  readonly path: string;
  readonly lastModified?: Date | undefined;
}

/** The sitemap protocol's limits per file: 50,000 URLs or 50 MB uncompressed. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** Renders a `<urlset>` of entries. */
export function renderUrlSet(site: SiteConfig, entries: readonly SitemapEntry[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(SITEMAP_NS, "urlset");
  for (const entry of entries) {
    const url = root.ele(SITEMAP_NS, "url");
    url.ele(SITEMAP_NS, "loc").txt(absoluteUrl(site.baseUrl, entry.path));
    if (entry.lastModified) url.ele(SITEMAP_NS, "lastmod").txt(formatIsoDateTime(entry.lastModified, site.timeZone));
  }
  return root.end({ prettyPrint: true });
}

/** Renders a `<sitemapindex>` pointing at the given site-relative sitemap paths. */
export function renderSitemapIndex(site: SiteConfig, parts: readonly SitemapEntry[]): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(SITEMAP_NS, "sitemapindex");
  for (const part of parts) {
    const sitemap = root.ele(SITEMAP_NS, "sitemap");
    sitemap.ele(SITEMAP_NS, "loc").txt(absoluteUrl(site.baseUrl, part.path));
    if (part.lastModified) sitemap.ele(SITEMAP_NS, "lastmod").txt(formatIsoDateTime(part.lastModified, site.timeZone));
  }
  return root.end({ prettyPrint: true });
}

/**
 * Splits entries into sitemap files that each stay under the protocol's limits. A URL
 * here is under 2 KB, so capping the count also keeps every file far below 50 MB.
 */
export function splitSitemap<T>(entries: readonly T[], maxUrls = SITEMAP_MAX_URLS): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < entries.length; start += maxUrls) parts.push(entries.slice(start, start + maxUrls));
  return parts.length === 0 ? [[]] : parts;
}

/** How far back Google News reads a news sitemap: articles of the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Renders a Google News sitemap of the articles published in the two days before `now`. */
export function renderNewsSitemap(site: SiteConfig, articles: readonly ArticleSummary[], now: Date): string {
  const recent = articles.filter((article) => {
    const age = now.getTime() - article.published.getTime();
    return age >= 0 && age <= NEWS_WINDOW_MS;
  });
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(SITEMAP_NS, "urlset", { "xmlns:news": NEWS_NS });
  for (const article of recent.slice(0, 1000)) {
    const url = root.ele(SITEMAP_NS, "url");
    url.ele(SITEMAP_NS, "loc").txt(absoluteUrl(site.baseUrl, articlePath(article.slug)));
    const news = url.ele(NEWS_NS, "news:news");
    const publication = news.ele(NEWS_NS, "news:publication");
    publication.ele(NEWS_NS, "news:name").txt(site.publisher);
    publication.ele(NEWS_NS, "news:language").txt("vi");
    news.ele(NEWS_NS, "news:publication_date").txt(formatIsoDateTime(article.published, site.timeZone));
    news.ele(NEWS_NS, "news:title").txt(article.title);
  }
  return root.end({ prettyPrint: true });
}
