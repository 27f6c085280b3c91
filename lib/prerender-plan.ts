import type { ArticleSummary } from "./article";
import { LISTING_KINDS, type ListingKind } from "./routes";

// What a build prerenders, and so what is left to be rendered on first request (README,
// Decisions, "Archive on request").

/** How many of the newest articles a build prerenders when `PRERENDER_ARTICLES` is unset. */
export const DEFAULT_PRERENDER_ARTICLES = 200;

/** The setting's name, as deployers write it. */
export const PRERENDER_SETTING = "PRERENDER_ARTICLES";

/**
 * Reads the `PRERENDER_ARTICLES` setting: a whole number of newest articles to prerender,
 * or `all` for a fully static archive. Anything else is refused with a message, because a
 * typo here would silently change what every deploy costs.
 */
export function parsePrerenderSetting(value: string | undefined): number {
  const text = value?.trim() ?? "";
  if (text === "") return DEFAULT_PRERENDER_ARTICLES;
  if (text.toLowerCase() === "all") return Infinity;
  if (/^\d{1,9}$/.test(text)) return Number(text);
  throw new Error(
    `${PRERENDER_SETTING}: cần một số nguyên không âm (số bài mới nhất được dựng sẵn) hoặc "all", nhận được ${JSON.stringify(value)}`,
  );
}

/**
 * Slugs of the articles a build prerenders: the `limit` newest that are not drafts.
 * Scheduled articles count among the newest, so that each is prerendered (as a 404) and
 * published by revalidation when its time comes. Ties on the instant go by slug, so two
 * builds of the same content prerender the same pages.
 */
export function articlesToPrerender(articles: readonly ArticleSummary[], limit: number): string[] {
  return articles
    .filter((article) => !article.draft)
    .sort((a, b) => b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, limit)
    .map((article) => article.slug);
}

/**
 * Whether a build prerenders a kind of listing page: the first pages the routes table
 * marks (sections': the menu links them and there are only a handful), and every page
 * when the setting is `all` (a fully static build).
 */
export function prerendersListing(kind: ListingKind, pages: "first" | "rest", limit: number): boolean {
  return limit === Infinity || (pages === "first" && LISTING_KINDS[kind].prerenderFirstPage);
}

/** What {@link photosToPrerender} reads of an article: its place in the lists, its photos and its videos' posters. */
export type ArticlePhotos = ArticleSummary & {
  readonly images: readonly { readonly src: string }[];
  readonly media: readonly { readonly poster?: string | undefined }[];
};

/**
 * The photos a build's output shows, which `npm run photos` encodes right after the
 * build: every photo and video poster of the articles it prerenders, and the lead photo
 * (card thumbnail, feed enclosure) of each section's newest `leads` articles, which the
 * home page, the sections' first pages and the feeds list, and of the articles the
 * editors `chose` for the front page. The archive's other photos are encoded on their
 * first request (README, Decisions: "Photos").
 */
export function photosToPrerender(articles: readonly ArticlePhotos[], limit: number, leads: number, chosen: readonly string[] = []): string[] {
  const prerendered = new Set(articlesToPrerender(articles, limit));
  const front = new Set(chosen);
  const photos = new Set<string>();
  const perSection = new Map<string, number>();
  for (const article of [...articles].sort((a, b) => b.published.getTime() - a.published.getTime())) {
    if (prerendered.has(article.slug)) {
      for (const image of article.images) photos.add(image.src);
      for (const clip of article.media) if (clip.poster !== undefined) photos.add(clip.poster);
    }
    if (article.draft) continue;
    const seen = perSection.get(article.section.slug) ?? 0;
    perSection.set(article.section.slug, seen + 1);
    if (article.leadImage !== undefined && (seen < leads || front.has(article.slug))) photos.add(article.leadImage.src);
  }
  return [...photos];
}
