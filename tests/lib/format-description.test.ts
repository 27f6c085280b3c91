import { describe, expect, it } from "vitest";
import { formatDescription } from "../../lib/format-description";

describe("formatDescription", () => {
  it("keeps a short sapo as it is, on one line", () => {
    expect(formatDescription("Chiều 20/4,\n tại TP Hạ Long.")).toBe("Chiều 20/4, tại TP Hạ Long.");
  });

  it.each([
    ["cuts at the last word boundary and adds an ellipsis", "Chiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy", 20, "Chiều 20/4, tại TP…"],
    ["drops trailing punctuation before the ellipsis", "Một hai ba, bốn năm sáu bảy", 13, "Một hai ba…"],
    ["cuts inside a very long word rather than returning almost nothing", "a ".concat("x".repeat(50)), 20, `a ${"x".repeat(17)}…`],
  ])("%s", (_name, text, max, expected) => {
    const result = formatDescription(text, max);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});
