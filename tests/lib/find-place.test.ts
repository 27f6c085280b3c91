import { describe, expect, it } from "vitest";
import { findPlace } from "../../lib/find-place";
import { formatProblem } from "../../lib/problem";
import type { Place } from "../../lib/registers";

const unit = (id: string, name: string, type: string): Place => ({ id, name, type, successors: [], lines: { entry: 1 } });
const PLACES = new Map([
  ["ha-long", unit("ha-long", "Hạ Long", "thành phố")],
  ["quang-ninh", unit("quang-ninh", "Quảng Ninh", "tỉnh")],
  ["tan-lap-a", unit("tan-lap-a", "Tân Lập", "xã")],
  ["tan-lap-b", unit("tan-lap-b", "Tân Lập", "xã")],
]);
const PLACE = { file: "content/articles/2017/04/a.md", line: 7, field: "places" };
const shown = (written: string) => {
  const result = findPlace(PLACES, written, PLACE);
  return result.ok ? result.value : result.problems.map(formatProblem);
};

describe("findPlace", () => {
  it.each([
    ["an id", "ha-long", "ha-long"],
    ["a name", "Hạ Long", "ha-long"],
    ["a name without tone marks", "quang ninh", "quang-ninh"],
  ])("finds a unit by %s", (_name, written, id) => {
    expect(shown(written)).toBe(id);
  });

  it.each([
    ["an unknown place, with the one probably meant", "Ha Lon", [`${PLACE.file}:7 "places": cần một địa danh có trong content/places.yaml, nhận được "Ha Lon" (có phải là "ha-long", thành phố Hạ Long?)`]],
    ["an unknown place nothing is near", "Mường Tè", [`${PLACE.file}:7 "places": cần một địa danh có trong content/places.yaml, nhận được "Mường Tè"`]],
    ["a name two units share", "Tân Lập", [`${PLACE.file}:7 "places": cần mã của một trong các đơn vị cùng tên: tan-lap-a (xã Tân Lập), tan-lap-b (xã Tân Lập), nhận được "Tân Lập"`]],
  ])("refuses %s", (_name, written, messages) => {
    expect(shown(written)).toEqual(messages);
  });
});
