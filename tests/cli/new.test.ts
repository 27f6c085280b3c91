import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { listFiles, makeSite, runCli } from "./run-cli";

const TITLE = "Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích";
const SLUG = "ky-hop-thu-5-hdnd-tinh-khoa-xiv-duong-ve-dich";
// 00:30 on 1 May in Vietnam is still 30 April in UTC and in New York: the file must go under 2017/05.
const NOW = { BAO_TINH_NOW: "2017-04-30T17:30:00Z" };
const FILE = `content/articles/2017/05/${SLUG}.md`;
const USAGE = 'Cách dùng: npm run new -- "Tiêu đề bài" [--category "Kinh tế"] [--author "Hồng Nhung"]';
const roots: string[] = [];

// Each case starts a real process through tsx: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function site(): string {
  const root = makeSite();
  roots.push(root);
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe("npm run new", () => {
  const root = site();
  const run = runCli("new", [TITLE], root, NOW);

  it("creates content/articles/<year>/<month>/<slug>.md, dated in Vietnam time", () => {
    expect(run.status).toBe(0);
    expect(listFiles(path.join(root, "content", "articles"))).toEqual([`2017/05/${SLUG}.md`]);
    expect(readFileSync(path.join(root, FILE), "utf8")).toContain(`\ndate: 2017-05-01 00:30\n`);
  });

  it("writes every field ready to fill in, as a draft", () => {
    const text = readFileSync(path.join(root, FILE), "utf8");
    for (const field of ["title", "date", "updated", "author", "category", "tags", "summary", "source", "draft", "corrections"]) {
      expect(text).toMatch(new RegExp(`^${field}:`, "m"));
    }
    expect(text).toContain(`title: "${TITLE}"`);
    expect(text).toContain("\ndraft: true\n");
  });

  it("says where the file is, its URL, its time, and that it is a draft", () => {
    expect(run.stdout).toBe(
      [
        `Đã tạo bài mới: ${FILE}`,
        `Đường dẫn khi đăng: /bai-viet/${SLUG}`,
        "Giờ đăng: Thứ Hai, 01/05/2017, 00:30 [GMT+7] (sửa ở dòng date nếu cần)",
        "Bài đang là BẢN NHÁP (draft: true) nên chưa hiện với bạn đọc. Khi bài xong, đổi thành draft: false.",
        'Cần điền: tác giả (author, đang là "Tên tác giả"), chuyên mục (category, đang là "Chính trị"), nội dung bài. Xem thử: npm run dev. Trước khi đăng: npm run check.',
        'Ảnh: chép ảnh gốc vào content/images/<năm>/<tháng>/ và viết ![mô tả](/images/<năm>/<tháng>/ten-anh.jpg "Chú thích"); trang tự thu nhỏ, xoay đúng chiều và bỏ vị trí GPS, không bao giờ đăng tệp gốc.',
        "",
      ].join("\n"),
    );
    expect(run.stderr).toBe("");
  });

  it("makes a file that passes the check", () => {
    const check = runCli("check", [], root, NOW);
    expect(check.stdout).toBe("Không có lỗi: 1 bài viết (0 đã đăng, 0 hẹn giờ đăng, 1 bản nháp), 4 chuyên mục.\n");
    expect(check.status).toBe(0);
  });

  it("refuses to overwrite the file and leaves it as it was", () => {
    writeFileSync(path.join(root, FILE), "bài đang viết dở");
    const again = runCli("new", [TITLE], root, NOW);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`${FILE}: tệp này đã có; không ghi đè. Sửa tệp đó, hoặc đổi tiêu đề để có tên tệp khác.\nChưa tạo bài nào.\n`);
    expect(readFileSync(path.join(root, FILE), "utf8")).toBe("bài đang viết dở");
  });
});

describe("npm run new with options", () => {
  it("uses --category and --author, and joins a title typed without quotes", () => {
    const root = site();
    const run = runCli("new", ["Giá", "lúa", "tăng", "--category", "kinh te", "--author", "Minh Đức"], root, NOW);
    expect(run.status).toBe(0);
    const text = readFileSync(path.join(root, "content/articles/2017/05/gia-lua-tang.md"), "utf8");
    expect(text).toContain("\ntitle: Giá lúa tăng\n");
    expect(text).toContain("\ncategory: Kinh tế\n");
    expect(text).toContain("\nauthor: Minh Đức\n");
    expect(run.stdout).toContain("Cần điền: nội dung bài.");
  });

  it("reads the content folder named by CONTENT_DIR", () => {
    const root = site();
    mkdirSync(path.join(root, "noi-dung"));
    for (const name of ["site.yaml", "sections.yaml"]) writeFileSync(path.join(root, "noi-dung", name), readFileSync(path.join(root, "content", name)));
    const run = runCli("new", [TITLE], root, { ...NOW, CONTENT_DIR: "noi-dung" });
    expect(run.stdout).toContain(`Đã tạo bài mới: noi-dung/articles/2017/05/${SLUG}.md`);
  });
});

describe("npm run new refuses", () => {
  it.each<[string, string[], Record<string, string>, string]>([
    ["to run without a title", [], {}, `Thiếu tiêu đề bài.\n${USAGE}\n`],
    ["a blank title", ["  "], {}, `Thiếu tiêu đề bài.\n${USAGE}\n`],
    ["a title with no letter or digit", ["!!!"], {}, `npm run new "title": cần tiêu đề bài có chữ cái hoặc chữ số (để làm đường dẫn bài), nhận được "!!!"\nChưa tạo bài nào.\n${USAGE}\n`],
    ["an unknown option", [TITLE, "--tac-gia", "A"], {}, `Lệnh có tùy chọn không hợp lệ (chỉ dùng --category và --author).\n${USAGE}\n`],
    [
      "a section that is not declared",
      [TITLE, "--category", "Thể thao"],
      {},
      'npm run new "category": cần một chuyên mục đã khai báo trong content/sections.yaml (Chính trị, Kinh tế, Xã hội, Văn hóa), nhận được "Thể thao"\nChưa tạo bài nào.\n',
    ],
    ["a content folder without settings", [TITLE], { CONTENT_DIR: "khong-co" }, "khong-co/sections.yaml: thiếu tệp cấu hình này; xem content/README.md.\nkhong-co/site.yaml: thiếu tệp cấu hình này; xem content/README.md.\nChưa tạo bài nào.\n"],
  ])("%s, in Vietnamese, with exit code 1 and no file written", (_name, args, env, message) => {
    const root = site();
    const run = runCli("new", args, root, { ...NOW, ...env });
    expect(run.stderr).toBe(message);
    expect(run.stdout).toBe("");
    expect(run.status).toBe(1);
    expect(listFiles(path.join(root, "content", "articles"))).toEqual([]);
  });

  it("a title whose URL another article already has", () => {
    const root = site();
    mkdirSync(path.join(root, "content/articles/2016/12"), { recursive: true });
    writeFileSync(path.join(root, `content/articles/2016/12/${SLUG}.md`), "bài cũ");
    const run = runCli("new", [TITLE], root, NOW);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `${FILE}: đã có bài với đường dẫn /bai-viet/${SLUG} ở content/articles/2016/12/${SLUG}.md; không tạo bài trùng. Đổi tiêu đề hoặc sửa bài đó.\nChưa tạo bài nào.\n`,
    );
    expect(existsSync(path.join(root, FILE))).toBe(false);
  });
});
