import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isRecord, parseFrontMatter } from "../../lib/parse-front-matter";
import { formatProblem } from "../../lib/problem";

const FILE = "content/articles/2017/04/btv-tinh-uy.md";
const sandbox = globalThis as { __pwned?: unknown };

function refused(language: string) {
  return {
    ok: false,
    problems: [
      {
        file: FILE,
        line: 1,
        message: `phần đầu viết bằng "${language}" không được chấp nhận; chỉ dùng YAML: mở bằng dòng --- (không kèm chữ nào).`,
      },
    ],
  };
}

describe("parseFrontMatter", () => {
  afterEach(() => {
    delete sandbox.__pwned;
  });

  it.each([
    ["js", "---js\n{ title: (globalThis.__pwned = true) && 'Tiêu đề' }\n---\nThân bài.\n"],
    ["javascript", "---javascript\nglobalThis.__pwned = true;\n({ title: 'Tiêu đề' })\n---\nThân bài.\n"],
    ["js", "---JS\n{ title: (globalThis.__pwned = true) && 'Tiêu đề' }\n---\nThân bài.\n"],
  ])("refuses %s front matter without running its code", (language, text) => {
    expect(parseFrontMatter(text, FILE)).toEqual(refused(language));
    expect(sandbox.__pwned).toBeUndefined();
  });

  it.each([
    ["toml", '---toml\ntitle = "Tiêu đề"\n---\nThân bài.\n'],
    ["json", '---json\n{ "title": "Tiêu đề" }\n---\nThân bài.\n'],
  ])("refuses %s front matter", (language, text) => {
    expect(parseFrontMatter(text, FILE)).toEqual(refused(language));
  });

  it.each(["---yaml", "---yml", "---", "---   "])("accepts YAML opened with %j", (opening) => {
    const result = parseFrontMatter(`${opening}\ntitle: Tiêu đề\n---\nThân bài.\n`, FILE);
    expect(result.ok && result.value.data).toEqual({ title: "Tiêu đề" });
  });

  it("splits fields from the body and says on which line the body starts", () => {
    const result = parseFrontMatter("---\ntitle: Tiêu đề\ndate: 2017-04-20 18:02\n---\n\nThân bài.\n", FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.data).toEqual({ title: "Tiêu đề", date: "2017-04-20 18:02" });
    expect(result.value.body).toBe("\nThân bài.\n");
    expect(result.value.bodyLine).toBe(5);
  });

  it("gives consecutive fields consecutive lines", () => {
    const result = parseFrontMatter("---\ntitle: Tiêu đề\ndate: 2017-04-20 18:02\n\nauthor: Hồng Nhung\n---\n", FILE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const title = result.value.keyLines.get("title") ?? NaN;
    expect(result.value.keyLines.get("date")).toBe(title + 1);
    expect(result.value.keyLines.get("author")).toBe(title + 3);
  });

  it("leaves a later --- line in the body", () => {
    const result = parseFrontMatter("---\ntitle: Tiêu đề\n---\nĐoạn một.\n---\nĐoạn hai.\n", FILE);
    expect(result.ok && result.value.body).toBe("Đoạn một.\n---\nĐoạn hai.\n");
  });

  it("accepts empty front matter as no fields", () => {
    expect(parseFrontMatter("---\n---\nThân bài.", FILE)).toEqual({ ok: true, value: { data: {}, keyLines: new Map(), body: "Thân bài.", bodyLine: 3 } });
  });

  it.each([
    ["a blank first line", "\n---\ntitle: Tiêu đề\n---\nThân bài.\n", 2],
    ["a heading above it", "# Tiêu đề\n\n---\ntitle: Tiêu đề\n---\nThân bài.\n", 3],
  ])("refuses front matter below %s and names the line of its ---", (_name, text, line) => {
    expect(parseFrontMatter(text, FILE)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 1,
          message: `phần đầu (front matter) phải bắt đầu bằng dòng --- ngay ở dòng 1 (đang thấy dòng --- ở dòng ${line}; xóa mọi thứ phía trên nó).`,
        },
      ],
    });
  });

  it("refuses a file with no front matter at all, without a hint", () => {
    expect(parseFrontMatter("Thân bài.\n", FILE)).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 1, message: "phần đầu (front matter) phải bắt đầu bằng dòng --- ngay ở dòng 1." }],
    });
  });

  it("refuses front matter that is never closed", () => {
    expect(parseFrontMatter("---\ntitle: Tiêu đề\n\nThân bài.\n", FILE)).toEqual({
      ok: false,
      problems: [
        { file: FILE, line: 1, message: "phần đầu (front matter) chưa được đóng: thêm một dòng chỉ có --- sau trường cuối cùng." },
      ],
    });
  });

  it.each([
    ["a scalar", "---\nchỉ một dòng chữ\n---\nThân bài.\n"],
    ["a list", "---\n- title\n- date\n---\nThân bài.\n"],
  ])("refuses front matter that is %s instead of fields", (_name, text) => {
    expect(parseFrontMatter(text, FILE)).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 2, message: "phần đầu phải là các dòng dạng `tên: giá trị` (ví dụ `title: Tiêu đề`)." }],
    });
  });

  it("passes on a YAML syntax error at its line in the file", () => {
    expect(parseFrontMatter("---\ntitle: Tiêu đề\ntags: [Dân vận\n---\nThân bài.\n", FILE)).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 3, message: 'YAML sai cú pháp: danh sách mở bằng "[" nhưng chưa đóng bằng "]". Sửa dòng thành: `tags: [Dân vận]`' }],
    });
  });

  it("passes on a refused YAML alias", () => {
    const result = parseFrontMatter("---\nauthor: &tg Hồng Nhung\nsource: *tg\n---\nThân bài.\n", FILE);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.message)).toEqual([
      "không dùng anchor/alias YAML (&tên, *tên); hãy viết giá trị trực tiếp.",
      "không dùng anchor/alias YAML (&tên, *tên); hãy viết giá trị trực tiếp.",
    ]);
  });
});

describe("isRecord", () => {
  it.each<[string, unknown, boolean]>([
    ["a plain object", { title: "a" }, true],
    ["an empty object", {}, true],
    ["a list", ["a"], false],
    ["null", null, false],
    ["a string", "a", false],
  ])("says %s is a record: %s", (_name, value, answer) => {
    expect(isRecord(value)).toBe(answer);
  });
});

describe("parseFrontMatter closing line", () => {
  it("refuses a closing line with text after ---, which would swallow the fields below it", () => {
    const result = parseFrontMatter("---\ntitle: a\n--- ghi chú\nauthor: b\n---\nbody", "a.md");
    expect(result.ok ? [] : result.problems).toEqual([
      { file: "a.md", line: 3, message: 'dòng đóng phần đầu phải chỉ có ---, nhận được "--- ghi chú".' },
    ]);
  });

  it("reports fields at their own lines in the file", () => {
    const result = parseFrontMatter("---\ntitle: a\ndate: b\n---\nbody", "a.md");
    expect(result.ok ? [...result.value.keyLines] : []).toEqual([
      ["title", 2],
      ["date", 3],
    ]);
  });

  it("reports a YAML syntax error at its line in the file", () => {
    const result = parseFrontMatter('---\ntitle: a\ndate: "unclosed\n---\nbody', "a.md");
    expect(result.ok ? [] : result.problems.map((problem) => problem.line)).toEqual([3]);
  });
});

describe("parseFrontMatter on fixture files, one per rule", () => {
  const dir = "tests/fixtures/articles";
  // Read byte for byte (see tests/fixtures/.gitattributes): parseFrontMatter expects \n line endings.
  const shown = (name: string): string[] => {
    const result = parseFrontMatter(readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8"), `${dir}/${name}`);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it.each([
    {
      rule: "refuses front matter below a heading and names the line of its ---",
      fixture: "front-matter-below-a-heading.md",
      expected: `:1: phần đầu (front matter) phải bắt đầu bằng dòng --- ngay ở dòng 1 (đang thấy dòng --- ở dòng 3; xóa mọi thứ phía trên nó).`,
    },
    {
      rule: "refuses a file with no --- line at all, without a hint",
      fixture: "front-matter-missing.md",
      expected: ":1: phần đầu (front matter) phải bắt đầu bằng dòng --- ngay ở dòng 1.",
    },
    {
      rule: "refuses front matter that is never closed",
      fixture: "front-matter-not-closed.md",
      expected: ":1: phần đầu (front matter) chưa được đóng: thêm một dòng chỉ có --- sau trường cuối cùng.",
    },
    {
      rule: "refuses a closing line with text after ---, at that line",
      fixture: "front-matter-closing-line-with-text.md",
      expected: ':4: dòng đóng phần đầu phải chỉ có ---, nhận được "--- hết phần đầu".',
    },
    {
      rule: "refuses front matter that is a sentence instead of fields",
      fixture: "front-matter-is-a-sentence.md",
      expected: ":2: phần đầu phải là các dòng dạng `tên: giá trị` (ví dụ `title: Tiêu đề`).",
    },
    {
      rule: "refuses front matter written as a list of fields",
      fixture: "front-matter-is-a-list.md",
      expected: ":2: phần đầu phải là các dòng dạng `tên: giá trị` (ví dụ `title: Tiêu đề`).",
    },
    {
      rule: "refuses TOML front matter",
      fixture: "front-matter-in-toml.md",
      expected: ':1: phần đầu viết bằng "toml" không được chấp nhận; chỉ dùng YAML: mở bằng dòng --- (không kèm chữ nào).',
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    expect(shown(fixture)).toEqual([`${dir}/${fixture}${expected}`]);
  });
});

describe("parseFrontMatter when the front-matter reader itself fails", () => {
  // No text we know of makes gray-matter or yaml throw (their syntax errors are reported in
  // words, above); this stands in for the failure nobody has found yet.
  afterEach(() => {
    vi.doUnmock("gray-matter");
    vi.resetModules();
  });

  it.each([
    ["an error", new RangeError("Maximum call stack size exceeded"), "Maximum call stack size exceeded"],
    ["something that is not an error", "engine failed", "engine failed"],
  ])("says in Vietnamese what to do when the reader throws %s, its own words in parentheses only", async (_name, thrown, detail) => {
    vi.resetModules();
    vi.doMock("gray-matter", () => ({
      default: () => {
        throw thrown;
      },
    }));
    const { parseFrontMatter: parseWithFailingReader } = await import("../../lib/parse-front-matter");
    expect(parseWithFailingReader("---\ntitle: Tiêu đề\n---\nThân bài.\n", FILE)).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 1,
          message: `không đọc được phần đầu (front matter): trình đọc YAML dừng giữa chừng, thường vì phần đầu có chỗ viết bất thường (lồng nhau quá sâu, ký tự lạ); so từng dòng với một bài mẫu, mỗi trường một dòng \`tên: giá trị\`, nếu vẫn lỗi thì báo bộ phận kỹ thuật (chi tiết kỹ thuật: ${detail}).`,
        },
      ],
    });
  });
});
