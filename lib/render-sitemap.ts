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

/**
 * Renders a `<urlset>` of entries. Written as text, not through xmlbuilder2: a part holds
 * 50,000 URLs, and building them as a document took 1.3 s of a request that holds the
 * event loop; as text it is a few tens of milliseconds, byte for byte the same.
 */
export function renderUrlSet(site: SiteConfig, entries: readonly SitemapEntry[]): string {
  return renderList(site, "urlset", "url", entries);
}

/** Renders a `<sitemapindex>` pointing at the given site-relative sitemap paths. */
export function renderSitemapIndex(site: SiteConfig, parts: readonly SitemapEntry[]): string {
  return renderList(site, "sitemapindex", "sitemap", parts);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

// A list of <loc>/<lastmod> items, pretty-printed as xmlbuilder2 prints the news sitemap.
function renderList(site: SiteConfig, root: "urlset" | "sitemapindex", item: "url" | "sitemap", entries: readonly SitemapEntry[]): string {
  if (entries.length === 0) return `${XML_DECLARATION}\n<${root} xmlns="${SITEMAP_NS}"/>`;
  const lines = [XML_DECLARATION, `<${root} xmlns="${SITEMAP_NS}">`];
  for (const entry of entries) {
    lines.push(`  <${item}>`, `    <loc>${escapeXml(absoluteUrl(site.baseUrl, entry.path))}</loc>`);
    if (entry.lastModified) lines.push(`    <lastmod>${formatIsoDateTime(entry.lastModified, site.timeZone)}</lastmod>`);
    lines.push(`  </${item}>`);
  }
  lines.push(`</${root}>`);
  return lines.join("\n");
}

/** Escapes text for XML element content, with the entity names xmlbuilder2 uses. */
function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
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
