import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../lib/parse-front-matter";
import { parseYaml } from "../../lib/parse-yaml";
import { formatProblem } from "../../lib/problem";

const FILE = "content/site.yaml";
const ALIAS_MESSAGE = "không dùng anchor/alias YAML (&tên, *tên); hãy viết giá trị trực tiếp.";

function value(text: string): unknown {
  const result = parseYaml(text, FILE, 1);
  if (!result.ok) throw new Error(`expected valid YAML, got ${JSON.stringify(result.problems)}`);
  return result.value.data;
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

  it("reports a syntax error once, with its line offset by firstLine and its column", () => {
    // The value of "title" runs on into the next line, so the error is at the end of line 1;
    // the parser reports it under two codes, the editor sees it once.
    expect(parseYaml("title: a\n  date: b\n", FILE, 10)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 10,
          column: 8,
          message: "YAML sai cú pháp (giá trị có dấu hai chấm (ví dụ tiêu đề có “: ”) thì đặt cả giá trị trong ngoặc kép; hoặc thiếu dấu hai chấm sau tên trường). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.",
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
    expect([...result.value.keyLines]).toEqual([
      ["title", 2],
      ["meta", 3],
      ["date", 5],
    ]);
  });

  it("reads an empty document as null with no key lines", () => {
    expect(parseYaml("", FILE, 1)).toEqual({ ok: true, value: { data: null, keyLines: new Map(), itemLines: [], keyItemLines: new Map() } });
  });

  it.each([
    ["a double quote", 'title: "Mở mà không đóng\ndate: 2017-04-20 18:02\n', 1, 8, '"'],
    ["a single quote after a legal two-line one", "summary: 'dòng một\n  dòng hai'\ntitle: 'Bác''s \ndate: x\n", 3, 8, "'"],
    ["a double quote after a commented one and an escaped one", '# "ghi chú\ntitle: "a \\" b"\nsource: "Báo\n', 3, 9, '"'],
  ])("reports %s left open at the line and column where it opens", (_name, text, line, column, quote) => {
    const result = parseYaml(text, FILE, 1);
    expect(result.ok ? [] : result.problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [line, column, `YAML sai cú pháp (dấu ngoặc ${quote} mở ở đây nhưng không được đóng). Thêm ${quote} ở cuối giá trị trên cùng dòng.`],
    ]);
  });

  it("gives the line of each item of a list under a top-level key", () => {
    const result = parseYaml("lead: a\nhighlights:\n  - b\n\n  - c\ninline: [d, e]\n", FILE, 3);
    expect(result.ok && result.value.keyItemLines).toEqual(new Map([["highlights", [5, 7]], ["inline", [8, 8]]]));
  });

  it("gives the line of each top-level list item, counted from the first line given", () => {
    const result = parseYaml("# ghi chú\n- name: A\n\n- name: B\n  description: x\n- C\n", FILE, 5);
    expect(result.ok && result.value.itemLines).toEqual([6, 8, 10]);
  });
});

describe("parseYaml on article fixtures, one per kind of YAML error", () => {
  // Editors meet YAML errors in an article's front matter, so each fixture is an article
  // and the message is checked as printed, with the line and column in that file.
  const dir = "tests/fixtures/articles";
  const syntax = (why: string) => `YAML sai cú pháp (${why}). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.`;
  const shown = (name: string): string[] => {
    const result = parseFrontMatter(readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8"), `${dir}/${name}`);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it.each([
    {
      rule: "refuses a field written twice (DUPLICATE_KEY), at the second",
      fixture: "yaml-duplicate-field.md",
      expected: [`:5:1: ${syntax("một trường được khai báo hai lần")}`],
    },
    {
      rule: "refuses a list left open (BAD_INDENT), where the front matter ends",
      fixture: "yaml-unclosed-list.md",
      expected: [`:6:27: ${syntax("thụt lề hoặc ký tự không đúng chỗ")}`],
    },
    {
      // yaml reports it where the front matter ends; the message points at the opening quote.
      rule: "refuses a quote left open (MISSING_CHAR), at the quote that opens it",
      fixture: "yaml-unclosed-quote.md",
      expected: [`:2:8: YAML sai cú pháp (dấu ngoặc " mở ở đây nhưng không được đóng). Thêm " ở cuối giá trị trên cùng dòng.`],
    },
    {
      rule: "refuses a title with an unquoted colon (BLOCK_AS_IMPLICIT_KEY), at the value",
      fixture: "yaml-colon-in-title.md",
      expected: [`:2:8: ${syntax("giá trị có dấu hai chấm (ví dụ tiêu đề có “: ”) thì đặt cả giá trị trong ngoặc kép; hoặc thiếu dấu hai chấm sau tên trường")}`],
    },
    {
      rule: "refuses a backslash that is no escape inside double quotes (BAD_DQ_ESCAPE), at the backslash",
      fixture: "yaml-backslash-in-quotes.md",
      expected: [`:6:27: ${syntax("dấu ngoặc kép hoặc ký tự đầu giá trị không hợp lệ")}`],
    },
    {
      rule: "refuses a value starting with @ (BAD_SCALAR_START), at the @",
      fixture: "yaml-value-starting-with-at-sign.md",
      expected: [`:4:9: ${syntax("dấu ngoặc kép hoặc ký tự đầu giá trị không hợp lệ")}`],
    },
    {
      // The default branch prints yaml's own code: English inside a Vietnamese message (reported).
      rule: "refuses a tab used for indentation (TAB_AS_INDENT), in Vietnamese",
      fixture: "yaml-tab-indentation.md",
      expected: [`:7:1: ${syntax("thụt lề bằng phím Tab; YAML chỉ nhận dấu cách")}`],
    },
    {
      rule: "refuses an anchor and its alias, one problem at each line",
      fixture: "yaml-anchor-and-alias.md",
      expected: [`:4: ${ALIAS_MESSAGE}`, `:6: ${ALIAS_MESSAGE}`],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    expect(shown(fixture)).toEqual(expected.map((rest) => `${dir}/${fixture}${rest}`));
  });

  it("refuses a billion-laughs alias bomb once per line, without expanding it (yaml-alias-bomb.md)", () => {
    // Line 2 anchors `a`; lines 3-8 each anchor one list of nine aliases; line 9 aliases `g`.
    const lines = [2, 3, 4, 5, 6, 7, 8, 9];
    expect(shown("yaml-alias-bomb.md")).toEqual(lines.map((line) => `${dir}/yaml-alias-bomb.md:${line}: ${ALIAS_MESSAGE}`));
  });
});
