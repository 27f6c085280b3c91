import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadContent } from "../../lib/load-content";
import { formatReport } from "../../lib/problem";
import { articleFile } from "../support/article-file";
import { cameraPhoto } from "../support/camera-photos";
import { TEST_MASTHEAD } from "../support/site-settings";
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
  const run = runCli("check", [], REPO);
  const lines = run.stdout.split("\n");

  it("lists the eight legal-masthead fields the real site.yaml ships empty, each as a warning, in footer order", () => {
    const loaded = loadContent({ contentDir: path.join(REPO, "content"), publicDir: path.join(REPO, "public"), displayRoot: REPO });
    expect(lines.slice(0, 9)).toEqual(formatReport(loaded.problems).split("\n"));
    // TEST_MASTHEAD holds the legal fields in footer order.
    expect(lines.slice(0, 8).map((line) => /^content\/site\.yaml "(\w+)": .* \(cảnh báo\)$/.exec(line)?.[1])).toEqual(Object.keys(TEST_MASTHEAD));
    expect(lines[0]).toBe(
      'content/site.yaml "governingBody": cần tên cơ quan chủ quản (thông tin pháp lý bắt buộc, in ở chân mọi trang), nhận được để trống; chân trang đang in "(chưa khai báo)" (cảnh báo)',
    );
  });

  it("says there is no error, counts the articles in Vietnamese and exits 0", () => {
    expect(lines[8]).toBe("Không có lỗi, 8 cảnh báo trong 1 tệp: trang vẫn dựng được và bài vẫn đăng được, nhưng hãy xem lại từng chỗ trên.");
    expect(lines[9]).toMatch(/^Đã đọc \d+ bài viết \(\d+ đã đăng, \d+ hẹn giờ đăng, \d+ bản nháp\), \d+ chuyên mục\.$/);
    expect(lines.slice(10)).toEqual([""]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("npm run check on a folder whose photos only have warnings", () => {
  it("warns about each photo, marked, at its line, counts the warnings in the summary and still exits 0", async () => {
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
    // The site's masthead is filled in (makeSite), so the photos' warnings are all there is.
    expect(run.stdout.split("\n")).toEqual([
      "content/articles/2024/05/canh-bao.md:10: ảnh /images/2024/05/nho.jpg chỉ rộng 300 điểm ảnh, hẹp hơn cột bài (640): ảnh sẽ hiện nhỏ; nếu có, dùng ảnh gốc rộng ít nhất 1280 điểm ảnh. (cảnh báo)",
      "content/articles/2024/05/canh-bao.md:12: ảnh /images/2024/05/in-an.jpg dùng hệ màu CMYK (của bản in); trang tự chuyển sang màu sRGB cho màn hình, màu có thể hơi khác bản in. (cảnh báo)",
      "Không có lỗi, 2 cảnh báo trong 1 tệp: trang vẫn dựng được và bài vẫn đăng được, nhưng hãy xem lại từng chỗ trên.",
      "Đã đọc 1 bài viết (1 đã đăng, 0 hẹn giờ đăng, 0 bản nháp), 4 chuyên mục.",
      "",
    ]);
    expect(run.stderr).toBe("");
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

describe("npm run check with warnings only", () => {
  it("lists the warnings, says there is no error and exits 0", () => {
    const root = temporary(makeSite());
    const dir = path.join(root, "content", "articles", "2017", "04");
    mkdirSync(dir, { recursive: true });
    const text = ["---", "title: Bài có video", "date: 2017-04-20 18:02", "author: Hồng Nhung", "category: Chính trị", "---", "", "Đoạn một.", "", '<iframe src="https://www.youtube.com/embed/x"></iframe>', ""];
    writeFileSync(path.join(dir, "co-video.md"), text.join("\n"));
    const run = runCli("check", [], root, { BAO_TINH_NOW: "2017-04-21T00:00:00Z" });
    expect(run.stdout).toBe(
      [
        "content/articles/2017/04/co-video.md:10: khung nhúng <iframe> (video, bản đồ, bài đăng mạng xã hội…) sẽ bị bỏ: bạn đọc không thấy gì ở chỗ này. Để nhúng video hay âm thanh, dùng khối ```video (hoặc ```audio) như hướng dẫn ở content/README.md, mục Video và âm thanh. (cảnh báo)",
        "Không có lỗi, 1 cảnh báo trong 1 tệp: trang vẫn dựng được và bài vẫn đăng được, nhưng hãy xem lại từng chỗ trên.",
        "Đã đọc 1 bài viết (1 đã đăng, 0 hẹn giờ đăng, 0 bản nháp), 4 chuyên mục.",
        "",
      ].join("\n"),
    );
    expect(run.status).toBe(0);
  });

  it("says with --fix that there is nothing to fix in a clean folder, then checks it", () => {
    const root = temporary(makeSite());
    const run = runCli("check", ["--fix"], root);
    expect(run.stdout).toBe("Không có chỗ nào sửa tự động được.\n\nKhông có lỗi: 0 bài viết (0 đã đăng, 0 hẹn giờ đăng, 0 bản nháp), 4 chuyên mục.\n");
    expect(run.status).toBe(0);
  });

  it("refuses an option it does not know", () => {
    const run = runCli("check", ["--sua"], REPO);
    expect(run.stderr).toBe("Lệnh có tùy chọn không hợp lệ (chỉ dùng --fix và --full).\nCách dùng: npm run check, hoặc npm run check -- --fix để tự sửa ngày giờ, tên trường… viết kiểu Việt Nam, hoặc npm run check -- --full để đọc lại mọi bài, không dùng bộ nhớ đệm.\n");
    expect(run.status).toBe(1);
  });
});

describe("npm run check on a file whose habits --fix knows but which has another error", () => {
  it("says the fix waits for the other error instead of promising it", () => {
    const root = temporary(makeSite());
    const dir = path.join(root, "content", "articles", "2026", "12");
    mkdirSync(dir, { recursive: true });
    const file = articleFile({ title: "Bài có ảnh thiếu", date: "02/12/2026 09:30", author: "Hồng Nhung", category: "Chính trị" }, '![Ảnh](/images/2026/12/khong-co.jpg "Chú thích.")');
    writeFileSync(path.join(dir, "anh-thieu.md"), file);
    const run = runCli("check", [], root);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      '"npm run check -- --fix": 1 chỗ trong 1 tệp sẽ sửa được sau khi sửa các lỗi khác của tệp đó (ngày giờ, tên trường, dấu cách, ngoặc kép viết kiểu Việt Nam).',
    );
  });
});

describe("npm run check -- --fix on an article saved outside content/articles/", () => {
  it("shows the fixes it would make, but writes nothing until the file is where the site reads it", () => {
    const root = temporary(makeSite());
    const dir = path.join(root, "content", "bai-viet");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "lac-cho.md");
    const text = articleFile({ title: "Bài lạc chỗ", date: "02/12/2026 09:30", author: "Hồng Nhung", category: "Chính trị" }, "Đoạn một.");
    writeFileSync(file, text);
    const run = runCli("check", ["--fix"], root);
    expect(run.stdout.split("\n").slice(0, 4)).toEqual([
      "content/bai-viet/lac-cho.md: chưa sửa tệp này, vì sau khi sửa vẫn còn lỗi khác (xem danh sách lỗi bên dưới); sửa các lỗi đó rồi chạy lại. Những chỗ sẽ sửa:",
      "content/bai-viet/lac-cho.md:3: ngày giờ viết kiểu Việt Nam thành năm-tháng-ngày giờ:phút",
      "  trước: date: 02/12/2026 09:30",
      "  sau:   date: 2026-12-02 09:30",
    ]);
    expect(run.stdout).toContain("content/bai-viet/lac-cho.md: bài này nằm ngoài content/articles/ nên không bao giờ được đăng; chuyển tệp tới content/articles/<năm>/<tháng>/lac-cho.md.");
    expect(readFileSync(file, "utf8")).toBe(text);
    expect(run.status).toBe(1);
  });
});

describe("npm run check -- --fix on Vietnamese habits", () => {
  const FIX_FIXTURE = path.join(REPO, "tests", "fixtures", "cli", "check-fix-vietnamese-habits");
  const ARTICLES = "content/articles/2026/12";
  const root = temporary(mkdtempSync(path.join(os.tmpdir(), "bao-tinh-fix-")));
  cpSync(FIX_FIXTURE, root, { recursive: true });
  const before = runCli("check", [], root);
  const run = runCli("check", ["--fix"], root);
  const again = runCli("check", ["--fix"], root);
  const read = (dir: string, name: string) => readFileSync(path.join(dir, ARTICLES, name));

  it("says, without --fix, how many problems --fix would fix now, and how many wait for a file's other errors", () => {
    expect(before.status).toBe(1);
    expect(before.stdout.trimEnd().split("\n").at(-1)).toBe(
      '"npm run check -- --fix" tự sửa được 6 chỗ trong 1 tệp (ngày giờ, tên trường, dấu cách, ngoặc kép viết kiểu Việt Nam); 1 chỗ trong 1 tệp sẽ sửa được sau khi sửa các lỗi khác của tệp đó; chạy lệnh đó để xem và sửa từng chỗ.',
    );
  });

  it("prints each change before and after, what it refused to guess, then the check of the fixed folder", () => {
    const loaded = loadContent({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public"), displayRoot: root });
    expect(run.stdout).toBe(
      [
        `${ARTICLES}/con-loi-khac.md: chưa sửa tệp này, vì sau khi sửa vẫn còn lỗi khác (xem danh sách lỗi bên dưới); sửa các lỗi đó rồi chạy lại. Những chỗ sẽ sửa:`,
        `${ARTICLES}/con-loi-khac.md:3: ngày giờ viết kiểu Việt Nam thành năm-tháng-ngày giờ:phút`,
        "  trước: date: 2-12-2026 9h30",
        "  sau:   date: 2026-12-02 09:30",
        `${ARTICLES}/nam-hai-chu-so.md:3: không tự sửa "date: 04/05/17 08:00": năm chỉ có 2 chữ số (04/05/17); ghi đủ bốn chữ số của năm, như 2017 chứ không phải 17.`,
        `${ARTICLES}/thoi-quen-viet-nam.md:3: tên trường "tieu_de" thành "title"; đặt giá trị có ": " trong ngoặc kép`,
        "  trước: tieu_de: Kỳ họp thứ 5 HĐND tỉnh: Đường về đích",
        '  sau:   title: "Kỳ họp thứ 5 HĐND tỉnh: Đường về đích"',
        `${ARTICLES}/thoi-quen-viet-nam.md:4: tên trường "ngay" thành "date"; ngày giờ viết kiểu Việt Nam thành năm-tháng-ngày giờ:phút`,
        "  trước: ngay: 01/12/2026 14:09",
        "  sau:   date: 2026-12-01 14:09",
        `${ARTICLES}/thoi-quen-viet-nam.md:5: tên trường "tác giả" thành "author"`,
        "  trước: tác giả: Hồng Nhung",
        "  sau:   author: Hồng Nhung",
        `${ARTICLES}/thoi-quen-viet-nam.md:6: tên trường "chuyen_muc" thành "category"`,
        "  trước: chuyen_muc: Chính trị",
        "  sau:   category: Chính trị",
        `${ARTICLES}/thoi-quen-viet-nam.md:7: ngoặc kép cong “ ” thành ngoặc thẳng`,
        "  trước: tags: [“HĐND tỉnh”, “Kỳ họp”]",
        '  sau:   tags: ["HĐND tỉnh", "Kỳ họp"]',
        `${ARTICLES}/thoi-quen-viet-nam.md:8: thêm dấu cách sau dấu hai chấm`,
        "  trước: source:Báo Quảng Ninh",
        "  sau:   source: Báo Quảng Ninh",
        "Đã sửa 6 chỗ trong 1 tệp.",
        "",
        formatReport(loaded.problems),
        "",
      ].join("\n"),
    );
    expect(run.status).toBe(1);
  });

  it("writes the fixed file exactly as expected, and it checks clean", () => {
    expect(read(root, "thoi-quen-viet-nam.md").toString("utf8")).toBe(readFileSync(path.join(FIX_FIXTURE, "expected", "thoi-quen-viet-nam.md"), "utf8"));
    const loaded = loadContent({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public"), displayRoot: root });
    expect(loaded.problems.filter((problem) => problem.file.endsWith("thoi-quen-viet-nam.md"))).toEqual([]);
    expect(loaded.content?.articles.map((article) => article.slug)).toEqual(["thoi-quen-viet-nam", "da-dung-dang"]);
  });

  it.each(["da-dung-dang.md", "nam-hai-chu-so.md", "con-loi-khac.md"])(
    "leaves %s byte for byte as it was: nothing to fix, a guess refused, or still failing once fixed",
    (name) => {
      expect(read(root, name).equals(read(path.join(FIX_FIXTURE), name))).toBe(true);
    },
  );

  it("finds nothing more to write when run again", () => {
    expect(again.stdout.split("\n\n")[0]?.split("\n").at(-1)).toBe("Chưa sửa tệp nào.");
    expect(read(root, "thoi-quen-viet-nam.md").toString("utf8")).toBe(readFileSync(path.join(FIX_FIXTURE, "expected", "thoi-quen-viet-nam.md"), "utf8"));
  });
});

describe("npm run check on the registers", () => {
  it("reports a broken register and an unknown place with their lines, and exits 1", () => {
    const root = temporary(makeSite());
    const content = path.join(root, "content");
    writeFileSync(path.join(content, "people.yaml"), "nguyen-van-doc:\n  name: Nguyễn Văn Đọc\n  offices:\n    - title: Bí thư Tỉnh ủy\n      body: tinh-uy-quang-ninh\n      from: 2017-04-20\n      to: 2016-01-01\n");
    mkdirSync(path.join(content, "articles", "2017", "04"), { recursive: true });
    writeFileSync(
      path.join(content, "articles", "2017", "04", "bai.md"),
      articleFile({ title: "Bài có địa danh", date: "2017-04-20 18:02", author: "Hồng Nhung", category: "Chính trị", places: "[Ha Lon]" }, "Đồng chí Nguyễn Văn Đọc phát biểu."),
    );
    const run = runCli("check", [], root);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("content/") && !line.includes("(cảnh báo)"))).toEqual([
      'content/articles/2017/04/bai.md:6 "places": cần một địa danh có trong content/places.yaml, nhận được "Ha Lon" (có phải là "ha-long", thành phố Hạ Long?)',
      'content/people.yaml:7 "to": cần ngày không trước "from" (2017-04-20), nhận được "2016-01-01": thời kỳ kết thúc trước khi bắt đầu',
    ]);
  });
});
