import { loadContentCached } from "../load-content-cached";
import { formatReport } from "../problem";
import { isPublished } from "../publication";
import { currentTime } from "../settings";
import { commandSettings } from "./content-folder";

// `npm run check`: reads and validates the whole content folder the way the site does,
// without building it, and lists every problem in every file. It shares the build's
// content cache, so only new or changed files are read again; `npm run check -- --full`
// re-reads and re-validates every file.

const settings = commandSettings();
const full = process.argv.includes("--full");
const result = loadContentCached(settings.paths, { cacheDir: settings.contentCacheDir, full });
result.close();
const articles = result.articles.map((article) => article.record);

if (result.problems.length > 0) {
  console.log(formatReport(result.problems));
  // exitCode, not exit(): a long report piped to a file or pager is written out in full.
  process.exitCode = 1;
} else {
  const now = currentTime(settings);
  const drafts = articles.filter((article) => article.draft).length;
  const published = articles.filter((article) => isPublished(article, now)).length;
  const scheduled = articles.length - drafts - published;
  const sections = result.settings?.sections.length ?? 0;
  console.log(
    `Không có lỗi: ${articles.length} bài viết (${published} đã đăng, ${scheduled} hẹn giờ đăng, ${drafts} bản nháp), ${sections} chuyên mục.`,
  );
}
