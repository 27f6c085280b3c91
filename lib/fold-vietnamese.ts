/**
 * Folds Vietnamese text to lower-case ASCII-like letters: tone marks and
 * diacritics go, `đ` becomes `d`. Used for slugs and for search, so that
 * `Đảng bộ`, `dang bo` and an NFD-typed `Đảng bộ` all compare equal.
 *
 * @example foldVietnamese("Đoàn Khảo Sát") // "doan khao sat"
 */
export function foldVietnamese(text: string): string {
  // The search index folds every body (hundreds of megabytes in a large archive), twice as
  // fast this way. Decomposing and dropping marks is a function of each character alone,
  // so below U+2100 (Latin, Vietnamese, combining marks, punctuation) each character's
  // result is worked out once and looked up after that; anything else takes the
  // whole-string rule. Lower-casing stays whole-string (Σ depends on its place in a word).
  let folded = "";
  let copied = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code >= TABLE_END) return foldWhole(text);
    let stripped = STRIPPED[code];
    if (stripped === null || stripped === undefined) {
      stripped = stripMarks(String.fromCharCode(code));
      STRIPPED[code] = stripped;
    }
    folded += text.slice(copied, index) + stripped;
    copied = index + 1;
  }
  return (copied === 0 ? text : folded + text.slice(copied)).toLowerCase();
}

const TABLE_END = 0x2100;
// Filled with null so the array stays densely packed (a sparse one is a slow dictionary).
const STRIPPED: (string | null)[] = new Array<string | null>(TABLE_END).fill(null);

function stripMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[đĐ]/g, "d");
}

function foldWhole(text: string): string {
  return stripMarks(text).toLowerCase();
}
