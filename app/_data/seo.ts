import "server-only";
import { appendAll } from "@/lib/append-all";
import type { Metadata } from "next";
import type { ArticleRecord } from "@/lib/article";
import { formatIsoDateTime } from "@/lib/format-dateline";
import { NEWS_WINDOW_MS, renderNewsSitemap, renderSitemapIndex, renderUrlSet, SITEMAP_MAX_URLS, type SitemapEntry } from "@/lib/render-sitemap";
import { absoluteUrl, articlePath, authorPathOf, feedPath, LISTING_KIND_NAMES, listingPath, litePath, LOGO, SEARCH_PATH, sitemapPartPath, type EntityKind } from "@/lib/routes";
import { THEME_COLOR } from "@/lib/render-furniture";
import type { SearchPageHead } from "@/lib/render-search-page";
import { formatDescription } from "@/lib/format-description";
import { PAGE_SIZE } from "@/lib/paginate";
import { breadcrumbJsonLd, entityPageJsonLd, newsArticleJsonLd, publisherJsonLd, serializeJsonLd } from "@/lib/structured-data";
import { getMediaFacts, getRegisters, getSite, getStore, visibleAt } from "./content";
import { getPreviewFile, getSocialPhoto } from "./photos";
import { now } from "./settings";

// Metadata, structured data and sitemaps: everything search engines and feed readers read.

/** Feeds every page links with rel="alternate": the site's, plus a section's when given, and an article's lite version. */
function feedLinks(section?: { name: string; slug: string }, lite?: string) {
  const site = getSite();
  const rss = [{ url: feedPath("rss"), title: `${site.name}: tin mới nhất` }];
  if (section) rss.push({ url: feedPath("rss", section.slug), title: `${site.name}: ${section.name}` });
  const feeds = { "application/rss+xml": rss, "application/atom+xml": [{ url: feedPath("atom"), title: `${site.name} (Atom)` }] };
  return lite === undefined ? feeds : { ...feeds, "text/html": [{ url: lite, title: "Bản rút gọn, nhẹ cho mạng chậm" }] };
}

/**
 * Metadata for any page: title, description, canonical URL, feed links and Open Graph /
 * Twitter defaults. Next merges metadata shallowly, so every page builds the full set here.
 */
export function pageMetadata(input: {
  title?: string;
  description?: string;
  path: string;
  section?: { name: string; slug: string } | undefined;
  /** An article's lite version, linked with rel="alternate" in the head with the feeds. */
  lite?: string;
  noindex?: boolean;
}): Metadata {
  const site = getSite();
  const description = formatDescription(input.description || site.description);
  return {
    // Leaving title out (not undefined) keeps the layout's default title on the home page.
    ...(input.title === undefined ? {} : { title: input.title }),
    description,
    alternates: { canonical: input.path, types: feedLinks(input.section, input.lite) },
    openGraph: {
      type: "website",
      siteName: site.name,
      locale: "vi_VN",
      url: input.path,
      title: input.title ?? site.name,
      description,
      images: [logoImage(site.name)],
    },
    twitter: { card: "summary", title: input.title ?? site.name, description },
    robots: input.noindex ? { index: false, follow: true } : undefined,
  };
}

/**
 * The head of the search page, which is written as text (lib/render-search-page.ts): the
 * fields {@link pageMetadata} gives Next for every other page, from the same parts.
 */
export function searchPageHead(query: string, total: number, stylesheet: string): SearchPageHead {
  const site = getSite();
  const shareTitle = query === "" ? "Tìm kiếm" : `Tìm kiếm: ${query}`;
  const feeds = Object.entries(feedLinks()).flatMap(([type, links]) => links.map((link) => ({ type, href: absoluteUrl(site.baseUrl, link.url), title: link.title })));
  const logo = logoImage(site.name);
  return {
    title: `${shareTitle} · ${site.name}`,
    shareTitle,
    description: formatDescription(site.description),
    siteName: site.name,
    canonical: absoluteUrl(site.baseUrl, SEARCH_PATH),
    // Result pages are endless and thin: never index an empty one.
    noindex: total === 0,
    feeds,
    image: { ...logo, url: absoluteUrl(site.baseUrl, logo.url) },
    themeColor: THEME_COLOR,
    stylesheet,
  };
}

/** The site's logo file and its size. */
export function getLogo(): typeof LOGO {
  return LOGO;
}

/** The logo as a link-preview image, for pages without a photo of their own. */
function logoImage(alt: string) {
  return { url: LOGO.path, width: LOGO.width, height: LOGO.height, alt };
}

/** Metadata of an article page: `og:type` article with times in +07:00, section, tags, lead image. */
export function articleMetadata(article: ArticleRecord): Metadata {
  const site = getSite();
  const base = pageMetadata({ title: article.title, description: article.summary, path: articlePath(article.slug), section: article.section, lite: litePath(article.slug) });
  const description = formatDescription(article.summary);
  // The 1200-wide JPEG of the first photo; social networks do not render SVG, so an
  // article with only drawings (the seed's placeholders) falls back to the logo.
  const photo = article.images.map((image) => ({ file: getSocialPhoto(image.src), alt: image.alt })).find((candidate) => candidate.file !== undefined);
  const images = photo?.file === undefined ? [] : [{ url: photo.file.url, width: photo.file.width, height: photo.file.height, type: photo.file.type, alt: photo.alt }];
  return {
    ...base,
    authors: article.authors.map((name) => ({ name, url: authorPathOf(name) })),
    openGraph: {
      type: "article",
      siteName: site.name,
      locale: "vi_VN",
      url: articlePath(article.slug),
      title: article.title,
      description,
      publishedTime: formatIsoDateTime(article.published, site.timeZone),
      modifiedTime: formatIsoDateTime(article.updated ?? article.published, site.timeZone),
      section: article.section.name,
      tags: [...article.tags],
      authors: [...article.authors],
      images: images.length > 0 ? images : [logoImage(site.name)],
      videos: getVideoPreviews(article),
    },
    twitter: {
      card: images.length > 0 ? "summary_large_image" : "summary",
      title: article.title,
      description,
      images: images.map((image) => image.url),
    },
  };
}

/** `og:video` for each self-hosted video, so a shared link can play it; none for a video on another site. */
function getVideoPreviews(article: ArticleRecord): { url: string; type: string }[] {
  const { baseUrl } = getSite();
  return article.media.flatMap((clip) => {
    const type = clip.kind === "video" && !clip.external ? getMediaFacts(clip.src)?.type : undefined;
    return type === undefined ? [] : [{ url: absoluteUrl(baseUrl, clip.src), type }];
  });
}

/** The paper as a NewsMediaOrganization, for the home page's JSON-LD. */
export function publisherJsonLdScript(): string {
  return serializeJsonLd({ "@context": "https://schema.org", ...publisherJsonLd(getSite()) });
}

/** The article's NewsArticle and BreadcrumbList JSON-LD, serialised safely for a script element. */
export function articleJsonLd(article: ArticleRecord): string {
  const site = getSite();
  // Photos and video posters as their 1200-wide JPEGs; drawings as their copies.
  return serializeJsonLd([newsArticleJsonLd(article, site, (src) => getPreviewFile(src)?.url, getRegisters()), breadcrumbJsonLd(article, site)]);
}

/** A person's, body's, document's or place's page: its CollectionPage and BreadcrumbList JSON-LD. */
export function entityJsonLd(kind: EntityKind, id: string, name: string): string {
  return serializeJsonLd(entityPageJsonLd(kind, id, name, getSite()));
}

/** A listing page in the sitemap: its path and the last change of its newest article. */
type ListingEntry = SitemapEntry;

/** What the sitemap holds, without its article entries: those are read from the store part by part. */
function sitemapOutline(): { articles: number; listings: ListingEntry[]; total: number } {
  const store = getStore();
  const at = visibleAt();
  const listings: ListingEntry[] = [];
  for (const kind of LISTING_KIND_NAMES) {
    for (const group of store.groups(kind, at)) {
      const pages = Math.max(1, Math.ceil(group.count / PAGE_SIZE));
      for (let page = 1; page <= pages; page++) listings.push({ path: listingPath(kind, group.slug, page), lastModified: group.lastModified });
    }
  }
  const articles = store.visibleCount(at);
  return { articles, listings, total: 1 + articles + listings.length };
}

/**
 * Entries `start` to `start + count` of the sitemap, in a stable order: the home page,
 * every visible article newest first, then every listing page. Only that slice is read.
 */
function sitemapSlice(outline: ReturnType<typeof sitemapOutline>, start: number, count: number): SitemapEntry[] {
  const store = getStore();
  const at = visibleAt();
  const end = Math.min(outline.total, start + count);
  const entries: SitemapEntry[] = [];
  if (start === 0) entries.push({ path: "/", lastModified: store.articleDates(at, 0, 1)[0]?.lastModified });
  const firstArticle = Math.max(start, 1) - 1;
  const lastArticle = Math.min(end - 1, outline.articles);
  if (lastArticle > firstArticle) {
    for (const { slug, lastModified } of store.articleDates(at, firstArticle, lastArticle - firstArticle)) entries.push({ path: articlePath(slug), lastModified });
  }
  const firstListing = Math.max(start, 1 + outline.articles) - 1 - outline.articles;
  appendAll(entries, outline.listings.slice(Math.max(0, firstListing), Math.max(0, end - 1 - outline.articles)));
  return entries;
}

function partCount(outline: ReturnType<typeof sitemapOutline>): number {
  return Math.max(1, Math.ceil(outline.total / SITEMAP_MAX_URLS));
}

/** `/sitemap.xml`: the URL set itself, or a sitemap index once it passes 50,000 URLs. */
export function getSitemap(): string {
  const site = getSite();
  const outline = sitemapOutline();
  const parts = partCount(outline);
  if (parts === 1) return renderUrlSet(site, sitemapSlice(outline, 0, outline.total));
  return renderSitemapIndex(
    site,
    Array.from({ length: parts }, (_, index) => ({ path: sitemapPartPath(index + 1), lastModified: newestOf(sitemapSlice(outline, index * SITEMAP_MAX_URLS, SITEMAP_MAX_URLS)) })),
  );
}

/** One part of a split sitemap (1-based), or undefined. */
export function getSitemapPart(part: number): string | undefined {
  const outline = sitemapOutline();
  const parts = partCount(outline);
  if (parts === 1 || !Number.isInteger(part) || part < 1 || part > parts) return undefined;
  return renderUrlSet(getSite(), sitemapSlice(outline, (part - 1) * SITEMAP_MAX_URLS, SITEMAP_MAX_URLS));
}

/** Numbers of the sitemap parts, empty while one file is enough. */
export function getSitemapPartNumbers(): number[] {
  const parts = partCount(sitemapOutline());
  return parts > 1 ? Array.from({ length: parts }, (_, index) => index + 1) : [];
}

/** `/sitemap-news.xml`: Google News sitemap of the last two days. */
export function getNewsSitemap(): string {
  const time = now();
  // Google News reads two days back, and at most 1,000 URLs.
  return renderNewsSitemap(getSite(), getStore().publishedBetween(time.getTime() - NEWS_WINDOW_MS, time.getTime(), 1000), time);
}

/** Absolute URLs of both sitemaps, for robots.txt. */
export function getSitemapUrls(): string[] {
  const { baseUrl } = getSite();
  return [absoluteUrl(baseUrl, "/sitemap.xml"), absoluteUrl(baseUrl, "/sitemap-news.xml")];
}

function newestOf(entries: readonly SitemapEntry[]): Date | undefined {
  const newest = entries.reduce((max, entry) => Math.max(max, entry.lastModified?.getTime() ?? -Infinity), -Infinity);
  return Number.isFinite(newest) ? new Date(newest) : undefined;
}

/** Sitemap part file names (`3.xml` ↔ 3), for the sitemap parts route. */
export { parseSitemapPart, sitemapPartFileName } from "@/lib/routes";
