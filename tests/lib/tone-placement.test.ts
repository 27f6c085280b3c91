import { describe, expect, it } from "vitest";
import { newTonePlacement } from "../../lib/tone-placement";

describe("newTonePlacement", () => {
  it.each([
    ["Hoà", "Hòa"],
    ["Thanh Hoá", "Thanh Hóa"],
    ["khoẻ", "khỏe"],
    ["thuỷ lợi", "thủy lợi"],
    ["Tỉnh uỷ", "Tỉnh ủy"],
    ["HOÀ", "HÒA"],
    ["Hòa", "Hòa"],
  ])("writes %j as %j", (text, expected) => {
    expect(newTonePlacement(text)).toBe(expected);
  });

  it.each([
    ["a syllable that goes on (hoàng)", "Hoàng"],
    ["qu, whose u is part of the consonant (quý)", "quý"],
    ["oa with no tone", "hoa"],
    ["ươ and other vowels", "Trường"],
  ])("leaves %s alone", (_name, text) => {
    expect(newTonePlacement(text)).toBe(text);
  });

  it("keeps the text's length, so offsets still point into the original", () => {
    const text = "Ủy ban tỉnh Thanh Hoá, thuỷ lợi và Tỉnh uỷ";
    expect(newTonePlacement(text)).toHaveLength(text.length);
  });
});
