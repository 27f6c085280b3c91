import { describe, expect, it } from "vitest";
import { FIELDS } from "../../lib/parse-article";
import { suggestField } from "../../lib/suggest-field";

describe("suggestField", () => {
  it.each([
    ["tittle", "title"],
    ["Title", "title"],
    ["TITLE", "title"],
    ["autor", "author"],
    ["authors", "author"],
    ["catgory", "category"],
    ["categroy", "category"],
    ["tag", "tags"],
    ["summery", "summary"],
    ["drafts", "draft"],
    ["correction", "corrections"],
  ])("suggests that %j meant %j", (typed, field) => {
    expect(suggestField(typed, FIELDS)).toBe(field);
  });

  it.each(["photographer", "chuyên mục", "xyz", ""])("suggests nothing for %j, which is far from every field", (typed) => {
    expect(suggestField(typed, FIELDS)).toBeUndefined();
  });

  it("allows at most two edits", () => {
    expect(suggestField("tixxe", ["title"])).toBe("title");
    expect(suggestField("txxxe", ["title"])).toBeUndefined();
  });

  it("prefers the closest field, and the first of equally close ones", () => {
    expect(suggestField("dates", ["data", "date"])).toBe("date");
    expect(suggestField("dat", ["data", "date"])).toBe("data");
  });

  it("suggests nothing from an empty list", () => {
    expect(suggestField("title", [])).toBeUndefined();
  });
});
