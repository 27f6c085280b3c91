import { normaliseQuery } from "./search-articles";
import { exactForm, foldedForm, splitWords } from "./search-forms";

// A raw query becomes a small plan before SQLite sees it, so what one search may cost is
// decided here ("No request and no article can stall"): at most MAX_TERMS words, a prefix
// only for the last word the reader typed, and every word quoted, so nothing a reader
// types is read as FTS5 syntax.

/** Most words one query is searched for; the rest are left out. */
export const MAX_TERMS = 8;
/** Shortest last word that also matches the words it begins ("truo" finds "trường"). */
export const MIN_PREFIX_LENGTH = 3;

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
}

/**
 * Plans a raw query: normalised, split into words, repeats (by folded form) dropped, at
 * most {@link MAX_TERMS}, the last a prefix when it is the reader's last word and has at
 * least {@link MIN_PREFIX_LENGTH} letters.
 *
 * @example planFtsQuery("Đảng bộ").words // [{exact:"đảng",folded:"dang",prefix:false},{exact:"bộ",folded:"bo",prefix:false}]
 */
export function planFtsQuery(raw: string): FtsPlan {
  const query = normaliseQuery(raw);
  const typed = splitWords(query).map((word) => ({ exact: exactForm(word), folded: foldedForm(word) }));
  const seen = new Set<string>();
  const distinct = typed.filter((word) => !seen.has(word.folded) && seen.add(word.folded));
  const kept = distinct.slice(0, MAX_TERMS);
  const last = kept.at(-1);
  const prefix = last !== undefined && last.folded === typed.at(-1)?.folded && Array.from(last.folded).length >= MIN_PREFIX_LENGTH;
  return { query, words: kept.map((word, index) => ({ ...word, prefix: prefix && index === kept.length - 1 })) };
}

/** Which of the index's two forms an expression looks in. */
export type SearchForm = "exact" | "folded";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The FTS5 MATCH expression for a plan in one form, limited to `columns`: every word
 * (AND). Empty for a plan without words.
 *
 * @example ftsExpression(planFtsQuery("dang bo"), "folded", ["title"]) // '{title} : ("dang" AND "bo")'
 */
export function ftsExpression(plan: FtsPlan, form: SearchForm, columns: readonly string[]): string {
  if (plan.words.length === 0) return "";
  const terms = plan.words.map((word) => `${quote(word[form])}${word.prefix ? " *" : ""}`);
  return `{${columns.join(" ")}} : (${terms.join(" AND ")})`;
}

/**
 * The plan's words as one folded phrase in `columns` (the last a prefix when planned so),
 * for ranking articles that have them together.
 *
 * @example phraseExpression(planFtsQuery("dang bo"), ["title_folded"]) // '{title_folded} : ("dang bo")'
 */
export function phraseExpression(plan: FtsPlan, columns: readonly string[]): string {
  const lastPrefix = plan.words.at(-1)?.prefix === true;
  return `{${columns.join(" ")}} : (${quote(plan.words.map((word) => word.folded).join(" "))}${lastPrefix ? " *" : ""})`;
}
