import { describe, expect, it } from "vitest";
import type { Section } from "../../lib/article";
import { findSection } from "../../lib/find-section";
import { formatProblem } from "../../lib/problem";

const SECTIONS: Section[] = [
  { name: "Chính trị", slug: "chinh-tri", description: "" },
  { name: "Kinh tế", slug: "kinh-te", description: "" },
];
const PLACE = { file: "content/articles/2017/04/bai.md", line: 5, field: "category" };

describe("findSection", () => {
  it.each([
    ["as declared", "Kinh tế"],
    ["without tone marks", "kinh te"],
    ["in capitals", "KINH TẾ"],
    ["typed in NFD", "Kinh tế".normalize("NFD")],
  ])("finds the section named %s", (_name, typed) => {
    expect(findSection(SECTIONS, typed, PLACE)).toEqual({ ok: true, value: SECTIONS[1] });
  });

  it("refuses a section that is not declared, listing the declared ones", () => {
    const result = findSection(SECTIONS, "Thể thao", PLACE);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/articles/2017/04/bai.md:5 "category": cần một chuyên mục đã khai báo trong content/sections.yaml (Chính trị, Kinh tế), nhận được "Thể thao"',
    ]);
  });
});
