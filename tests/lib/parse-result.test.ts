import { describe, expect, it } from "vitest";
import { collect, fail, succeed } from "../../lib/parse-result";
import { problemAt, type Problem } from "../../lib/problem";

const PROBLEM = problemAt({ file: "content/site.yaml", line: 2, field: "baseUrl" }, "cần một chuỗi không rỗng");

describe("succeed and fail", () => {
  it("wraps a value as a success", () => {
    expect(succeed(["Chính trị"])).toEqual({ ok: true, value: ["Chính trị"] });
  });

  it("wraps problems as a failure", () => {
    expect(fail([PROBLEM])).toEqual({ ok: false, problems: [PROBLEM] });
  });
});

describe("collect", () => {
  it("hands back a success's value and adds no problem", () => {
    const problems: Problem[] = [];
    expect(collect(succeed("Asia/Ho_Chi_Minh"), problems)).toBe("Asia/Ho_Chi_Minh");
    expect(problems).toEqual([]);
  });

  it("adds a failure's problems after those already found, and hands back nothing", () => {
    const earlier = problemAt({ file: "content/sections.yaml" }, "thiếu tệp cấu hình này; xem content/README.md.");
    const problems: Problem[] = [earlier];
    expect(collect(fail([PROBLEM]), problems)).toBeUndefined();
    expect(problems).toEqual([earlier, PROBLEM]);
  });
});
