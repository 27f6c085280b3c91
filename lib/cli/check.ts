import { readFileSync } from "node:fs";
import path from "node:path";
import type { Article } from "../article";
import { loadContent } from "../load-content";
import { formatReport, type Problem } from "../problem";
import { isPublished } from "../publication";
import { AUTHOR_PLACEHOLDER, BODY_PLACEHOLDER, findScaffoldLeftovers } from "../scaffold-article";
import { contentPaths, currentTime } from "./content-folder";

// `npm run check`: reads and validates the whole content folder the way the site does,
// without building it, and lists every problem in every file.

const paths = contentPaths();
const result = loadContent(paths);
const articles = result.content?.articles ?? [];
const problems: Problem[] = [...result.problems, ...articles.flatMap((article) => leftovers(article, paths.displayRoot))];

if (problems.length > 0) {
  console.log(formatReport(problems));
  // exitCode, not exit(): a long report piped to a file or pager is written out in full.
  process.exitCode = 1;
} else {
  const now = currentTime();
  const drafts = articles.filter((article) => article.draft).length;
  const published = articles.filter((article) => isPublished(article, now)).length;
  const scheduled = articles.length - drafts - published;
  const sections = result.content?.sections.length ?? 0;
  console.log(
    `Không có lỗi: ${articles.length} bài viết (${published} đã đăng, ${scheduled} hẹn giờ đăng, ${drafts} bản nháp), ${sections} chuyên mục.`,
  );
}

function leftovers(article: Article, root: string): Problem[] {
  // Only the rare article that still has a placeholder is read a second time.
  const suspect = !article.draft && (article.authors.includes(AUTHOR_PLACEHOLDER) || article.markdown.includes(BODY_PLACEHOLDER));
  return suspect ? findScaffoldLeftovers(article, readFileSync(path.resolve(root, article.file), "utf8")) : [];
}
