import { slugify } from "../slugify";

// What a provincial paper's page puts around an article, as it comes out when the page is
// copied as plain text: the breadcrumb, the view counter, the share, comment, print and
// e-mail buttons, the "related articles" list, and the source and keyword lines. The
// importer drops the first kinds and turns the last two into front matter; every line it
// recognises is named in its report.

/** Why a line of a copied page is not part of the article, in the importer's report. */
export type FurnitureKind = "breadcrumb" | "counter" | "buttons";

/** How the importer's report names each kind of dropped line. */
export const FURNITURE_NAMES: Readonly<Record<FurnitureKind | "related", string>> = {
  breadcrumb: "đường dẫn trang (Trang chủ > …)",
  counter: "bộ đếm lượt xem",
  buttons: "nút chia sẻ, bình luận, in, gửi email",
  related: "mục tin liên quan và danh sách dưới nó",
};

// Button labels; a line made only of these (and separators, icons, counts) is page furniture.
const BUTTONS = [
  "chia sẻ",
  "chia sẻ bài viết",
  "share",
  "tweet",
  "thích",
  "like",
  "facebook",
  "zalo",
  "twitter",
  "bình luận",
  "gửi bình luận",
  "ý kiến bạn đọc",
  "viết bình luận",
  "in",
  "in bài",
  "in bài viết",
  "bản in",
  "gửi email",
  "gửi e-mail",
  "gửi bài viết qua email",
  "email",
  "lưu bài",
  "lưu",
  "quay lại",
  "về đầu trang",
  "lên đầu trang",
  "cỡ chữ",
  "a a a",
  "a- a+",
  "nghe đọc bài",
].map((label) => slugify(label));

const RELATED = ["tin liên quan", "bài liên quan", "tin cùng chuyên mục", "tin khác", "các tin khác", "tin mới hơn", "tin cũ hơn", "xem thêm", "đọc thêm", "tin đọc nhiều", "tin mới nhất"].map(
  (label) => slugify(label),
);

// "Lượt xem: 1.234", "1.234 lượt xem", or an icon and a number alone ("👁 1.234").
const COUNTER = /^(?:(?:lượt xem|lượt đọc|số lượt xem|đã xem|lượt truy cập)\s*:?\s*[\d.,]+|[\d.,]+\s*(?:lượt xem|lượt đọc|views?)|[^\p{L}\p{N}]*\d[\d.,]*)$/iu;
const BREADCRUMB_SEPARATOR = /\s*(?:>|»|›|\/|\|)\s*/u;
const LIST_ITEM = /^(?:[-–•·+*►▸»]|\d{1,2}[.)])\s+\S/u;

/**
 * The kind of page furniture a line is, or undefined for a line of the article.
 *
 * @example furnitureKind("Trang chủ > Chính trị > Xây dựng Đảng") // "breadcrumb"
 * @example furnitureKind("Chia sẻ | In bài | Gửi email") // "buttons"
 */
export function furnitureKind(text: string): FurnitureKind | undefined {
  if (COUNTER.test(text)) return "counter";
  if (breadcrumbSegments(text) !== undefined) return "breadcrumb";
  return isButtons(text) ? "buttons" : undefined;
}

// A line made only of button labels, with separators, icons or counts between them:
// "Chia sẻ | In bài | Gửi email", "Chia sẻ Facebook Zalo", "Bình luận (3)".
function isButtons(text: string): boolean {
  const words = slugify(text.replace(/\d+/g, " ")).split("-").filter((word) => word !== "");
  const labels = BUTTONS.map((label) => label.split("-"));
  // reachable[i]: the first i words are a run of labels.
  const reachable = [true];
  for (let end = 1; end <= words.length; end++) {
    reachable[end] = labels.some((label) => end >= label.length && reachable[end - label.length] === true && label.every((word, index) => words[end - label.length + index] === word));
  }
  return words.length > 0 && reachable[words.length] === true;
}

/**
 * The segments of a breadcrumb line (`Trang chủ > Chính trị > Xây dựng Đảng`), the home
 * page left out, or undefined for any other line. A breadcrumb starts from the home page,
 * or is two to five short segments (at most five words each) between `>`, `»` or `›`.
 */
export function breadcrumbSegments(text: string): readonly string[] | undefined {
  const segments = text.split(BREADCRUMB_SEPARATOR).filter((segment) => segment !== "");
  const short = segments.every((segment) => segment.split(/\s+/).length <= 5 && !/[.!?…,;:]$/u.test(segment));
  const fromHome = /^(?:trang chủ|trang chính|home)$/iu.test(segments[0] ?? "");
  const arrows = /[>»›]/u.test(text);
  if (segments.length < 2 || !short || !(fromHome || (arrows && segments.length <= 5))) return undefined;
  return fromHome ? segments.slice(1) : segments;
}

/** True for the heading of a "related articles" list (`Tin liên quan`, `Tin cùng chuyên mục`…). */
export function isRelatedHeading(text: string): boolean {
  return RELATED.includes(slugify(text.replace(/[:：]\s*$/u, "")));
}

/** True for a line set out as a list item: a bullet or a number in front. */
export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}

/**
 * The source a closing line names: `Nguồn: Báo Quảng Ninh`, `Nguồn tin: TTXVN`, or a
 * short `(Theo Báo Quảng Ninh)`; undefined for any other line.
 *
 * @example readSourceLine("Nguồn: Báo Quảng Ninh") // "Báo Quảng Ninh"
 */
export function readSourceLine(text: string): string | undefined {
  const labelled = /^\(?\s*nguồn(?:\s+tin)?\s*:\s*(.{2,80}?)\s*\)?\.?$/iu.exec(text)?.[1];
  if (labelled !== undefined) return labelled;
  // "Theo đó, …" opens many a paragraph: only a short line of a name alone is a source.
  return /^\(?\s*theo\s+([^.,;:!?…()]{2,60}?)\s*\)?\.?$/iu.exec(text)?.[1];
}

/**
 * The keywords of a `Từ khóa: Dân vận, Quảng Ninh` (or `Tags:`, `Chủ đề:`) line, or of
 * the line under a label alone (`labelOnly`); undefined for any other line.
 */
export function readKeywordLine(text: string): { readonly labelOnly: boolean; readonly keywords: readonly string[] } | undefined {
  const match = /^(?:từ khóa|từ khoá|tags?|chủ đề|thẻ)\s*(?::\s*(.*))?$/iu.exec(text);
  if (match === null) return undefined;
  const keywords = splitKeywords(match[1] ?? "");
  return { labelOnly: keywords.length === 0, keywords };
}

/** Keywords as a site lists them: separated by commas, semicolons, bars or ` - `, each with a `#` or not. */
export function splitKeywords(text: string): readonly string[] {
  return text
    .split(/\s*(?:[,;|]|\s[-–]\s)\s*/u)
    .map((keyword) => keyword.replace(/^#/, "").trim())
    .filter((keyword) => /\p{L}/u.test(keyword));
}

/**
 * The photographer a credit line names (`Ảnh: Minh Đức`, `(Ảnh: TTXVN)`, `Ảnh tư liệu:
 * Thu Hà`), as the caption will show it: `Ảnh: Minh Đức`; undefined for any other line.
 */
export function readCreditLine(text: string): string | undefined {
  const match = /^\(?\s*(ảnh(?:\s+tư liệu|\s+minh họa|\s+minh hoạ)?)\s*:\s*([^():]{1,80}?)\s*\)?\.?$/iu.exec(text);
  const [, label = "", name] = match ?? [];
  return name === undefined ? undefined : `${label.charAt(0).toUpperCase()}${label.slice(1).toLowerCase()}: ${name}`;
}

/**
 * The caption in a line wholly in brackets, as sites print it under a photo:
 * `(Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Minh Đức)`; undefined for any other line,
 * and for the short notes papers also bracket (`(Còn nữa)`, `(Kỳ 2)`).
 */
export function readBracketedCaption(text: string): string | undefined {
  const inner = /^\((.+)\)$|^\[(.+)\]$/u.exec(text);
  const caption = (inner?.[1] ?? inner?.[2])?.trim();
  if (caption === undefined || caption.split(/\s+/).length < 4 || /^(?:còn nữa|hết|tiếp theo|kỳ\s|theo\s|nguồn)/iu.test(caption)) return undefined;
  return caption;
}
