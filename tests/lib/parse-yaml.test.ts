import { describe, expect, it } from "vitest";
import { parseYaml } from "../../lib/parse-yaml";

const FILE = "content/site.yaml";
const ALIAS_MESSAGE = "không dùng anchor/alias YAML (&tên, *tên); hãy viết giá trị trực tiếp.";

function value(text: string): unknown {
  const result = parseYaml(text, FILE, 1);
  if (!result.ok) throw new Error(`expected valid YAML, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

describe("parseYaml", () => {
  it("keeps timestamps as the strings the editor wrote", () => {
    expect(value("date: 2017-04-20 18:02:00\nday: 2017-04-20\nutc: 2017-04-20T11:02:00Z\n")).toEqual({
      date: "2017-04-20 18:02:00",
      day: "2017-04-20",
      utc: "2017-04-20T11:02:00Z",
    });
  });

  it("reads the YAML 1.2 core types: numbers, true/false and null, but not yes/no", () => {
    expect(value("n: 5\ndraft: true\nempty: ~\nanswer: yes\n")).toEqual({ n: 5, draft: true, empty: null, answer: "yes" });
  });

  it("reports a syntax error with its line offset by firstLine and its column", () => {
    // The value of "title" runs on into the next line, so the error is at the end of line 1.
    expect(parseYaml("title: a\n  date: b\n", FILE, 10)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 10,
          column: 8,
          message:
            "YAML sai cú pháp (thiếu dấu hai chấm sau tên trường, hoặc giá trị xuống dòng sai). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.",
        },
        {
          file: FILE,
          line: 10,
          column: 8,
          message:
            "YAML sai cú pháp (thiếu dấu hai chấm sau tên trường, hoặc giá trị xuống dòng sai). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.",
        },
      ],
    });
  });

  it("reports an unclosed list at the line where the text ends", () => {
    expect(parseYaml("title: a\ntags: [Dân vận\n", FILE, 10)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 12,
          column: 1,
          message: "YAML sai cú pháp (thụt lề hoặc ký tự không đúng chỗ). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.",
        },
      ],
    });
  });

  it("refuses a key written twice, at the line of the second", () => {
    expect(parseYaml("title: a\ntitle: b\n", FILE, 1)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 2,
          column: 1,
          message: "YAML sai cú pháp (một trường được khai báo hai lần). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.",
        },
      ],
    });
  });

  it("refuses an anchor and its alias, one problem at each", () => {
    expect(parseYaml("author: &tg Hồng Nhung\nsource: *tg\n", FILE, 2)).toEqual({
      ok: false,
      problems: [
        { file: FILE, line: 2, message: ALIAS_MESSAGE },
        { file: FILE, line: 3, message: ALIAS_MESSAGE },
      ],
    });
  });

  it("refuses an anchor even when nothing refers to it", () => {
    expect(parseYaml("tags: &t [Dân vận]\n", FILE, 1)).toEqual({ ok: false, problems: [{ file: FILE, line: 1, message: ALIAS_MESSAGE }] });
  });

  it("refuses a billion-laughs alias bomb without expanding it", () => {
    const lol = (name: string, item: string) => `${name}: &${name} [${Array(9).fill(item).join(", ")}]`;
    const bomb = [lol("a", '"lol"'), lol("b", "*a"), lol("c", "*b"), lol("d", "*c"), lol("e", "*d"), lol("f", "*e"), lol("g", "*f")].join("\n");
    const result = parseYaml(bomb, FILE, 1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(new Set(result.problems.map((problem) => problem.message))).toEqual(new Set([ALIAS_MESSAGE]));
    expect(result.problems[0]).toEqual({ file: FILE, line: 1, message: ALIAS_MESSAGE });
  });

  it("gives the line of each top-level key, offset by firstLine", () => {
    const result = parseYaml("title: a\nmeta:\n  nested: 1\ndate: 2017-04-20 18:02\n", FILE, 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.keyLines]).toEqual([
      ["title", 2],
      ["meta", 3],
      ["date", 5],
    ]);
  });

  it("reads an empty document as null with no key lines", () => {
    expect(parseYaml("", FILE, 1)).toEqual({ ok: true, value: null, keyLines: new Map() });
  });
});
