import "server-only";
import type { ArticleSummary } from "@/lib/article";
import { presentArticle, presentCard, type ArticleCard, type ArticlePage } from "@/lib/present-article";
import { renderLitePage } from "@/lib/render-lite-page";
import { absoluteUrl, authorPathOf, tagPathOf } from "@/lib/routes";
import { getLoaded, getStore, remember, visibleAt } from "./content";
import { getSettings, now } from "./settings";

// Articles: the page record, the sanitised body, the lite page and list cards.

/** List cards for articles, dated as the site prints them. */
export function getCards(articles: readonly ArticleSummary[]): ArticleCard[] {
  const { timeZone } = getStore().site;
  const time = now();
  return articles.map((article) => presentCard(article, timeZone, time));
}

/**
 * Slugs of the articles a build prerenders: the newest `PRERENDER_ARTICLES` (README,
 * Decisions: "Archive on request"); the dev server renders every one on request.
 */
export function getPrerenderedArticleSlugs(): string[] {
  const settings = getSettings();
  // The dev server renders on request; listing every article there would only slow its start.
  if (settings.preview) return [];
  return getStore().newestSlugs(settings.prerenderArticles);
}

/** Everything an article page shows, or undefined when there is no such visible article. */
export function getArticlePage(slug: string): ArticlePage | undefined {
  const loaded = getLoaded();
  // Metadata, the page and the lite route all ask for the same record: build it once.
  const hit = loaded.pages.get(slug);
  if (hit !== undefined) return remember(loaded.pages, slug, hit);
  const { store } = loaded;
  const at = visibleAt();
  const article = store.article(slug, at);
  const html = article === undefined ? undefined : store.bodyHtml(slug);
  if (article === undefined || html === undefined) return undefined;
  const view = presentArticle(article, store.site.timeZone, now(), {
    tags: article.tags.map((tag) => ({ label: tag, href: tagPathOf(tag) })),
    authors: article.authors.map((author) => ({ label: author, href: authorPathOf(author) })),
  });
  return remember(loaded.pages, slug, { view, html, related: getCards(store.related(article, at, 5)), article });
}

/** Sanitised body HTML of an article, as the build rendered it. */
export function getBodyHtml(article: ArticleSummary): string {
  return getStore().bodyHtml(article.slug) ?? "";
}

/** The lite version of an article as a complete HTML document, or undefined. */
export function getLitePage(slug: string): string | undefined {
  const found = getArticlePage(slug);
  if (found === undefined) return undefined;
  const { site } = getStore();
  return renderLitePage({
    view: found.view,
    bodyHtml: found.html,
    siteName: site.name,
    canonicalUrl: absoluteUrl(site.baseUrl, found.view.href),
  });
}
