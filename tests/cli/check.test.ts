import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadContent } from "../../lib/load-content";
import { formatReport } from "../../lib/problem";
import { articleFile } from "../support/article-file";
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

  it("changes nothing in the folder it checks but its content cache", () => {
    expect(listFiles(root).filter((file) => !file.startsWith(".cache/content/"))).toEqual(listFiles(FIXTURE));
    expect(listFiles(root)).toContain(".cache/content/entries.sqlite");
  });
});

describe("npm run check with a content cache", () => {
  const root = temporary(makeSite());
  const file = path.join(root, "content", "articles", "2024", "05", "bai-viet.md");
  mkdirSync(path.dirname(file), { recursive: true });
  const write = (date: string) =>
    writeFileSync(file, articleFile({ title: "Bài viết", date, author: "Hồng Nhung", category: "Chính trị" }, "Nội dung bài viết về công tác dân vận."));
  write("2024-05-01 09:00");
  const first = runCli("check", [], root, { CONTENT_CACHE_DIR: "bo-nho-tam" });
  write("32/13/2024");
  const broken = runCli("check", [], root, { CONTENT_CACHE_DIR: "bo-nho-tam" });
  const full = runCli("check", ["--full"], root, { CONTENT_CACHE_DIR: "bo-nho-tam" });

  it("keeps its cache where CONTENT_CACHE_DIR says", () => {
    expect(first.stdout).toBe("Không có lỗi: 1 bài viết (1 đã đăng, 0 hẹn giờ đăng, 0 bản nháp), 4 chuyên mục.\n");
    expect(listFiles(path.join(root, "bo-nho-tam"))).toContain("entries.sqlite");
  });

  it("sees a file broken after the cache was filled", () => {
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('content/articles/2024/05/bai-viet.md:3 "date"');
  });

  it("gives the same report with --full, which re-reads every file", () => {
    expect(full.status).toBe(1);
    expect(full.stdout).toBe(broken.stdout);
  });
});

describe("npm run check on the real content folder", () => {
  it("exits 0 with a one-line Vietnamese summary counting the articles", () => {
    const run = runCli("check", [], REPO);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Không có lỗi: \d+ bài viết \(\d+ đã đăng, \d+ hẹn giờ đăng, \d+ bản nháp\), \d+ chuyên mục\.\n$/);
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
    cpSync(path.join(FIXTURE, "public"), path.join(root, "public"), { recursive: true });
    const run = runCli("check", [], root, { CONTENT_DIR: "noi-dung" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('noi-dung/articles/2017/04/truong-go-sai.md:2 "tittle"');
  });

  // How long a check of N articles takes is in the benchmark (`npm run bench`, loadContent per N).
  it("checks a thousand articles without building the site", () => {
    const root = temporary(makeSite());
    const seed = readFileSync(path.join(REPO, "content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md"), "utf8");
    cpSync(path.join(REPO, "public", "images", "2017"), path.join(root, "public", "images", "2017"), { recursive: true });
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
