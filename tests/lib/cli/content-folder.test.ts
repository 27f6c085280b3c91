import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Section } from "../../../lib/article";
import { loadSettings, pickSection, writeNewArticle } from "../../../lib/cli/content-folder";
import { contentPathsUnder, type ContentPaths } from "../../../lib/content-paths";
import { formatProblem } from "../../../lib/problem";

const REPO = new URL("../../../", import.meta.url);
const SECTIONS: Section[] = [
  { name: "Chính trị", slug: "chinh-tri", description: "" },
  { name: "Kinh tế", slug: "kinh-te", description: "" },
];
const ARTICLE = ["---", "title: Bài thử", "date: 2017-04-20 18:02", "author: Hồng Nhung", "category: Chính trị", "---", "", "Đoạn một.", ""].join("\n");

let root: string;
let paths: ContentPaths;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-content-folder-"));
  mkdirSync(path.join(root, "content"));
  for (const name of ["site.yaml", "sections.yaml"]) cpSync(new URL(`content/${name}`, REPO), path.join(root, "content", name));
  paths = contentPathsUnder(root, "content");
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function settings() {
  const result = loadSettings(paths);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value;
}

describe("loadSettings", () => {
  it("reads the site's time zone and sections", () => {
    expect(settings().site.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(settings().sections.map((section) => section.name)).toEqual(["Chính trị", "Kinh tế", "Xã hội", "Văn hóa"]);
  });

  it("names a missing settings file", () => {
    const result = loadSettings(contentPathsUnder(root, "khong-co"));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      "khong-co/site.yaml: thiếu tệp cấu hình này; xem content/README.md.",
      "khong-co/sections.yaml: thiếu tệp cấu hình này; xem content/README.md.",
    ]);
  });
});

describe("pickSection", () => {
  it.each([
    ["the first section when none is named", undefined, "Chính trị"],
    ["the section named", "Kinh tế", "Kinh tế"],
    ["the section named without diacritics", "kinh te", "Kinh tế"],
  ])("picks %s", (_name, wanted, name) => {
    const result = pickSection(SECTIONS, wanted, "npm run new");
    expect(result.ok && result.value.name).toBe(name);
  });

  it("refuses a section that is not declared, listing the declared ones", () => {
    const result = pickSection(SECTIONS, "Thể thao", "npm run new");
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'npm run new "category": cần một chuyên mục đã khai báo trong content/sections.yaml (Chính trị, Kinh tế), nhận được "Thể thao"',
    ]);
  });
});

describe("writeNewArticle", () => {
  const file = "content/articles/2017/04/bai-thu.md";

  it("writes the article, creating its year and month folders", () => {
    const result = writeNewArticle(paths, settings(), { relativePath: "articles/2017/04/bai-thu.md", slug: "bai-thu", text: ARTICLE });
    expect(result).toEqual({ ok: true, value: file });
    expect(readFileSync(path.join(root, file), "utf8")).toBe(ARTICLE);
  });

  it("refuses to overwrite a file and leaves it as it was", () => {
    mkdirSync(path.join(root, "content/articles/2017/04"), { recursive: true });
    writeFileSync(path.join(root, file), "bài cũ");
    const result = writeNewArticle(paths, settings(), { relativePath: "articles/2017/04/bai-thu.md", slug: "bai-thu", text: ARTICLE });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${file}: tệp này đã có; không ghi đè. Sửa tệp đó, hoặc đổi tiêu đề để có tên tệp khác.`,
    ]);
    expect(readFileSync(path.join(root, file), "utf8")).toBe("bài cũ");
  });

  it("refuses an article whose URL another month's article already has", () => {
    mkdirSync(path.join(root, "content/articles/2016/12"), { recursive: true });
    writeFileSync(path.join(root, "content/articles/2016/12/Bai-Thu.md"), ARTICLE);
    const result = writeNewArticle(paths, settings(), { relativePath: "articles/2017/04/bai-thu.md", slug: "bai-thu", text: ARTICLE });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${file}: đã có bài với đường dẫn /bai-viet/bai-thu ở content/articles/2016/12/Bai-Thu.md; không tạo bài trùng. Đổi tiêu đề hoặc sửa bài đó.`,
    ]);
    expect(existsSync(path.join(root, file))).toBe(false);
  });

  it("refuses an article the site would refuse, and writes nothing", () => {
    const text = ARTICLE.replace("category: Chính trị", "category: Thể thao");
    const result = writeNewArticle(paths, settings(), { relativePath: "articles/2017/04/bai-thu.md", slug: "bai-thu", text });
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/2017\/04\/bai-thu\.md:5 "category": .*"Thể thao"$/);
    expect(existsSync(path.join(root, file))).toBe(false);
  });
});
