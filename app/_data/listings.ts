import "server-only";
import { groupsOf } from "@/lib/content-index";
import { paginate, parsePageParam } from "@/lib/paginate";
import { prerendersListing } from "@/lib/prerender-plan";
import type { ArticleCard, Link } from "@/lib/present-article";
import { LISTING_KINDS, listingPath, sectionPath, type ArchivePath, type ListingKind } from "@/lib/routes";
import { getCards } from "./articles";
import { getLoaded } from "./content";
import { getSettings } from "./settings";

// Listings: the home page, section, tag and author pages, and which of them exist.

/** Sections in menu order, as links. */
export function getSectionLinks(): Link[] {
  return getLoaded().content.sections.map((section) => ({ label: section.name, href: sectionPath(section.slug) }));
}

/** The home page: the latest articles and each section's newest. */
export function getHome(): { latest: ArticleCard[]; sections: { link: Link; cards: ArticleCard[] }[] } {
  const { index } = getLoaded();
  return {
    latest: getCards(index.articles.slice(0, 10)),
    sections: [...index.sections.values()]
      .filter((group) => group.articles.length > 0)
      .map((group) => ({ link: { label: group.name, href: sectionPath(group.slug) }, cards: getCards(group.articles.slice(0, 3)) })),
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
