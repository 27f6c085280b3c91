import { describe, expect, it } from "vitest";
import { slugify } from "../../lib/slugify";

describe("slugify", () => {
  it.each([
    ["Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích", "ky-hop-thu-5-hdnd-tinh-khoa-xiv-duong-ve-dich"],
    ["Đoàn khảo sát", "doan-khao-sat"],
    ["Chính trị", "chinh-tri"],
    ["Hệ thống chính trị", "he-thong-chinh-tri"],
    ["Quyết định số 290-QĐ/TW", "quyet-dinh-so-290-qd-tw"],
    ["  Văn hóa  ", "van-hoa"],
    ["--Xã hội--", "xa-hoi"],
    ["Kinh tế — Đầu tư!!!", "kinh-te-dau-tu"],
    ["!!!", ""],
  ])("turns %j into %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("gives a title typed in NFD the same slug as its NFC form", () => {
    const nfc = "BTV Tỉnh ủy làm việc với Đoàn khảo sát".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfd)).toBe("btv-tinh-uy-lam-viec-voi-doan-khao-sat");
  });

  it("gives Hoà and Hòa the same slug", () => {
    expect(slugify("Hoà Bình")).toBe("hoa-binh");
    expect(slugify("Hòa Bình")).toBe("hoa-binh");
  });

  it("produces only lower-case ASCII letters, digits and single hyphens", () => {
    expect(slugify("Ưu đãi   đầu tư ~ 2017 (Quảng Ninh)")).toBe("uu-dai-dau-tu-2017-quang-ninh");
  });
});
