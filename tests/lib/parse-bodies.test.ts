import { describe, expect, it } from "vitest";
import { parseBodies } from "../../lib/parse-bodies";
import { formatProblem } from "../../lib/problem";

describe("parseBodies", () => {
  it("reads each body's name and short forms, the name first", () => {
    const result = parseBodies("hdnd-tinh:\n  name: Hội đồng nhân dân tỉnh Quảng Ninh\n  spellings: [HĐND tỉnh]\n", "content/bodies.yaml");
    expect(result.ok ? result.value.get("hdnd-tinh")?.spellings : result.problems.map(formatProblem)).toEqual(["Hội đồng nhân dân tỉnh Quảng Ninh", "HĐND tỉnh"]);
  });

  it("refuses short forms that are not a list", () => {
    const result = parseBodies("hdnd-tinh:\n  name: HĐND\n  spellings: HĐND tỉnh\n", "content/bodies.yaml");
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['content/bodies.yaml:3 "spellings": cần danh sách cách viết ngắn như [HĐND tỉnh], nhận được "HĐND tỉnh"']);
  });
});
