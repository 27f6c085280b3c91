import { afterEach, describe, expect, it, vi } from "vitest";
import { refuse } from "../../../lib/cli/report";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("refuse", () => {
  it("prints each problem on its own line, sorted by file and line, then the consequence, and returns exit code 1", () => {
    const printed: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void printed.push(line));
    const code = refuse(
      [
        { file: "b.txt", line: 3, message: "cần dòng ngày giờ" },
        { file: "a.txt", line: 9, field: "author", message: "cần tên tác giả" },
        { file: "a.txt", line: 1, message: "cần tiêu đề" },
      ],
      "Chưa tạo bài nào.",
    );
    expect(code).toBe(1);
    expect(printed).toEqual(["a.txt:1: cần tiêu đề", 'a.txt:9 "author": cần tên tác giả', "b.txt:3: cần dòng ngày giờ", "Chưa tạo bài nào."]);
  });
});
