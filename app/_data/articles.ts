import "server-only";
import type { Article } from "@/lib/article";
import { articlesToPrerender } from "@/lib/prerender-plan";
import { presentArticle, presentCard, type ArticleCard, type ArticlePage } from "@/lib/present-article";
import { findRelatedInIndex } from "@/lib/related-articles";
import { renderLitePage } from "@/lib/render-lite-page";
import { renderMarkdown } from "@/lib/render-markdown";
import { formatMastheadLines } from "@/lib/legal-masthead";
import { absoluteUrl, articlePath, authorPathOf, tagPathOf } from "@/lib/routes";
import { shareLinks } from "@/lib/share-links";
import { getLoaded } from "./content";
import { trace } from "./render-trace";
import { getSettings, now } from "./settings";

// Articles: the page record, the sanitised body, the lite page and list cards.

/** List cards for articles, dated as the site prints them. */
export function getCards(articles: readonly Article[]): ArticleCard[] {
  const { timeZone } = getLoaded().content.site;
  const time = now();
  return articles.map((article) => presentCard(article, timeZone, time));
}

/**
 * Slugs of the articles a build prerenders: the newest `PRERENDER_ARTICLES` (README,
 * Decisions: "Archive on request"); the dev server renders every one on request.
 */
export function getPrerenderedArticleSlugs(): string[] {
  const settings = getSettings();
  // The dev server renders every article on request, and asks for these params in a
  // worker process of its own: reading the content there would be a second full read.
  if (settings.preview) return [];
  return articlesToPrerender(getLoaded().content.articles, settings.prerenderArticles);
}

/** Everything an article page shows, or undefined when there is no such visible article. */
export function getArticlePage(slug: string): ArticlePage | undefined {
  const loaded = getLoaded();
  // Metadata, the page and the lite route all ask for the same record: build it once.
  const hit = loaded.pages.get(slug);
  if (hit !== undefined) return hit;
  const article = loaded.index.bySlug.get(slug);
  if (article === undefined) return undefined;
  const page = presentArticlePage(article);
  loaded.pages.set(slug, page);
  return page;
}

/**
 * The page record of any article, visible or not, built afresh each time: the preview
 * page's, which must never enter the cache public pages are served from.
 */
export function presentArticlePage(article: Article): ArticlePage {
  const loaded = getLoaded();
  const { site } = loaded.content;
  const view = presentArticle(article, site.timeZone, now(), {
    tags: article.tags.map((tag) => ({ label: tag, href: tagPathOf(tag) })),
    authors: article.authors.map((author) => ({ label: author, href: authorPathOf(author) })),
    share: shareLinks(absoluteUrl(site.baseUrl, articlePath(article.slug)), article.title),
  });
  // Related articles come from the index of visible ones: a preview never lists another draft.
  return { view, html: getBodyHtml(article), related: getCards(findRelatedInIndex(article, loaded.index)), article };
}

/** Sanitised body HTML of an article, rendered once per process. */
export function getBodyHtml(article: Article): string {
  const { html } = getLoaded();
  const hit = html.get(article.slug);
  if (hit !== undefined) return hit;
  trace(`render ${article.slug}`);
  const rendered = render(article, "player");
  html.set(article.slug, rendered);
  return rendered;
}

/** The body for the lite page: the same HTML, but each video or audio clip a plain link. */
function getLiteBodyHtml(article: Article): string {
  if (article.media.length === 0) return getBodyHtml(article);
  const { liteHtml } = getLoaded();
  const hit = liteHtml.get(article.slug);
  if (hit !== undefined) return hit;
  const rendered = render(article, "link");
  liteHtml.set(article.slug, rendered);
  return rendered;
}

function render(article: Article, media: "player" | "link"): string {
  const { content } = getLoaded();
  return renderMarkdown(article.markdown, {
    imageSize: (src) => content.imageSizes.get(src),
    markLead: article.leadFromBody,
    glossary: content.glossary,
    media: { media: article.media, as: media, mediaFile: (src) => content.mediaFiles.get(src) },
  });
}

/** The lite version of an article as a complete HTML document, or undefined. */
export function getLitePage(slug: string): string | undefined {
  const found = getArticlePage(slug);
  if (found === undefined) return undefined;
  const { site } = getLoaded().content;
  return renderLitePage({
    view: found.view,
    bodyHtml: getLiteBodyHtml(found.article),
    siteName: site.name,
    canonicalUrl: absoluteUrl(site.baseUrl, found.view.href),
    masthead: formatMastheadLines(site.masthead),
  });
}
