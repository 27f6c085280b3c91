/** What a search found, as its results page says it. */
export interface SearchCount {
  readonly query: string;
  /** Results counted, up to the most one search ranks. */
  readonly total: number;
  /** More articles match than were counted. */
  readonly capped: boolean;
}

/**
 * The line a results page opens with, in Vietnamese: how many articles match, and, past
 * the most one search ranks, that these are the newest of more.
 *
 * @example formatSearchStatus({ query: "dân vận", total: 200, capped: true }) // "Có hơn 200 bài cho “dân vận”; dưới đây là 200 bài mới nhất trong số đó. Thêm từ khóa để thu hẹp kết quả."
 */
export function formatSearchStatus({ query, total, capped }: SearchCount): string {
  const count = total.toLocaleString("vi-VN");
  if (total === 0) return `Không tìm thấy bài nào cho “${query}”. Hãy thử từ khóa ngắn hơn hoặc bỏ dấu.`;
  if (capped) return `Có hơn ${count} bài cho “${query}”; dưới đây là ${count} bài mới nhất trong số đó. Thêm từ khóa để thu hẹp kết quả.`;
  return `Có ${count} bài cho “${query}”.`;
}
