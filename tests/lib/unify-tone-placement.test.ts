import { describe, expect, it } from "vitest";
import { unifyTonePlacement } from "../../lib/unify-tone-placement";

describe("unifyTonePlacement", () => {
  it.each([
    ["Hòa", "Hoà"],
    ["thủy", "thuỷ"],
    ["hòe", "hoè"],
    ["Hòa giải cơ sở".normalize("NFD"), "Hoà giải cơ sở"],
  ])("gives %j and %j one spelling", (newStyle, oldStyle) => {
    expect(unifyTonePlacement(newStyle)).toBe(unifyTonePlacement(oldStyle));
  });

  it.each([
    ["Đảng", "đang"],
    ["Hòa", "Hóa"],
    ["Hòa", "Hoa"],
  ])("keeps %j and %j apart: the tone and the letters still count", (one, other) => {
    expect(unifyTonePlacement(one)).not.toBe(unifyTonePlacement(other));
  });

  it.each(["Đảng bộ tỉnh", "Quảng Ninh", "Facebook", "2017", "HĐND"])("leaves %j as it is when its tone already sits on the last vowel of its group", (text) => {
    expect(unifyTonePlacement(text)).toBe(text.normalize("NFC"));
  });

  it("returns NFC", () => {
    const result = unifyTonePlacement("Thủy lợi".normalize("NFD"));
    expect(result).toBe(result.normalize("NFC"));
  });
});
