import MiniSearch from "minisearch";
import type { Article } from "./article";
import { foldVietnamese } from "./fold-vietnamese";

/** A search hit: the article's slug and the folded query terms it matched. */
export interface SearchHit {
  readonly slug: string;
  readonly terms: readonly string[];
}

/** A search index over articles, built once per server process. */
export interface ArticleSearch {
  search(query: string): SearchHit[];
}

/** Longest query we look at; the rest of a hostile or pasted query is ignored. */
export const MAX_QUERY_LENGTH = 200;

// Words are split on anything that is not a letter or digit, then folded: case, tone
// marks and đ/d stop mattering, so `dan van`, `DAN VAN` and `dân vân` find `Dân vận`.
const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
const processTerm = (term: string): string | null => {
  const folded = foldVietnamese(term);
  return folded === "" ? null : folded;
};

/** Builds the MiniSearch index over title, sapo, body, tags and authors. */
export function buildSearch(articles: readonly Article[]): ArticleSearch {
  const index = new MiniSearch<Article>({
    idField: "slug",
    fields: ["title", "summary", "text", "tags", "authors"],
    extractField: (article, field) => {
      const value: unknown = Reflect.get(article, field);
      return Array.isArray(value) ? value.join(" ") : typeof value === "string" ? value : "";
    },
    tokenize,
    processTerm,
    searchOptions: {
      boost: { title: 3, tags: 2, summary: 1.5, authors: 1.5 },
      combineWith: "AND",
      prefix: (term) => term.length >= 3,
      tokenize,
      processTerm,
    },
  });
  index.addAll([...articles]);
  return {
    search(query: string): SearchHit[] {
      const trimmed = normaliseQuery(query);
      if (trimmed === "") return [];
      return index.search(trimmed).map((result) => ({ slug: String(result.id), terms: result.terms }));
    },
  };
}

/** Cleans a raw query for searching and for echoing back: NFC, single spaces, bounded length. */
export function normaliseQuery(query: string): string {
  // Linear in the query's length; the server caps URLs far below where that matters.
  const cleaned = query
    .normalize("NFC")
    .replace(/[\p{C}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  // Cut by code points so an emoji at the limit is not split into half a surrogate pair.
  return Array.from(cleaned).slice(0, MAX_QUERY_LENGTH).join("").trim();
}
