import { describe, expect, it } from "vitest";
import {
  ContentError,
  describeValue,
  expected,
  formatProblem,
  formatReport,
  formatSummary,
  problemAt,
  sortProblems,
  warningAt,
  type Problem,
} from "../../lib/problem";

const FILE = "content/articles/2017/04/btv-tinh-uy.md";

describe("expected", () => {
  it("says what was expected and what was found", () => {
    expect(expected({ file: FILE, line: 3, field: "date" }, "ngày giờ dạng 2017-04-20 18:02", '"20/4"')).toEqual({
      file: FILE,
      line: 3,
      field: "date",
      message: 'cần ngày giờ dạng 2017-04-20 18:02, nhận được "20/4"',
    });
  });

  it("says only what was expected when nothing was found", () => {
    expect(expected({ file: FILE }, "một tiêu đề")).toEqual({ file: FILE, message: "cần một tiêu đề" });
  });
});

describe("problemAt", () => {
  it("keeps the place and the message as given", () => {
    expect(problemAt({ file: FILE, line: 7, column: 2 }, "YAML sai cú pháp.")).toEqual({
      file: FILE,
      line: 7,
      column: 2,
      message: "YAML sai cú pháp.",
    });
  });
});

describe("warningAt", () => {
  it("marks the problem as a warning", () => {
    expect(warningAt({ file: "content/site.yaml", field: "phone" }, "cần số điện thoại, nhận được để trống")).toEqual({
      file: "content/site.yaml",
      field: "phone",
      message: "cần số điện thoại, nhận được để trống",
      severity: "warning",
    });
    expect(warningAt({ file: FILE, line: 12 }, "thẻ <b> sẽ bị bỏ.")).toEqual({ file: FILE, line: 12, message: "thẻ <b> sẽ bị bỏ.", severity: "warning" });
  });

  it("is formatted with (cảnh báo) after its message", () => {
    expect(formatProblem(warningAt({ file: "content/site.yaml", line: 9, field: "phone" }, "cần số điện thoại, nhận được để trống"))).toBe(
      'content/site.yaml:9 "phone": cần số điện thoại, nhận được để trống (cảnh báo)',
    );
  });
});

describe("describeValue", () => {
  it.each<[string, unknown, string]>([
    ["undefined", undefined, "để trống"],
    ["null", null, "để trống"],
    ["an empty string", "", "chuỗi rỗng"],
    ["a blank string", "   ", "chuỗi rỗng"],
    ["a string", "20/4", '"20/4"'],
    ["a string with quotes", 'Tin "nóng"', '"Tin \\"nóng\\""'],
    ["a number", 2017, "2017 (không phải chuỗi)"],
    ["zero", 0, "0 (không phải chuỗi)"],
    ["a boolean", false, "false (không phải chuỗi)"],
    ["a list", ["Dân vận", "Quảng Ninh"], "một danh sách 2 mục"],
    ["an empty list", [], "một danh sách 0 mục"],
    ["a nested map", { date: "2017-04-21" }, "một nhóm trường lồng nhau"],
  ])("describes %s as %s", (_name, value, description) => {
    expect(describeValue(value)).toBe(description);
  });

  it("cuts a string longer than 60 characters to 57 and an ellipsis", () => {
    const long = "a".repeat(61);
    expect(describeValue(long)).toBe(`"${"a".repeat(57)}…"`);
    expect(describeValue("a".repeat(60))).toBe(`"${"a".repeat(60)}"`);
  });
});

describe("formatProblem", () => {
  it.each<[string, Problem, string]>([
    ["file only", { file: FILE, message: "tệp không phải UTF-8." }, `${FILE}: tệp không phải UTF-8.`],
    ["file and line", { file: FILE, line: 12, message: "thiếu alt." }, `${FILE}:12: thiếu alt.`],
    ["file, line and column", { file: FILE, line: 4, column: 15, message: "YAML sai." }, `${FILE}:4:15: YAML sai.`],
    ["file, line and field", { file: FILE, line: 3, field: "date", message: "cần ngày." }, `${FILE}:3 "date": cần ngày.`],
    ["file and field", { file: FILE, field: "baseUrl", message: "cần địa chỉ." }, `${FILE} "baseUrl": cần địa chỉ.`],
    ["a warning", { file: FILE, line: 9, message: "thẻ <b> sẽ bị bỏ.", severity: "warning" }, `${FILE}:9: thẻ <b> sẽ bị bỏ. (cảnh báo)`],
  ])("formats a problem with %s", (_name, problem, text) => {
    expect(formatProblem(problem)).toBe(text);
  });
});

describe("sortProblems", () => {
  it("orders by file, then by line, with problems without a line first", () => {
    const problems: Problem[] = [
      { file: "b.md", line: 2, message: "b2" },
      { file: "a.md", line: 9, message: "a9" },
      { file: "b.md", message: "b" },
      { file: "a.md", line: 3, message: "a3" },
    ];
    expect(sortProblems(problems).map((problem) => problem.message)).toEqual(["a3", "a9", "b", "b2"]);
  });

  it("leaves the list it was given untouched", () => {
    const problems: Problem[] = [
      { file: "b.md", message: "b" },
      { file: "a.md", message: "a" },
    ];
    sortProblems(problems);
    expect(problems.map((problem) => problem.message)).toEqual(["b", "a"]);
  });
});

describe("formatReport", () => {
  it("lists every problem sorted, then counts problems and files", () => {
    const problems: Problem[] = [
      { file: "b.md", line: 2, field: "title", message: "cần tiêu đề" },
      { file: "a.md", line: 5, message: "thiếu alt" },
      { file: "a.md", line: 3, field: "date", message: "cần ngày" },
    ];
    expect(formatReport(problems)).toBe(
      [
        'a.md:3 "date": cần ngày',
        "a.md:5: thiếu alt",
        'b.md:2 "title": cần tiêu đề',
        '3 lỗi trong 2 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".',
      ].join("\n"),
    );
  });
});

describe("formatReport with warnings", () => {
  const warning: Problem = { file: "a.md", line: 1, message: "thẻ <b> sẽ bị bỏ.", severity: "warning" };
  const error: Problem = { file: "b.md", line: 2, field: "title", message: "cần tiêu đề" };

  it("lists the errors first, then the warnings, and counts both", () => {
    expect(formatReport([warning, error])).toBe(
      ['b.md:2 "title": cần tiêu đề', "a.md:1: thẻ <b> sẽ bị bỏ. (cảnh báo)", '1 lỗi, 1 cảnh báo trong 2 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".'].join("\n"),
    );
  });

  it("says there is no error when there are warnings only", () => {
    expect(formatReport([warning])).toBe(
      [
        "a.md:1: thẻ <b> sẽ bị bỏ. (cảnh báo)",
        "Không có lỗi, 1 cảnh báo trong 1 tệp: trang vẫn dựng được và bài vẫn đăng được, nhưng hãy xem lại từng chỗ trên.",
      ].join("\n"),
    );
  });
});

describe("formatSummary", () => {
  it.each<[string, Problem[], string]>([
    ["nothing", [], "Không có lỗi."],
    ["errors only", [{ file: "a.md", message: "x" }, { file: "a.md", message: "y" }], '2 lỗi trong 1 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".'],
    [
      "errors and warnings",
      [{ file: "a.md", message: "x" }, { file: "b.md", message: "y", severity: "warning" }],
      '1 lỗi, 1 cảnh báo trong 2 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".',
    ],
    [
      "warnings only",
      [{ file: "a.md", message: "x", severity: "warning" }, { file: "a.md", message: "y", severity: "warning" }],
      "Không có lỗi, 2 cảnh báo trong 1 tệp: trang vẫn dựng được và bài vẫn đăng được, nhưng hãy xem lại từng chỗ trên.",
    ],
  ])("counts %s", (_name, problems, summary) => {
    expect(formatSummary(problems)).toBe(summary);
  });
});

describe("ContentError", () => {
  it("carries the errors only, and reports only them", () => {
    const error = new ContentError([
      { file: "a.md", line: 1, message: "một" },
      { file: "a.md", line: 2, message: "thẻ <b> sẽ bị bỏ.", severity: "warning" },
    ]);
    expect(error.problems).toEqual([{ file: "a.md", line: 1, message: "một" }]);
    expect(error.message).toBe('Nội dung có lỗi:\na.md:1: một\n1 lỗi trong 1 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".');
  });

  it("carries every problem and puts the whole report in its message", () => {
    const problems: Problem[] = [
      { file: "b.md", message: "hai" },
      { file: "a.md", line: 1, message: "một" },
    ];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ContentError");
    expect(error.problems).toEqual(problems);
    expect(error.message).toBe(
      'Nội dung có lỗi:\na.md:1: một\nb.md: hai\n2 lỗi trong 2 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".',
    );
  });
});
