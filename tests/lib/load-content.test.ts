import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../lib/load-content";
import { formatProblem, type Problem } from "../../lib/problem";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CASES = "tests/fixtures/content";

function loadCase(name: string) {
  const dir = path.join(ROOT, CASES, name);
  return loadContent({ contentDir: dir, publicDir: path.join(dir, "public"), displayRoot: ROOT });
}

function shown(problem: Problem): string {
  return formatProblem(problem);
}

describe("loadContent on the real content folder", () => {
  const result = loadContent({ contentDir: path.join(ROOT, "content"), publicDir: path.join(ROOT, "public"), displayRoot: ROOT });

  it("loads with zero problems", () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.content).toBeDefined();
  });

  it("reads every article file once", () => {
    expect(result.filesRead).toBe(1);
  });

  it("holds exactly the seed article, as written", () => {
    const articles = result.content?.articles ?? [];
    expect(articles).toHaveLength(1);
    const [seed] = articles;
    expect(seed?.title).toBe("BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương");
    expect(seed?.slug).toBe("btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong");
    expect(seed?.file).toBe("content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md");
    expect(seed?.authors).toEqual(["Hồng Nhung"]);
    expect(seed?.published.toISOString()).toBe("2017-04-20T11:02:00.000Z");
    expect(seed?.section.slug).toBe("chinh-tri");
    expect(seed?.tags).toEqual(["Dân vận", "Quảng Ninh", "Hệ thống chính trị"]);
    expect(seed?.source).toBe("Báo Quảng Ninh");
    expect(seed?.draft).toBe(false);
  });

  it("gives the seed article three photos, each with alt text and a caption", () => {
    const images = result.content?.articles[0]?.images ?? [];
    expect(images.map((image) => image.src)).toEqual([
      "/images/2017/04/btv-tinh-uy-lam-viec-1.svg",
      "/images/2017/04/btv-tinh-uy-lam-viec-2.svg",
      "/images/2017/04/btv-tinh-uy-lam-viec-3.svg",
    ]);
    for (const image of images) {
      expect(image.alt.trim()).not.toBe("");
      expect(image.caption?.trim()).toBeTruthy();
    }
  });

  it("measures every photo the seed article uses", () => {
    expect([...(result.content?.imageSizes.keys() ?? [])].sort()).toEqual([
      "/images/2017/04/btv-tinh-uy-lam-viec-1.svg",
      "/images/2017/04/btv-tinh-uy-lam-viec-2.svg",
      "/images/2017/04/btv-tinh-uy-lam-viec-3.svg",
    ]);
  });

  it("reads the site settings and the four sections", () => {
    expect(result.content?.site).toMatchObject({ name: "Báo Tỉnh", baseUrl: "https://baotinh.vn", timeZone: "Asia/Ho_Chi_Minh" });
    expect(result.content?.sections.map((section) => section.slug)).toEqual(["chinh-tri", "kinh-te", "xa-hoi", "van-hoa"]);
  });
});

describe("loadContent on broken content", () => {
  it("refuses a second file with the same slug, naming both files", () => {
    const result = loadCase("duplicate-slug");
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/duplicate-slug/articles/2017/05/doan-khao-sat.md: trùng đường dẫn /bai-viet/doan-khao-sat với ${CASES}/duplicate-slug/articles/2017/04/doan-khao-sat.md; đổi tên một trong hai tệp.`,
    ]);
    expect(result.content?.articles.map((article) => article.file)).toEqual([`${CASES}/duplicate-slug/articles/2017/04/doan-khao-sat.md`]);
    expect(result.filesRead).toBe(2);
  });

  it("refuses a file in articles/ that is not Markdown", () => {
    const result = loadCase("non-markdown-file");
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/non-markdown-file/articles/ghi-chu.txt: tệp trong content/articles/ phải có đuôi .md; đổi tên hoặc chuyển tệp này ra ngoài.`,
    ]);
    expect(result.content?.articles.map((article) => article.slug)).toEqual(["doan-khao-sat"]);
    expect(result.filesRead).toBe(2);
  });

  it("refuses a file that is not UTF-8 instead of showing mojibake", () => {
    const result = loadCase("invalid-utf8");
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/invalid-utf8/articles/bang-ma-cu.md: tệp không phải UTF-8 (có thể gõ bằng bảng mã cũ TCVN3/VNI); mở bằng trình soạn thảo và lưu lại dạng UTF-8.`,
    ]);
    expect(result.content?.articles.map((article) => article.slug)).toEqual(["doan-khao-sat"]);
    expect(result.filesRead).toBe(2);
  });

  it("refuses a photo missing from public/ at its line, and measures the one that is there", () => {
    const result = loadCase("missing-image");
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/missing-image/articles/doan-khao-sat.md:12: không thấy ảnh /images/2017/04/khong-co.svg trong thư mục public/; kiểm tra tên tệp ảnh.`,
    ]);
    expect([...(result.content?.imageSizes.keys() ?? [])]).toEqual(["/images/2017/04/co-that.svg"]);
    expect(result.content?.imageSizes.get("/images/2017/04/co-that.svg")).toMatchObject({ width: 1200, height: 800 });
  });

  it("refuses a link to an article that does not exist, and accepts one that does", () => {
    const result = loadCase("link-to-missing-article");
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/link-to-missing-article/articles/doan-khao-sat.md:10: liên kết tới /bai-viet/khong-co-bai-nay nhưng không có bài nào có đường dẫn đó.`,
    ]);
  });

  it("refuses a quote nested too deeply before parsing it", () => {
    const result = loadCase("deeply-nested-quote");
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/deeply-nested-quote/articles/trich-dan-long-sau.md:10: trích dẫn hoặc danh sách lồng nhau quá sâu (21 tầng, tối đa 20); hãy bỏ bớt dấu > hoặc thụt lề.`,
    ]);
    expect(result.content?.articles).toEqual([]);
  });

  it("reports a missing site.yaml and reads no articles", () => {
    const result = loadCase("missing-site-yaml");
    expect(result.problems.map(formatProblem)).toEqual([`${CASES}/missing-site-yaml/site.yaml: thiếu tệp cấu hình này; xem content/README.md.`]);
    expect(result.content).toBeUndefined();
    expect(result.filesRead).toBe(0);
  });
});

describe("loadContent with bad files among good ones", () => {
  const result = loadCase("bad-files-among-good");
  const dir = `${CASES}/bad-files-among-good/articles`;

  it("collects every problem from every bad file", () => {
    expect(result.problems.map(shown)).toEqual([
      `${dir}/2017/04/thieu-tieu-de.md:1 "title": cần trường "title" (bắt buộc), nhận được không có`,
      `${dir}/2017/04/thieu-tieu-de.md:5 "draft": cần true hoặc false, nhận được "maybe"`,
      `${dir}/2017/05/ngay-khong-co-that.md:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "2017-02-30 08:00" (tháng 2/2017 không có ngày 30)`,
      `${dir}/2017/05/ngay-khong-co-that.md:5 "category": cần một chuyên mục đã khai báo trong content/sections.yaml (Chính trị, Kinh tế), nhận được "Thể thao"`,
    ]);
  });

  it("still returns the good articles, newest first", () => {
    expect(result.content?.articles.map((article) => article.file)).toEqual([
      `${dir}/2017/04/doan-khao-sat.md`,
      `${dir}/2017/04/ky-hop-thu-5.md`,
    ]);
  });

  it("counts every file it read, good and bad", () => {
    expect(result.filesRead).toBe(4);
  });
});
