import { describe, expect, it } from "vitest";
import { FIELDS } from "../../lib/parse-article";
import { meantField, suggestField, unsupportedFieldMessage } from "../../lib/suggest-field";

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

  it.each([
    ["tac_gia", "author"],
    ["tác giả", "author"],
    ["Tác_Giả", "author"],
    ["tieu_de", "title"],
    ["tiêu đề", "title"],
    ["tieude", "title"],
    ["chuyen_muc", "category"],
    ["chuyên mục", "category"],
    ["ngay", "date"],
    ["ngày đăng", "date"],
    ["tu_khoa", "tags"],
    ["từ khóa", "tags"],
    ["nguồn", "source"],
    ["tóm tắt", "summary"],
    ["sapo", "summary"],
    ["cap_nhat", "updated"],
    ["ban_nhap", "draft"],
    ["đính chính", "corrections"],
  ])("suggests that the Vietnamese name %j meant %j", (typed, field) => {
    expect(suggestField(typed, FIELDS)).toBe(field);
  });

  it.each(["photographer", "nhiếp ảnh", "xyz", ""])("suggests nothing for %j, which is far from every field", (typed) => {
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

describe("meantField", () => {
  it.each([
    ["Title", "title"],
    ["AUTHOR", "author"],
    ["tác giả", "author"],
    ["tu-khoa", "tags"],
  ])("is sure that %j means %j", (typed, field) => {
    expect(meantField(typed, FIELDS)).toBe(field);
  });

  it.each(["tittle", "autor", "photographer"])("guesses nothing for the misspelling %j", (typed) => {
    expect(meantField(typed, FIELDS)).toBeUndefined();
  });

  it("suggests only a field the file may have", () => {
    expect(meantField("tác giả", ["name", "baseUrl"])).toBeUndefined();
  });
});

describe("unsupportedFieldMessage", () => {
  it("asks whether a Vietnamese name meant the contract's field", () => {
    expect(unsupportedFieldMessage("tac_gia", FIELDS)).toBe('trường không được hỗ trợ (có phải là "author"?).');
  });
});
