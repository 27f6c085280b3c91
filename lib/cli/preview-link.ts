import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { articleSlug, showPath } from "../content-paths";
import { formatDateline } from "../format-dateline";
import { parseArticle } from "../parse-article";
import { parseTextFile } from "../parse-text-file";
import { DEFAULT_PREVIEW_HOURS, MAX_PREVIEW_HOURS, signPreviewToken } from "../preview-link";
import { problemAt } from "../problem";
import { isPublished } from "../publication";
import { absoluteUrl, previewLinkPath } from "../routes";
import { currentTime } from "../settings";
import { commandSettings, loadSettings } from "./content-folder";
import { refuse } from "./report";

// `npm run preview-link -- content/articles/2017/04/bai.md`: prints a signed link that
// shows that article on the real site, draft or scheduled, to whoever holds it, until it
// expires; an editor-in-chief can approve from a phone. The link goes to stdout alone, so
// it can be piped; what to know about it goes to stderr.

const USAGE = "Cách dùng: npm run preview-link -- content/articles/<năm>/<tháng>/ten-bai.md [--hours 72]";
const NO_LINK = "Chưa tạo đường dẫn xem trước nào.";

function main(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { hours: { type: "string" } } });
  } catch {
    console.error(`Lệnh có tùy chọn không hợp lệ (chỉ dùng --hours).\n${USAGE}`);
    return 1;
  }
  const [input, ...extra] = parsed.positionals;
  if (input === undefined || extra.length > 0) {
    console.error(`${input === undefined ? "Thiếu tệp bài cần xem trước." : "Mỗi lần chỉ một tệp."}\n${USAGE}`);
    return 1;
  }
  const hours = Number(parsed.values.hours ?? DEFAULT_PREVIEW_HOURS);
  if (!Number.isInteger(hours) || hours < 1 || hours > MAX_PREVIEW_HOURS) {
    console.error(`--hours phải là số giờ nguyên từ 1 đến ${MAX_PREVIEW_HOURS} (31 ngày), nhận được ${JSON.stringify(parsed.values.hours)}.\n${USAGE}`);
    return 1;
  }
  const environment = commandSettings();
  const { paths, previewLinkSecret } = environment;
  if (previewLinkSecret === undefined) {
    console.error(
      "Đường dẫn xem trước đang tắt: chưa đặt biến môi trường PREVIEW_SECRET. Đặt đúng chuỗi bí mật mà máy chủ dùng (hỏi bộ phận kỹ thuật), rồi chạy lại.",
    );
    return 1;
  }
  const absolute = path.resolve(paths.displayRoot, input);
  const file = showPath(paths, absolute);
  const articleDir = path.join(paths.contentDir, "articles");
  if (!existsSync(absolute)) return refuse([problemAt({ file }, "không thấy tệp này; kiểm tra lại đường dẫn.")], NO_LINK);
  if (!absolute.startsWith(articleDir + path.sep) || !absolute.endsWith(".md")) {
    return refuse([problemAt({ file }, `cần một bài trong ${showPath(paths, articleDir)}/ (tệp .md); chỉ những bài đó mới lên trang.`)], NO_LINK);
  }
  const settings = loadSettings(paths);
  if (!settings.ok) return refuse(settings.problems, NO_LINK);
  const text = parseTextFile(readFileSync(absolute), file);
  if (!text.ok) return refuse(text.problems, NO_LINK);
  const slug = articleSlug(absolute);
  const article = parseArticle(text.value, file, slug, { timeZone: settings.value.site.timeZone, sections: settings.value.sections });
  if (!article.ok) return refuse(article.problems, `${NO_LINK} Sửa các lỗi trên (xem "npm run check") rồi chạy lại.`);

  const now = currentTime(environment);
  const expires = new Date(now.getTime() + hours * 3_600_000);
  const { title, draft } = article.value.article;
  const state = draft ? "bản nháp" : isPublished(article.value.article, now) ? "đã đăng" : "hẹn giờ đăng";
  const zone = settings.value.site.timeZone;
  console.log(absoluteUrl(settings.value.site.baseUrl, previewLinkPath(signPreviewToken({ slug, expires }, previewLinkSecret))));
  console.error(
    [
      `Đường dẫn xem trước bài "${title}" (${state}), dùng được tới ${formatDateline(expires, zone)}.`,
      "Ai có đường dẫn này cũng xem được bài cho tới lúc đó: chỉ gửi riêng, đừng đăng lên mạng xã hội.",
      "Máy chủ chỉ có những bài đã triển khai: bài mới viết thì đưa lên và triển khai trước (draft: true vẫn giữ bài ẩn với bạn đọc).",
    ].join("\n"),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
