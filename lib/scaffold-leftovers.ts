import type { Article } from "./article";
import { expected, type Problem } from "./problem";

// `npm run new` writes placeholders that are valid, so a draft previews, but must never
// reach readers: the check flags them once an article leaves draft.

/** Author written when none is given: valid, so the preview works, but flagged by the check once published. */
export const AUTHOR_PLACEHOLDER = "Tên tác giả";
/** Body written into a new article, flagged by the check if it is still there once published. */
export const BODY_PLACEHOLDER = "Viết nội dung bài ở đây. Đoạn văn đầu tiên là sapo (đoạn mở đầu in đậm) nếu không điền summary.";

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
