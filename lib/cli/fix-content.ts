import { readFileSync, writeFileSync } from "node:fs";
import { fixFrontMatter, type FixedText } from "../authoring/fix-front-matter";
import { showPath, type ContentPaths } from "../content-paths";
import { listArticleFiles, listStrayMarkdownFiles, loadContent } from "../load-content";
import { errorsOf, type Problem } from "../problem";

// `npm run check -- --fix`: finds every certain fix in every article file
// (lib/authoring/fix-front-matter.ts), checks the fixed files exactly as the check would,
// and writes only those that then have no error: a fixed file never fails the check, and
// a file with nothing to fix is never written, so it stays byte for byte as it was.

/** What --fix found for one file and what became of it. */
export interface FileFix {
  /** The file as the editor sees it. */
  readonly file: string;
  readonly absolute: string;
  readonly fixed: FixedText;
  /** The errors the file still has once fixed; the fixes are written only when there are none. */
  readonly remaining: readonly Problem[];
}

// Kept with its byte-order mark, so a file is written back with exactly the bytes it had.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * Finds the fixes in every article file and checks each fixed file; writes the files
 * that then check clean when `write` is true. Files that have nothing to fix or refuse are
 * left out.
 */
export function fixContent(paths: ContentPaths, write: boolean): FileFix[] {
  const found: { absolute: string; fixed: FixedText }[] = [];
  // Articles saved outside articles/ too: their fixes are shown, and written once the file
  // is moved there (until then the check's error about where it is remains).
  for (const absolute of [...listArticleFiles(paths).filter((file) => file.endsWith(".md")), ...listStrayMarkdownFiles(paths)]) {
    let text: string;
    try {
      text = decoder.decode(readFileSync(absolute));
    } catch {
      // Not UTF-8: the check says so; there is nothing to fix line by line.
      continue;
    }
    const fixed = fixFrontMatter(text);
    if (fixed.fixes.length > 0 || fixed.refusals.length > 0) found.push({ absolute, fixed });
  }
  const replacements = new Map(found.filter(({ fixed }) => fixed.fixes.length > 0).map(({ absolute, fixed }) => [absolute, encoder.encode(fixed.text)]));
  const checked = replacements.size === 0 ? [] : errorsOf(loadContent({ ...paths, replacements }).problems);
  return found.map(({ absolute, fixed }) => {
    const file = showPath(paths, absolute);
    const remaining = checked.filter((problem) => problem.file === file);
    if (write && fixed.fixes.length > 0 && remaining.length === 0) writeFileSync(absolute, fixed.text, "utf8");
    return { file, absolute, fixed, remaining };
  });
}

/** What --fix did, one change a line pair (before, after), then a summary line. */
export function formatFixes(fixes: readonly FileFix[]): string {
  const lines: string[] = [];
  let changes = 0;
  let files = 0;
  for (const { file, fixed, remaining } of fixes) {
    const written = fixed.fixes.length > 0 && remaining.length === 0;
    if (written) {
      changes += fixed.fixes.length;
      files++;
    } else if (fixed.fixes.length > 0) {
      lines.push(`${file}: chưa sửa tệp này, vì sau khi sửa vẫn còn lỗi khác (xem danh sách lỗi bên dưới); sửa các lỗi đó rồi chạy lại. Những chỗ sẽ sửa:`);
    }
    for (const fix of fixed.fixes) lines.push(`${file}:${fix.line}: ${fix.why}`, `  trước: ${fix.before}`, `  sau:   ${fix.after}`);
    for (const refusal of fixed.refusals) lines.push(`${file}:${refusal.line}: không tự sửa "${refusal.text.trim()}": ${refusal.reason}.`);
  }
  const summary = fixes.length === 0 ? "Không có chỗ nào sửa tự động được." : changes === 0 ? "Chưa sửa tệp nào." : `Đã sửa ${changes} chỗ trong ${files} tệp.`;
  lines.push(summary);
  return lines.join("\n");
}

/**
 * The hint the check prints under its errors when --fix would fix some of them: what it
 * would write now, and apart, what waits until a file's other errors are fixed.
 */
export function formatFixHint(fixes: readonly FileFix[]): string | undefined {
  const fixable = fixes.filter(({ fixed }) => fixed.fixes.length > 0);
  const ready = fixable.filter(({ remaining }) => remaining.length === 0);
  const waiting = fixable.filter(({ remaining }) => remaining.length > 0);
  const count = (files: readonly FileFix[]) => files.reduce((sum, { fixed }) => sum + fixed.fixes.length, 0);
  const what = "(ngày giờ, tên trường, dấu cách, ngoặc kép viết kiểu Việt Nam)";
  const later = `${count(waiting)} chỗ trong ${waiting.length} tệp sẽ sửa được sau khi sửa các lỗi khác của tệp đó`;
  if (ready.length > 0) {
    const more = waiting.length > 0 ? `; ${later}` : "";
    return `"npm run check -- --fix" tự sửa được ${count(ready)} chỗ trong ${ready.length} tệp ${what}${more}; chạy lệnh đó để xem và sửa từng chỗ.`;
  }
  if (waiting.length > 0) return `"npm run check -- --fix": ${later} ${what}.`;
  return undefined;
}
