import { foldTerm, splitWords } from "./search-terms";

// A raw query becomes a plan before any engine sees it, so what one search may cost is
// decided here, by rules a reader can be told, and holds for whichever engine runs it.

/** Longest query we look at, in characters; the rest of a hostile or pasted query is ignored. */
export const MAX_QUERY_LENGTH = 200;

/**
 * Most terms one query is searched for. Each term costs the engine one walk over the
 * articles that contain it, so this bounds the walks. Vietnamese words are one syllable
 * each: eight terms are a four-word phrase such as "Ban Thường vụ Tỉnh ủy làm việc", more
 * than readers type, and the AND of eight terms has all but pinned the results down.
 */
export const MAX_QUERY_TERMS = 8;

/**
 * Shortest last term that also matches the words it begins ("truo" finds "trường"). One
 * or two letters begin a large part of the vocabulary and would say almost nothing.
 */
export const MIN_PREFIX_LENGTH = 3;

/** One term to look up: folded, and whether the words it begins match too. */
export interface PlannedTerm {
  readonly term: string;
  readonly prefix: boolean;
}

/** What a query is searched for, decided before the engine runs. */
export interface SearchPlan {
  /** The query as the page shows it back: {@link normaliseQuery}. */
  readonly query: string;
  /** Every term must match (AND); only the last can be a prefix. */
  readonly terms: readonly PlannedTerm[];
  /**
   * What to search for when `terms` match nothing because the last word is one or two
   * letters the reader may not have finished ("dang b"): `terms` without it. Empty when
   * there is no such word.
   */
  readonly fallback: readonly PlannedTerm[];
  /** Distinct terms past {@link MAX_QUERY_TERMS}, left out. */
  readonly omitted: number;
}

/**
 * Plans a raw query: normalised, split into words, folded, without repeats, at most
 * {@link MAX_QUERY_TERMS} terms, the last a prefix when the reader's last word is kept and
 * has at least {@link MIN_PREFIX_LENGTH} letters.
 *
 * @example planSearchQuery("Đảng bộ  tỉnh").terms // [{term:"dang",prefix:false},{term:"bo",prefix:false},{term:"tinh",prefix:true}]
 */
export function planSearchQuery(raw: string): SearchPlan {
  const query = normaliseQuery(raw);
  const folded = splitWords(query).map(foldTerm);
  const distinct = [...new Set(folded)];
  const kept = distinct.slice(0, MAX_QUERY_TERMS);
  const last = kept.at(-1);
  // The reader's last word may be unfinished; any earlier word was followed by a space.
  const lastTyped = last !== undefined && last === folded.at(-1);
  const prefix = lastTyped && Array.from(last).length >= MIN_PREFIX_LENGTH;
  const terms = kept.map((term, position) => ({ term, prefix: prefix && position === kept.length - 1 }));
  const unfinished = lastTyped && !prefix && kept.length > 1;
  return { query, terms, fallback: unfinished ? terms.slice(0, -1) : [], omitted: distinct.length - kept.length };
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
