import "server-only";
import type { ArticleRecord, ArticleSummary } from "@/lib/article";
import { presentArticle, presentCard, type ArticleCard, type ArticlePage } from "@/lib/present-article";
import { renderLitePage } from "@/lib/render-lite-page";
import type { PhotoForm, PhotoSlot, ResponsivePicture } from "@/lib/photo-sources";
import { renderMarkdown } from "@/lib/render-markdown";
import { formatMastheadLines } from "@/lib/legal-masthead";
import { absoluteUrl, articlePath, authorPathOf, entityPath, tagPathOf } from "@/lib/routes";
import { shareLinks } from "@/lib/share-links";
import { getLoaded, getMediaFacts, getStore, remember, visibleAt } from "./content";
import { getPhotoLookup, getPicture } from "./photos";
import { trace } from "./render-trace";
import { getSettings, now } from "./settings";

// Articles: the page record, the sanitised body, the lite page and list cards.

/**
 * List cards for articles, dated as the site prints them, each with its lead photo's
 * derived files sized for `slot` (a list's card, or the front page's lead and highlights).
 */
export function getCards(articles: readonly ArticleSummary[], slot: PhotoSlot = "card"): ArticleCard[] {
  const { timeZone } = getStore().site;
  const time = now();
  return articles.map((article) => presentCard(article, timeZone, time, thumbnailOf(article, slot)));
}

function thumbnailOf(article: ArticleSummary, slot: PhotoSlot): ResponsivePicture | undefined {
  return article.leadImage === undefined ? undefined : getPicture(article.leadImage.src, slot);
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
  return getStore().newestSlugs(settings.prerenderArticles);
}

/** Everything an article page shows, or undefined when there is no such visible article. */
export function getArticlePage(slug: string): ArticlePage | undefined {
  const loaded = getLoaded();
  // Metadata, the page and the lite route all ask for the same record: build it once.
  const hit = loaded.pages.get(slug);
  if (hit !== undefined) return remember(loaded.pages, slug, hit);
  const article = loaded.store.article(slug, visibleAt());
  if (article === undefined) return undefined;
  return remember(loaded.pages, slug, presentArticlePage(article));
}

/**
 * The page record of any article, visible or not, built afresh each time: the preview
 * page's, which must never enter the cache public pages are served from.
 */
export function presentArticlePage(article: ArticleRecord): ArticlePage {
  const { store } = getLoaded();
  const { site } = store;
  const view = presentArticle(article, site.timeZone, now(), {
    tags: article.tags.map((tag) => ({ label: tag, href: tagPathOf(tag) })),
    authors: article.authors.map((author) => ({ label: author, href: authorPathOf(author) })),
    places: article.places.flatMap((id) => {
      const place = store.registers.places.get(id);
      return place === undefined ? [] : [{ label: place.name, href: entityPath("place", id) }];
    }),
    share: shareLinks(absoluteUrl(site.baseUrl, articlePath(article.slug)), article.title),
    thumbnail: thumbnailOf(article, "card"),
  });
  // Related articles are listed ones readers may see: a preview never lists another draft.
  return { view, html: getBodyHtml(article), related: getCards(store.related(article, visibleAt(), RELATED_COUNT)), article };
}

/** How many related articles an article page lists. */
const RELATED_COUNT = 5;

/** Sanitised body HTML of an article, with responsive pictures; rendered once while it stays in the cache. */
export function getBodyHtml(article: ArticleSummary): string {
  return renderBody(article, "html", { photoForm: { kind: "picture" }, media: "player" });
}

/** The body for the lite page: one small JPEG per photo, each video or audio clip a plain link. */
function getLiteBodyHtml(article: ArticleRecord): string {
  return renderBody(article, "liteHtml", { photoForm: { kind: "jpeg", width: 320 }, media: "link" });
}

/** The body for feeds: one 640-wide JPEG per photo, as feed readers rarely take srcset or WebP. */
export function getFeedBodyHtml(article: ArticleSummary): string {
  return renderBody(article, "feedHtml", { photoForm: { kind: "jpeg", width: 640 }, media: "player" });
}

// Each form of each body is rendered once while it stays in the process's bounded cache
// (tests/browser/build-work.test.ts counts); the store keeps the validated Markdown.
function renderBody(summary: ArticleSummary, form: "html" | "liteHtml" | "feedHtml", as: { readonly photoForm: PhotoForm; readonly media: "player" | "link" }): string {
  const { store, bodies } = getLoaded();
  const key = `${form}:${summary.slug}`;
  const hit = bodies.get(key);
  if (hit !== undefined) return remember(bodies, key, hit);
  // Cards and feeds carry summaries; the body needs the whole record (its clips, its sapo).
  const article = store.anyArticle(summary.slug);
  const markdown = store.markdown(summary.slug);
  if (article === undefined || markdown === undefined) return "";
  trace(`render ${summary.slug}${form === "html" ? "" : `@${form}`}`);
  const rendered = renderMarkdown(markdown, {
    photo: getPhotoLookup(),
    photoForm: as.photoForm,
    markLead: article.leadFromBody,
    glossary: store.glossary,
    registers: store.registers,
    media: { media: article.media, as: as.media, mediaFile: getMediaFacts },
  });
  return remember(bodies, key, rendered);
}

/** The lite version of an article as a complete HTML document, or undefined. */
export function getLitePage(slug: string): string | undefined {
  const found = getArticlePage(slug);
  if (found === undefined) return undefined;
  const { site } = getStore();
  return renderLitePage({
    view: found.view,
    bodyHtml: getLiteBodyHtml(found.article),
    siteName: site.name,
    canonicalUrl: absoluteUrl(site.baseUrl, found.view.href),
    masthead: formatMastheadLines(site.masthead),
  });
}
