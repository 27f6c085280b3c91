/**
 * Hostile 10,000-character search queries: the unit test checks what search answers to
 * each, tests/bench/search-queries.ts how long it takes.
 */
export const LONG_QUERIES = {
  "one long word": "a".repeat(10_000),
  "many words": "dân vận ".repeat(1250),
  "brackets and operators": "(*[?+".repeat(2000),
  "control characters": "\u0000\u0007\u001b\u200b".repeat(2500),
  "combining marks": "a\u0301\u0323".repeat(3334),
} as const;

/** The name of one of {@link LONG_QUERIES}. */
export type LongQueryName = keyof typeof LONG_QUERIES;

/**
 * What a search engine must find for each long query over the search tests' articles
 * (tests/lib/search-articles.test.ts, tests/lib/store-search.test.ts: the three that are
 * titled, tagged or written about Dân vận, in this order).
 */
export const LONG_QUERY_FINDS: readonly (readonly [LongQueryName, readonly string[]])[] = [
  ["one long word", []],
  ["many words", ["trong-tieu-de", "gan-the", "chi-trong-bai"]],
  ["brackets and operators", []],
  ["control characters", []],
  ["combining marks", []],
];
