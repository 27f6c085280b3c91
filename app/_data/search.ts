import "server-only";
import { highlight, type Segment } from "@/lib/highlight";
import { paginate } from "@/lib/paginate";
import type { ArticleCard } from "@/lib/present-article";
import { searchPath } from "@/lib/routes";
import { buildSearch, normaliseQuery } from "@/lib/search-articles";
import { getCards } from "./articles";
import { getLoaded } from "./content";

// Search over the visible articles; the index is built once per load.

/** A search result card with the matched words marked. */
export interface SearchResultView {
  readonly card: ArticleCard;
  readonly title: Segment[];
  readonly summary: Segment[];
}

/** Search results for a raw query: the cleaned query, one page of results and paging. */
export function getSearchResults(rawQuery: string, page: number) {
  const loaded = getLoaded();
  const query = normaliseQuery(rawQuery);
  loaded.search ??= buildSearch(loaded.index.articles);
  const hits = query === "" ? [] : loaded.search.search(query);
  const cut = paginate(hits, page, 10) ?? paginate(hits, 1, 10);
  const results: SearchResultView[] = (cut?.items ?? []).flatMap((hit) => {
    const article = loaded.index.bySlug.get(hit.slug);
    if (article === undefined) return [];
    const [card] = getCards([article]);
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
