import { loadContent } from "../load-content";
import { countWarnings, formatProblem, formatReport, sortProblems, type Problem } from "../problem";
import { isPublished } from "../publication";
import { currentTime } from "../settings";
import { commandSettings } from "./content-folder";

// `npm run check`: reads and validates the whole content folder the way the site does,
// without building it, and lists every problem in every file. Warnings (a photo too
// small for the column, CMYK colours…) are listed too, but never fail the check.

const settings = commandSettings();
const result = loadContent(settings.paths);
const articles = result.content?.articles ?? [];
const problems: readonly Problem[] = result.problems;

if (problems.length > 0) {
  console.log(formatReport(problems, result.warnings));
  // exitCode, not exit(): a long report piped to a file or pager is written out in full.
  process.exitCode = 1;
} else {
  for (const line of sortProblems(result.warnings).map(formatProblem)) console.log(line);
  const now = currentTime(settings);
  const drafts = articles.filter((article) => article.draft).length;
  const published = articles.filter((article) => isPublished(article, now)).length;
  const scheduled = articles.length - drafts - published;
  const sections = result.content?.sections.length ?? 0;
  console.log(
    `Không có lỗi: ${articles.length} bài viết (${published} đã đăng, ${scheduled} hẹn giờ đăng, ${drafts} bản nháp), ${sections} chuyên mục${countWarnings(result.warnings, ", ")}.`,
  );
}
