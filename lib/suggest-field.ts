import { slugify } from "./slugify";

// The names Vietnamese editors give the contract's fields, folded as slugs (no tone marks,
// words joined by "-"), so `tác giả`, `Tác_giả`, `tac-gia` and `tacgia` all match.
const VIETNAMESE_NAMES: Readonly<Record<string, readonly string[]>> = {
  title: ["tieu-de", "tua-de", "ten-bai", "tieu-de-bai"],
  date: ["ngay", "ngay-dang", "ngay-gio", "gio-dang", "thoi-gian", "ngay-thang"],
  updated: ["cap-nhat", "ngay-cap-nhat", "sua-luc"],
  author: ["tac-gia", "nguoi-viet", "phong-vien", "but-danh"],
  category: ["chuyen-muc", "danh-muc", "the-loai", "muc"],
  tags: ["tu-khoa", "the", "chu-de", "nhan"],
  places: ["dia-danh", "dia-diem", "noi", "vung"],
  summary: ["tom-tat", "sapo", "sa-po", "mo-dau"],
  source: ["nguon", "nguon-tin", "theo"],
  draft: ["nhap", "ban-nhap"],
  corrections: ["dinh-chinh"],
};

/**
 * The known field a name means beyond doubt: the field in other capitals (`Title`), or
 * the Vietnamese name editors give it (`tác giả`, `tac_gia` → `author`); undefined when
 * the name is a guess at best. `npm run check -- --fix` renames only these.
 *
 * @example meantField("tac_gia", ["title", "author"]) // "author"
 */
export function meantField(typed: string, known: readonly string[]): string | undefined {
  const exact = known.find((field) => field.toLowerCase() === typed.trim().toLowerCase());
  if (exact !== undefined) return exact;
  const slug = slugify(typed);
  const joined = slug.replace(/-/g, "");
  return known.find((field) => (VIETNAMESE_NAMES[field] ?? []).some((name) => name === slug || name.replace(/-/g, "") === joined));
}

/**
 * Suggests the known field an editor probably meant: the one it means beyond doubt
 * ({@link meantField}), else the nearest by edit distance.
 *
 * @example suggestField("tittle", ["title", "date"]) // "title"
 */
export function suggestField(typed: string, known: readonly string[]): string | undefined {
  const meant = meantField(typed, known);
  if (meant !== undefined) return meant;
  const lower = typed.toLowerCase();
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(lower, field);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

/** How many letters must be added, removed or changed to turn `a` into `b` (Levenshtein). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The message for a key a file does not support: the field probably meant, or else the
 * list of valid ones. Front matter and site.yaml word it the same way.
 */
export function unsupportedFieldMessage(typed: string, known: readonly string[]): string {
  const guess = suggestField(typed, known);
  return `trường không được hỗ trợ (${guess === undefined ? `các trường hợp lệ: ${known.join(", ")}` : `có phải là "${guess}"?`}).`;
}
