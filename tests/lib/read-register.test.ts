import { describe, expect, it } from "vitest";
import { formatProblem } from "../../lib/problem";
import { readRegister } from "../../lib/read-register";

const FORM = { example: "`a:` rồi `name: A`" };

describe("readRegister", () => {
  it("hands each entry its id, its fields and their lines", () => {
    const result = readRegister("# ghi chú\na:\n  name: A\nb:\n  name: B\n", "x.yaml", FORM, (entry) => ({ id: entry.id, lines: entry.fieldLines, name: entry.data.name }));
    expect(result.ok ? [...result.value.values()] : []).toEqual([
      { id: "a", lines: { entry: 2, name: 3 }, name: "A" },
      { id: "b", lines: { entry: 4, name: 5 }, name: "B" },
    ]);
  });

  it("reports a YAML mistake as the other files do, at its line", () => {
    const result = readRegister("a:\n  name: [A\n", "x.yaml", FORM, () => undefined);
    expect(result.ok ? [] : result.problems.map((problem) => problem.line)).toEqual([2]);
  });

  it("collects every entry's problems in one run", () => {
    const result = readRegister("A B:\n  name: A\nc: 3\n", "x.yaml", FORM, () => undefined);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'x.yaml:1 "A B": cần mã viết thường không dấu, các chữ nối bằng gạch ngang (như nguyen-van-doc), nhận được "A B" (có phải là "a-b"?)',
      'x.yaml:3 "c": cần các trường thụt lề dưới mã, như `a:` rồi `name: A`, nhận được 3 (không phải chuỗi)',
    ]);
  });
});
