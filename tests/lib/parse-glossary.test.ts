import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGlossary } from "../../lib/parse-glossary";
import { formatProblem } from "../../lib/problem";

const FILE = "content/abbreviations.yaml";

describe("parseGlossary", () => {
  it("reads a mapping of abbreviations to their expansions, trimmed", () => {
    expect(parseGlossary("BTV: Ban Thường vụ\nHĐND:   Hội đồng nhân dân  \nCT-XH: chính trị - xã hội\n", FILE)).toEqual({
      ok: true,
      value: new Map([
        ["BTV", "Ban Thường vụ"],
        ["HĐND", "Hội đồng nhân dân"],
        ["CT-XH", "chính trị - xã hội"],
      ]),
    });
  });

  it("stores NFD-typed abbreviations and expansions as NFC, so they match the NFC body", () => {
    const result = parseGlossary("HĐND: Hội đồng nhân dân\n".normalize("NFD"), FILE);
    expect(result).toEqual({ ok: true, value: new Map([["HĐND", "Hội đồng nhân dân"]]) });
  });

  it.each([
    ["nothing after the colon", "BTV: Ban Thường vụ\nUBND:\n"],
    ["an empty string", 'BTV: Ban Thường vụ\nUBND: ""\n'],
    ["only spaces", 'BTV: Ban Thường vụ\nUBND: "   "\n'],
    ["a number", "BTV: Ban Thường vụ\nUBND: 3\n"],
  ])("refuses an expansion that is %s, naming the file, line and abbreviation", (_name, text) => {
    // Only the fixed part of the message is pinned: what follows "nhận được" is reported as a bug
    // (it prints `null` or nothing instead of the house wording "để trống" / "chuỗi rỗng").
    expect(parseGlossary(text, FILE)).toEqual({
      ok: false,
      problems: [{ file: FILE, line: 2, field: "UBND", message: expect.stringMatching(/^cần phần giải nghĩa không rỗng, nhận được /) }],
    });
  });

  it("lists every empty expansion, not just the first", () => {
    const result = parseGlossary("BTV:\nHĐND: Hội đồng nhân dân\nUBND:\n", FILE);
    expect(result.ok ? [] : result.problems.map((problem) => [problem.line, problem.field])).toEqual([
      [1, "BTV"],
      [3, "UBND"],
    ]);
  });

  it.each([
    ["a list", "- BTV\n- HĐND\n"],
    ["a single string", "Ban Thường vụ\n"],
    ["an empty file", ""],
  ])("refuses %s with one message saying what a line should look like", (_name, text) => {
    const result = parseGlossary(text, FILE);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${FILE}:1: cần các dòng dạng \`BTV: Ban Thường vụ\`, nhận được nội dung khác`,
    ]);
  });
});

describe("parseGlossary messages", () => {
  it.each([
    ["UBND:\n", "để trống"],
    ['UBND: ""\n', "chuỗi rỗng"],
    ["UBND: 3\n", "3 (không phải chuỗi)"],
    ["UBND: [a]\n", "một danh sách 1 mục"],
  ])("describes %j as the house style does", (text, found) => {
    const result = parseGlossary(text, FILE);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([`${FILE}:1 "UBND": cần phần giải nghĩa không rỗng, nhận được ${found}`]);
  });
});

describe("parseGlossary on fixture folders, one per rule", () => {
  const cases = "tests/fixtures/content";
  const shown = (fixture: string): string[] => {
    const file = `${cases}/${fixture}/abbreviations.yaml`;
    const result = parseGlossary(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8"), file);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it.each([
    {
      rule: "refuses a list instead of a mapping",
      fixture: "glossary-not-a-mapping",
      expected: [`${cases}/glossary-not-a-mapping/abbreviations.yaml:1: cần các dòng dạng \`BTV: Ban Thường vụ\`, nhận được nội dung khác`],
    },
    {
      rule: "refuses an expansion left empty or written as an empty string, each at its line",
      fixture: "glossary-empty-expansion",
      expected: [
        `${cases}/glossary-empty-expansion/abbreviations.yaml:2 "UBND": cần phần giải nghĩa không rỗng, nhận được để trống`,
        `${cases}/glossary-empty-expansion/abbreviations.yaml:3 "HĐND": cần phần giải nghĩa không rỗng, nhận được chuỗi rỗng`,
      ],
    },
    {
      rule: "refuses a line with no abbreviation before the colon",
      fixture: "glossary-empty-abbreviation",
      expected: [`${cases}/glossary-empty-abbreviation/abbreviations.yaml:2 "": cần chữ viết tắt trước dấu hai chấm (như \`UBND: Ủy ban nhân dân\`), nhận được dòng bắt đầu bằng dấu hai chấm`],
    },
  ])("$rule ($fixture)", ({ fixture, expected }) => {
    expect(shown(fixture)).toEqual(expected);
  });
});
