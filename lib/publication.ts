import type { ArticleSummary } from "./article";

/** Whether readers may see an article at `now`: not a draft, and its time has come. */
export function isPublished(article: ArticleSummary, now: Date): boolean {
  return !article.draft && article.published.getTime() <= now.getTime();
}

/**
 * The articles a build or request shows. A preview (the dev server) shows drafts and
 * scheduled articles too, marked on the page; production shows only published ones.
 */
export function selectVisible<T extends ArticleSummary>(articles: readonly T[], now: Date, preview: boolean): T[] {
  return preview ? [...articles] : articles.filter((article) => isPublished(article, now));
}
