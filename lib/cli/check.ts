import { parseArgs } from "node:util";
import { loadContentCached } from "../load-content-cached";
import { errorsOf, formatReport } from "../problem";
import { isPublished } from "../publication";
import { currentTime } from "../settings";
import { commandSettings } from "./content-folder";
import { fixContent, formatFixes, formatFixHint } from "./fix-content";

// `npm run check`: reads and validates the whole content folder the way the site does,
// without building it, and lists every problem in every file. Errors fail it (exit 1),
// as they fail the build; warnings are listed and do not. It shares the build's content
// cache, so only new or changed files are read again; `--full` re-reads and re-validates
// every file. `npm run check -- --fix` first rewrites the Vietnamese habits it is sure
// about (lib/cli/fix-content.ts), then checks.

const USAGE = "Cách dùng: npm run check, hoặc npm run check -- --fix để tự sửa ngày giờ, tên trường… viết kiểu Việt Nam, hoặc npm run check -- --full để đọc lại mọi bài, không dùng bộ nhớ đệm.";

function main(argv: readonly string[]): number {
  let options: { fix?: boolean | undefined; full?: boolean | undefined };
  try {
    options = parseArgs({ args: [...argv], options: { fix: { type: "boolean" }, full: { type: "boolean" } } }).values;
  } catch {
    console.error(`Lệnh có tùy chọn không hợp lệ (chỉ dùng --fix và --full).\n${USAGE}`);
    return 1;
  }
  const fix = options.fix === true;
  const settings = commandSettings();
  if (fix) console.log(`${formatFixes(fixContent(settings.paths, true))}\n`);
  const result = loadContentCached(settings.paths, { cacheDir: settings.contentCacheDir, full: options.full === true });
  result.close();
  const articles = result.articles.map((article) => article.record);
  const errors = errorsOf(result.problems);
  if (result.problems.length > 0) console.log(formatReport(result.problems));
  if (errors.length > 0) {
    const hint = fix ? undefined : formatFixHint(fixContent(settings.paths, false));
    if (hint !== undefined) console.log(hint);
    return 1;
  }
  const now = currentTime(settings);
  const drafts = articles.filter((article) => article.draft).length;
  const published = articles.filter((article) => isPublished(article, now)).length;
  const scheduled = articles.length - drafts - published;
  const sections = result.settings.sections?.length ?? 0;
  const counts = `${articles.length} bài viết (${published} đã đăng, ${scheduled} hẹn giờ đăng, ${drafts} bản nháp), ${sections} chuyên mục.`;
  console.log(result.problems.length === 0 ? `Không có lỗi: ${counts}` : `Đã đọc ${counts}`);
  return 0;
}

// exitCode, not exit(): a long report piped to a file or pager is written out in full.
process.exitCode = main(process.argv.slice(2));
