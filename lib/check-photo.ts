import type { PhotoFacts, PhotoHeader } from "./parse-photo-header";
import { expected, warningAt, type Problem, type ProblemPlace } from "./problem";

// The second stage of the photo pipeline: what an editor is told about each original,
// from its header alone. Errors stop the check and the build; warnings are printed but
// the photo is used (problems with `severity: "warning"` in loadContent's one `problems`
// list, lib/problem.ts). Every photo warning is made here, so a change to how warnings
// travel touches this file and loadContent only.

/** Beyond this many pixels a photo is refused before any decoder allocates it. */
export const MAX_PIXELS = 50_000_000;
/** Beyond this file size a photo is refused: no camera JPEG needs more. */
export const MAX_BYTES = 30 * 1024 * 1024;
/** The article column's widest CSS width in pixels (`--measure`, 40rem, in app/globals.css). */
export const COLUMN_WIDTH = 640;

const ACCEPTED = "ảnh JPEG, PNG, WebP, AVIF, GIF hoặc SVG";

/** Where a photo is used and where its original lies, as an editor sees them. */
export interface PhotoPlace {
  /** The article file and line that shows the photo. */
  readonly place: ProblemPlace;
  /** The address the article wrote, `/images/…`. */
  readonly src: string;
  /** The original's path from the repository root, `content/images/…`. */
  readonly file: string;
}

/**
 * Every problem with one original: a header that is not a photo, a damaged or truncated
 * file, an iPhone HEIC, a huge image, a drawing whose embedded raster cannot be taken out
 * (errors; `drawing` says whether lib/strip-drawing.ts can clean it); CMYK colours, animation, a photo narrower
 * than the column (warnings).
 */
export function checkPhoto(header: PhotoHeader, where: PhotoPlace, drawing: { readonly cleanable: boolean } = { cleanable: true }): Problem[] {
  if (!header.ok) {
    if (header.reason === "corrupt") {
      return [photoError(where, "một tệp ảnh đọc được", "tệp hỏng (không đọc được kích thước ảnh)", "mở thử bằng trình xem ảnh; nếu không mở được, chép lại tệp gốc từ máy ảnh hoặc điện thoại")];
    }
    const found = header.foreign === undefined ? "một tệp không phải ảnh" : `tệp ${header.foreign}`;
    return [photoError(where, ACCEPTED, found, "mở tệp bằng phần mềm ảnh và lưu (xuất) lại thành JPEG")];
  }
  const { facts } = header;
  if (facts.format === "heic") {
    return [
      photoError(
        where,
        ACCEPTED,
        "ảnh HEIC của iPhone (trình duyệt không hiển thị được)",
        'trên iPhone chọn Cài đặt › Camera › Định dạng › "Tương thích nhất" rồi gửi lại ảnh, hoặc mở ảnh trên máy tính và xuất thành JPEG; chép tệp .jpg vào và sửa đuôi trong bài',
      ),
    ];
  }
  const problems: Problem[] = [];
  if (facts.bytes > MAX_BYTES) {
    problems.push(photoError(where, `ảnh nặng tối đa ${MAX_BYTES / 1024 / 1024} MB`, `${megabytes(facts.bytes)} MB`, "xuất lại thành JPEG chất lượng khoảng 90%"));
  }
  if (facts.width * facts.height > MAX_PIXELS) {
    const pixels = `${facts.width} × ${facts.height} điểm ảnh (${millions(facts.width * facts.height)} triệu)`;
    problems.push(photoError(where, `ảnh tối đa ${MAX_PIXELS / 1_000_000} triệu điểm ảnh`, pixels, "thu nhỏ ảnh để cạnh dài khoảng 6000 điểm ảnh rồi chép lại"));
  }
  if (!facts.complete) {
    problems.push(photoError(where, "tệp ảnh trọn vẹn", `tệp bị cắt cụt (chỉ có ${Math.ceil(facts.bytes / 1024)} KB, thiếu phần cuối)`, "chép lại tệp gốc từ máy ảnh hoặc điện thoại"));
  }
  if (!drawing.cleanable) {
    // lib/strip-drawing.ts could not take an embedded raster out: the deploy would refuse it.
    problems.push(photoError(where, "bản vẽ SVG không có ảnh nhúng ngoài thẻ <image>", "ảnh nhúng (data:image/…) ở chỗ không gỡ ra được", "xuất lại bản vẽ mà không nhúng ảnh, hoặc đưa ảnh vào bài thành một ảnh riêng"));
  }
  if (problems.length > 0) return problems;
  return photoWarnings(facts, where);
}

function photoWarnings(facts: PhotoFacts, where: PhotoPlace): Problem[] {
  const warnings: Problem[] = [];
  if (facts.colour === "cmyk") warnings.push(warningAt(where.place, `ảnh ${where.src} dùng hệ màu CMYK (của bản in); trang tự chuyển sang màu sRGB cho màn hình, màu có thể hơi khác bản in.`));
  if (facts.animated) warnings.push(warningAt(where.place, `ảnh ${where.src} là ảnh động; trang chỉ hiện khung hình đầu tiên, như một ảnh tĩnh.`));
  if (facts.format !== "svg" && facts.width < COLUMN_WIDTH) {
    warnings.push(
      warningAt(where.place, `ảnh ${where.src} chỉ rộng ${facts.width} điểm ảnh, hẹp hơn cột bài (${COLUMN_WIDTH}): ảnh sẽ hiện nhỏ; nếu có, dùng ảnh gốc rộng ít nhất ${COLUMN_WIDTH * 2} điểm ảnh.`),
    );
  }
  return warnings;
}

function photoError(where: PhotoPlace, want: string, found: string, remedy: string): Problem {
  const problem = expected(where.place, want, found);
  return { ...problem, message: `ảnh ${where.src} (${where.file}): ${problem.message}; ${remedy}.` };
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(".", ",");
}

function millions(pixels: number): string {
  return (pixels / 1_000_000).toFixed(1).replace(".", ",");
}
