import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { formatFrontMatterField } from "./format-front-matter";
import { fail, succeed, type ParseResult } from "../parse-result";
import { expected } from "../problem";
import { AUTHOR_PLACEHOLDER, BODY_PLACEHOLDER } from "../scaffold-leftovers";
import { slugify } from "../slugify";

/** What `npm run new` needs besides the title: known values for fields it cannot guess. */
export interface ScaffoldOptions {
  /** A section name from `content/sections.yaml`; the caller picks and checks it. */
  readonly category: string;
  /** The author, when the editor gave one; otherwise `AUTHOR_PLACEHOLDER`. */
  readonly author?: string | undefined;
}

/** A new article file ready to write. */
export interface Scaffold {
  readonly slug: string;
  readonly relativePath: string;
  readonly text: string;
}

/**
 * Builds a new draft article, or says why the title cannot make one: every contract field
 * present, hints in Vietnamese, dated `now` as wall-clock time in `timeZone` and filed
 * under that local year and month.
 *
 * @example scaffoldArticle("Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích", new Date("2017-04-20T11:02:00Z"), "Asia/Ho_Chi_Minh", { category: "Chính trị" })
 * // { ok: true, value: { relativePath: "articles/2017/04/ky-hop-thu-5-hdnd-tinh-khoa-xiv-duong-ve-dich.md", … } }
 */
export function scaffoldArticle(title: string, now: Date, timeZone: string, options: ScaffoldOptions): ParseResult<Scaffold> {
  const cleanTitle = oneLine(title);
  const slug = slugify(cleanTitle);
  if (slug === "") {
    const found = cleanTitle === "" ? "không có" : JSON.stringify(cleanTitle);
    return fail([expected({ file: "npm run new", field: "title" }, "tiêu đề bài có chữ cái hoặc chữ số (để làm đường dẫn bài)", found)]);
  }
  const local = new TZDate(now.getTime(), timeZone);
  const date = format(local, "yyyy-MM-dd HH:mm");
  const author = options.author === undefined || oneLine(options.author) === "" ? AUTHOR_PLACEHOLDER : oneLine(options.author);
  const text = [
    "---",
    "# Tiêu đề bài. Sửa tiêu đề không làm đổi đường dẫn bài (đường dẫn lấy từ tên tệp).",
    formatFrontMatterField("title", cleanTitle),
    "# Giờ đăng, giờ Việt Nam, dạng 2017-04-20 18:02. Giờ trong tương lai = hẹn giờ đăng.",
    formatFrontMatterField("date", date),
    "# Giờ cập nhật: chỉ điền khi sửa bài đã đăng, dạng 2017-04-21 09:00.",
    "updated:",
    "# Tác giả (bắt buộc). Nhiều người: [Hồng Nhung, Minh Đức]",
    formatFrontMatterField("author", author),
    "# Chuyên mục (bắt buộc): một tên trong content/sections.yaml.",
    formatFrontMatterField("category", oneLine(options.category)),
    "# Chủ đề, cách nhau bằng dấu phẩy, ví dụ [Dân vận, Quảng Ninh]. Có thể để [].",
    "tags: []",
    "# Địa danh (không bắt buộc): mã hoặc tên trong content/places.yaml, ví dụ [ha-long]. Có thể để [].",
    "places: []",
    "# Sapo (không bắt buộc). Để trống thì dùng đoạn văn đầu tiên của bài.",
    "summary:",
    "# Nguồn (không bắt buộc), ví dụ Báo Quảng Ninh.",
    "source:",
    "# true = bản nháp, chưa đăng. Đổi thành false khi bài đã sẵn sàng.",
    "draft: true",
    "# Đính chính (nếu có). Thay [] bằng các dòng:",
    "#   - date: 2017-04-21 09:00",
    "#     text: Sửa tên đại biểu",
    "corrections: []",
    "# Ảnh: chép ảnh gốc vào content/images/<năm>/<tháng>/, rồi viết trong bài trên một dòng riêng: ![mô tả ảnh](/images/2017/04/ten-anh.jpg \"Chú thích. Ảnh: Tên người chụp\")",
    "---",
    "",
    BODY_PLACEHOLDER,
    "",
  ].join("\n");
  return succeed({ slug, relativePath: `articles/${format(local, "yyyy/MM")}/${slug}.md`, text });
}

function oneLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
