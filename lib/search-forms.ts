import { foldVietnamese } from "./fold-vietnamese";
import { unifyTonePlacement } from "./unify-tone-placement";

// The two forms in which text enters the search index, and in which a query is looked
// up: the same functions for both, so what a reader types and what an editor wrote
// meet in one spelling.

/**
 * The exact form: NFC, lower case, old and new tone placement made one; tone marks and
 * `đ` are kept, so `Đảng` and `đang` stay apart.
 *
 * @example exactForm("Hoà GIẢI") // exactForm("hòa giải")
 */
export function exactForm(text: string): string {
  return unifyTonePlacement(text).toLowerCase();
}

/**
 * The folded form: {@link foldVietnamese}, where case, tone marks and `đ/d` do not count.
 *
 * @example foldedForm("Đảng bộ") // "dang bo"
 */
export function foldedForm(text: string): string {
  return foldVietnamese(text);
}

/**
 * The words of a text as the index splits them: runs of letters and digits.
 *
 * @example splitWords("Đảng bộ (tỉnh)") // ["Đảng", "bộ", "tỉnh"]
 */
export function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
}
