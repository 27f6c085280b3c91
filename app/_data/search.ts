import "server-only";
import { formatSearchStatus } from "@/lib/format-search-status";
import { highlight } from "@/lib/highlight";
import { planFtsQuery } from "@/lib/plan-fts-query";
import type { SearchPageResult } from "@/lib/render-search-page";
import { searchPath } from "@/lib/routes";
import { findEntityPages } from "@/lib/find-entity-pages";
import { getCards } from "./articles";
import { getStore, visibleAt } from "./content";

// Search over the visible articles, in the content store's FTS5 index (lib/store-search.ts).

/** Results per page. */
const PER_PAGE = 10;


/**
 * Search results for a raw query: the cleaned query, what the page says it found, one page
 * of results and paging.
 */
export function getSearchResults(rawQuery: string, page: number) {
  const store = getStore();
  const at = visibleAt();
  // The plan bounds what one query may cost (lib/plan-fts-query.ts).
  const typed = planFtsQuery(rawQuery);
  // "dang b": the last word too short to be a prefix may be unfinished; without it, if it alone finds nothing.
  const plan = typed.fallback !== undefined && store.search(typed, at, 0, 1).total === 0 ? typed.fallback : typed;
  // Only the page shown is read from the store; a page past the end shows the first.
  const wanted = Number.isInteger(page) && page >= 1 ? page : 1;
  const asked = store.search(plan, at, (wanted - 1) * PER_PAGE, PER_PAGE);
  const pageCount = Math.max(1, Math.ceil(asked.total / PER_PAGE));
  const shown = wanted <= pageCount ? wanted : 1;
  const { hits, total, capped } = shown === wanted ? asked : store.search(plan, at, 0, PER_PAGE);
  const cards = getCards(hits.map((hit) => hit.record));
  const results: SearchPageResult[] = hits.flatMap((hit, index) => {
    const card = cards[index];
    // The card's own text, typography included (non-breaking hyphens), as every list prints it.
    return card === undefined ? [] : [{ card, title: highlight(card.title, hit.terms), summary: highlight(card.summary, hit.terms) }];
  });
  return {
    query: plan.query,
    /** People, bodies, documents and places named exactly by the query: shown first. */
    entities: findEntityPages(plan.query, store.registers, (kind, id) => store.group(kind, id, at)),
    total,
    status: formatSearchStatus({ query: plan.query, total, capped }),
    results,
    page: shown,
    pageCount,
    href: (target: number) => searchPath(plan.query, target),
  };
}
