import "server-only";
import { groupsOf } from "@/lib/content-index";
import { arrangeFrontPage } from "@/lib/front-page";
import { paginate, parsePageParam } from "@/lib/paginate";
import { prerendersListing } from "@/lib/prerender-plan";
import type { ArticleCard, Link } from "@/lib/present-article";
import { LISTING_KINDS, listingPath, sectionPath, type ArchivePath, type ListingKind } from "@/lib/routes";
import { getCards } from "./articles";
import { getLoaded } from "./content";
import { getSettings, now } from "./settings";

// Listings: the home page, section, tag and author pages, and which of them exist.

/** Sections in menu order, as links. */
export function getSectionLinks(): Link[] {
  return getLoaded().content.sections.map((section) => ({ label: section.name, href: sectionPath(section.slug) }));
}

/** The home page, top to bottom; no article is on it twice. */
export interface HomeView {
  /** The editors' lead story while their choice holds, else the newest article. */
  readonly lead?: ArticleCard | undefined;
  readonly highlights: readonly ArticleCard[];
  /** "Tin mới": the newest of the rest. */
  readonly latest: readonly ArticleCard[];
  readonly sections: readonly { readonly link: Link; readonly cards: readonly ArticleCard[] }[];
}

/** The home page as content/front-page.yaml and the clock arrange it (lib/front-page.ts). */
export function getHome(): HomeView {
  const { index, content } = getLoaded();
  const page = arrangeFrontPage(content.frontPage, index.articles, [...index.sections.values()], now());
  const [lead] = page.lead === undefined ? [] : getCards([page.lead], "lead");
  return {
    lead,
    highlights: getCards(page.highlights, "highlight"),
    latest: getCards(page.latest),
    sections: page.sections.map((block) => ({ link: { label: block.name, href: sectionPath(block.slug) }, cards: getCards(block.articles) })),
  };
}

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
  const group = groupsOf(getLoaded().index, kind).get(slug);
  const cut = group === undefined ? undefined : paginate(group.articles, page);
  if (group === undefined || cut === undefined) return undefined;
  return {
    kindLabel: LISTING_KINDS[kind].label,
    name: group.name,
    description: group.description,
    cards: getCards(cut.items),
    page: cut.page,
    pageCount: cut.pageCount,
    href: (target) => listingPath(kind, slug, target),
  };
}

/**
 * Listing pages to prerender (README, Decisions: "Archive on request"): sections' first
 * pages, and every page only when `PRERENDER_ARTICLES=all`.
 */
export function getListingParams(kind: ListingKind, pages: "first" | "rest"): { slug: string; page?: string }[] {
  if (!prerendersListing(kind, pages, getSettings().prerenderArticles)) return [];
  const params: { slug: string; page?: string }[] = [];
  for (const group of groupsOf(getLoaded().index, kind).values()) {
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
  const { index } = getLoaded();
  if (target.kind === "article") return index.bySlug.has(target.slug);
  const group = groupsOf(index, target.kind).get(target.slug);
  if (group === undefined) return false;
  if (target.page === undefined) return true;
  const page = parsePageParam(target.page);
  return page !== undefined && paginate(group.articles, page) !== undefined;
}

/** A page number from a URL segment (`"2"` → 2), or undefined for anything else. */
export { parsePageParam } from "@/lib/paginate";
/** Listing kinds, for the listing routes. */
export type { ListingKind } from "@/lib/routes";
