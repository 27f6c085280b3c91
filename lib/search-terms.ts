import { foldVietnamese } from "./fold-vietnamese";

// What a search term is, shared by the index (lib/search-articles.ts) and the query plan
// (lib/plan-search-query.ts): if the two split or fold a word differently, a word in an
// article could never be found.

/**
 * Longest term kept, in characters; the rest of a longer word is cut, in articles and in
 * queries alike, so a long word still matches itself. Vietnamese syllables have at most
 * seven letters; only codes and foreign words come near the limit.
 */
export const MAX_TERM_LENGTH = 32;

/**
 * Splits text into words: runs of letters and digits.
 *
 * @example splitWords("Đảng bộ (tỉnh), 2016") // ["Đảng", "bộ", "tỉnh", "2016"]
 */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Folds one word into the term the index stores: case, tone marks and đ/d stop mattering,
 * and it is cut to {@link MAX_TERM_LENGTH} characters (by code point, never inside a pair).
 *
 * @example foldTerm("Đảng") // "dang"
 */
export function foldTerm(word: string): string {
  const folded = foldVietnamese(word);
  // Counting UTF-16 units first keeps the common case free of an array per word.
  return folded.length <= MAX_TERM_LENGTH ? folded : Array.from(folded).slice(0, MAX_TERM_LENGTH).join("");
}
