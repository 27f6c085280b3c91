import "server-only";
import type { Metadata } from "next";
import type { Article } from "@/lib/article";
import { groupsOf } from "@/lib/content-index";
import { formatIsoDateTime } from "@/lib/format-dateline";
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet, splitSitemap, type SitemapEntry } from "@/lib/render-sitemap";
import { absoluteUrl, articlePath, authorPathOf, feedPath, LISTING_KIND_NAMES, listingPath, litePath, LOGO, sitemapPartPath } from "@/lib/routes";
import { formatDescription } from "@/lib/format-description";
import { PAGE_SIZE } from "@/lib/paginate";
import { breadcrumbJsonLd, newsArticleJsonLd, publisherJsonLd, serializeJsonLd } from "@/lib/structured-data";
import { getIndex, getMediaFacts, getSite } from "./content";
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

/** The site's logo file and its size. */
export function getLogo(): typeof LOGO {
  return LOGO;
}

/** The logo as a link-preview image, for pages without a photo of their own. */
function logoImage(alt: string) {
  return { url: LOGO.path, width: LOGO.width, height: LOGO.height, alt };
}

/** Metadata of an article page: `og:type` article with times in +07:00, section, tags, lead image. */
export function articleMetadata(article: Article): Metadata {
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
function getVideoPreviews(article: Article): { url: string; type: string }[] {
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
export function articleJsonLd(article: Article): string {
  const site = getSite();
  // Photos and video posters as their 1200-wide JPEGs; drawings as their copies.
  return serializeJsonLd([newsArticleJsonLd(article, site, (src) => getPreviewFile(src)?.url), breadcrumbJsonLd(article, site)]);
}

/** Every public URL with its last change, in a stable order. */
function sitemapEntries(): SitemapEntry[] {
  const index = getIndex();
  const latest = (articles: readonly Article[]) => articles[0]?.updated ?? articles[0]?.published;
  const entries: SitemapEntry[] = [{ path: "/", lastModified: latest(index.articles) }];
  for (const article of index.articles) entries.push({ path: articlePath(article.slug), lastModified: article.updated ?? article.published });
  for (const kind of LISTING_KIND_NAMES) {
    for (const group of groupsOf(index, kind).values()) {
      const pages = Math.max(1, Math.ceil(group.articles.length / PAGE_SIZE));
      for (let page = 1; page <= pages; page++) entries.push({ path: listingPath(kind, group.slug, page), lastModified: latest(group.articles) });
    }
  }
  return entries;
}

/** `/sitemap.xml`: the URL set itself, or a sitemap index once it passes 50,000 URLs. */
export function getSitemap(): string {
  const site = getSite();
  const parts = splitSitemap(sitemapEntries());
  if (parts.length === 1) return renderUrlSet(site, parts[0] ?? []);
  return renderSitemapIndex(
    site,
    parts.map((part, index) => ({ path: sitemapPartPath(index + 1), lastModified: newestOf(part) })),
  );
}

/** One part of a split sitemap (1-based), or undefined. */
export function getSitemapPart(part: number): string | undefined {
  const parts = splitSitemap(sitemapEntries());
  const entries = parts.length > 1 ? parts[part - 1] : undefined;
  return entries === undefined ? undefined : renderUrlSet(getSite(), entries);
}

/** Numbers of the sitemap parts, empty while one file is enough. */
export function getSitemapPartNumbers(): number[] {
  const parts = splitSitemap(sitemapEntries());
  return parts.length > 1 ? parts.map((_, index) => index + 1) : [];
}

/** `/sitemap-news.xml`: Google News sitemap of the last two days. */
export function getNewsSitemap(): string {
  return renderNewsSitemap(getSite(), getIndex().articles, now());
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
