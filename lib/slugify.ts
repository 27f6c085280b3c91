import { foldVietnamese } from "./fold-vietnamese";

/**
 * Turns a Vietnamese name or title into an ASCII URL slug.
 *
 * @example slugify("Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích")
 * // "ky-hop-thu-5-hdnd-tinh-khoa-xiv-duong-ve-dich"
 */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
