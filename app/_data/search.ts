import "server-only";
import { cache } from "react";
import { highlight, type Segment } from "@/lib/highlight";
import { paginate } from "@/lib/paginate";
import { planSearchQuery } from "@/lib/plan-search-query";
import type { ArticleCard } from "@/lib/present-article";
import { searchPath } from "@/lib/routes";
import { buildSearch, type ArticleSearch } from "@/lib/search-articles";
import { getCards } from "./articles";
import { getLoaded, type Loaded } from "./content";
import { trace } from "./render-trace";
import { getSettings } from "./settings";

// Search over the visible articles. The index is built once per content: by a production
// server when it starts (instrumentation.ts), elsewhere on the first search.

/** Results shown per page; only these are highlighted. */
const RESULTS_PER_PAGE = 10;

/** A search result card with the matched words marked. */
export interface SearchResultView {
  readonly card: ArticleCard;
  readonly title: Segment[];
  readonly summary: Segment[];
}

/** The search index, built now if the process has none for its content yet. */
export function prepareSearch(): ArticleSearch {
  return searchOf(getLoaded());
}

function searchOf(loaded: Loaded): ArticleSearch {
  if (loaded.search === undefined) {
    // Scheduled articles are indexed too and filtered out until due, so one coming due
    // needs no rebuild; drafts never show in production, so they are left out there.
    const searchable = getSettings().preview ? loaded.content.articles : loaded.content.articles.filter((article) => !article.draft);
    loaded.search = buildSearch(searchable);
    trace("search-index");
  }
  return loaded.search;
}

/**
 * Search results for a raw query: the cleaned query, one page of results and paging. The
 * page and its metadata both ask; React's per-request cache makes that one search.
 */
export const getSearchResults = cache(function getSearchResults(rawQuery: string, page: number) {
  const plan = planSearchQuery(rawQuery);
  const loaded = getLoaded();
  const found = searchOf(loaded).search(plan, loaded.unpublished);
  const cut = paginate(found.hits, page, RESULTS_PER_PAGE) ?? paginate(found.hits, 1, RESULTS_PER_PAGE);
  const results: SearchResultView[] = (cut?.items ?? []).flatMap((hit) => {
    const article = loaded.index.bySlug.get(hit.slug);
    if (article === undefined) return [];
    const [card] = getCards([article]);
    return card === undefined ? [] : [{ card, title: highlight(article.title, hit.terms), summary: highlight(article.summary, hit.terms) }];
  });
  return {
    query: plan.query,
    total: found.total,
    /** False when the count stopped at the search's cap: "at least" `total`. */
    complete: found.complete,
    results,
    page: cut?.page ?? 1,
    pageCount: cut?.pageCount ?? 1,
    href: (target: number) => searchPath(plan.query, target),
  };
});
