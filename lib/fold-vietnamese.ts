/**
 * Folds Vietnamese text to lower-case ASCII-like letters: tone marks and
 * diacritics go, `đ` becomes `d`. Used for slugs and for search, so that
 * `Đảng bộ`, `dang bo` and an NFD-typed `Đảng bộ` all compare equal.
 *
 * @example foldVietnamese("Đoàn Khảo Sát") // "doan khao sat"
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}
