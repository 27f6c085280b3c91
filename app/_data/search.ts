import "server-only";
import { highlight, type Segment } from "@/lib/highlight";
import { paginate } from "@/lib/paginate";
import { planFtsQuery } from "@/lib/plan-fts-query";
import type { ArticleCard } from "@/lib/present-article";
import { searchPath } from "@/lib/routes";
import { getCards } from "./articles";
import { getStore, visibleAt } from "./content";

// Search over the visible articles, in the content store's FTS5 index (lib/content-store.ts).

/** A search result card with the matched words marked. */
export interface SearchResultView {
  readonly card: ArticleCard;
  readonly title: Segment[];
  readonly summary: Segment[];
}

/** Search results for a raw query: the cleaned query, one page of results and paging. */
export function getSearchResults(rawQuery: string, page: number) {
  const store = getStore();
  const at = visibleAt();
  // The plan bounds what one query may cost (lib/plan-fts-query.ts).
  const plan = planFtsQuery(rawQuery);
  const { hits } = store.search(plan, at);
  const cut = paginate(hits, page, 10) ?? paginate(hits, 1, 10);
  const results: SearchResultView[] = (cut?.items ?? []).flatMap((hit) => {
    const article = store.article(hit.slug, at);
    if (article === undefined) return [];
    const [card] = getCards([article]);
    return card === undefined ? [] : [{ card, title: highlight(article.title, hit.terms), summary: highlight(article.summary, hit.terms) }];
  });
  return {
    query: plan.query,
    total: hits.length,
    results,
    page: cut?.page ?? 1,
    pageCount: cut?.pageCount ?? 1,
    href: (target: number) => searchPath(plan.query, target),
  };
}
