import { describe, expect, it } from "vitest";
import { formatFrontMatterField, type FrontMatterValue } from "../../../lib/authoring/format-front-matter";
import { parseYaml } from "../../../lib/parse-yaml";

describe("formatFrontMatterField", () => {
  it.each<[string, string, FrontMatterValue, string]>([
    ["plain text unquoted", "author", "Hồng Nhung", "author: Hồng Nhung"],
    ["a title with a colon in quotes", "title", "Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích", 'title: "Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích"'],
    ["a date as written by editors", "date", "2017-04-20 18:02", "date: 2017-04-20 18:02"],
    ["text that looks like a number in quotes", "title", "2017", 'title: "2017"'],
    ["text that looks like a flag in quotes", "title", "true", 'title: "true"'],
    ["text starting with # in quotes", "title", "#1 tỉnh", 'title: "#1 tỉnh"'],
    ["a flag unquoted", "draft", true, "draft: true"],
    ["a list of names in brackets", "author", ["Hồng Nhung", "Minh Đức"], "author: [Hồng Nhung, Minh Đức]"],
    ["an empty list", "tags", [], "tags: []"],
  ])("writes %s", (_name, key, value, line) => {
    expect(formatFrontMatterField(key, value)).toBe(line);
  });

  it.each<[string, FrontMatterValue]>([
    ["Kỳ họp: Đường về đích", "Kỳ họp: Đường về đích"],
    ['Tin "nóng" - [cập nhật]', 'Tin "nóng" - [cập nhật]'],
    ["null", "null"],
    ["list", ["A, B", "C: D"]],
  ])("writes %j so that YAML reads it back unchanged", (_name, value) => {
    const result = parseYaml(formatFrontMatterField("field", value), "x.md", 1);
    expect(result.ok && result.value.data).toEqual({ field: value });
  });
});
