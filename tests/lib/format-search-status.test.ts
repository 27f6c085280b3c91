import { describe, expect, it } from "vitest";
import { formatSearchStatus } from "../../lib/format-search-status";

describe("formatSearchStatus", () => {
  it.each([
    ["nothing found", { query: "xyzzy", total: 0, capped: false }, "Không tìm thấy bài nào cho “xyzzy”. Hãy thử từ khóa ngắn hơn hoặc bỏ dấu."],
    ["one result", { query: "Cái Lân", total: 1, capped: false }, "Có 1 bài cho “Cái Lân”."],
    ["every result counted", { query: "dân vận", total: 137, capped: false }, "Có 137 bài cho “dân vận”."],
    [
      "more results than one search ranks",
      { query: "dân vận", total: 200, capped: true },
      "Có hơn 200 bài cho “dân vận”; dưới đây là 200 bài mới nhất trong số đó. Thêm từ khóa để thu hẹp kết quả.",
    ],
    [
      "thousands, with a dot",
      { query: "tỉnh", total: 1000, capped: true },
      "Có hơn 1.000 bài cho “tỉnh”; dưới đây là 1.000 bài mới nhất trong số đó. Thêm từ khóa để thu hẹp kết quả.",
    ],
  ])("says so when %s", (_name, count, expected) => {
    expect(formatSearchStatus(count)).toBe(expected);
  });
});
