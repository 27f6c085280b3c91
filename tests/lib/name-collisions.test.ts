import { describe, expect, it } from "vitest";
import { findNameCollisions, nameIdentity } from "../../lib/name-collisions";
import { formatProblem } from "../../lib/problem";
import { tagPath } from "../../lib/routes";

const TAGS = { field: "tags", label: "chủ đề", path: tagPath };

describe("nameIdentity", () => {
  it.each([
    ["Hoà giải", "Hòa giải"],
    ["Dân vận", "dân vận"],
    ["Dân vận", "Dan van"],
    ["Dân-vận", "Dân  vận"],
    ["Đảng bộ".normalize("NFD"), "Đảng bộ"],
  ])("treats %j and %j as one name", (a, b) => {
    expect(nameIdentity(a)).toBe(nameIdentity(b));
  });

  it.each([
    ["C++", "C#"],
    ["C", "C++"],
    ["H.N.", "HN"],
  ])("tells %j from %j", (a, b) => {
    expect(nameIdentity(a)).not.toBe(nameIdentity(b));
  });
});

describe("findNameCollisions", () => {
  it("reports each later name whose slug a different earlier name has, once, at its place", () => {
    const uses = [
      { name: "C++", file: "a.md", line: 6 },
      { name: "Hoà giải", file: "a.md", line: 6 },
      { name: "C#", file: "b.md", line: 7 },
      { name: "C#", file: "b.md", line: 7 },
      { name: "Hòa giải", file: "b.md", line: 7 },
      { name: "C", file: "c.md" },
    ];
    expect(findNameCollisions(uses, TAGS).map(formatProblem)).toEqual([
      'b.md:7 "tags": chủ đề "C#" trùng đường dẫn /the/c với chủ đề "C++" (ở a.md); hai tên khác nhau sẽ gộp thành một trang. Đổi tên một trong hai (ví dụ "C++" thành "Cpp").',
      'c.md "tags": chủ đề "C" trùng đường dẫn /the/c với chủ đề "C++" (ở a.md); hai tên khác nhau sẽ gộp thành một trang. Đổi tên một trong hai (ví dụ "C++" thành "Cpp").',
    ]);
  });

  it("ignores names with no slug, which the field reader refuses on its own", () => {
    expect(findNameCollisions([{ name: "#", file: "a.md" }, { name: "!", file: "b.md" }], TAGS)).toEqual([]);
  });
});
