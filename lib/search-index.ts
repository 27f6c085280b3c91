import type { Article } from "./article";
import { foldTerm, splitWords } from "./search-terms";

// An inverted index in typed arrays: for each folded term, the articles that contain it
// and the term's weight in each, computed once here (BM25, with field boosts), so that a
// query only adds numbers it reads and allocates nothing per article it walks past.

/** The articles holding one term, newest first, with the term's weight in each. */
export interface Postings {
  /** Article numbers (positions in the indexed list, newest first), ascending. */
  readonly docs: Int32Array;
  /** The term's weight in each of those articles. */
  readonly weights: Float32Array;
}

/** The built index, as lib/search-articles.ts queries it. */
export interface SearchIndex {
  /** Slug of each article number. */
  readonly slugs: readonly string[];
  readonly docOf: ReadonlyMap<string, number>;
  readonly postings: ReadonlyMap<string, Postings>;
  /** Up to `limit` indexed terms that begin with `prefix` and are longer, in the most articles first. */
  completions(prefix: string, limit: number): string[];
}

/** The fields searched, and how much a word in each counts: a headline word most. */
const FIELDS: readonly { readonly read: (article: Article) => string; readonly boost: number }[] = [
  { read: (article) => article.title, boost: 3 },
  { read: (article) => article.summary, boost: 1.5 },
  { read: (article) => article.text, boost: 1 },
  { read: (article) => article.tags.join(" "), boost: 2 },
  { read: (article) => article.authors.join(" "), boost: 1.5 },
];

// BM25+ (term-frequency saturation k1, length normalisation b, floor delta), with the
// parameters the site ranked with before (MiniSearch's defaults).
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** Indexes articles, newest first: words are read once, as term numbers, then weighed once every document frequency is known. */
export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const terms = termNumbering();
  const count = articles.length;
  const fieldCount = FIELDS.length;
  // Per article and field: its distinct terms and how often each occurs.
  const read: { readonly ids: Int32Array; readonly tfs: Int32Array; readonly length: number }[] = [];
  const documents: number[] = [];
  const lastDoc: number[] = [];
  const totals = FIELDS.map(() => 0);
  const tally = new Counts();
  articles.forEach((article, doc) => {
    FIELDS.forEach((field, at) => {
      const words = splitWords(field.read(article));
      for (const word of words) tally.add(terms.idOf(word));
      const ids = tally.drain();
      for (const id of ids.ids) {
        if (lastDoc[id] === doc) continue;
        lastDoc[id] = doc;
        documents[id] = (documents[id] ?? 0) + 1;
      }
      totals[at] = (totals[at] ?? 0) + words.length;
      read.push({ ...ids, length: words.length });
    });
  });
  const averages = totals.map((total) => (count === 0 ? 0 : total / count));

  const docs = documents.map((n) => new Int32Array(n));
  const weights = documents.map((n) => new Float32Array(n));
  const filled = new Int32Array(documents.length);
  const idf = documents.map((n) => Math.log(1 + (count - n + 0.5) / (n + 0.5)));
  const score = new Float64Array(documents.length);
  const touched: number[] = [];
  for (let doc = 0; doc < count; doc++) {
    FIELDS.forEach((field, at) => {
      const entry = read[doc * fieldCount + at];
      if (entry === undefined) return;
      const average = averages[at] ?? 0;
      const norm = K1 * (1 - B + (average === 0 ? 0 : (B * entry.length) / average));
      entry.ids.forEach((id, position) => {
        const tf = entry.tfs[position] ?? 0;
        if (score[id] === 0) touched.push(id);
        score[id] = (score[id] ?? 0) + field.boost * (DELTA + (tf * (K1 + 1)) / (tf + norm));
      });
    });
    for (const id of touched) {
      const [list, weighed, at] = [docs[id], weights[id], filled[id] ?? 0];
      if (list === undefined || weighed === undefined) continue;
      list[at] = doc;
      weighed[at] = (score[id] ?? 0) * (idf[id] ?? 0);
      filled[id] = at + 1;
      score[id] = 0;
    }
    touched.length = 0;
  }
  read.length = 0;

  const postings = new Map<string, Postings>(terms.all().map((term, id) => [term, { docs: docs[id] ?? new Int32Array(0), weights: weights[id] ?? new Float32Array(0) }]));
  const vocabulary = [...postings.keys()].sort();
  return {
    slugs: articles.map((article) => article.slug),
    docOf: new Map(articles.map((article, doc) => [article.slug, doc])),
    postings,
    completions: (prefix, limit) => completionsIn(vocabulary, postings, prefix, limit),
  };
}

// Folding a word normalises it to NFD and back; an archive repeats a few thousand words
// millions of times, so each distinct spelling is folded and numbered once.
function termNumbering(): { idOf(word: string): number; all(): readonly string[] } {
  const bySpelling = new Map<string, number>();
  const byTerm = new Map<string, number>();
  const list: string[] = [];
  return {
    idOf(word) {
      const known = bySpelling.get(word);
      if (known !== undefined) return known;
      const term = foldTerm(word);
      const id = byTerm.get(term) ?? list.push(term) - 1;
      byTerm.set(term, id);
      bySpelling.set(word, id);
      return id;
    },
    all: () => list,
  };
}

/** Counts term numbers in a reusable table, so counting a field allocates no map. */
class Counts {
  private readonly counts: number[] = [];
  private readonly seen: number[] = [];

  add(id: number): void {
    const current = this.counts[id] ?? 0;
    if (current === 0) this.seen.push(id);
    this.counts[id] = current + 1;
  }

  /** The distinct ids counted since the last drain, with their counts; resets the table. */
  drain(): { ids: Int32Array; tfs: Int32Array } {
    const ids = Int32Array.from(this.seen);
    const tfs = ids.map((id) => this.counts[id] ?? 0);
    for (const id of this.seen) this.counts[id] = 0;
    this.seen.length = 0;
    return { ids, tfs };
  }
}

function completionsIn(vocabulary: readonly string[], postings: ReadonlyMap<string, Postings>, prefix: string, limit: number): string[] {
  // The words a prefix begins sit together in the sorted vocabulary, from its first one ≥ prefix.
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((vocabulary[middle] ?? "") < prefix) low = middle + 1;
    else high = middle;
  }
  const found: { term: string; documents: number }[] = [];
  for (let at = low; at < vocabulary.length; at++) {
    const term = vocabulary[at] ?? "";
    if (!term.startsWith(prefix)) break;
    if (term !== prefix) found.push({ term, documents: postings.get(term)?.docs.length ?? 0 });
  }
  // Alphabetical among equals, as the vocabulary is: the same query always expands alike.
  return found
    .sort((a, b) => b.documents - a.documents)
    .slice(0, limit)
    .map((completion) => completion.term);
}
