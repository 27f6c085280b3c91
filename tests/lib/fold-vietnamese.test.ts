import { describe, expect, it } from "vitest";
import { foldVietnamese } from "../../lib/fold-vietnamese";

describe("foldVietnamese", () => {
  it.each([
    ["Đoàn Khảo Sát", "doan khao sat"],
    ["Đảng bộ", "dang bo"],
    ["ĐẢNG BỘ", "dang bo"],
    ["Nguyễn Văn Đọc", "nguyen van doc"],
    ["Kỳ họp thứ 5", "ky hop thu 5"],
    ["Ưu tiên Ơn nghĩa", "uu tien on nghia"],
    ["Quảng Ninh", "quang ninh"],
  ])("folds %j to %j", (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it("keeps spaces, digits and punctuation as they are", () => {
    expect(foldVietnamese("HĐND tỉnh: 290-QĐ/TW")).toBe("hdnd tinh: 290-qd/tw");
  });

  it("folds text typed in NFD to the same letters as its NFC form", () => {
    const nfc = "Đảng bộ tỉnh Quảng Ninh".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(foldVietnamese(nfd)).toBe(foldVietnamese(nfc));
  });

  it("folds both tone-mark placements of Hoà and Hòa to hoa", () => {
    expect(foldVietnamese("Hoà")).toBe("hoa");
    expect(foldVietnamese("Hòa")).toBe("hoa");
  });

  // The character-by-character fast path must give exactly what folding the whole string gives.
  it.each([
    ["Greek with a final sigma", "ΟΔΟΣ Σοφία", "οδος σοφια"],
    ["an emoji between words", "Đảng 🇻🇳 bộ", "dang 🇻🇳 bo"],
    ["a dotted capital I", "İzmir", "izmir"],
    ["curly quotes and dashes", "“Dân vận” – khéo…", "“dan van” – kheo…"],
  ])("folds %s as the whole-string rule does", (_name, text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
    expect(foldVietnamese(text)).toBe(text.normalize("NFD").replace(/\p{M}+/gu, "").replace(/[đĐ]/g, "d").toLowerCase());
  });
});
