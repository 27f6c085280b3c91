import { loadContent } from "../load-content";
import { errorsOf, formatReport } from "../problem";
import { isPublished } from "../publication";
import { currentTime } from "../settings";
import { commandSettings } from "./content-folder";

// `npm run check`: reads and validates the whole content folder the way the site does,
// without building it, and lists every problem in every file. Errors fail it (exit 1),
// as they fail the build; warnings are listed and do not.

const settings = commandSettings();
const result = loadContent(settings.paths);
const articles = result.content?.articles ?? [];
const errors = errorsOf(result.problems);

if (result.problems.length > 0) console.log(formatReport(result.problems));
if (errors.length > 0) {
  // exitCode, not exit(): a long report piped to a file or pager is written out in full.
  process.exitCode = 1;
} else {
  const now = currentTime(settings);
  const drafts = articles.filter((article) => article.draft).length;
  const published = articles.filter((article) => isPublished(article, now)).length;
  const scheduled = articles.length - drafts - published;
  const sections = result.content?.sections.length ?? 0;
  const counts = `${articles.length} bài viết (${published} đã đăng, ${scheduled} hẹn giờ đăng, ${drafts} bản nháp), ${sections} chuyên mục.`;
  console.log(result.problems.length === 0 ? `Không có lỗi: ${counts}` : `Đã đọc ${counts}`);
}
