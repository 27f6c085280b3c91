import "server-only";
import path from "node:path";
import type { Article } from "@/lib/article";
import { loadContent, type Content } from "@/lib/load-content";
import { presentArticle, presentCard, type ArticleCard, type ArticleView, type Link } from "@/lib/present-article";
import { ContentError } from "@/lib/problem";
import { selectVisible } from "@/lib/publication";
import { renderMarkdown } from "@/lib/render-markdown";
import { authorPath, tagPath } from "@/lib/routes";
import { slugify } from "@/lib/slugify";

// The one door from app/ into lib/: it loads the content folder once per server process
// (once per build worker), fails the build with every problem listed, and hands pages
// plain, already formatted records.

const preview = process.env.NODE_ENV === "development";
let cached: Content | undefined;
const htmlCache = new Map<string, string>();

function content(): Content {
  // The dev server reloads on every request so editors see their changes at once.
  if (cached !== undefined && !preview) return cached;
  const root = process.cwd();
  const result = loadContent({
    // Content is read at build time and by the running server, not bundled: tell the
    // tracer not to pull the whole project into the server output.
    contentDir: path.resolve(/*turbopackIgnore: true*/ root, process.env.CONTENT_DIR ?? "content"),
    publicDir: path.resolve(/*turbopackIgnore: true*/ root, "public"),
    displayRoot: root,
  });
  if (result.problems.length > 0 || result.content === undefined) throw new ContentError(result.problems);
  cached = result.content;
  htmlCache.clear();
  return cached;
}

/** The current time; `BAO_TINH_NOW` pins it for tests of scheduled publishing. */
export function now(): Date {
  const pinned = process.env.BAO_TINH_NOW;
  return pinned === undefined ? new Date() : new Date(pinned);
}

/** Site settings. */
export function getSite() {
  return content().site;
}

/** Sections in menu order, as links. */
export function getSectionLinks(): Link[] {
  return content().sections.map((section) => ({ label: section.name, href: `/chuyen-muc/${section.slug}` }));
}

function visibleArticles(): Article[] {
  return selectVisible(content().articles, now(), preview);
}

/** Cards for the newest visible articles, newest first. */
export function getLatestCards(limit = Infinity): ArticleCard[] {
  const { timeZone } = content().site;
  return visibleArticles()
    .slice(0, limit)
    .map((article) => presentCard(article, timeZone, now()));
}

/** Slugs of every article to prerender. */
export function getArticleSlugs(): string[] {
  return visibleArticles().map((article) => article.slug);
}

/** The article page's record and sanitised body HTML, or undefined when there is none. */
export function getArticleView(slug: string): { view: ArticleView; html: string; article: Article } | undefined {
  const article = visibleArticles().find((candidate) => candidate.slug === slug);
  if (article === undefined) return undefined;
  const { timeZone } = content().site;
  const view = presentArticle(article, timeZone, now(), {
    tags: article.tags.map((tag) => ({ label: tag, href: tagPath(slugify(tag)) })),
    authors: article.authors.map((author) => ({ label: author, href: authorPath(slugify(author)) })),
  });
  return { view, html: getArticleHtml(article), article };
}

function getArticleHtml(article: Article): string {
  const key = article.slug;
  const hit = htmlCache.get(key);
  if (hit !== undefined) return hit;
  const sizes = content().imageSizes;
  const html = renderMarkdown(article.markdown, { imageSize: (src) => sizes.get(src), dropLead: article.leadFromBody });
  htmlCache.set(key, html);
  return html;
}
