/** One page of a listing. */
export interface PageOf<T> {
  readonly items: readonly T[];
  readonly page: number;
  readonly pageCount: number;
}

/** Articles per listing page: a screenful on a phone, light on a slow connection. */
export const PAGE_SIZE = 20;

/**
 * Cuts page `page` (1-based) out of `items`. An empty listing has one empty page;
 * a page past the end, or not a whole number, is undefined so the route can 404.
 *
 * @example paginate([1, 2, 3], 2, 2) // { items: [3], page: 2, pageCount: 2 }
 */
export function paginate<T>(items: readonly T[], page: number, size = PAGE_SIZE): PageOf<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * size, page * size), page, pageCount };
}

/**
 * Reads a page number from a URL segment; only canonical forms (`2`, not `02` or `1`) count,
 * because page 1 lives at the listing's own URL.
 */
export function parsePageParam(segment: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(segment) && segment !== "1" ? Number(segment) : undefined;
}
