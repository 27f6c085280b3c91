import type { Article } from "./article";
import { keepBest } from "./keep-best";
import type { PlannedTerm, SearchPlan } from "./plan-search-query";
import { buildSearchIndex, type Postings, type SearchIndex } from "./search-index";

// Runs a query plan (lib/plan-search-query.ts) over the postings of lib/search-index.ts.
// Each term's postings list the articles that contain it, newest first; a query walks the
// lists together (leapfrog), led by the shortest, jumping ahead in the others, so it
// touches no more than the shortest list allows and never scores an article that lacks a
// term. Everything one query may cost is capped below.

/** A search hit: the article's slug and the folded index terms it matched, for highlighting. */
export interface SearchHit {
  readonly slug: string;
  readonly terms: readonly string[];
}

/** The answer to one query: the best hits and how many articles matched. */
export interface SearchResults {
  /** At most {@link MAX_RANKED}, best first. */
  readonly hits: readonly SearchHit[];
  /** Articles that matched every term, among those examined. */
  readonly total: number;
  /** False when the walk stopped at {@link MAX_EXAMINED}: `total` is then a lower bound. */
  readonly complete: boolean;
}

/** A search index over articles, built once per content. */
export interface ArticleSearch {
  /** Runs a plan; articles whose slug is in `hidden` (scheduled, not yet due) never match. */
  search(plan: SearchPlan, hidden?: ReadonlySet<string>): SearchResults;
}

/**
 * Hits ranked and kept per query: 100 pages of 10. A query matching more is still counted,
 * but only its best 1,000 are returned, so no page of results carries more.
 */
export const MAX_RANKED = 1_000;

/**
 * Words a prefix stands for at most: the commonest words it begins, besides itself. A
 * three-letter prefix such as "tha" begins dozens of syllables, each in most articles.
 */
export const MAX_COMPLETIONS = 8;

/**
 * Steps of one walk at most: each examines one article of the shortest list. Only a query
 * whose every term is in more than 50,000 articles reaches it; it then reports what it
 * found among the newest of them (`complete: false`).
 */
export const MAX_EXAMINED = 50_000;

/** A completion counts for less than the word as typed: it is a guess at what was meant. */
const COMPLETION_WEIGHT = 0.5;

const NONE = Number.POSITIVE_INFINITY;

/** Builds the index over title, sapo, body, tags and authors; `articles` newest first. */
export function buildSearch(articles: readonly Article[]): ArticleSearch {
  const index = buildSearchIndex(articles);
  return {
    search(plan, hidden) {
      const found = run(index, plan.terms, hidden);
      return found.total === 0 && plan.fallback.length > 0 ? run(index, plan.fallback, hidden) : found;
    },
  };
}

const NOTHING: SearchResults = { hits: [], total: 0, complete: true };

/** One list of a term, with its weight in the term's score. */
interface Source {
  readonly term: string;
  readonly postings: Postings;
  readonly weight: number;
}

function run(index: SearchIndex, terms: readonly PlannedTerm[], hidden: ReadonlySet<string> | undefined): SearchResults {
  const groups = terms.map((planned) => sourcesOf(index, planned));
  // AND: a term no article contains answers the query before any list is walked.
  if (groups.length === 0 || groups.some((sources) => sources.length === 0)) return NOTHING;
  // The shortest list leads: each step examines one of its articles, and the others jump to it.
  const cursors = groups.map((sources) => new TermCursor(sources)).sort((a, b) => a.size - b.size);
  const [lead, ...others] = cursors;
  if (lead === undefined) return NOTHING;
  const excluded = new Set([...(hidden ?? [])].flatMap((slug) => index.docOf.get(slug) ?? []));
  const best = keepBest(MAX_RANKED);
  let total = 0;
  let steps = 0;
  let target = 0;
  let complete = false;
  while (steps < MAX_EXAMINED) {
    steps += 1;
    const doc = lead.seek(target);
    let next = doc;
    for (const cursor of others) {
      if (next !== doc) break;
      next = cursor.seek(doc);
    }
    if (next === NONE) {
      complete = true;
      break;
    }
    if (next !== doc) {
      target = next;
      continue;
    }
    target = doc + 1;
    if (excluded.has(doc)) continue;
    total += 1;
    let score = 0;
    for (const cursor of cursors) score += cursor.weightAt(doc);
    best.offer(doc, score);
  }
  // Stopped by the cap just as the shortest list ran out: nothing was left unexamined.
  if (!complete && lead.seek(target) === NONE) complete = true;
  const hits = best.ranked().map((doc) => ({ slug: index.slugs[doc] ?? "", terms: groups.flatMap((sources) => matchedTerms(sources, doc)) }));
  return { hits, total, complete };
}

/** The lists a planned term stands for: the word itself and, for a prefix, its commonest completions. */
function sourcesOf(index: SearchIndex, planned: PlannedTerm): Source[] {
  const exact = index.postings.get(planned.term);
  const sources: Source[] = exact === undefined ? [] : [{ term: planned.term, postings: exact, weight: 1 }];
  if (!planned.prefix) return sources;
  const completions = index.completions(planned.term, MAX_COMPLETIONS);
  return [...sources, ...completions.map((term) => ({ term, postings: index.postings.get(term) ?? EMPTY, weight: COMPLETION_WEIGHT }))];
}

const EMPTY: Postings = { docs: new Int32Array(0), weights: new Float32Array(0) };

function matchedTerms(sources: readonly Source[], doc: number): string[] {
  return sources.filter(({ postings }) => postings.docs[firstAtLeast(postings.docs, doc, 0)] === doc).map((source) => source.term);
}

/** Index of the first entry ≥ target in sorted `docs`, from `from`, galloping then bisecting. */
function firstAtLeast(docs: Int32Array, target: number, from: number): number {
  if (from >= docs.length || (docs[from] ?? NONE) >= target) return from;
  let low = from;
  let step = 1;
  while (low + step < docs.length && (docs[low + step] ?? NONE) < target) {
    low += step;
    step *= 2;
  }
  // docs[low] < target, and docs[high] ≥ target or high is the end.
  let high = Math.min(low + step, docs.length);
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((docs[middle] ?? NONE) < target) low = middle;
    else high = middle;
  }
  return high;
}

/** Walks the union of a term's lists forward: the next article holding any of them. */
class TermCursor {
  readonly size: number;
  private readonly lists: readonly Int32Array[];
  private readonly positions: Int32Array;

  constructor(private readonly sources: readonly Source[]) {
    this.lists = sources.map((source) => source.postings.docs);
    this.size = this.lists.reduce((sum, docs) => sum + docs.length, 0);
    this.positions = new Int32Array(sources.length);
  }

  /** Moves to the first article ≥ target and returns it, or NONE past the end. */
  seek(target: number): number {
    let found = NONE;
    for (let at = 0; at < this.lists.length; at++) {
      const docs = this.lists[at] ?? EMPTY.docs;
      const position = firstAtLeast(docs, target, this.positions[at] ?? 0);
      this.positions[at] = position;
      found = Math.min(found, docs[position] ?? NONE);
    }
    return found;
  }

  /** The term's score in `doc`, which the cursor must stand on. */
  weightAt(doc: number): number {
    let weight = 0;
    for (let at = 0; at < this.sources.length; at++) {
      const source = this.sources[at];
      const position = this.positions[at] ?? 0;
      if (source !== undefined && source.postings.docs[position] === doc) weight += source.weight * (source.postings.weights[position] ?? 0);
    }
    return weight;
  }
}
