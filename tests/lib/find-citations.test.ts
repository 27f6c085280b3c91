import { describe, expect, it } from "vitest";
import { findCitations, normaliseDocumentCode } from "../../lib/find-citations";

/** Each citation as the words it links, its one form, its URL form, kind, year and whether it names one document nationwide. */
function cited(text: string) {
  return findCitations(text).map((citation) => ({
    linked: text.slice(citation.start, citation.end),
    code: citation.code,
    id: citation.codeId,
    kind: citation.kind,
    year: citation.year,
    national: citation.national,
  }));
}

describe("findCitations", () => {
  // Party documents: <number>-<kind>/<issuer>, numbered from 01 each term (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW).
  it.each([
    ["Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị", "Quyết định số 290-QĐ/TW", "290-QĐ/TW", "290-qd-tw", "Quyết định", 2010, true],
    ["Nghị quyết số 18-NQ/TW", "Nghị quyết số 18-NQ/TW", "18-NQ/TW", "18-nq-tw", "Nghị quyết", undefined, true],
    ["Chỉ thị 05-CT/TW", "Chỉ thị 05-CT/TW", "05-CT/TW", "05-ct-tw", "Chỉ thị", undefined, true],
    ["Kết luận số 21-KL/TW", "Kết luận số 21-KL/TW", "21-KL/TW", "21-kl-tw", "Kết luận", undefined, true],
    ["Quy định số 08-QĐi/TW", "Quy định số 08-QĐi/TW", "08-QĐi/TW", "08-qdi-tw", "Quy định", undefined, true],
    ["Hướng dẫn 05-HD/BTGTW", "Hướng dẫn 05-HD/BTGTW", "05-HD/BTGTW", "05-hd-btgtw", "Hướng dẫn", undefined, true],
    ["Thông báo kết luận 12-TB/TW", "12-TB/TW", "12-TB/TW", "12-tb-tw", "Thông báo", undefined, true],
    ["theo nghị quyết số 18-NQ/TW", "nghị quyết số 18-NQ/TW", "18-NQ/TW", "18-nq-tw", "Nghị quyết", undefined, true],
    ["số 18-NQ/TW", "số 18-NQ/TW", "18-NQ/TW", "18-nq-tw", "Nghị quyết", undefined, true],
    ["18-NQ/TW", "18-NQ/TW", "18-NQ/TW", "18-nq-tw", "Nghị quyết", undefined, true],
    ["Chỉ thị 5-CT/TW", "Chỉ thị 5-CT/TW", "05-CT/TW", "05-ct-tw", "Chỉ thị", undefined, true],
    ["Nghị quyết 15-NQ/TU của Tỉnh ủy", "Nghị quyết 15-NQ/TU", "15-NQ/TU", "15-nq-tu", "Nghị quyết", undefined, false],
    ["Kế hoạch 45-KH/HU", "Kế hoạch 45-KH/HU", "45-KH/HU", "45-kh-hu", "Kế hoạch", undefined, false],
  ])("reads the Party number in %j", (text, linked, code, id, kind, year, national) => {
    expect(cited(text)).toEqual([{ linked, code, id, kind, year, national }]);
  });

  // State documents: <number>/<year>/<kind>-<issuer> when normative, <number>/<kind>-<issuer> otherwise (Nghị định 30/2020/NĐ-CP).
  it.each([
    ["Nghị định 123/2024/NĐ-CP", "Nghị định 123/2024/NĐ-CP", "123/2024/NĐ-CP", "123-2024-nd-cp", "Nghị định", 2024, true],
    ["Thông tư 01/2025/TT-BNV", "Thông tư 01/2025/TT-BNV", "01/2025/TT-BNV", "01-2025-tt-bnv", "Thông tư", 2025, true],
    ["Thông tư liên tịch số 12/2020/TTLT-BTC-BNV", "Thông tư liên tịch số 12/2020/TTLT-BTC-BNV", "12/2020/TTLT-BTC-BNV", "12-2020-ttlt-btc-bnv", "Thông tư liên tịch", 2020, true],
    ["Luật số 45/2019/QH14", "Luật số 45/2019/QH14", "45/2019/QH14", "45-2019-qh14", "Luật", 2019, true],
    ["Nghị quyết số 60/2025/QH15", "Nghị quyết số 60/2025/QH15", "60/2025/QH15", "60-2025-qh15", "Nghị quyết", 2025, true],
    ["Quyết định số 15/2024/QĐ-UBND", "Quyết định số 15/2024/QĐ-UBND", "15/2024/QĐ-UBND", "15-2024-qd-ubnd", "Quyết định", 2024, false],
    ["Nghị quyết 12/2024/NQ-HĐND", "Nghị quyết 12/2024/NQ-HĐND", "12/2024/NQ-HĐND", "12-2024-nq-hdnd", "Nghị quyết", 2024, false],
    ["Quyết định 759/QĐ-TTg", "Quyết định 759/QĐ-TTg", "759/QĐ-TTg", "759-qd-ttg", "Quyết định", undefined, false],
    ["Công văn số 1234/UBND-TH", "Công văn số 1234/UBND-TH", "1234/UBND-TH", "1234-ubnd-th", "Công văn", undefined, false],
    ["Quyết định 1234/QĐ-UBND ngày 5/3/2024", "Quyết định 1234/QĐ-UBND", "1234/QĐ-UBND", "1234-qd-ubnd", "Quyết định", 2024, false],
  ])("reads the State number in %j", (text, linked, code, id, kind, year, national) => {
    expect(cited(text)).toEqual([{ linked, code, id, kind, year, national }]);
  });

  it.each([
    ["a date, which looks like a number", "ngày 25/2/2010"],
    ["a date with dashes", "ngày 25-2-2010"],
    ["a month and year", "tháng 01/2025"],
    ["a scheme named by its number alone", "thực hiện Đề án 25"],
    ["a bare number", "số 290 của năm"],
    ["a ratio", "tỷ lệ 12/2024 hộ"],
    ["a number with more after its issuer", "mã 290-QĐ/TW-X"],
    ["a number inside a web address", "xem /van-ban/290-QĐ/TW"],
    ["a road number", "Quốc lộ 18/QL"],
  ])("finds nothing in %s", (_name, text) => {
    expect(cited(text)).toEqual([]);
  });

  it("reads a number whose kind word wrapped onto the line before", () => {
    expect(cited("thực hiện Quyết định số\n290-QĐ/TW ngày\n25/2/2010")).toEqual([
      { linked: "Quyết định số\n290-QĐ/TW", code: "290-QĐ/TW", id: "290-qd-tw", kind: "Quyết định", year: 2010, national: true },
    ]);
  });

  it.each([
    ["with and without số", "Quyết định số 290-QĐ/TW", "Quyết định 290-QĐ/TW"],
    ["with and without its leading zero", "Chỉ thị 05-CT/TW", "Chỉ thị 5-CT/TW"],
    ["with Đ and typed with D", "Quyết định 290-QĐ/TW", "Quyết định 290-QD/TW"],
    ["with its date and without", "Nghị định 123/2024/NĐ-CP ngày 20/9/2024", "Nghị định số 123/2024/NĐ-CP"],
    ["with its kind and bare", "Kết luận số 21-KL/TW", "21-KL/TW"],
    ["with a non-breaking hyphen", "Nghị quyết 18-NQ/TW", "Nghị quyết 18\u2011NQ/TW"],
  ])("gives one id to the same document cited two ways: %s", (_name, first, second) => {
    const ids = [first, second].map((text) => findCitations(text)[0]?.codeId);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it("finds every number of a sentence that cites several, in order", () => {
    expect(cited("Nghị quyết 18-NQ/TW, Kết luận 21-KL/TW và Nghị định 123/2024/NĐ-CP").map((citation) => citation.code)).toEqual(["18-NQ/TW", "21-KL/TW", "123/2024/NĐ-CP"]);
  });
});

describe("normaliseDocumentCode", () => {
  it.each([
    ["290-QĐ/TW", "290-QĐ/TW"],
    ["5-CT/TW", "05-CT/TW"],
    [" 123/2024/NĐ-CP ", "123/2024/NĐ-CP"],
    ["Quyết định 290-QĐ/TW", "290-QĐ/TW"],
    ["290-QĐ/TW và 18-NQ/TW", undefined],
    ["Đề án 25", undefined],
  ])("writes %j as %j (a kind word before the number is allowed; two numbers are not one)", (text, code) => {
    expect(normaliseDocumentCode(text)).toBe(code);
  });
});
