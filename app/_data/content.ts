import "server-only";
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "@/lib/article";
import { buildFolder } from "@/lib/build-folder";
import { buildIndex, type ContentIndex, type Group } from "@/lib/content-index";
import { decodeSnapshot, encodeSnapshot } from "@/lib/content-snapshot";
import { highlight, type Segment } from "@/lib/highlight";
import { loadContent, type Content } from "@/lib/load-content";
import { paginate, parsePageParam } from "@/lib/paginate";
import { articlesToPrerender, parsePrerenderSetting, prerendersListing } from "@/lib/prerender-plan";
import { presentArticle, presentCard, type ArticleCard, type ArticleView, type Link } from "@/lib/present-article";
import { ContentError } from "@/lib/problem";
import { selectVisible } from "@/lib/publication";
import { findRelatedInIndex } from "@/lib/related-articles";
import { renderMarkdown } from "@/lib/render-markdown";
import { renderLitePage } from "@/lib/render-lite-page";
import { absoluteUrl, authorPath, searchPath, sectionPath, tagPath, type ArchivePath } from "@/lib/routes";
import { buildSearch, normaliseQuery, type ArticleSearch } from "@/lib/search-articles";
import { slugify } from "@/lib/slugify";

// The one door from app/ into lib/: it loads the content folder once per server process
// (once per build worker), fails the build with every problem listed, and hands pages
// plain, already formatted records.

/** The dev server previews drafts and scheduled articles; production never shows them. */
export const preview = process.env.NODE_ENV === "development";

/** Everything an article page shows. */
export interface ArticlePage {
  readonly view: ArticleView;
  readonly html: string;
  readonly related: ArticleCard[];
  readonly article: Article;
}

interface Loaded {
  readonly content: Content;
  readonly index: ContentIndex;
  readonly html: Map<string, string>;
  readonly pages: Map<string, ArticlePage>;
  search?: ArticleSearch;
  /** Visible articles depend on the clock (scheduled publishing): rebuilt when one comes due. */
  readonly nextChange: number;
}

// Next bundles pages and route handlers separately, so one process can hold several
// copies of this module; the cache lives on globalThis so they all share one load.
interface Cache {
  source?: Content;
  loaded?: Loaded;
}
const CACHE_KEY = Symbol.for("bao-tinh.content-cache");
const cache: Cache = (Reflect.get(globalThis, CACHE_KEY) as Cache | undefined) ?? {};
Reflect.set(globalThis, CACHE_KEY, cache);

function load(): Loaded {
  const time = now().getTime();
  const { loaded } = cache;
  if (loaded !== undefined && !preview && time < loaded.nextChange) return loaded;
  // The dev server re-reads content on every request so editors see changes at once.
  const content = cache.source !== undefined && !preview ? cache.source : readContent();
  cache.source = content;
  const visible = selectVisible(content.articles, new Date(time), preview);
  const upcoming = content.articles.filter((article) => !article.draft && article.published.getTime() > time);
  const nextChange = upcoming.reduce((soonest, article) => Math.min(soonest, article.published.getTime()), Infinity);
  // Bodies already rendered stay valid when only the set of visible articles changes.
  cache.loaded = { content, index: buildIndex(visible, content.sections), html: loaded?.content === content ? loaded.html : new Map(), pages: new Map(), nextChange };
  return cache.loaded;
}

function readContent(): Content {
  // Content is read at build time and by the running server, not bundled: the
  // turbopackIgnore comments tell the tracer not to pull the whole project into the output.
  const root = process.cwd();
  const snapshot = path.resolve(/*turbopackIgnore: true*/ root, buildFolder(process.env), SNAPSHOT_FILE);
  const building = process.env.NEXT_PHASE === "phase-production-build";
  // A production server serves what its build read and validated (see lib/content-snapshot.ts).
  if (!building && !preview) {
    const built = existsSync(snapshot) ? decodeSnapshot(readFileSync(snapshot)) : undefined;
    if (built !== undefined) {
      trace("snapshot");
      return built;
    }
    console.warn(`${path.relative(root, snapshot)}: không có bản nội dung của lần build; đọc lại thư mục nội dung.`);
  }
  const result = loadContent({
    contentDir: path.resolve(/*turbopackIgnore: true*/ root, process.env.CONTENT_DIR ?? "content"),
    publicDir: path.resolve(/*turbopackIgnore: true*/ root, "public"),
    displayRoot: root,
  });
  if (result.problems.length > 0 || result.content === undefined) throw new ContentError(result.problems);
  if (building) writeAtomically(snapshot, encodeSnapshot(result.content));
  return result.content;
}

/** The snapshot's name inside the build folder (which Next empties at the start of each build). */
const SNAPSHOT_FILE = "bao-tinh-content.snapshot";

// Build workers may load content in parallel: each writes a whole file and renames it.
function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

// Tests set BAO_TINH_TRACE to a file to count Markdown renders per process (each
// body must be rendered at most once per build process); unset, this costs nothing.
function trace(event: string): void {
  const file = process.env.BAO_TINH_TRACE;
  if (file) appendFileSync(/*turbopackIgnore: true*/ file, `${process.pid} ${event}\n`);
}

/** The current time; `BAO_TINH_NOW` pins it for tests of scheduled publishing. */
export function now(): Date {
  const pinned = process.env.BAO_TINH_NOW;
  return pinned === undefined ? new Date() : new Date(pinned);
}

/** The index of visible articles, for feeds and sitemaps. */
export function getIndex(): ContentIndex {
  return load().index;
}

/** Sanitised body HTML of an article, rendered once per process. */
export function getBodyHtml(article: Article): string {
  return getArticleHtml(article);
}

/** Size, bytes and type of a public image the content uses. */
export function getImageFacts(src: string) {
  return load().content.imageSizes.get(src);
}

/** Site settings. */
export function getSite() {
  return load().content.site;
}

/** Sections in menu order, as links. */
export function getSectionLinks(): Link[] {
  return load().content.sections.map((section) => ({ label: section.name, href: sectionPath(section.slug) }));
}

function cards(articles: readonly Article[]): ArticleCard[] {
  const { timeZone } = load().content.site;
  const time = now();
  return articles.map((article) => presentCard(article, timeZone, time));
}

/** The home page: the latest articles and each section's newest. */
export function getHome(): { latest: ArticleCard[]; sections: { link: Link; cards: ArticleCard[] }[] } {
  const { index } = load();
  return {
    latest: cards(index.articles.slice(0, 10)),
    sections: [...index.sections.values()]
      .filter((group) => group.articles.length > 0)
      .map((group) => ({ link: { label: group.name, href: sectionPath(group.slug) }, cards: cards(group.articles.slice(0, 3)) })),
  };
}

/**
 * Slugs of the articles a build prerenders: the newest `PRERENDER_ARTICLES` (200 unless
 * set; `all` for every one). The archive is rendered on its first request and cached.
 */
export function getPrerenderedArticleSlugs(): string[] {
  const { content } = load();
  if (preview) return content.articles.map((article) => article.slug);
  return articlesToPrerender(content.articles, prerenderLimit());
}

function prerenderLimit(): number {
  return parsePrerenderSetting(process.env.PRERENDER_ARTICLES);
}

/** Everything an article page shows, or undefined when there is no such visible article. */
export function getArticlePage(slug: string): ArticlePage | undefined {
  const loaded = load();
  // Metadata, the page and the lite route all ask for the same record: build it once.
  const hit = loaded.pages.get(slug);
  if (hit !== undefined) return hit;
  const article = loaded.index.bySlug.get(slug);
  if (article === undefined) return undefined;
  const view = presentArticle(article, loaded.content.site.timeZone, now(), {
    tags: article.tags.map((tag) => ({ label: tag, href: tagPath(slugify(tag)) })),
    authors: article.authors.map((author) => ({ label: author, href: authorPath(slugify(author)) })),
  });
  const page = { view, html: getArticleHtml(article), related: cards(findRelatedInIndex(article, loaded.index)), article };
  loaded.pages.set(slug, page);
  return page;
}

function getArticleHtml(article: Article): string {
  const { html, content } = load();
  const hit = html.get(article.slug);
  if (hit !== undefined) return hit;
  trace(`render ${article.slug}`);
  const rendered = renderMarkdown(article.markdown, {
    imageSize: (src) => content.imageSizes.get(src),
    markLead: article.leadFromBody,
    glossary: content.glossary,
  });
  html.set(article.slug, rendered);
  return rendered;
}

/** The lite version of an article as a complete HTML document, or undefined. */
export function getLitePage(slug: string): string | undefined {
  const found = getArticlePage(slug);
  if (found === undefined) return undefined;
  const site = getSite();
  return renderLitePage({
    view: found.view,
    bodyHtml: found.html,
    siteName: site.name,
    canonicalUrl: absoluteUrl(site.baseUrl, found.view.href),
  });
}

/** The kinds of listing pages. */
export type ListingKind = "section" | "tag" | "author";

const LISTINGS = {
  section: { groups: (index: ContentIndex) => index.sections, path: sectionPath, label: "Chuyên mục" },
  tag: { groups: (index: ContentIndex) => index.tags, path: tagPath, label: "Chủ đề" },
  author: { groups: (index: ContentIndex) => index.authors, path: authorPath, label: "Tác giả" },
} as const;

/** One page of a listing, ready to render. */
export interface ListingView {
  readonly kindLabel: string;
  readonly name: string;
  readonly description: string;
  readonly cards: ArticleCard[];
  readonly page: number;
  readonly pageCount: number;
  readonly href: (page: number) => string;
}

/** A section, tag or author listing page, or undefined when it does not exist. */
export function getListing(kind: ListingKind, slug: string, page: number): ListingView | undefined {
  const listing = LISTINGS[kind];
  const group: Group | undefined = listing.groups(load().index).get(slug);
  const cut = group === undefined ? undefined : paginate(group.articles, page);
  if (group === undefined || cut === undefined) return undefined;
  return {
    kindLabel: listing.label,
    name: group.name,
    description: group.description,
    cards: cards(cut.items),
    page: cut.page,
    pageCount: cut.pageCount,
    href: (target) => listing.path(slug, target),
  };
}

/**
 * Listing pages to prerender. Only sections' first pages unless `PRERENDER_ARTICLES=all`:
 * tag and author pages and later pages are the archive, rendered on first request.
 */
export function getListingParams(kind: ListingKind, pages: "first" | "rest"): { slug: string; page?: string }[] {
  if (!prerendersListing(kind, pages, prerenderLimit())) return [];
  const params: { slug: string; page?: string }[] = [];
  for (const group of LISTINGS[kind].groups(load().index).values()) {
    const pageCount = paginate(group.articles, 1)?.pageCount ?? 1;
    if (pages === "first") params.push({ slug: group.slug });
    else for (let page = 2; page <= pageCount; page++) params.push({ slug: group.slug, page: String(page) });
  }
  return params;
}

/**
 * Whether an archive URL names a page that exists now: a visible article, a section, tag
 * or author with visible articles, and a page number within its count. The proxy asks
 * this before rendering, because Next renders a 404 on request as an empty shell
 * (vercel/next.js#95613) and must never be asked to render a made-up URL.
 */
export function archivePageExists(target: ArchivePath): boolean {
  const { index } = load();
  if (target.kind === "article") return index.bySlug.has(target.slug);
  const group = LISTINGS[target.kind].groups(index).get(target.slug);
  if (group === undefined) return false;
  if (target.page === undefined) return true;
  const page = parsePageParam(target.page);
  return page !== undefined && paginate(group.articles, page) !== undefined;
}

/** A search result card with the matched words marked. */
export interface SearchResultView {
  readonly card: ArticleCard;
  readonly title: Segment[];
  readonly summary: Segment[];
}

/** Search results for a raw query: the cleaned query, one page of results and paging. */
export function getSearchResults(rawQuery: string, page: number) {
  const loaded = load();
  const query = normaliseQuery(rawQuery);
  loaded.search ??= buildSearch(loaded.index.articles);
  const hits = query === "" ? [] : loaded.search.search(query);
  const cut = paginate(hits, page, 10) ?? paginate(hits, 1, 10);
  const results: SearchResultView[] = (cut?.items ?? []).flatMap((hit) => {
    const article = loaded.index.bySlug.get(hit.slug);
    if (article === undefined) return [];
    const [card] = cards([article]);
    return card === undefined ? [] : [{ card, title: highlight(article.title, hit.terms), summary: highlight(article.summary, hit.terms) }];
  });
  return {
    query,
    total: hits.length,
    results,
    page: cut?.page ?? 1,
    pageCount: cut?.pageCount ?? 1,
    href: (target: number) => searchPath(query, target),
  };
}

export { parsePageParam } from "@/lib/paginate";
