import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
    ["two files at once", ["bai.txt", "bai.txt"], "Mỗi lần chỉ nhập một tệp (hoặc một thư mục)."],
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

describe("npm run import on a folder", () => {
  const LAYOUTS = path.join(REPO, "tests", "fixtures", "import", "layouts");
  const NAMES = ["anh-chi-co-ten-nguoi-chup", "duong-dan-va-tin-lien-quan", "nguon-va-tu-khoa", "theo-va-the"];
  const WRITTEN: Readonly<Record<string, string>> = {
    "anh-chi-co-ten-nguoi-chup": "2017/05/hoc-sinh-vung-cao-den-truong-sau-ky-nghi.md",
    "duong-dan-va-tin-lien-quan": "2017/05/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12.md",
    "nguon-va-tu-khoa": `2017/04/${SLUG}.md`,
    "theo-va-the": "2017/04/gia-lua-tang-nong-dan-phan-khoi.md",
  };

  function folder(extra: Readonly<Record<string, string | Uint8Array>> = {}): string {
    const root = site();
    for (const name of NAMES) cpSync(path.join(LAYOUTS, `${name}.txt`), path.join(root, "tho", `${name}.txt`));
    for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(root, "tho", name), text);
    return root;
  }

  it("imports every .txt file, each exactly as imported alone, with one summary", () => {
    const root = folder();
    const run = runCli("import", ["tho"], root);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("Đã nhập 4 trên 4 tệp trong tho.");
    for (const name of NAMES) {
      expect(readFileSync(path.join(root, "content", "articles", WRITTEN[name] ?? ""), "utf8")).toBe(readFileSync(path.join(LAYOUTS, `${name}.md`), "utf8"));
    }
    expect(runCli("check", [], root).status).toBe(0);
  });

  it("writes nothing for a file it cannot read fully, never overwrites, and says which files failed", () => {
    const root = folder({ "khong-phai-utf8.txt": new Uint8Array([0x54, 0x68, 0xb8, 0x20, 0x4e, 0xa8, 0x6d]), "thieu-ngay.txt": "Tiêu đề\n\nChiều 20/4, tại TP Hạ Long.\n\nHồng Nhung\n" });
    const existing = path.join(root, "content", "articles", "2017", "04", `${SLUG}.md`);
    mkdirSync(path.dirname(existing), { recursive: true });
    writeFileSync(existing, "đã sửa tay");
    const run = runCli("import", ["tho"], root);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "Đã nhập 3 trên 6 tệp trong tho. Không nhập được 3 tệp (xem lỗi ở trên; không ghi gì cho các tệp đó): tho/khong-phai-utf8.txt, tho/nguon-va-tu-khoa.txt, tho/thieu-ngay.txt.",
    );
    expect(run.stderr).toContain(`${FILE}: tệp này đã có; không ghi đè.`);
    expect(readFileSync(existing, "utf8")).toBe("đã sửa tay");
    expect(listFiles(path.join(root, "content", "articles"))).toEqual([
      `2017/04/${SLUG}.md`,
      "2017/04/gia-lua-tang-nong-dan-phan-khoi.md",
      "2017/05/hoc-sinh-vung-cao-den-truong-sau-ky-nghi.md",
      "2017/05/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12.md",
    ]);
  });

  it("refuses a folder with no .txt file", () => {
    const root = site();
    mkdirSync(path.join(root, "trong"));
    const run = runCli("import", ["trong"], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("trong: thư mục này không có tệp .txt nào để nhập.\nChưa tạo bài nào.\n");
  });
});
