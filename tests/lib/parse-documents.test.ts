import { describe, expect, it } from "vitest";
import { parseDocuments } from "../../lib/parse-documents";
import { formatProblem } from "../../lib/problem";

describe("parseDocuments", () => {
  it("keeps a document's number in its one form (leading zero, kind word dropped)", () => {
    const result = parseDocuments("05-ct-tw:\n  code: Chỉ thị 5-CT/TW\n  url: https://example.vn/05-ct-tw\n", "content/documents.yaml");
    expect(result.ok ? [result.value.get("05-ct-tw")?.code, result.value.get("05-ct-tw")?.url] : result.problems.map(formatProblem)).toEqual(["05-CT/TW", "https://example.vn/05-ct-tw"]);
  });

  it("refuses a date of issue in the printed order", () => {
    const result = parseDocuments("290-qd-tw:\n  code: 290-QĐ/TW\n  date: 25/2/2010\n", "content/documents.yaml");
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['content/documents.yaml:3 "date": cần ngày dạng 2017-04-20 (năm-tháng-ngày), nhận được "25/2/2010" (viết năm trước: năm-tháng-ngày)']);
  });
});
