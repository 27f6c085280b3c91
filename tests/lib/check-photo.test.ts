import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPhoto, COLUMN_WIDTH, MAX_BYTES, MAX_PIXELS } from "../../lib/check-photo";
import { loadContent, type LoadResult } from "../../lib/load-content";
import type { PhotoFacts } from "../../lib/parse-photo-header";
import { errorsOf, formatProblem, warningsOf } from "../../lib/problem";
import { cameraPhoto, heicHeader, jpegHeaderClaiming } from "../support/camera-photos";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURE = path.join(ROOT, "tests", "fixtures", "content", "photo-checks");
const ARTICLES = "content/articles";
const IMAGES = "content/images/2024/05";

// The fixture's articles are committed; the photos they show are made here, with sharp,
// as real files (a truncated camera JPEG, a CMYK one…), so that the check reads them the
// way it reads an editor's.
async function photos(): Promise<Record<string, Buffer>> {
  const camera = await cameraPhoto({ width: 1600, height: 1067, metadata: true });
  const frames = Buffer.alloc(700 * 300 * 3);
  for (let at = 0; at < frames.length; at++) frames[at] = at < frames.length / 3 ? 240 : at < (2 * frames.length) / 3 ? 120 : 20;
  return {
    "bi-cat-cut.jpg": camera.subarray(0, Math.floor(camera.length * 0.6)),
    "ghi-chu.jpg": Buffer.from("Đây là ghi chú, không phải ảnh.\n"),
    "quet.jpg": await sharp(await cameraPhoto({ width: 800, height: 600 })).tiff().toBuffer(),
    "hong.jpg": Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78]),
    "qua-lon.jpg": jpegHeaderClaiming(10_000, 8_000),
    // A whole, small JPEG padded to more than 30 MB, ending with its end marker.
    "qua-nang.jpg": Buffer.concat([await cameraPhoto({ width: 800, height: 600 }), Buffer.alloc(MAX_BYTES + 1024), Buffer.from([0xff, 0xd9])]),
    "iphone.heic": heicHeader(4032, 3024),
    "in-an.jpg": await cameraPhoto({ width: 800, height: 600, cmyk: true }),
    "nho.jpg": await cameraPhoto({ width: 300, height: 200 }),
    "dong.gif": await sharp(frames, { raw: { width: 700, height: 300, channels: 3, pageHeight: 100 } }).gif().toBuffer(),
    "chup-man-hinh.png": await sharp({ create: { width: 1280, height: 800, channels: 4, background: { r: 240, g: 240, b: 240, alpha: 0.5 } } }).png().toBuffer(),
    "dung-doc.jpg": await cameraPhoto({ width: 1600, height: 1200, orientation: 6, metadata: true }),
    // A raster embedded in a stylesheet, where no <image> element can be taken out.
    "so-do.svg": Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><style>rect{fill:url(data:image/png;base64,iVBORw0KGgo=)}</style><rect width="800" height="400"/></svg>'),
  };
}

let root = "";
let result: LoadResult;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-photo-checks-"));
  cpSync(FIXTURE, path.join(root, "content"), { recursive: true });
  mkdirSync(path.join(root, IMAGES), { recursive: true });
  for (const [name, bytes] of Object.entries(await photos())) writeFileSync(path.join(root, IMAGES, name), bytes);
  // The one photo still where photos used to live.
  mkdirSync(path.join(root, "public", "images", "2024", "05"), { recursive: true });
  writeFileSync(path.join(root, "public", "images", "2024", "05", "cho-cu.jpg"), await cameraPhoto({ width: 800, height: 600 }));
  result = loadContent({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public"), displayRoot: root });
}, 120_000);

afterAll(() => {
  if (root !== "") rmSync(root, { recursive: true, force: true });
});

describe("npm run check's photo rules, one fixture each", () => {
  const at = (article: string) => `${ARTICLES}/${article}.md:10:`;

  it.each([
    ["a truncated camera JPEG", "anh-bi-cat-cut", "bi-cat-cut.jpg", `cần tệp ảnh trọn vẹn, nhận được tệp bị cắt cụt (chỉ có %KB% KB, thiếu phần cuối); chép lại tệp gốc từ máy ảnh hoặc điện thoại.`],
    ["a text file named .jpg", "anh-khong-phai-anh", "ghi-chu.jpg", "cần ảnh JPEG, PNG, WebP, AVIF, GIF hoặc SVG, nhận được một tệp không phải ảnh; mở tệp bằng phần mềm ảnh và lưu (xuất) lại thành JPEG."],
    ["a TIFF named .jpg", "anh-tiff", "quet.jpg", "cần ảnh JPEG, PNG, WebP, AVIF, GIF hoặc SVG, nhận được tệp TIFF; mở tệp bằng phần mềm ảnh và lưu (xuất) lại thành JPEG."],
    ["a JPEG whose header is damaged", "anh-hong", "hong.jpg", "cần một tệp ảnh đọc được, nhận được tệp hỏng (không đọc được kích thước ảnh); mở thử bằng trình xem ảnh; nếu không mở được, chép lại tệp gốc từ máy ảnh hoặc điện thoại."],
    ["a header claiming 10,000 × 8,000 pixels", "anh-qua-lon", "qua-lon.jpg", "cần ảnh tối đa 50 triệu điểm ảnh, nhận được 10000 × 8000 điểm ảnh (80,0 triệu); thu nhỏ ảnh để cạnh dài khoảng 6000 điểm ảnh rồi chép lại."],
    ["a file of more than 30 MB", "anh-qua-nang", "qua-nang.jpg", "cần ảnh nặng tối đa 30 MB, nhận được %MB% MB; xuất lại thành JPEG chất lượng khoảng 90%."],
    [
      "an iPhone HEIC",
      "anh-iphone",
      "iphone.heic",
      'cần ảnh JPEG, PNG, WebP, AVIF, GIF hoặc SVG, nhận được ảnh HEIC của iPhone (trình duyệt không hiển thị được); trên iPhone chọn Cài đặt › Camera › Định dạng › "Tương thích nhất" rồi gửi lại ảnh, hoặc mở ảnh trên máy tính và xuất thành JPEG; chép tệp .jpg vào và sửa đuôi trong bài.',
    ],
    [
      "a drawing with a raster embedded where it cannot be taken out",
      "anh-ve-nhung-anh",
      "so-do.svg",
      "cần bản vẽ SVG không có ảnh nhúng ngoài thẻ <image>, nhận được ảnh nhúng (data:image/…) ở chỗ không gỡ ra được; xuất lại bản vẽ mà không nhúng ảnh, hoặc đưa ảnh vào bài thành một ảnh riêng.",
    ],
  ])("refuses %s, naming the article, its line, the photo and its file", (_name, article, file, message) => {
    const lines = errorsOf(result.problems).map(formatProblem).filter((text) => text.startsWith(at(article)));
    // Sizes in KB and MB depend on the encoder; everything else is exact.
    const pattern = `^${escapeRegExp(`${at(article)} ảnh /images/2024/05/${file} (${IMAGES}/${file}): ${message}`)}$`;
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(pattern.replace("%KB%", "\\d+").replace("%MB%", "\\d+,\\d")));
  });

  it.each([
    ["a CMYK JPEG, which is converted", "anh-cmyk", "ảnh /images/2024/05/in-an.jpg dùng hệ màu CMYK (của bản in); trang tự chuyển sang màu sRGB cho màn hình, màu có thể hơi khác bản in."],
    ["a photo narrower than the column", "anh-nho", `ảnh /images/2024/05/nho.jpg chỉ rộng 300 điểm ảnh, hẹp hơn cột bài (${COLUMN_WIDTH}): ảnh sẽ hiện nhỏ; nếu có, dùng ảnh gốc rộng ít nhất 1280 điểm ảnh.`],
    ["an animated GIF, of which the first frame is shown", "anh-dong", "ảnh /images/2024/05/dong.gif là ảnh động; trang chỉ hiện khung hình đầu tiên, như một ảnh tĩnh."],
  ])("warns about %s, without failing", (_name, article, message) => {
    expect(warningsOf(result.problems).map(formatProblem).filter((text) => text.startsWith(at(article)))).toEqual([`${at(article)} ${message} (cảnh báo)`]);
  });

  it("tells the editor of a photo still in public/images/ where it goes now, and how to move it, at the article's line and on the file itself", () => {
    expect(result.problems.map(formatProblem).filter((text) => text.startsWith(at("anh-cho-cu")) || text.startsWith("public/"))).toEqual([
      "public/images/2024/05/cho-cu.jpg: cần ảnh gốc trong content/images/ (bạn đọc chỉ nhận bản thu nhỏ của nó), nhận được tệp ở chỗ cũ public/images/, nơi mọi tệp được phục vụ nguyên vẹn cho bất kỳ ai, kể cả vị trí GPS và tên máy ảnh ghi trong tệp; chuyển tệp: git mv public/images/2024/05/cho-cu.jpg content/images/2024/05/cho-cu.jpg",
      `${at("anh-cho-cu")} ảnh /images/2024/05/cho-cu.jpg đang ở chỗ cũ public/images/2024/05/cho-cu.jpg; ảnh gốc nay để trong content/images/ (trang chỉ phục vụ bản thu nhỏ, không bao giờ phục vụ tệp gốc): chuyển tệp sang content/images/2024/05/cho-cu.jpg, ví dụ git mv public/images/2024/05/cho-cu.jpg content/images/2024/05/cho-cu.jpg`,
    ]);
  });

  it("says nothing about a PNG screenshot or an upright phone photo, and measures both as seen", () => {
    const quiet = result.problems.map(formatProblem).filter((text) => text.includes("chup-man-hinh") || text.includes("dung-doc"));
    expect(quiet).toEqual([]);
    expect(result.content?.imageSizes.get("/images/2024/05/chup-man-hinh.png")).toMatchObject({ format: "png", width: 1280, height: 800 });
    expect(result.content?.imageSizes.get("/images/2024/05/dung-doc.jpg")).toMatchObject({ format: "jpeg", width: 1200, height: 1600, orientation: 6 });
  });

  it("reports exactly one message per photo, errors and warnings apart", () => {
    // The fixture's site.yaml leaves the legal masthead unfilled, which site.yaml's own warnings say.
    const photoProblems = result.problems.filter((problem) => problem.file.includes("/articles/"));
    expect(errorsOf(photoProblems)).toHaveLength(9);
    expect(warningsOf(photoProblems)).toHaveLength(3);
  });

  it("keeps the articles whose photos only warn, and measures their photos", () => {
    expect([...(result.content?.imageSizes.keys() ?? [])].sort()).toEqual(
      ["chup-man-hinh.png", "dong.gif", "dung-doc.jpg", "in-an.jpg", "nho.jpg"].map((name) => `/images/2024/05/${name}`),
    );
  });
});

describe("checkPhoto", () => {
  const place = { place: { file: "content/articles/a.md", line: 3 }, src: "/images/a.jpg", file: "content/images/a.jpg" };
  const facts = (changes: Partial<PhotoFacts>): PhotoFacts => ({
    format: "jpeg",
    width: 4000,
    height: 3000,
    orientation: 1,
    bytes: 5_000_000,
    type: "image/jpeg",
    colour: "rgb",
    animated: false,
    complete: true,
    ...changes,
  });

  it.each([
    ["exactly 50 million pixels", { width: 10_000, height: MAX_PIXELS / 10_000 }, 0],
    ["one row more", { width: 10_000, height: MAX_PIXELS / 10_000 + 1 }, 1],
    ["exactly 30 MB", { bytes: MAX_BYTES }, 0],
    ["one byte more", { bytes: MAX_BYTES + 1 }, 1],
    ["exactly the column's width", { width: COLUMN_WIDTH, height: 400 }, 0],
    ["one pixel narrower", { width: COLUMN_WIDTH - 1, height: 400 }, 1],
  ])("draws the line at %s", (_name, changes, count) => {
    expect(checkPhoto({ ok: true, facts: facts(changes) }, place)).toHaveLength(count);
  });

  it("never warns that a drawing is too small: an SVG scales to any width", () => {
    expect(checkPhoto({ ok: true, facts: facts({ format: "svg", width: 100, height: 80 }) }, place)).toEqual([]);
  });

  it("reports a huge, heavy, truncated photo's three errors at once, and no warning", () => {
    const problems = checkPhoto({ ok: true, facts: facts({ width: 12_000, height: 9_000, bytes: MAX_BYTES * 2, complete: false, colour: "cmyk" }) }, place);
    expect(problems.map((problem) => problem.severity ?? "error")).toEqual(["error", "error", "error"]);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
