import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { listFiles, makeSite, REPO, runCli } from "./run-cli";

const SEED = path.join(REPO, "tests", "fixtures", "import", "seed-btv-tinh-uy-lam-viec.txt");
const SLUG = "btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";
const FILE = `content/articles/2017/04/${SLUG}.md`;
const roots: string[] = [];

// Each case starts a real process through tsx: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function site(): string {
  const root = makeSite();
  roots.push(root);
  cpSync(SEED, path.join(root, "bai.txt"));
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe("npm run import on the seed", () => {
  const root = site();
  const run = runCli("import", ["bai.txt"], root);

  it("writes content/articles/2017/04/<slug>.md and says so on stdout", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`Đã tạo bài: ${FILE}\nĐường dẫn khi đăng: /bai-viet/${SLUG}\n`);
    expect(listFiles(path.join(root, "content", "articles"))).toEqual([`2017/04/${SLUG}.md`]);
  });

  it("reports what it guessed on stderr", () => {
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("Đã đoán từ bai.txt (hãy đọc lại):");
    expect(lines).toContain("  - tác giả (dòng 38, dòng ngắn cuối bài): Hồng Nhung");
    expect(lines).toContain("  - ngày đăng (dòng 3): 2017-04-20 18:02");
    expect(lines.filter((line) => line.startsWith("  - chú thích ảnh"))).toHaveLength(3);
    expect(lines).toContain("  - chuyên mục: Chính trị (chuyên mục đầu tiên trong content/sections.yaml; chọn khác bằng --category)");
  });

  it("makes an article that passes the check", () => {
    const check = runCli("check", [], root);
    expect(check.stdout).toBe("Không có lỗi: 1 bài viết (0 đã đăng, 0 hẹn giờ đăng, 1 bản nháp), 4 chuyên mục.\n");
    expect(check.status).toBe(0);
  });

  it("refuses to import it twice, leaving the first file as it was", () => {
    writeFileSync(path.join(root, FILE), "đã sửa tay");
    const again = runCli("import", ["bai.txt"], root);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`${FILE}: tệp này đã có; không ghi đè. Sửa tệp đó, hoặc đổi tiêu đề để có tên tệp khác.\nChưa tạo bài nào.\n`);
    expect(readFileSync(path.join(root, FILE), "utf8")).toBe("đã sửa tay");
  });
});

describe("npm run import with options", () => {
  it("uses --category, --author, --source and --publish", () => {
    const root = site();
    const run = runCli("import", ["bai.txt", "--category", "Xã hội", "--author", "Minh Đức", "--source", "Báo Quảng Ninh", "--publish"], root);
    expect(run.status).toBe(0);
    const text = readFileSync(path.join(root, FILE), "utf8");
    expect(text.split("\n---\n")[0]).toBe(
      ["---", "title: BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương", "date: 2017-04-20 18:02", "author: Minh Đức", "category: Xã hội", "source: Báo Quảng Ninh", "draft: false"].join("\n"),
    );
    expect(runCli("check", [], root).status).toBe(0);
  });

  it("warns when the placeholder photo is missing from content/images/, and still writes the article", () => {
    const root = site();
    rmSync(path.join(root, "content", "images", "placeholder.svg"));
    const run = runCli("import", ["bai.txt"], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Lưu ý: chưa có ảnh tạm content/images/placeholder.svg; "npm run check" sẽ báo lỗi ảnh cho tới khi thay ảnh thật.');
  });
});

describe("npm run import refuses", () => {
  it.each<[string, string | Uint8Array, string]>([
    ["an empty file", "", "bai.txt: cần tiêu đề ở dòng đầu, rồi dòng ngày giờ và các đoạn văn, nhận được tệp trống"],
    ["a file that is not UTF-8", new Uint8Array([0x54, 0x68, 0xb8, 0x20, 0x4e, 0xa8, 0x6d]), "bai.txt:1: tệp không phải UTF-8"],
    ["a file without a dateline", "Tiêu đề\n\nChiều 20/4, tại TP Hạ Long.\n\nHồng Nhung\n", 'bai.txt:3: cần dòng ngày giờ ngay sau tiêu đề, dạng "Thứ Năm, 20/04/2017, 18:02 [GMT+7]"'],
    ["a file without a body", "Tiêu đề\nThứ Năm, 20/04/2017, 18:02 [GMT+7]\n.\n.\n", "bai.txt:2: cần ít nhất một đoạn văn sau dòng ngày giờ, nhận được không có đoạn nào"],
  ])("%s, writing nothing", (_name, text, message) => {
    const root = site();
    writeFileSync(path.join(root, "bai.txt"), text);
    const run = runCli("import", ["bai.txt"], root);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("Chưa tạo bài nào. Sửa tệp bai.txt rồi nhập lại.");
    expect(listFiles(path.join(root, "content", "articles"))).toEqual([]);
  });

  it.each<[string, string[], string]>([
    ["to run without a file", [], "Thiếu tệp bài cần nhập."],
    ["two files at once", ["bai.txt", "bai.txt"], "Mỗi lần chỉ nhập một tệp."],
    ["an unknown option", ["bai.txt", "--chuyen-muc", "Xã hội"], "Lệnh có tùy chọn không hợp lệ (chỉ dùng --category, --author, --source, --publish)."],
    ["a file that does not exist", ["khong-co.txt"], "khong-co.txt: không thấy tệp này; kiểm tra lại đường dẫn.\nChưa tạo bài nào."],
    ["a section that is not declared", ["bai.txt", "--category", "Thể thao"], 'npm run import "category": cần một chuyên mục đã khai báo trong content/sections.yaml'],
  ])("%s", (_name, args, message) => {
    const root = site();
    const run = runCli("import", args, root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
    expect(listFiles(path.join(root, "content", "articles"))).toEqual([]);
  });
});
