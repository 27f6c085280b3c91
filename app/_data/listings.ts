import "server-only";
import { arrangeFrontPage, chosenSlugs, LATEST_COUNT, MAX_HIGHLIGHTS, SECTION_BLOCK_SIZE } from "@/lib/front-page";
import { newestFirst } from "@/lib/load-content";
import { PAGE_SIZE, parsePageParam } from "@/lib/paginate";
import { prerendersListing } from "@/lib/prerender-plan";
import type { ArticleCard, Link } from "@/lib/present-article";
import type { ArticleSummary } from "@/lib/article";
import { formatIsoDate } from "@/lib/format-dateline";
import { officesOn } from "@/lib/office-on-date";
import { entityTitle, presentEntity, type EntityDetails } from "@/lib/present-entity";
import { ENTITY_KINDS, LISTING_KINDS, listingPath, sectionPath, type ArchivePath, type EntityKind, type ListingKind } from "@/lib/routes";
import { getCards } from "./articles";
import { getStore, visibleAt } from "./content";
import { getSettings, now } from "./settings";

// Listings: the home page, section, tag and author pages, and which of them exist. Each
// reads one page of its listing from the store's membership rows.

/** Sections in menu order, as links. */
export function getSectionLinks(): Link[] {
  return getStore().sections.map((section) => ({ label: section.name, href: sectionPath(section.slug) }));
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

/** Most articles the home page shows above its section blocks: the lead, the highlights and "Tin mới". */
const ABOVE_SECTIONS = 1 + MAX_HIGHLIGHTS + LATEST_COUNT;

/**
 * The home page as content/front-page.yaml and the clock arrange it (lib/front-page.ts),
 * from a bounded read of the store: the chosen articles, the newest few, and enough of
 * each section's newest to fill its block with articles not already shown above.
 */
export function getHome(): HomeView {
  const store = getStore();
  const at = visibleAt();
  const time = now();
  const choice = store.frontPage;
  const holds = choice.until !== undefined && time.getTime() < choice.until.getTime();
  const chosen = holds ? chosenSlugs(choice).flatMap((slug) => store.article(slug, at) ?? []) : [];
  const bySlug = new Map([...chosen, ...store.newest(at, ABOVE_SECTIONS)].map((article) => [article.slug, article]));
  const newest = [...bySlug.values()].sort(newestFirst);
  const reach = SECTION_BLOCK_SIZE + ABOVE_SECTIONS + chosen.length;
  const sections = store.sections.map((section) => ({ slug: section.slug, name: section.name, articles: store.newest(at, reach, section.slug) }));
  const page = arrangeFrontPage(choice, newest, sections, time);
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
  /** For a person, body, document or place: what the registers say about it. */
  readonly details?: EntityDetails | undefined;
  /** For a person, body, document or place: its kind and id, for its structured data. */
  readonly entity?: { readonly kind: EntityKind; readonly id: string } | undefined;
}

/** How many pages a listing of `count` articles has: an empty one has one empty page. */
function pageCountOf(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE_SIZE));
}

/** A listing page (section, tag, author, person, body, document or place), or undefined when it does not exist. */
export function getListing(kind: ListingKind, slug: string, page: number): ListingView | undefined {
  const store = getStore();
  const at = visibleAt();
  const group = store.group(kind, slug, at);
  if (group === undefined) return undefined;
  const pageCount = pageCountOf(group.count);
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  const entity = ENTITY_KINDS.find((known) => known === kind);
  const articles = store.listing(kind, slug, at, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const cards = getCards(articles);
  return {
    kindLabel: LISTING_KINDS[kind].label,
    name: entity === undefined ? group.name : entityTitle(entity, slug, store.registers, group.name),
    description: group.description,
    cards: entity === "person" ? withOfficesHeld(cards, articles, slug) : cards,
    page,
    pageCount,
    href: (target) => listingPath(kind, slug, target),
    details: entity === undefined ? undefined : presentEntity(entity, slug, store.registers, formatIsoDate(now(), store.site.timeZone)),
    entity: entity === undefined ? undefined : { kind: entity, id: slug },
  };
}

// On a person's page each article says what office they held that day, when the register knows.
function withOfficesHeld(cards: readonly ArticleCard[], articles: readonly ArticleSummary[], id: string): ArticleCard[] {
  const store = getStore();
  const person = store.registers.people.get(id);
  return cards.map((card, position) => {
    const article = articles[position];
    const held = person === undefined || article === undefined ? [] : officesOn(person, formatIsoDate(article.published, store.site.timeZone));
    return held.length === 0 ? card : { ...card, note: `Khi đó: ${held.map((office) => office.title).join(", ")}` };
  });
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
