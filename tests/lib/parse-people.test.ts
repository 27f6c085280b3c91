import { describe, expect, it } from "vitest";
import { parsePeople } from "../../lib/parse-people";
import { formatProblem } from "../../lib/problem";

const FILE = "content/people.yaml";
const shown = (text: string) => {
  const result = parsePeople(text, FILE);
  return result.ok ? [...result.value.values()].map((person) => [person.id, person.name, person.spellings, person.offices.map((office) => office.title)]) : result.problems.map(formatProblem);
};

describe("parsePeople", () => {
  it("reads each person under their id, the name first among the spellings", () => {
    expect(shown("nguyen-van-doc:\n  name: Nguyễn Văn Đọc\n  spellings: [Nguyễn Văn Đọc, Ông Đọc]\n  offices:\n    - title: Bí thư Tỉnh ủy\n")).toEqual([["nguyen-van-doc", "Nguyễn Văn Đọc", ["Nguyễn Văn Đọc", "Ông Đọc"], ["Bí thư Tỉnh ủy"]]]);
  });

  it("reads a file of comments alone as no one", () => {
    expect(shown("# chưa có ai\n")).toEqual([]);
  });

  it.each([
    ["offices that are not a list", "a:\n  name: A\n  offices: Bí thư\n", [`${FILE}:3 "offices": cần danh sách chức vụ, mỗi mục bắt đầu bằng \`- title:\`, nhận được "Bí thư"`]],
    ["an office that is a bare text", "a:\n  name: A\n  offices:\n    - Bí thư\n", [`${FILE}:4 "offices": cần một chức vụ dạng \`- title: Bí thư Tỉnh ủy\`, nhận được "Bí thư"`]],
    ["an office with no title", "a:\n  name: A\n  offices:\n    - body: tinh-uy\n", [`${FILE}:4 "title": cần trường "title" (bắt buộc), nhận được không có`]],
  ])("refuses %s, at its line", (_name, text, messages) => {
    expect(shown(text)).toEqual(messages);
  });
});
