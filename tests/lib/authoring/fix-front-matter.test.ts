import { describe, expect, it } from "vitest";
import {
  colonAfterField,
  contractDate,
  contractFieldName,
  fixFrontMatter,
  quoteColonValue,
  spaceAfterColon,
  straightQuotes,
  tabsToSpaces,
} from "../../../lib/authoring/fix-front-matter";

const NO_KEYS = { keys: new Set<string>() };

describe("each line fix, before and after", () => {
  it.each([
    ["tabsToSpaces", tabsToSpaces, "\t- Dân vận", "  - Dân vận"],
    ["spaceAfterColon", spaceAfterColon, "source:Báo Quảng Ninh", "source: Báo Quảng Ninh"],
    ["spaceAfterColon on a correction's date", spaceAfterColon, "  - date:2017-04-21 09:00", "  - date: 2017-04-21 09:00"],
    ["spaceAfterColon on a Vietnamese name", spaceAfterColon, "tac_gia:Hồng Nhung", "tac_gia: Hồng Nhung"],
    ["colonAfterField", colonAfterField, "title Kỳ họp thứ 5", "title: Kỳ họp thứ 5"],
    ["contractFieldName", contractFieldName, "tac_gia: Hồng Nhung", "author: Hồng Nhung"],
    ["contractFieldName with a space and diacritics", contractFieldName, "tác giả : Hồng Nhung", "author: Hồng Nhung"],
    ["contractFieldName in capitals", contractFieldName, "Title: Kỳ họp", "title: Kỳ họp"],
    ["contractFieldName keeping a comment", contractFieldName, "ngay: 2017-04-20 18:02 # giờ đăng", "date: 2017-04-20 18:02 # giờ đăng"],
    ["quoteColonValue", quoteColonValue, "title: Kỳ họp thứ 5: Đường về đích", 'title: "Kỳ họp thứ 5: Đường về đích"'],
    ["straightQuotes on a date", straightQuotes, "date: “2017-04-20 18:02”", 'date: "2017-04-20 18:02"'],
    ["straightQuotes on an author", straightQuotes, "author: ‘Hồng Nhung’", 'author: "Hồng Nhung"'],
    ["straightQuotes on a list of tags", straightQuotes, "tags: [“Dân vận”, “Quảng Ninh”]", 'tags: ["Dân vận", "Quảng Ninh"]'],
    ["straightQuotes on draft", straightQuotes, "draft: “true”", "draft: true"],
    ["contractDate", contractDate, "date: 01/12/2026 14:09", "date: 2026-12-01 14:09"],
    ["contractDate in quotes", contractDate, 'updated: "20-4-2017 14h09"', 'updated: "2017-04-20 14:09"'],
    ["contractDate on a correction", contractDate, "  - date: 21/4/2017 9h", "  - date: 2017-04-21 09:00"],
  ] as const)("%s", (_name, fix, before, after) => {
    expect(fix(before, NO_KEYS)).toEqual({ line: after, why: expect.any(String) });
  });

  it.each([
    ["spaceAfterColon on an unknown field", spaceAfterColon, "photographer:Minh Đức"],
    ["spaceAfterColon on a web address", spaceAfterColon, "https://baotinh.vn"],
    ["colonAfterField on an unknown word", colonAfterField, "hello world"],
    ["contractFieldName on a misspelling (a guess)", contractFieldName, "tittle: Kỳ họp"],
    ["contractFieldName on a nested field", contractFieldName, "  ngay: 2017-04-21 09:00"],
    ["quoteColonValue on a tag list", quoteColonValue, "tags: [Kỳ họp: thứ 5]"],
    ["quoteColonValue on author", quoteColonValue, "author: Ban: Dân vận"],
    ["straightQuotes on a title, where a quote headline is meant", straightQuotes, "title: “Không để ai bị bỏ lại phía sau”"],
    ["straightQuotes on quotes inside a name", straightQuotes, "author: Nhóm “Phóng viên trẻ”"],
    ["contractDate on the contract's form", contractDate, "date: 2017-04-20 18:02"],
    ["contractDate on a field that is not a date", contractDate, "title: 20/4/2017 14h09"],
  ] as const)("leaves alone: %s", (_name, fix, line) => {
    expect(fix(line, NO_KEYS)).toBeUndefined();
  });

  it("does not rename a field the file already has, which would then be written twice", () => {
    expect(contractFieldName("tac_gia: Minh Đức", { keys: new Set(["author"]) })).toBeUndefined();
  });

  it.each([
    ["date: 04/05/17 08:00", "năm chỉ có 2 chữ số (04/05/17); ghi đủ bốn chữ số của năm, như 2017 chứ không phải 17"],
    ["date: 20-4-2017", "thiếu giờ đăng; ghi thêm giờ sau ngày, như 20/04/2017 08:00"],
  ])("refuses to guess %j", (line, refusal) => {
    expect(contractDate(line, NO_KEYS)).toEqual({ refusal });
  });
});

describe("fixFrontMatter", () => {
  it("fixes each line in turn, reports it before and after, and leaves the rest byte for byte", () => {
    const text = [
      "---",
      "# Bài nhập từ Word",
      "tieu_de: Kỳ họp thứ 5: Đường về đích",
      "ngay:01/12/2026 14:09",
      "tác giả: Hồng Nhung   # phóng viên",
      "category: Chính trị",
      "---",
      "",
      "Thân bài, ngày 01/12/2026 14:09, không đổi: tac_gia: x.",
      "",
    ].join("\n");
    const fixed = fixFrontMatter(text);
    expect(fixed.text).toBe(
      [
        "---",
        "# Bài nhập từ Word",
        'title: "Kỳ họp thứ 5: Đường về đích"',
        "date: 2026-12-01 14:09",
        "author: Hồng Nhung   # phóng viên",
        "category: Chính trị",
        "---",
        "",
        "Thân bài, ngày 01/12/2026 14:09, không đổi: tac_gia: x.",
        "",
      ].join("\n"),
    );
    expect(fixed.fixes).toEqual([
      {
        line: 3,
        before: "tieu_de: Kỳ họp thứ 5: Đường về đích",
        after: 'title: "Kỳ họp thứ 5: Đường về đích"',
        why: 'tên trường "tieu_de" thành "title"; đặt giá trị có ": " trong ngoặc kép',
      },
      {
        line: 4,
        before: "ngay:01/12/2026 14:09",
        after: "date: 2026-12-01 14:09",
        why: 'thêm dấu cách sau dấu hai chấm; tên trường "ngay" thành "date"; ngày giờ viết kiểu Việt Nam thành năm-tháng-ngày giờ:phút',
      },
      { line: 5, before: "tác giả: Hồng Nhung   # phóng viên", after: "author: Hồng Nhung   # phóng viên", why: 'tên trường "tác giả" thành "author"' },
    ]);
    expect(fixed.refusals).toEqual([]);
  });

  it("keeps Windows line endings and the byte-order mark", () => {
    const fixed = fixFrontMatter("\ufeff---\r\ntac_gia: Hồng Nhung\r\n---\r\n\r\nĐoạn.\r\n");
    expect(fixed.text).toBe("\ufeff---\r\nauthor: Hồng Nhung\r\n---\r\n\r\nĐoạn.\r\n");
  });

  it("gives back the very text when there is nothing to fix", () => {
    const text = "---\ntitle: Kỳ họp\ndate: 2017-04-20 18:02\n---\n\nĐoạn.\n";
    expect(fixFrontMatter(text)).toEqual({ text, fixes: [], refusals: [] });
  });

  it("touches nothing in a file without a closed front matter", () => {
    const text = "---\ntac_gia: Hồng Nhung\n\nĐoạn.\n";
    expect(fixFrontMatter(text)).toEqual({ text, fixes: [], refusals: [] });
  });

  it("reports what it refuses to guess, with its line, and changes nothing there", () => {
    const text = "---\ntitle: Kỳ họp\ndate: 04/05/17 08:00\n---\n";
    expect(fixFrontMatter(text)).toEqual({
      text,
      fixes: [],
      refusals: [{ line: 3, text: "date: 04/05/17 08:00", reason: "năm chỉ có 2 chữ số (04/05/17); ghi đủ bốn chữ số của năm, như 2017 chứ không phải 17" }],
    });
  });
});
