import "server-only";
import { PAGE_SIZE, parsePageParam } from "@/lib/paginate";
import { prerendersListing } from "@/lib/prerender-plan";
import type { ArticleCard, Link } from "@/lib/present-article";
import { LISTING_KINDS, listingPath, sectionPath, type ArchivePath, type ListingKind } from "@/lib/routes";
import { getCards } from "./articles";
import { getStore, visibleAt } from "./content";
import { getSettings } from "./settings";

// Listings: the home page, section, tag and author pages, and which of them exist. Each
// reads one page of its listing from the store's membership rows.

/** Sections in menu order, as links. */
export function getSectionLinks(): Link[] {
  return getStore().sections.map((section) => ({ label: section.name, href: sectionPath(section.slug) }));
}

/** The home page: the latest articles and each section's newest. */
export function getHome(): { latest: ArticleCard[]; sections: { link: Link; cards: ArticleCard[] }[] } {
  const store = getStore();
  const at = visibleAt();
  return {
    latest: getCards(store.newest(at, 10)),
    sections: store.sections
      .map((section) => ({ link: { label: section.name, href: sectionPath(section.slug) }, cards: getCards(store.newest(at, 3, section.slug)) }))
      .filter((section) => section.cards.length > 0),
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

/** How many pages a listing of `count` articles has: an empty one has one empty page. */
function pageCountOf(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE_SIZE));
}

/** A section, tag or author listing page, or undefined when it does not exist. */
export function getListing(kind: ListingKind, slug: string, page: number): ListingView | undefined {
  const store = getStore();
  const at = visibleAt();
  const group = store.group(kind, slug, at);
  if (group === undefined) return undefined;
  const pageCount = pageCountOf(group.count);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return {
    kindLabel: LISTING_KINDS[kind].label,
    name: group.name,
    description: group.description,
    cards: getCards(store.listing(kind, slug, at, PAGE_SIZE, (page - 1) * PAGE_SIZE)),
    page,
    pageCount,
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
  for (const group of getStore().groups(kind, visibleAt())) {
    if (pages === "first") params.push({ slug: group.slug });
    else for (let page = 2; page <= pageCountOf(group.count); page++) params.push({ slug: group.slug, page: String(page) });
  }
  return params;
}

/**
 * Whether an archive URL names a page that exists now: a visible article, a section, tag
 * or author with visible articles, and a page number within its count. The proxy asks
 * this before rendering, because Next renders a 404 on request as an empty shell
 * (vercel/next.js#95613) and must never be asked to render a made-up URL. Each answer is
 * one or two indexed lookups in the store.
 */
export function archivePageExists(target: ArchivePath): boolean {
  const store = getStore();
  const at = visibleAt();
  if (target.kind === "article") return store.article(target.slug, at) !== undefined;
  const group = store.group(target.kind, target.slug, at);
  if (group === undefined) return false;
  if (target.page === undefined) return true;
  const page = parsePageParam(target.page);
  return page !== undefined && page <= pageCountOf(group.count);
}

/** A page number from a URL segment (`"2"` → 2), or undefined for anything else. */
export { parsePageParam } from "@/lib/paginate";
/** Listing kinds, for the listing routes. */
export type { ListingKind } from "@/lib/routes";
