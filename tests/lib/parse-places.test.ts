import { describe, expect, it } from "vitest";
import { parsePlaces } from "../../lib/parse-places";
import { formatProblem } from "../../lib/problem";

describe("parsePlaces", () => {
  it("reads a unit's type in any capitals as the gazetteer writes it", () => {
    const result = parsePlaces("ha-long:\n  name: Hạ Long\n  type: Thành phố\n  parent: quang-ninh\n", "content/places.yaml");
    expect(result.ok ? [result.value.get("ha-long")?.type, result.value.get("ha-long")?.parent] : result.problems.map(formatProblem)).toEqual(["thành phố", "quang-ninh"]);
  });

  it("needs a type", () => {
    const result = parsePlaces("ha-long:\n  name: Hạ Long\n", "content/places.yaml");
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/places.yaml:1 "type": cần trường "type" (bắt buộc), nhận được không có',
    ]);
  });
});
