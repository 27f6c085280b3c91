import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadContent } from "../../lib/load-content";
import { formatProblem, formatReport } from "../../lib/problem";
import { articleFile } from "../support/article-file";
import { cameraPhoto } from "../support/camera-photos";
import { listFiles, makeSite, REPO, runCli } from "./run-cli";

const FIXTURE = path.join(REPO, "tests", "fixtures", "cli", "check-lists-every-problem");
const roots: string[] = [];

// Each case starts a real process through tsx: seconds, not milliseconds, on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

function temporary(root: string): string {
  roots.push(root);
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe("npm run check on a content folder with broken files", () => {
  const root = temporary(mkdtempSync(path.join(os.tmpdir(), "bao-tinh-check-")));
  cpSync(FIXTURE, root, { recursive: true });
  const run = runCli("check", [], root);
  const lines = run.stdout.trimEnd().split("\n");

  it("exits 1", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
  });

  it("names every broken file and not the valid one", () => {
    const named = new Set(lines.slice(0, -1).map((line) => /^([^:\s]+)/.exec(line)?.[1]));
    expect([...named]).toEqual([
      "content/articles/2017/04/thieu-tieu-de-ngay-sai.md",
      "content/articles/2017/04/truong-go-sai.md",
      "content/articles/2017/05/anh-khong-co.md",
      "content/articles/2017/05/anh-thieu-mo-ta.md",
      "content/articles/2017/05/ghi-chu.txt",
      "content/articles/2017/05/yaml-sai-cu-phap.md",
      "content/articles/2017/06/chu-mau-chua-thay.md",
    ]);
  });

  it("lists every problem in every file, at its line and field", () => {
    const places = lines.slice(0, -1).map((line) => /^(\S+?(?::\d+)*(?: "[^"]+")?):/.exec(line)?.[1]);
    expect(places).toEqual([
      'content/articles/2017/04/thieu-tieu-de-ngay-sai.md:1 "title"',
      'content/articles/2017/04/thieu-tieu-de-ngay-sai.md:2 "date"',
      'content/articles/2017/04/thieu-tieu-de-ngay-sai.md:5 "draft"',
      'content/articles/2017/04/truong-go-sai.md:1 "title"',
      'content/articles/2017/04/truong-go-sai.md:2 "tittle"',
      'content/articles/2017/04/truong-go-sai.md:5 "category"',
      "content/articles/2017/05/anh-khong-co.md:10",
      "content/articles/2017/05/anh-thieu-mo-ta.md:10",
      "content/articles/2017/05/ghi-chu.txt",
      expect.stringMatching(/^content\/articles\/2017\/05\/yaml-sai-cu-phap\.md:\d+:\d+$/),
      'content/articles/2017/06/chu-mau-chua-thay.md:4 "author"',
      "content/articles/2017/06/chu-mau-chua-thay.md:9",
    ]);
  });

  it("prints exactly the report lib/problem.ts formats, ending with a one-line summary", () => {
    // The same rules and messages as the build: loadContent alone produces the report.
    const loaded = loadContent({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public"), displayRoot: root });
    expect(run.stdout).toBe(`${formatReport(loaded.problems)}\n`);
    expect(lines.at(-1)).toBe('12 lỗi trong 7 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".');
  });

  it("flags, in Vietnamese, a published article that still has npm run new's placeholders", () => {
    expect(lines).toContain(
      'content/articles/2017/06/chu-mau-chua-thay.md:4 "author": cần tên tác giả thật trước khi đăng (bài đã bỏ draft: true), nhận được chữ mẫu "Tên tác giả"',
    );
    expect(lines).toContain("content/articles/2017/06/chu-mau-chua-thay.md:9: cần nội dung bài thật trước khi đăng (bài đã bỏ draft: true), nhận được đoạn chữ mẫu của npm run new");
  });

  it("changes nothing in the folder it checks", () => {
    expect(listFiles(root)).toEqual(listFiles(FIXTURE));
  });
});

describe("npm run check on the real content folder", () => {
  it("exits 0 with a one-line Vietnamese summary counting the articles", () => {
    const run = runCli("check", [], REPO);
    expect(run.stdout).toMatch(/^Không có lỗi: \d+ bài viết \(\d+ đã đăng, \d+ hẹn giờ đăng, \d+ bản nháp\), \d+ chuyên mục\.\n$/);
    expect(run.status).toBe(0);
  });

  it("warns on stderr, one line a field, that the legal masthead ships unfilled, and still exits 0", () => {
    const run = runCli("check", [], REPO);
    const loaded = loadContent({ contentDir: path.join(REPO, "content"), publicDir: path.join(REPO, "public"), displayRoot: REPO });
    expect(run.stderr).toBe(`${loaded.warnings.map(formatProblem).join("\n")}\n`);
    expect(run.stderr.split("\n").filter((line) => line !== "")).toHaveLength(8);
    expect(run.stderr.split("\n")[0]).toBe(
      'content/site.yaml "governingBody": cảnh báo: cần tên cơ quan chủ quản (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)"',
    );
    expect(run.status).toBe(0);
  });
});

describe("npm run check on a folder whose photos only have warnings", () => {
  it("warns on stderr about each photo, marked, at its line, and still exits 0 with the clean summary", async () => {
    const root = temporary(makeSite());
    const images = path.join(root, "content", "images", "2024", "05");
    mkdirSync(images, { recursive: true });
    writeFileSync(path.join(images, "nho.jpg"), await cameraPhoto({ width: 300, height: 200 }));
    writeFileSync(path.join(images, "in-an.jpg"), await cameraPhoto({ width: 800, height: 600, cmyk: true }));
    const dir = path.join(root, "content", "articles", "2024", "05");
    mkdirSync(dir, { recursive: true });
    const body = ["Đoạn một.", "", '![Ảnh nhỏ](/images/2024/05/nho.jpg "Ảnh nhỏ.")', "", '![Ảnh in](/images/2024/05/in-an.jpg "Ảnh in.")'].join("\n");
    writeFileSync(path.join(dir, "canh-bao.md"), articleFile({ title: "Bài có cảnh báo", date: "2024-05-01 08:00", author: "Hồng Nhung", category: "Chính trị" }, body));
    const run = runCli("check", [], root, { BAO_TINH_NOW: "2024-05-02T00:00:00Z" });
    // The rest of stderr is the masthead that makeSite's real site.yaml leaves unfilled.
    expect(run.stderr.split("\n").filter((line) => line.startsWith("content/articles/"))).toEqual([
      "content/articles/2024/05/canh-bao.md:10: cảnh báo: ảnh /images/2024/05/nho.jpg chỉ rộng 300 điểm ảnh, hẹp hơn cột bài (640): ảnh sẽ hiện nhỏ; nếu có, dùng ảnh gốc rộng ít nhất 1280 điểm ảnh.",
      "content/articles/2024/05/canh-bao.md:12: cảnh báo: ảnh /images/2024/05/in-an.jpg dùng hệ màu CMYK (của bản in); trang tự chuyển sang màu sRGB cho màn hình, màu có thể hơi khác bản in.",
    ]);
    expect(run.stdout).toBe("Không có lỗi: 1 bài viết (1 đã đăng, 0 hẹn giờ đăng, 0 bản nháp), 4 chuyên mục.\n");
    expect(run.status).toBe(0);
  });
});

describe("npm run check on a clean folder", () => {
  it("counts published, scheduled and draft articles at the pinned time", () => {
    const root = temporary(makeSite());
    const write = (name: string, date: string, draft: boolean) => {
      const dir = path.join(root, "content", "articles", "2017", "04");
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${name}.md`), articleFile({ title: `Bài ${name}`, date, author: "Hồng Nhung", category: "Chính trị", draft: String(draft) }, "Đoạn một."));
    };
    write("da-dang", "2017-04-20 18:02", false);
    write("hen-gio", "2017-04-22 08:00", false);
    write("nhap", "2017-04-20 18:02", true);
    const run = runCli("check", [], root, { BAO_TINH_NOW: "2017-04-21T00:00:00Z" });
    expect(run.stdout).toBe("Không có lỗi: 3 bài viết (1 đã đăng, 1 hẹn giờ đăng, 1 bản nháp), 4 chuyên mục.\n");
    expect(run.status).toBe(0);
  });

  it("reads the content folder named by CONTENT_DIR and shows paths from the working folder", () => {
    const root = temporary(mkdtempSync(path.join(os.tmpdir(), "bao-tinh-check-dir-")));
    cpSync(path.join(FIXTURE, "content"), path.join(root, "noi-dung"), { recursive: true });
    const run = runCli("check", [], root, { CONTENT_DIR: "noi-dung" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('noi-dung/articles/2017/04/truong-go-sai.md:2 "tittle"');
  });

  // How long a check of N articles takes is in the benchmark (`npm run bench`, loadContent per N).
  it("checks a thousand articles without building the site", () => {
    const root = temporary(makeSite());
    const seed = readFileSync(path.join(REPO, "content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md"), "utf8");
    cpSync(path.join(REPO, "content", "images", "2017"), path.join(root, "content", "images", "2017"), { recursive: true });
    for (let month = 1; month <= 10; month++) {
      const dir = path.join(root, "content", "articles", "2018", String(month).padStart(2, "0"));
      mkdirSync(dir, { recursive: true });
      for (let index = 0; index < 100; index++) writeFileSync(path.join(dir, `bai-${month}-${index}.md`), seed);
    }
    const run = runCli("check", [], root);
    expect(run.stdout).toBe("Không có lỗi: 1000 bài viết (1000 đã đăng, 0 hẹn giờ đăng, 0 bản nháp), 4 chuyên mục.\n");
    expect(run.status).toBe(0);
    expect(listFiles(root).some((file) => file.startsWith(".next/"))).toBe(false);
  }, 60_000);
});
