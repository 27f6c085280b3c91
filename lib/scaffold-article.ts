import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Article } from "./article";
import { formatFrontMatterField } from "./format-front-matter";
import { expected, type Problem } from "./problem";
import { slugify } from "./slugify";

/** What `npm run new` needs besides the title: known values for fields it cannot guess. */
export interface ScaffoldOptions {
  /** A section name from `content/sections.yaml`; the caller picks and checks it. */
  readonly category: string;
  /** The author, when the editor gave one; otherwise {@link AUTHOR_PLACEHOLDER}. */
  readonly author?: string;
}

/** A new article file ready to write, or why the title cannot make one. */
export type ScaffoldResult =
  | { readonly ok: true; readonly slug: string; readonly relativePath: string; readonly text: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Author written when none is given: valid, so the preview works, but flagged by the check once published. */
export const AUTHOR_PLACEHOLDER = "Tên tác giả";
/** Body written into a new article, flagged by the check if it is still there once published. */
export const BODY_PLACEHOLDER = "Viết nội dung bài ở đây. Đoạn văn đầu tiên là sapo (đoạn mở đầu in đậm) nếu không điền summary.";

/**
 * Builds a new draft article: every contract field present, hints in Vietnamese, dated
 * `now` as wall-clock time in `timeZone` and filed under that local year and month.
 *
 * @example scaffoldArticle("Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích", new Date("2017-04-20T11:02:00Z"), "Asia/Ho_Chi_Minh", { category: "Chính trị" })
 * // { ok: true, relativePath: "articles/2017/04/ky-hop-thu-5-hdnd-tinh-khoa-xiv-duong-ve-dich.md", … }
 */
export function scaffoldArticle(title: string, now: Date, timeZone: string, options: ScaffoldOptions): ScaffoldResult {
  const cleanTitle = oneLine(title);
  const slug = slugify(cleanTitle);
  if (slug === "") {
    const found = cleanTitle === "" ? "không có" : JSON.stringify(cleanTitle);
    return { ok: false, problems: [expected({ file: "npm run new", field: "title" }, "tiêu đề bài có chữ cái hoặc chữ số (để làm đường dẫn bài)", found)] };
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
    "# Ảnh trong bài viết trên một dòng riêng: ![mô tả ảnh](/images/2017/04/ten-anh.jpg \"Chú thích\")",
    "---",
    "",
    BODY_PLACEHOLDER,
    "",
  ].join("\n");
  return { ok: true, slug, relativePath: `articles/${format(local, "yyyy/MM")}/${slug}.md`, text };
}

/**
 * Finds what `npm run new` wrote and the editor has not replaced, in an article that is
 * no longer a draft: the placeholder author or body would otherwise go out to readers.
 *
 * @param text the article file's text, to point at the right line
 */
export function findScaffoldLeftovers(article: Article, text: string): Problem[] {
  if (article.draft) return [];
  const lines = text.split(/\r\n?|\n/);
  const lineOf = (matches: (line: string) => boolean): number | undefined => {
    const index = lines.findIndex(matches);
    return index === -1 ? undefined : index + 1;
  };
  const problems: Problem[] = [];
  if (article.authors.includes(AUTHOR_PLACEHOLDER)) {
    problems.push(
      expected({ file: article.file, line: lineOf((line) => line.startsWith("author:")), field: "author" }, "tên tác giả thật trước khi đăng (bài đã bỏ draft: true)", `chữ mẫu ${JSON.stringify(AUTHOR_PLACEHOLDER)}`),
    );
  }
  if (article.markdown.includes(BODY_PLACEHOLDER)) {
    problems.push(
      expected({ file: article.file, line: lineOf((line) => line.includes(BODY_PLACEHOLDER)) }, "nội dung bài thật trước khi đăng (bài đã bỏ draft: true)", "đoạn chữ mẫu của npm run new"),
    );
  }
  return problems;
}

function oneLine(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}
