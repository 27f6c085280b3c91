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

  it("reports a syntax error once, at the line that causes it, with the corrected line", () => {
    // yaml reports "title"'s value running on into the next line, twice, at line 1; the
    // editor sees once that line 2 should not be indented.
    expect(parseYaml("title: a\n  date: b\n", FILE, 10)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 11,
          message: "YAML sai cú pháp: dòng này thụt lề nên YAML coi nó là phần tiếp của dòng trên; bỏ dấu cách ở đầu dòng. Sửa dòng thành: `date: b`",
        },
      ],
    });
  });

  it("reports an unclosed list at the line that opens it, not where the text ends", () => {
    expect(parseYaml("title: a\ntags: [Dân vận\n", FILE, 10)).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 11, message: 'YAML sai cú pháp: danh sách mở bằng "[" nhưng chưa đóng bằng "]". Sửa dòng thành: `tags: [Dân vận]`' }],
    });
  });

  it("refuses a key written twice, at the line of the second, naming both", () => {
    expect(parseYaml("title: a\ntitle: b\n", FILE, 1)).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 2, message: 'YAML sai cú pháp: trường "title" được khai báo hai lần (dòng 1 và dòng 2); xóa một trong hai dòng.' }],
    });
  });

  it("falls back to the parser's error, in Vietnamese, for a mistake it has no rule for", () => {
    expect(parseYaml("- a\nb: c\n", FILE, 1)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 2,
          column: 1,
          message: "YAML sai cú pháp (thụt lề hoặc ký tự không đúng chỗ). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.",
        },
      ],
    });
  });

  it("says a mistake it has no wording for in Vietnamese, keeping the parser's code", () => {
    const result = parseYaml("author: &a Hồng Nhung\nsource: &b *a\n", FILE, 1);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      "YAML sai cú pháp (cách viết không hợp lệ, mã lỗi ALIAS_PROPS). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.",
    ]);
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
    ["a double quote", 'title: "Mở mà không đóng\ndate: 2017-04-20 18:02\n', 1, 8, '"', 'title: "Mở mà không đóng"'],
    ["a single quote after a legal two-line one", "summary: 'dòng một\n  dòng hai'\ntitle: 'Bác''s \ndate: x\n", 3, 8, "'", "title: 'Bác''s'"],
    ["a double quote after a commented one and an escaped one", '# "ghi chú\ntitle: "a \\" b"\nsource: "Báo\n', 3, 9, '"', 'source: "Báo"'],
  ])("reports %s left open at the line and column where it opens, with the line closed", (_name, text, line, column, quote, corrected) => {
    const result = parseYaml(text, FILE, 1);
    expect(result.ok ? [] : result.problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [line, column, `YAML sai cú pháp: dấu ngoặc ${quote} mở ở đây nhưng không được đóng. Sửa dòng thành: \`${corrected}\``],
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
  const shown = (name: string): string[] => {
    const result = parseFrontMatter(readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8"), `${dir}/${name}`);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it.each([
    {
      rule: "refuses a field written twice (DUPLICATE_KEY), at the second, naming both",
      fixture: "yaml-duplicate-field.md",
      expected: [':5: YAML sai cú pháp: trường "title" được khai báo hai lần (dòng 2 và dòng 5); xóa một trong hai dòng.'],
    },
    {
      rule: "refuses a list left open (BAD_INDENT), at the line that opens it",
      fixture: "yaml-unclosed-list.md",
      expected: [':6: YAML sai cú pháp: danh sách mở bằng "[" nhưng chưa đóng bằng "]". Sửa dòng thành: `tags: [Dân vận, Quảng Ninh]`'],
    },
    {
      // yaml reports it where the front matter ends; the message points at the opening quote.
      rule: "refuses a quote left open (MISSING_CHAR), at the quote that opens it",
      fixture: "yaml-unclosed-quote.md",
      expected: [':2:8: YAML sai cú pháp: dấu ngoặc " mở ở đây nhưng không được đóng. Sửa dòng thành: `title: "BTV Tỉnh ủy làm việc với Đoàn khảo sát"`'],
    },
    {
      rule: "refuses a title with an unquoted colon (BLOCK_AS_IMPLICIT_KEY), quoting it",
      fixture: "yaml-colon-in-title.md",
      expected: [
        ':2: YAML sai cú pháp: giá trị có dấu hai chấm và dấu cách (": ") nên YAML hiểu nhầm là một trường mới; đặt cả giá trị trong ngoặc kép. Sửa dòng thành: `title: "Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích"`',
      ],
    },
    {
      rule: "refuses a title in curly quotes with a colon inside, keeping the curly quotes the reader sees",
      fixture: "yaml-curly-quotes-around-colon.md",
      expected: [
        ':2: YAML sai cú pháp: giá trị có dấu hai chấm và dấu cách (": ") nên YAML hiểu nhầm là một trường mới (dấu “ ” không phải ngoặc kép của YAML); đặt cả giá trị trong ngoặc kép thẳng ". Sửa dòng thành: `title: "“Bí thư Tỉnh ủy: Không để ai bị bỏ lại phía sau”"`',
      ],
    },
    {
      rule: "refuses a field with no space after its colon (MULTILINE_IMPLICIT_KEY), adding it",
      fixture: "yaml-missing-space-after-colon.md",
      expected: [":6: YAML sai cú pháp: thiếu dấu cách sau dấu hai chấm. Sửa dòng thành: `source: Báo Quảng Ninh`"],
    },
    {
      rule: "refuses a field with no colon at all, adding one after the field's name",
      fixture: "yaml-missing-colon.md",
      expected: [":2: YAML sai cú pháp: thiếu dấu hai chấm sau tên trường. Sửa dòng thành: `title: BTV Tỉnh ủy làm việc với Đoàn khảo sát`"],
    },
    {
      rule: "refuses a field indented under another, at the indented line",
      fixture: "yaml-stray-indent.md",
      expected: [":3: YAML sai cú pháp: dòng này thụt lề nên YAML coi nó là phần tiếp của dòng trên; bỏ dấu cách ở đầu dòng. Sửa dòng thành: `date: 2017-04-20 18:02`"],
    },
    {
      rule: "refuses a backslash that is no escape inside double quotes (BAD_DQ_ESCAPE), doubling it",
      fixture: "yaml-backslash-in-quotes.md",
      expected: [':6: YAML sai cú pháp: dấu \\ trong ngoặc kép phải viết hai lần (\\\\); nếu định gõ dấu /, sửa thành /. Sửa dòng thành: `source: "Quyết định 290-QĐ\\\\TW"`'],
    },
    {
      rule: "refuses a value starting with @ (BAD_SCALAR_START), quoting it",
      fixture: "yaml-value-starting-with-at-sign.md",
      expected: [':4: YAML sai cú pháp: giá trị bắt đầu bằng "@" phải đặt trong ngoặc kép. Sửa dòng thành: `author: "@HongNhung"`'],
    },
    {
      rule: "refuses a tab used for indentation (TAB_AS_INDENT), with spaces instead",
      fixture: "yaml-tab-indentation.md",
      expected: [":7: YAML sai cú pháp: thụt lề bằng phím Tab; YAML chỉ nhận dấu cách. Sửa dòng thành: `  - Dân vận`"],
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
