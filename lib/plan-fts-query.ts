import { MAX_QUERY_TERMS, MIN_PREFIX_LENGTH, normaliseQuery } from "./plan-search-query";
import { exactForm, foldedForm, splitWords } from "./search-forms";

// A raw query becomes a small plan before SQLite sees it, so what one search may cost is
// decided here ("No request and no article can stall"), by the bounds of
// lib/plan-search-query.ts: at most MAX_QUERY_TERMS words, a prefix only for the last
// word the reader typed, looked up as at most MAX_COMPLETIONS whole words, and every word
// quoted, so nothing a reader types is read as FTS5 syntax.

/**
 * Most words a last word typed in part stands for: itself and the words of the index it
 * begins that most articles hold. FTS5 would otherwise merge the postings of every word
 * it begins, in full, before it could stop at the newest matches.
 */
export const MAX_COMPLETIONS = 16;

/** One word of a query in both index forms. */
export interface FtsWord {
  readonly exact: string;
  readonly folded: string;
  /** The last word the reader typed, matched as the start of longer words too. */
  readonly prefix: boolean;
}

/** What a query is searched for. */
export interface FtsPlan {
  /** The query as the page shows it back. */
  readonly query: string;
  /** Every word must match (AND), in this order (for the phrase). */
  readonly words: readonly FtsWord[];
  /**
   * What to search for when `words` match nothing because the last word is one or two
   * letters the reader may not have finished ("dang b"): the plan without it.
   */
  readonly fallback?: FtsPlan | undefined;
}

/**
 * Plans a raw query: normalised, split into words, repeats (by folded form) dropped, at
 * most {@link MAX_QUERY_TERMS}, the last a prefix when it is the reader's last word and has at
 * least {@link MIN_PREFIX_LENGTH} letters.
 *
 * @example planFtsQuery("Đảng bộ").words // [{exact:"đảng",folded:"dang",prefix:false},{exact:"bộ",folded:"bo",prefix:false}]
 */
export function planFtsQuery(raw: string): FtsPlan {
  const query = normaliseQuery(raw);
  const typed = splitWords(query).map((word) => ({ exact: exactForm(word), folded: foldedForm(word) }));
  const seen = new Set<string>();
  const distinct = typed.filter((word) => !seen.has(word.folded) && seen.add(word.folded));
  const kept = distinct.slice(0, MAX_QUERY_TERMS);
  const last = kept.at(-1);
  // The reader's last word may be unfinished; any earlier word was followed by a space.
  const lastTyped = last !== undefined && last.folded === typed.at(-1)?.folded;
  const prefix = lastTyped && Array.from(last.folded).length >= MIN_PREFIX_LENGTH;
  const words = kept.map((word, index) => ({ ...word, prefix: prefix && index === kept.length - 1 }));
  const unfinished = lastTyped && !prefix && kept.length > 1;
  return { query, words, ...(unfinished ? { fallback: { query, words: words.slice(0, -1) } } : {}) };
}

/** Which of the index's two forms an expression looks in. */
export type SearchForm = "exact" | "folded";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The FTS5 expression for every word of a plan in one form (AND), the last word as any
 * of `lastAs` when given (the completions of a prefix). Empty for a plan without words.
 *
 * @example wordsExpression(planFtsQuery("tăng trưở"), "folded", ["truo", "truong"]) // '"tang" AND ("truo" OR "truong")'
 */
export function wordsExpression(plan: FtsPlan, form: SearchForm, lastAs?: readonly string[]): string {
  const last = plan.words.length - 1;
  return plan.words
    .map((word, index) => (index === last && lastAs !== undefined && lastAs.length > 0 ? `(${lastAs.map(quote).join(" OR ")})` : quote(word[form])))
    .join(" AND ");
}

/**
 * The expression for every word of a plan, whole, in one column: does that field hold them all.
 *
 * @example fieldExpression(planFtsQuery("dang bo"), "folded", "title") // '{title} : ("dang" AND "bo")'
 */
export function fieldExpression(plan: FtsPlan, form: SearchForm, column: string): string {
  return `{${column}} : (${plan.words.map((word) => quote(word[form])).join(" AND ")})`;
}

/**
 * The plan's words, whole and in order, as one phrase in one form.
 *
 * @example phraseExpression(planFtsQuery("Đảng bộ"), "exact") // '"đảng bộ"'
 */
export function phraseExpression(plan: FtsPlan, form: SearchForm): string {
  return quote(plan.words.map((word) => word[form]).join(" "));
}

/**
 * The range of index words a prefix begins, as SQLite orders text (by code point):
 * every word after `from` and before `to` starts with it.
 *
 * @example completionRange("truo") // { from: "truo", to: "truo\u{10FFFF}" }
 */
export function completionRange(prefix: string): { readonly from: string; readonly to: string } {
  // No indexed word holds U+10FFFF: the tokenizer keeps letters and digits only.
  return { from: prefix, to: `${prefix}\u{10FFFF}` };
}
