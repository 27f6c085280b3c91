import { describe, expect, it } from "vitest";
import {
  colonInValue,
  findLineMistake,
  loneBackslash,
  missingColon,
  missingSpaceAfterColon,
  quoteYaml,
  reservedStart,
  splitKeyLine,
  strayIndent,
  tabIndent,
  unclosedList,
} from "../../lib/yaml-line-mistakes";

describe("splitKeyLine", () => {
  it.each([
    ["title: Kỳ họp", { indent: "", key: "title", value: "Kỳ họp", comment: "" }],
    ["date: 2017-04-20 18:02 # giờ đăng", { indent: "", key: "date", value: "2017-04-20 18:02", comment: " # giờ đăng" }],
    ['  - text: "Sửa # số"', { indent: "  - ", key: "text", value: '"Sửa # số"', comment: "" }],
    ["tác giả: Hồng Nhung", { indent: "", key: "tác giả", value: "Hồng Nhung", comment: "" }],
    ["corrections:", { indent: "", key: "corrections", value: "", comment: "" }],
  ])("splits %j", (line, parts) => {
    expect(splitKeyLine(line)).toEqual(parts);
  });

  it.each(["# ghi chú", "- Dân vận", "source:Báo", ""])("does not split %j, which is no key line", (line) => {
    expect(splitKeyLine(line)).toBeUndefined();
  });
});

describe("quoteYaml", () => {
  it("escapes backslashes and double quotes", () => {
    expect(quoteYaml('Ông A nói "có" \\ không')).toBe('"Ông A nói \\"có\\" \\\\ không"');
  });
});

describe("one rule per mistake, before and after", () => {
  it.each<[string, (line: string) => string | undefined, string, string]>([
    ["missing space after the colon", missingSpaceAfterColon, "source:Báo Quảng Ninh", "source: Báo Quảng Ninh"],
    ["missing space in a list item", missingSpaceAfterColon, "  - date:2017-04-21 09:00", "  - date: 2017-04-21 09:00"],
    ["colon inside an unquoted value", colonInValue, "title: Kỳ họp thứ 5: Đường về đích", 'title: "Kỳ họp thứ 5: Đường về đích"'],
    ["colon at the end of a value", colonInValue, "summary: Đồng chí phát biểu:", 'summary: "Đồng chí phát biểu:"'],
    ["colon and quotes inside a value", colonInValue, 'title: Ông A: "Làm ngay"', 'title: "Ông A: \\"Làm ngay\\""'],
    ["colon in curly quotes", colonInValue, "title: “A: B”", 'title: "“A: B”"'],
    ["colon before a comment", colonInValue, "title: A: B # xem lại", 'title: "A: B" # xem lại'],
    ["value starting with @", reservedStart, "source: @baoquangninh", 'source: "@baoquangninh"'],
    ["value starting with a backtick", reservedStart, "title: `Kỳ họp`", 'title: "`Kỳ họp`"'],
    ["lone backslash in double quotes", loneBackslash, 'source: "290-QĐ\\TW"', 'source: "290-QĐ\\\\TW"'],
    ["tab before a list item", tabIndent, "\t- Dân vận", "  - Dân vận"],
    ["tab after spaces", tabIndent, "  \ttext: Sửa", "    text: Sửa"],
    ["missing colon", missingColon, "title Kỳ họp thứ 5", "title: Kỳ họp thứ 5"],
  ])("%s", (_name, rule, before, after) => {
    expect(rule(before)).toBe(after);
  });

  it.each<[string, (line: string) => string | undefined, string]>([
    ["a space after the colon", missingSpaceAfterColon, "source: Báo"],
    ["a web address", missingSpaceAfterColon, "https://baotinh.vn"],
    ["a time inside a value", colonInValue, "date: 2017-04-20 18:02"],
    ["a quoted value", colonInValue, 'title: "A: B"'],
    ["a list", colonInValue, "tags: [A: B]"],
    ["an ordinary value", reservedStart, "source: Báo Quảng Ninh"],
    ["a valid escape", loneBackslash, 'source: "Ông \\"A\\""'],
    ["a backslash in single quotes", loneBackslash, "source: 'QĐ\\TW'"],
    ["indentation with spaces", tabIndent, "  - Dân vận"],
    ["a line with a colon", missingColon, "title: Kỳ họp"],
    ["a sentence", missingColon, "Chiều 20/4, tại Hạ Long"],
  ])("leaves %s alone", (_name, rule, line) => {
    expect(rule(line)).toBeUndefined();
  });

  it("closes a list left open, and leaves one closed on a later line", () => {
    expect(unclosedList(["tags: [Dân vận, Quảng Ninh", "date: x"], 0)).toBe("tags: [Dân vận, Quảng Ninh]");
    expect(unclosedList(["tags: [Dân vận,", "  Quảng Ninh]", "date: x"], 0)).toBeUndefined();
  });

  it("unindents a field indented under one that has a value, and leaves list items alone", () => {
    expect(strayIndent(["title: Kỳ họp", "  date: 2017-04-20 18:02"], 1)).toBe("date: 2017-04-20 18:02");
    expect(strayIndent(["corrections:", "  - date: 2017-04-21 09:00", "    text: Sửa"], 2)).toBeUndefined();
  });
});

describe("findLineMistake", () => {
  it("looks at the line the parser names, then the one after and the one before", () => {
    expect(findLineMistake(["title: Kỳ họp", "  date: 2017-04-20 18:02"], 0)).toEqual({
      index: 1,
      what: "dòng này thụt lề nên YAML coi nó là phần tiếp của dòng trên; bỏ dấu cách ở đầu dòng",
      corrected: "date: 2017-04-20 18:02",
    });
    expect(findLineMistake(["title: a", "tags: [Dân vận", "date: x"], 2)?.index).toBe(1);
  });

  it("finds nothing where no rule applies", () => {
    expect(findLineMistake(["- a", "b: c"], 1)).toBeUndefined();
  });
});
