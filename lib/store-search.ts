import type Database from "better-sqlite3";
import type { ArticleRecord } from "./article";
import { firstIdAfter, rowidBound } from "./article-ids";
import { completionRange, fieldExpression, MAX_COMPLETIONS, phraseExpression, wordsExpression, type FtsPlan, type SearchForm } from "./plan-fts-query";
import type { SearchHit } from "./search-articles";
import { parseRecord, readBlob, readNumber, readString } from "./store-rows";

// Search in the content store (schema: lib/content-store.ts). What one search costs is
// bounded by MAX_RESULTS, not by the archive:
// - What is found comes from an index of every word with no positions (rowids only),
//   walked newest first and stopped at MAX_RESULTS: exact matches first, then, only if
//   there is room, folded ones. Every exact match is also a folded one, so the folded
//   walk is skipped when the exact walk fills the list, and the count is exact up to
//   MAX_RESULTS and "more than" past it.
// - Ranking looks only at the tiers the page shows, and only at the short fields (title,
//   tags and authors, sapo), which are indexed with positions in tables of their own,
//   within the ids the walk covered: each ranking query meets at most the matches the
//   walk found.
// - Only the page shown is read from the articles table, in one query.

/** Most results one search ranks and pages through: its newest matches, exact ones first. */
export const MAX_RESULTS = 200;

/** The short fields whose holding every word ranks an article within its tier, and their weights. */
const FIELD_WEIGHTS: readonly (readonly [string, number])[] = [
  ["title", 3],
  ["meta", 2],
  ["summary", 1.5],
];
/** What the words together, as a phrase in one of those fields, add (multi-word queries). */
const PHRASE_WEIGHT = 1;

/** A search hit with the record its result card is made from. */
export interface StoreHit extends SearchHit {
  readonly record: ArticleRecord;
}

/** One page of results, best first; `total` counts them up to MAX_RESULTS, `capped` says there are more. */
export interface StoreSearchResult {
  readonly hits: readonly StoreHit[];
  readonly total: number;
  readonly capped: boolean;
}

/** A search over an open store: hits `offset` to `offset + limit` of a plan at `now` (ms). */
export type StoreSearch = (plan: FtsPlan, now: number, offset: number, limit: number) => StoreSearchResult;

/** One tier of results: the matches in one form, newest first. */
interface Tier {
  readonly form: SearchForm;
  readonly ids: readonly number[];
}

const NOTHING: StoreSearchResult = { hits: [], total: 0, capped: false };

const ids = (rows: readonly unknown[]): number[] =>
  rows.flatMap((row) => {
    const id = readNumber(row, "id");
    return id === undefined ? [] : [id];
  });

/** Prepares the search queries of an open store once. */
export function prepareSearch(db: Database.Database): StoreSearch {
  const walk = {
    exact: db.prepare("SELECT rowid AS id FROM search_exact WHERE search_exact MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?"),
    folded: db.prepare("SELECT rowid AS id FROM search_folded WHERE search_folded MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?"),
  };
  const heads = {
    exact: db.prepare("SELECT rowid AS id FROM heads_exact WHERE heads_exact MATCH ? AND rowid >= ? AND rowid < ?"),
    folded: db.prepare("SELECT rowid AS id FROM heads_folded WHERE heads_folded MATCH ? AND rowid >= ? AND rowid < ?"),
  };
  const completions = db.prepare("SELECT term FROM search_terms WHERE term > ? AND term < ? ORDER BY articles DESC, term LIMIT ?");
  const records = db.prepare("SELECT id, slug, record FROM articles WHERE id IN (SELECT value FROM json_each(?))");

  /** The last word typed in part as the whole words it stands for; undefined when it is whole. */
  const completionsOf = (plan: FtsPlan): string[] | undefined => {
    const last = plan.words.at(-1);
    if (last?.prefix !== true) return undefined;
    const { from, to } = completionRange(last.folded);
    const longer = completions.all(from, to, MAX_COMPLETIONS - 1).map((row) => readString(row, "term") ?? "");
    return [last.folded, ...longer];
  };

  /** A tier's ids, best first: by the weights of the fields holding every word, then newest first. */
  const rank = (plan: FtsPlan, tier: Tier, before: bigint): number[] => {
    const members = new Set(tier.ids);
    const weights = new Map<number, number>();
    // The tier's ids are the newest matches: its oldest bounds what each query meets.
    const oldest = rowidBound(tier.ids.at(-1) ?? 0);
    const add = (expression: string, weight: number): void => {
      for (const id of ids(heads[tier.form].all(expression, oldest, before))) {
        if (members.has(id)) weights.set(id, (weights.get(id) ?? 0) + weight);
      }
    };
    for (const [column, weight] of FIELD_WEIGHTS) add(fieldExpression(plan, tier.form, column), weight);
    if (plan.words.length > 1) add(phraseExpression(plan, tier.form), PHRASE_WEIGHT);
    return [...tier.ids].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0) || b - a);
  };

  return (plan, now, offset, limit) => {
    if (plan.words.length === 0) return NOTHING;
    const before = rowidBound(firstIdAfter(now));
    const exact = ids(walk.exact.all(wordsExpression(plan, "exact"), before, MAX_RESULTS));
    const tiers: Tier[] = [{ form: "exact", ids: exact }];
    let capped = exact.length >= MAX_RESULTS;
    if (!capped) {
      const folded = ids(walk.folded.all(wordsExpression(plan, "folded", completionsOf(plan)), before, MAX_RESULTS));
      const found = new Set(exact);
      const more = folded.filter((id) => !found.has(id));
      capped = folded.length >= MAX_RESULTS || exact.length + more.length > MAX_RESULTS;
      tiers.push({ form: "folded", ids: more });
    }
    const total = Math.min(MAX_RESULTS, tiers.reduce((sum, tier) => sum + tier.ids.length, 0));
    const end = Math.min(total, offset + limit);
    const page: number[] = [];
    let start = 0;
    for (const tier of tiers) {
      // Only a tier the page reaches is ranked.
      if (tier.ids.length > 0 && start < end && start + tier.ids.length > offset) {
        page.push(...rank(plan, tier, before).slice(Math.max(0, offset - start), end - start));
      }
      start += tier.ids.length;
    }
    const found = new Map(
      records.all(JSON.stringify(page)).map((row) => [readNumber(row, "id"), { slug: readString(row, "slug"), record: parseRecord(readBlob(row, "record")) }]),
    );
    const terms = plan.words.map((word) => word.folded);
    const hits = page.flatMap((id) => {
      const { slug, record } = found.get(id) ?? {};
      return slug === undefined || record === undefined ? [] : [{ slug, terms, record }];
    });
    return { hits, total, capped };
  };
}
