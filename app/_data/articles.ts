import "server-only";
import type { Article } from "@/lib/article";
import { articlesToPrerender } from "@/lib/prerender-plan";
import { presentArticle, presentCard, type ArticleCard, type ArticlePage } from "@/lib/present-article";
import { findRelatedInIndex } from "@/lib/related-articles";
import { renderLitePage } from "@/lib/render-lite-page";
import type { PhotoForm } from "@/lib/remark-figures";
import { renderMarkdown } from "@/lib/render-markdown";
import { absoluteUrl, authorPathOf, tagPathOf } from "@/lib/routes";
import { getLoaded } from "./content";
import { getPhotoLookup, getPicture } from "./photos";
import { trace } from "./render-trace";
import { getSettings, now } from "./settings";

// Articles: the page record, the sanitised body, the lite page and list cards.

/** List cards for articles, dated as the site prints them. */
export function getCards(articles: readonly Article[]): ArticleCard[] {
  const { timeZone } = getLoaded().content.site;
  const time = now();
  return articles.map((article) => presentCard(article, timeZone, time, thumbnailOf(article)));
}

/** A card's thumbnail: its lead photo's small derived files, in the card's slot. */
function thumbnailOf(article: Article) {
  return article.leadImage === undefined ? undefined : getPicture(article.leadImage.src, "card");
}

/**
 * Slugs of the articles a build prerenders: the newest `PRERENDER_ARTICLES` (README,
 * Decisions: "Archive on request"); the dev server renders every one on request.
 */
export function getPrerenderedArticleSlugs(): string[] {
  const { content } = getLoaded();
  const settings = getSettings();
  if (settings.preview) return content.articles.map((article) => article.slug);
  return articlesToPrerender(content.articles, settings.prerenderArticles);
}

/** Everything an article page shows, or undefined when there is no such visible article. */
export function getArticlePage(slug: string): ArticlePage | undefined {
  const loaded = getLoaded();
  // Metadata, the page and the lite route all ask for the same record: build it once.
  const hit = loaded.pages.get(slug);
  if (hit !== undefined) return hit;
  const article = loaded.index.bySlug.get(slug);
  if (article === undefined) return undefined;
  const view = presentArticle(article, loaded.content.site.timeZone, now(), {
    tags: article.tags.map((tag) => ({ label: tag, href: tagPathOf(tag) })),
    authors: article.authors.map((author) => ({ label: author, href: authorPathOf(author) })),
    thumbnail: thumbnailOf(article),
  });
  const page = { view, html: getBodyHtml(article), related: getCards(findRelatedInIndex(article, loaded.index)), article };
  loaded.pages.set(slug, page);
  return page;
}

/** Sanitised body HTML of an article, with responsive pictures; rendered once per process. */
export function getBodyHtml(article: Article): string {
  return renderBody(article, { kind: "picture" }, "");
}

/** The body with one small JPEG per photo, for readers of the lite page on slow connections. */
export function getLiteBodyHtml(article: Article): string {
  return renderBody(article, { kind: "jpeg", width: 320 }, "@lite");
}

/** The body with one 640-wide JPEG per photo, for feed readers (which rarely take srcset or WebP). */
export function getFeedBodyHtml(article: Article): string {
  return renderBody(article, { kind: "jpeg", width: 640 }, "@feed");
}

// Each form of each body is rendered at most once per process (tests/browser/build-work.test.ts counts).
function renderBody(article: Article, photoForm: PhotoForm, form: string): string {
  const { html, content } = getLoaded();
  const key = `${article.slug}${form}`;
  const hit = html.get(key);
  if (hit !== undefined) return hit;
  trace(`render ${key}`);
  const rendered = renderMarkdown(article.markdown, {
    photo: getPhotoLookup(),
    photoForm,
    markLead: article.leadFromBody,
    glossary: content.glossary,
  });
  html.set(key, rendered);
  return rendered;
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
  });
}
