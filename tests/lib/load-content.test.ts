import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/load-content";
import { MAX_FILE_BYTES } from "../../lib/markdown-limits";
import { errorsOf, formatProblem, type Problem } from "../../lib/problem";
import { copySettings, TEST_MASTHEAD } from "../support/site-settings";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CASES = "tests/fixtures/content";

function loadCase(name: string) {
  const dir = path.join(ROOT, CASES, name);
  return loadContent({ contentDir: dir, publicDir: path.join(dir, "public"), displayRoot: ROOT });
}

/** What every file left in public/images/ is told, before what to run. */
const OLD_PLACE =
  "cần ảnh gốc trong content/images/ (bạn đọc chỉ nhận bản thu nhỏ của nó), nhận được tệp ở chỗ cũ public/images/, nơi mọi tệp được phục vụ nguyên vẹn cho bất kỳ ai, kể cả vị trí GPS và tên máy ảnh ghi trong tệp";

function shown(problem: Problem): string {
  return formatProblem(problem);
}

describe("loadContent on the real content folder", () => {
  const result = loadContent({ contentDir: path.join(ROOT, "content"), publicDir: path.join(ROOT, "public"), displayRoot: ROOT });

  it("loads with zero errors", () => {
    expect(errorsOf(result.problems).map(formatProblem)).toEqual([]);
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

  it("tags the seed with its places and finds its officials, bodies and decision in the order the body names them", () => {
    const seed = result.content?.articles[0];
    expect([seed?.places, seed?.mentions.map((mention) => `${mention.kind}:${mention.id}`)]).toEqual([
      ["ha-long", "quang-ninh"],
      [
        "body:ban-thuong-vu-tinh-uy-quang-ninh",
        "body:ban-dan-van-trung-uong",
        "person:ngo-thi-doan-thanh",
        "person:nguyen-van-doc",
        "body:tinh-uy-quang-ninh",
        "body:hdnd-tinh-quang-ninh",
        "body:ban-dan-van-tinh-uy-quang-ninh",
        "document:290-qd-tw",
        "body:bo-chinh-tri",
      ],
    ]);
  });

  it("reads the registers, with only what the seed states", () => {
    const registers = result.content?.registers;
    expect([registers?.people.size, registers?.bodies.size, registers?.documents.size, registers?.places.size]).toEqual([2, 6, 1, 2]);
    expect(registers?.documents.get("290-qd-tw")?.url).toBeUndefined();
    expect(registers?.places.get("ha-long")?.successors).toEqual([]);
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

  it("warns only that the legal masthead is still to be filled in: its eight fields ship empty, never invented", () => {
    expect(result.problems.map((problem) => [problem.file, problem.field, problem.severity])).toEqual(
      Object.keys(TEST_MASTHEAD).map((field) => ["content/site.yaml", field, "warning"]),
    );
    expect(result.content?.site.masthead).toEqual({});
  });

  it("reads the shipped front-page.yaml as no choice: the newest article leads", () => {
    expect(result.content?.frontPage).toEqual({ highlights: [] });
  });
});

describe("loadContent on video and audio files", () => {
  it("refuses a self-hosted video whose file is not in public/ (media-file-missing)", () => {
    expect(loadCase("media-file-missing").problems.map(formatProblem)).toEqual([
      `${CASES}/media-file-missing/articles/ky-hop.md:10 "src": không thấy tệp video /media/2017/04/khong-co.mp4 trong thư mục public/; kiểm tra tên tệp.`,
    ]);
  });

  it("refuses a poster that is not in content/images/, as it would a photo, at the poster's line and field (media-poster-missing)", () => {
    expect(loadCase("media-poster-missing").problems.map(formatProblem)).toEqual([
      `${CASES}/media-poster-missing/articles/ky-hop.md:12 "poster": không thấy ảnh /images/2017/04/khong-co.jpg (cần tệp ${CASES}/media-poster-missing/images/2017/04/khong-co.jpg); kiểm tra tên tệp ảnh, chữ hoa, chữ thường và đuôi .jpg/.jpeg.`,
    ]);
  });

  it("records each file's size and type, and the poster's size (media-files-present)", () => {
    const result = loadCase("media-files-present");
    expect(result.problems).toEqual([]);
    expect(result.content?.mediaFiles).toEqual(
      new Map([
        ["/media/2017/04/ky-hop.webm", { bytes: 2048, type: "video/webm" }],
        ["/media/2017/04/ban-tin.mp3", { bytes: 1024, type: "audio/mpeg" }],
      ]),
    );
    expect(result.content?.imageSizes.get("/images/2017/04/ky-hop.svg")).toMatchObject({ width: 1200, height: 800 });
  });

  it("warns about a video over 50 MB but still loads it (media-file-too-large, with a sparse file made here)", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-media-"));
    try {
      cpSync(path.join(ROOT, CASES, "media-file-too-large"), root, { recursive: true });
      mkdirSync(path.join(root, "public", "media", "2017", "04"), { recursive: true });
      // A sparse file: 51 MB long, almost no disk.
      const big = path.join(root, "public", "media", "2017", "04", "ky-hop.mp4");
      writeFileSync(big, "");
      truncateSync(big, 51 * 1024 * 1024);
      const result = loadContent({ contentDir: root, publicDir: path.join(root, "public"), displayRoot: root });
      expect(result.problems.map(formatProblem)).toEqual([
        'articles/ky-hop.md:10 "src": cần tệp video dưới 50 MB để bạn đọc trên mạng di động xem được (nén lại, hoặc đăng lên trang video rồi dẫn liên kết), nhận được /media/2017/04/ky-hop.mp4 nặng 51 MB (cảnh báo)',
      ]);
      expect(errorsOf(result.problems)).toEqual([]);
      expect(result.content?.mediaFiles.get("/media/2017/04/ky-hop.mp4")).toEqual({ bytes: 51 * 1024 * 1024, type: "video/mp4" });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
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

  it("refuses a photo missing from content/images/ at its line, and measures the one that is there", () => {
    const result = loadCase("missing-image");
    expect(result.problems.map(formatProblem)).toEqual([
      `${CASES}/missing-image/articles/doan-khao-sat.md:12: không thấy ảnh /images/2017/04/khong-co.svg (cần tệp ${CASES}/missing-image/images/2017/04/khong-co.svg); kiểm tra tên tệp ảnh, chữ hoa, chữ thường và đuôi .jpg/.jpeg.`,
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

  it("reports a missing site.yaml, gives no content, and still checks every article", () => {
    const result = loadCase("missing-site-yaml");
    expect(result.problems.map(formatProblem)).toEqual([`${CASES}/missing-site-yaml/site.yaml: thiếu tệp cấu hình này; xem content/README.md.`]);
    expect(result.content).toBeUndefined();
    expect(result.filesRead).toBe(1);
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

describe("loadContent's search for articles outside content/articles/", () => {
  it("does not walk the photo archive: a Markdown file among the originals is not reported (markdown-among-originals)", () => {
    const dir = `${CASES}/markdown-among-originals`;
    // It would be reported twice (stray, and its date) if the walk went into images/.
    expect(existsSync(path.join(ROOT, dir, "images/2017/04/ghi-chu-anh.md"))).toBe(true);
    const result = loadCase("markdown-among-originals");
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.content?.articles.map((article) => article.file)).toEqual([`${dir}/articles/doan-khao-sat.md`]);
  });
});

describe("loadContent on photo addresses that nearly name an original (photo-address-near-misses)", () => {
  const result = loadCase("photo-address-near-misses");
  const file = `${CASES}/photo-address-near-misses/articles/doan-khao-sat.md`;
  const refused = (url: string, hint: string) => `ảnh "${url}" phải là tệp trong thư mục content/images/, viết đường dẫn bắt đầu bằng /images/${hint}`;
  const meant = "; có phải là /images/2017/04/bi-thu-phat-bieu.svg?";

  it.each([
    { form: "the old folder, /public/images/…", line: 10, url: "/public/images/2017/04/bi-thu-phat-bieu.svg", hint: meant },
    { form: "the folder on disk, /content/images/…", line: 12, url: "/content/images/2017/04/bi-thu-phat-bieu.svg", hint: meant },
    { form: "a capital, /Images/…", line: 14, url: "/Images/2017/04/bi-thu-phat-bieu.svg", hint: meant },
    { form: "no leading slash, images/…", line: 16, url: "images/2017/04/bi-thu-phat-bieu.svg", hint: meant },
    { form: "a path relative to the article, ../../images/…", line: 18, url: "../../images/2017/04/bi-thu-phat-bieu.svg", hint: meant },
    { form: "the folder on disk and a typing mistake in the name", line: 20, url: "/content/images/2017/04/bi-thu-phat-beu.svg", hint: meant },
    { form: "the folder on disk and a name far from every file", line: 22, url: "/content/images/2017/04/khong-co.svg", hint: " (ví dụ /images/2017/04/anh.jpg)." },
  ])("refuses $form, asking whether the original it nearly names was meant", ({ line, url, hint }) => {
    expect(result.problems.filter((problem) => problem.line === line).map(formatProblem)).toEqual([`${file}:${line}: ${refused(url, hint)}`]);
  });

  it("says nothing else about the article", () => {
    expect(result.problems.map((problem) => problem.line)).toEqual([10, 12, 14, 16, 18, 20, 22]);
  });
});

describe("loadContent on more broken content folders, one per rule", () => {
  it.each([
    {
      rule: "reports a missing sections.yaml and gives no content",
      fixture: "missing-sections-yaml",
      expected: [`${CASES}/missing-sections-yaml/sections.yaml: thiếu tệp cấu hình này; xem content/README.md.`],
      articles: undefined,
    },
    {
      rule: "reports a register that is not a mapping and gives no content",
      fixture: "register-not-a-mapping",
      expected: [`${CASES}/register-not-a-mapping/people.yaml:1: cần các mục dạng \`nguyen-van-doc:\` rồi \`name: Nguyễn Văn Đọc\` thụt lề bên dưới, nhận được nội dung khác`],
      articles: undefined,
    },
    {
      rule: "reports a glossary that is not a mapping and gives no content",
      fixture: "glossary-not-a-mapping",
      expected: [`${CASES}/glossary-not-a-mapping/abbreviations.yaml:1: cần các dòng dạng \`BTV: Ban Thường vụ\`, nhận được nội dung khác`],
      articles: undefined,
    },
    {
      rule: "refuses a glossary saved in an old Vietnamese encoding, as it refuses such an article, and gives no content",
      fixture: "glossary-not-utf8",
      expected: [`${CASES}/glossary-not-utf8/abbreviations.yaml: tệp không phải UTF-8 (có thể gõ bằng bảng mã cũ TCVN3/VNI); mở bằng trình soạn thảo và lưu lại dạng UTF-8.`],
      articles: undefined,
    },
    {
      rule: "refuses a relative image address, one on another site and one outside /images/, each at its line",
      fixture: "image-outside-public",
      expected: [
        `${CASES}/image-outside-public/articles/doan-khao-sat.md:10: ảnh "anh-doan-khao-sat.jpg" phải là tệp trong thư mục content/images/, viết đường dẫn bắt đầu bằng /images/ (ví dụ /images/2017/04/anh.jpg).`,
        `${CASES}/image-outside-public/articles/doan-khao-sat.md:12: ảnh "https://baoquangninh.vn/anh/doan-khao-sat.jpg" phải là tệp trong thư mục content/images/, viết đường dẫn bắt đầu bằng /images/ (ví dụ /images/2017/04/anh.jpg).`,
        `${CASES}/image-outside-public/articles/doan-khao-sat.md:14: ảnh "/logo.png" phải là tệp trong thư mục content/images/, viết đường dẫn bắt đầu bằng /images/ (ví dụ /images/2017/04/anh.jpg).`,
      ],
      articles: [`${CASES}/image-outside-public/articles/doan-khao-sat.md`],
    },
    {
      rule: "refuses a file name with no letter or digit to make a slug from",
      fixture: "file-name-without-letters",
      expected: [`${CASES}/file-name-without-letters/articles/_.md: tên tệp phải có chữ hoặc số để làm đường dẫn, ví dụ btv-tinh-uy-lam-viec.md.`],
      articles: [`${CASES}/file-name-without-letters/articles/ky-hop-thu-5.md`],
    },
    {
      // In two folders, so the fixture checks out on case-insensitive file systems too.
      rule: "refuses two file names that differ only by case, as one slug",
      fixture: "file-names-differing-by-case",
      expected: [
        `${CASES}/file-names-differing-by-case/articles/2017/05/doan-khao-sat.md: trùng đường dẫn /bai-viet/doan-khao-sat với ${CASES}/file-names-differing-by-case/articles/2017/04/Doan-Khao-Sat.md; đổi tên một trong hai tệp.`,
      ],
      articles: [`${CASES}/file-names-differing-by-case/articles/2017/04/Doan-Khao-Sat.md`],
    },
    {
      rule: "reports a tag whose slug an earlier file's different tag has, naming both, but not other spellings of one name",
      fixture: "names-colliding-across-files",
      expected: [
        `${CASES}/names-colliding-across-files/articles/2017/05/lap-trinh-c-thang.md:6 "tags": chủ đề "C#" trùng đường dẫn /the/c với chủ đề "C++" (ở ${CASES}/names-colliding-across-files/articles/2017/04/lap-trinh-c-cong-cong.md); hai tên khác nhau sẽ gộp thành một trang. Đổi tên một trong hai (ví dụ "C++" thành "Cpp").`,
      ],
      articles: [`${CASES}/names-colliding-across-files/articles/2017/05/lap-trinh-c-thang.md`, `${CASES}/names-colliding-across-files/articles/2017/04/lap-trinh-c-cong-cong.md`],
    },
    {
      rule: "refuses a site name with a bidi override, as it refuses one in a title",
      fixture: "site-name-with-bidi",
      expected: [`${CASES}/site-name-with-bidi/site.yaml:1 "name": "name" có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại "name".`],
      articles: undefined,
    },
    {
      rule: "reads an article whose front matter is wrong to the end, so a missing photo is reported with the bad date",
      fixture: "bad-date-and-missing-image",
      expected: [
        `${CASES}/bad-date-and-missing-image/articles/doan-khao-sat.md:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "2017-02-30 18:02" (tháng 2/2017 không có ngày 30)`,
        `${CASES}/bad-date-and-missing-image/articles/doan-khao-sat.md:10: không thấy ảnh /images/2017/04/anh-sai-duong-dan.svg (cần tệp ${CASES}/bad-date-and-missing-image/images/2017/04/anh-sai-duong-dan.svg); kiểm tra tên tệp ảnh, chữ hoa, chữ thường và đuôi .jpg/.jpeg.`,
      ],
      articles: [],
    },
    {
      rule: "suggests the existing photo whose name is nearest to a missing one",
      fixture: "missing-image-with-a-near-name",
      expected: [
        `${CASES}/missing-image-with-a-near-name/articles/doan-khao-sat.md:10: không thấy ảnh /images/2017/04/bi-thu-phat-beu.svg (cần tệp ${CASES}/missing-image-with-a-near-name/images/2017/04/bi-thu-phat-beu.svg); có phải là /images/2017/04/bi-thu-phat-bieu.svg?`,
      ],
      articles: [`${CASES}/missing-image-with-a-near-name/articles/doan-khao-sat.md`],
    },
    {
      rule: "looks for a photo with no alt text, so a missing file is reported with the missing alt",
      fixture: "missing-alt-and-missing-image",
      expected: [
        `${CASES}/missing-alt-and-missing-image/articles/doan-khao-sat.md:10: ảnh /images/2017/04/khong-co.svg thiếu mô tả (alt): viết ![mô tả ảnh](/images/2017/04/khong-co.svg "Chú thích").`,
        `${CASES}/missing-alt-and-missing-image/articles/doan-khao-sat.md:10: không thấy ảnh /images/2017/04/khong-co.svg (cần tệp ${CASES}/missing-alt-and-missing-image/images/2017/04/khong-co.svg); kiểm tra tên tệp ảnh, chữ hoa, chữ thường và đuôi .jpg/.jpeg.`,
      ],
      articles: [],
    },
    {
      rule: "still checks a file whose slug another file has, so its own problems come out in the same run",
      fixture: "duplicate-slug-second-file-still-checked",
      expected: [
        `${CASES}/duplicate-slug-second-file-still-checked/articles/2017/05/doan-khao-sat.md: trùng đường dẫn /bai-viet/doan-khao-sat với ${CASES}/duplicate-slug-second-file-still-checked/articles/2017/04/doan-khao-sat.md; đổi tên một trong hai tệp.`,
        `${CASES}/duplicate-slug-second-file-still-checked/articles/2017/05/doan-khao-sat.md:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "2017-02-30 18:02" (tháng 2/2017 không có ngày 30)`,
      ],
      articles: [`${CASES}/duplicate-slug-second-file-still-checked/articles/2017/04/doan-khao-sat.md`],
    },
    {
      rule: "still checks the front matter of a body past the Markdown limits, without parsing the body",
      fixture: "nesting-limit-and-bad-date",
      expected: [
        `${CASES}/nesting-limit-and-bad-date/articles/trich-dan-long-sau.md:10: trích dẫn hoặc danh sách lồng nhau quá sâu (21 tầng, tối đa 20); hãy bỏ bớt dấu > hoặc thụt lề.`,
        `${CASES}/nesting-limit-and-bad-date/articles/trich-dan-long-sau.md:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "2017-02-30 18:02" (tháng 2/2017 không có ngày 30)`,
      ],
      articles: [],
    },
    {
      rule: "still checks every article when site.yaml is broken, reading dates in Vietnam's time",
      fixture: "site-yaml-broken-articles-still-checked",
      expected: [
        `${CASES}/site-yaml-broken-articles-still-checked/site.yaml:3 "timeZone": cần tên múi giờ IANA như Asia/Ho_Chi_Minh, nhận được "Asia/Ha_Noi"`,
        `${CASES}/site-yaml-broken-articles-still-checked/articles/doan-khao-sat.md:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "2017-02-30 18:02" (tháng 2/2017 không có ngày 30)`,
      ],
      articles: undefined,
    },
    {
      rule: "still checks every article when sections.yaml is broken, all but the category",
      fixture: "sections-yaml-broken-articles-still-checked",
      expected: [
        `${CASES}/sections-yaml-broken-articles-still-checked/sections.yaml:2 "name (mục 2)": cần tên chuyên mục không trùng, nhận được "Chính trị"`,
        `${CASES}/sections-yaml-broken-articles-still-checked/articles/doan-khao-sat.md:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "2017-02-30 18:02" (tháng 2/2017 không có ngày 30)`,
      ],
      articles: undefined,
    },
    {
      rule: "refuses a link to an original, which is never served, but not the photo it shows nor a definition only a photo uses",
      fixture: "link-to-original",
      expected: [
        [8, "/images/2017/04/doan-khao-sat.svg"],
        [10, "/images/2017/04/doan-khao-sat.svg"],
        [16, "/images/2017/04/doan-khao-sat.svg?tai=1"],
        [19, "/Images/2017/04/doan-khao-sat.svg"],
      ].map(
        ([line, url]) =>
          `${CASES}/link-to-original/articles/doan-khao-sat.md:${line}: liên kết tới ${url} nhưng ảnh gốc không bao giờ được phục vụ: bạn đọc bấm vào sẽ gặp trang 404 "Không tìm thấy trang". Bỏ liên kết; muốn hiện ảnh, viết ![mô tả ảnh](/images/2017/04/doan-khao-sat.svg "Chú thích") trên một dòng riêng.`,
      ),
      articles: [`${CASES}/link-to-original/articles/doan-khao-sat.md`],
    },
    {
      rule: "refuses every file left in public/images/, shown by an article or not, naming the git mv to run, or the git rm when content/images/ has it already",
      fixture: "photos-left-in-public",
      expected: [
        `${CASES}/photos-left-in-public/public/images/2017/04/chua-chuyen.svg: ${OLD_PLACE}; chuyển tệp: git mv ${CASES}/photos-left-in-public/public/images/2017/04/chua-chuyen.svg ${CASES}/photos-left-in-public/images/2017/04/chua-chuyen.svg`,
        `${CASES}/photos-left-in-public/public/images/2017/04/da-chuyen.svg: ${OLD_PLACE}; ${CASES}/photos-left-in-public/images/2017/04/da-chuyen.svg đã có đúng tệp này, nên xóa bản ở chỗ cũ: git rm ${CASES}/photos-left-in-public/public/images/2017/04/da-chuyen.svg`,
        `${CASES}/photos-left-in-public/public/images/2017/04/trung-ten.svg: ${OLD_PLACE}; ${CASES}/photos-left-in-public/images/2017/04/trung-ten.svg đã có một tệp khác cùng tên: so hai ảnh, giữ bản đúng ở ${CASES}/photos-left-in-public/images/2017/04/trung-ten.svg, rồi xóa bản ở chỗ cũ: git rm ${CASES}/photos-left-in-public/public/images/2017/04/trung-ten.svg`,
      ],
      articles: [`${CASES}/photos-left-in-public/articles/doan-khao-sat.md`],
    },
    {
      rule: "refuses article files outside content/articles/, naming where each belongs, and leaves other Markdown (a README) unjudged",
      fixture: "stray-articles",
      expected: [
        `${CASES}/stray-articles/bai-viet/2017/doan-khao-sat.md: bài này nằm ngoài content/articles/ nên không bao giờ được đăng; chuyển tệp tới ${CASES}/stray-articles/articles/<năm>/<tháng>/doan-khao-sat.md.`,
        `${CASES}/stray-articles/bai-viet/2017/doan-khao-sat.md:3 "date": cần ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z, nhận được "20/4/2017" (không đúng dạng)`,
        `${CASES}/stray-articles/ky-hop-thu-5.md: bài này nằm ngoài content/articles/ nên không bao giờ được đăng; chuyển tệp tới ${CASES}/stray-articles/articles/2017/05/ky-hop-thu-5.md.`,
      ],
      articles: [`${CASES}/stray-articles/articles/bai-dung-cho.md`],
    },
  ])("$rule ($fixture)", ({ fixture, expected, articles }) => {
    const result = loadCase(fixture);
    expect(result.problems.map(formatProblem)).toEqual(expected);
    expect(result.content?.articles.map((article) => article.file)).toEqual(articles);
  });
});

describe("loadContent on files made at run time: too large, pathological, or named in two Unicode forms", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  /** A fresh folder with the real settings (the masthead filled in) and the given articles (paths under articles/); paths in messages start at content/. */
  function site(articles: Readonly<Record<string, string>>) {
    const root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-load-"));
    roots.push(root);
    const contentDir = path.join(root, "content");
    mkdirSync(path.join(contentDir, "articles"), { recursive: true });
    copySettings(contentDir, ["sections.yaml"]);
    for (const [name, text] of Object.entries(articles)) {
      const file = path.join(contentDir, "articles", name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    return { root, load: () => loadContent({ contentDir, publicDir: path.join(root, "public"), displayRoot: root }) };
  }

  const article = (title: string, body = "") =>
    `---\ntitle: ${title}\ndate: 2017-04-20 18:02\nauthor: Hồng Nhung\ncategory: Chính trị\n---\n\nChiều 20/4, tại TP Hạ Long, BTV Tỉnh ủy đã làm việc với Đoàn khảo sát.\n${body}`;
  /** A valid article padded with a paragraph of `a` to exactly `bytes` bytes of UTF-8. */
  const articleOfSize = (bytes: number) => {
    const text = article("Bài rất dài", "\n");
    return `${text}${"a".repeat(bytes - Buffer.byteLength(text) - 1)}\n`;
  };
  const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");

  it("refuses a file over 512 KB with its size, without reading it as an article", () => {
    const { load } = site({ "2017/04/bai-qua-lon.md": articleOfSize(600 * 1024) });
    const result = load();
    expect(result.problems.map(formatProblem)).toEqual([
      "content/articles/2017/04/bai-qua-lon.md: tệp quá lớn (600 KB, tối đa 512 KB); hãy tách bài hoặc bỏ nội dung thừa.",
    ]);
    expect(result.content?.articles).toEqual([]);
  });

  it("reports symbolic links in content/articles/, to a file or a folder, instead of skipping them", () => {
    const { root, load } = site({ "2017/04/doan-khao-sat.md": article("Đoàn khảo sát làm việc tại Quảng Ninh") });
    const outside = path.join(root, "ngoai");
    mkdirSync(outside);
    writeFileSync(path.join(outside, "bai-ngoai.md"), article("Bài nằm ngoài thư mục nội dung"));
    symlinkSync(path.join(outside, "bai-ngoai.md"), path.join(root, "content", "articles", "2017", "04", "bai-lien-ket.md"));
    symlinkSync(outside, path.join(root, "content", "articles", "2018"));
    const message = "đây là liên kết tượng trưng (symlink), không phải tệp thật; trang không đọc liên kết trong content/. Chép tệp thật vào đây thay cho liên kết.";
    const result = load();
    expect(result.problems.map(formatProblem)).toEqual([`content/articles/2017/04/bai-lien-ket.md: ${message}`, `content/articles/2018: ${message}`]);
    expect(result.content?.articles.map((item) => item.slug)).toEqual(["doan-khao-sat"]);
  });

  it("accepts a file of exactly 512 KB", () => {
    const { load } = site({ "2017/04/bai-vua-du.md": articleOfSize(MAX_FILE_BYTES) });
    const result = load();
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.content?.articles.map((item) => item.slug)).toEqual(["bai-vua-du"]);
  });

  it("refuses two file names that differ only by Unicode form (NFC and NFD), as one slug", () => {
    const { root, load } = site({
      [`2017/04/${"Đoàn-khảo-sát.md".normalize("NFC")}`]: article("Đoàn khảo sát làm việc tại Quảng Ninh"),
      [`2017/05/${"Đoàn-khảo-sát.md".normalize("NFD")}`]: article("Đoàn khảo sát trở lại Quảng Ninh"),
    });
    // Named as the file system stores them: some file systems store every name in one form.
    const stored = (month: string) => `content/articles/2017/${month}/${readdirSync(path.join(root, "content", "articles", "2017", month))[0] ?? ""}`;
    expect(load().problems.map(formatProblem)).toEqual([
      `${stored("05")}: trùng đường dẫn /bai-viet/doan-khao-sat với ${stored("04")}; đổi tên một trong hai tệp.`,
    ]);
  });

  describe("with both names in one folder, where the file system keeps them apart", () => {
    const pairs = [
      ["case", "Doan-Khao-Sat.md", "doan-khao-sat.md"],
      ["Unicode form", "Đoàn-khảo-sát.md".normalize("NFC"), "Đoàn-khảo-sát.md".normalize("NFD")],
    ] as const;
    for (const [kind, first, second] of pairs) {
      const { root, load } = site({ [`2017/04/${first}`]: article("Đoàn khảo sát làm việc tại Quảng Ninh"), [`2017/04/${second}`]: article("Đoàn khảo sát trở lại Quảng Ninh") });
      // macOS and Windows fold case, and APFS folds Unicode form: there the second write replaced the first.
      const names = readdirSync(path.join(root, "content", "articles", "2017", "04")).sort();

      it.skipIf(names.length < 2)(`refuses two names in one folder that differ only by ${kind}`, () => {
        const [kept, refused] = names.map((name) => `content/articles/2017/04/${name}`);
        expect(load().problems.map(formatProblem)).toEqual([`${refused}: trùng đường dẫn /bai-viet/doan-khao-sat với ${kept}; đổi tên một trong hai tệp.`]);
      });
    }
  });

  it("returns the alias-bomb problem once per line instead of expanding the bomb (yaml-alias-bomb.md)", () => {
    const { load } = site({ "2017/04/bom-alias.md": fixture("yaml-alias-bomb.md") });
    const result = load();
    const lines = [2, 3, 4, 5, 6, 7, 8, 9];
    expect(result.problems.map(formatProblem)).toEqual(
      lines.map((line) => `content/articles/2017/04/bom-alias.md:${line}: không dùng anchor/alias YAML (&tên, *tên); hãy viết giá trị trực tiếp.`),
    );
    expect(result.content?.articles).toEqual([]);
  });

  it("returns the nesting problem for a quote 200,000 levels deep, before the Markdown parser sees it", () => {
    const { load } = site({ "2017/04/trich-dan-200000-tang.md": article("Trích dẫn lồng sâu", `\n${">".repeat(200_000)} Trích dẫn.\n`) });
    expect(load().problems.map(formatProblem)).toEqual([
      "content/articles/2017/04/trich-dan-200000-tang.md:10: trích dẫn hoặc danh sách lồng nhau quá sâu (200000 tầng, tối đa 20); hãy bỏ bớt dấu > hoặc thụt lề.",
    ]);
  });

  // The run of markers is refused before the (quadratic) Markdown parser ever sees it.
  it("returns the problem for 10,000 * on each side of a word instead of throwing (pathological-emphasis.md)", () => {
    const { load } = site({ "2017/04/nhan-manh-qua-muc.md": fixture("pathological-emphasis.md") });
    const result = load();
    expect(result.problems.map(formatProblem)).toEqual([
      "content/articles/2017/04/nhan-manh-qua-muc.md:10: có 10000 dấu định dạng (*, _ hoặc ~) liền nhau (tối đa 32); hãy xóa các dấu thừa.",
    ]);
    expect(result.content?.articles).toEqual([]);
  }, 60_000);
});
