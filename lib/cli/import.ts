import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importPlainText, PLACEHOLDER_IMAGE } from "../authoring/import-plain-text";
import { resolveOriginal, showPath, type ContentPaths } from "../content-paths";
import { formatProblem, problemAt, sortProblems, type Problem } from "../problem";
import { articlePath } from "../routes";
import type { Section } from "../article";
import { commandSettings, loadSettings, pickSection, writeNewArticle, type SiteSettings } from "./content-folder";
import { refuse } from "./report";

// `npm run import -- bai.txt`: turns a plain-text article copied from a paper's site into
// a Markdown article, says what it guessed, and refuses rather than write half an article.
// `npm run import -- thu-muc/` does the same for every .txt file in a folder, with one
// summary at the end; a file it cannot read fully gets nothing written, and no file is
// ever overwritten.

const USAGE =
  'Cách dùng: npm run import -- duong/dan/bai.txt (hoặc một thư mục các tệp .txt) [--category "Kinh tế"] [--author "Hồng Nhung"] [--source "Báo Quảng Ninh"] [--publish]';
const NOTHING_WRITTEN = "Chưa tạo bài nào.";

/** What every file of one run is imported with. */
interface ImportRun {
  readonly paths: ContentPaths;
  readonly settings: SiteSettings;
  readonly section: Section;
  readonly values: { readonly category?: string; readonly author?: string; readonly source?: string; readonly publish?: boolean };
}

type Outcome = { readonly ok: true; readonly file: string } | { readonly ok: false; readonly problems: readonly Problem[]; readonly consequence: string };

function main(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { category: { type: "string" }, author: { type: "string" }, source: { type: "string" }, publish: { type: "boolean" } },
    });
  } catch {
    console.error(`Lệnh có tùy chọn không hợp lệ (chỉ dùng --category, --author, --source, --publish).\n${USAGE}`);
    return 1;
  }
  const [input, ...extra] = parsed.positionals;
  if (input === undefined || extra.length > 0) {
    console.error(`${input === undefined ? "Thiếu tệp bài cần nhập." : "Mỗi lần chỉ nhập một tệp (hoặc một thư mục)."}\n${USAGE}`);
    return 1;
  }
  const { paths } = commandSettings();
  const inputPath = path.resolve(paths.displayRoot, input);
  const inputFile = showPath(paths, inputPath);
  if (!existsSync(inputPath)) return refuse([problemAt({ file: inputFile }, "không thấy tệp này; kiểm tra lại đường dẫn.")], NOTHING_WRITTEN);

  const settings = loadSettings(paths);
  if (!settings.ok) return refuse(settings.problems, NOTHING_WRITTEN);
  const section = pickSection(settings.value.sections, parsed.values.category, "npm run import");
  if (!section.ok) return refuse(section.problems, NOTHING_WRITTEN);
  const run: ImportRun = { paths, settings: settings.value, section: section.value, values: parsed.values };

  if (!statSync(inputPath).isDirectory()) {
    const outcome = importFile(inputPath, run);
    return outcome.ok ? 0 : refuse(outcome.problems, outcome.consequence);
  }
  const files = listTextFiles(inputPath);
  if (files.length === 0) return refuse([problemAt({ file: inputFile }, "thư mục này không có tệp .txt nào để nhập.")], NOTHING_WRITTEN);
  const failed: string[] = [];
  for (const file of files) {
    console.error(`\n== ${showPath(paths, file)}`);
    const outcome = importFile(file, run);
    if (outcome.ok) continue;
    failed.push(showPath(paths, file));
    for (const line of sortProblems(outcome.problems).map(formatProblem)) console.error(line);
    console.error(outcome.consequence);
  }
  const imported = files.length - failed.length;
  const refused = failed.length === 0 ? "" : ` Không nhập được ${failed.length} tệp (xem lỗi ở trên; không ghi gì cho các tệp đó): ${failed.join(", ")}.`;
  console.log(`\nĐã nhập ${imported} trên ${files.length} tệp trong ${inputFile}.${refused}`);
  return failed.length === 0 ? 0 : 1;
}

/** Imports one file: prints what it guessed and the file it wrote, or gives why it wrote nothing. */
function importFile(inputPath: string, run: ImportRun): Outcome {
  const inputFile = showPath(run.paths, inputPath);
  const chosen = run.values.category !== undefined;
  const result = importPlainText(readFileSync(inputPath), {
    file: inputFile,
    timeZone: run.settings.site.timeZone,
    category: run.section.name,
    categoryNote: chosen ? undefined : "chuyên mục đầu tiên trong content/sections.yaml; chọn khác bằng --category",
    author: run.values.author,
    source: run.values.source,
    draft: run.values.publish !== true,
    breadcrumbSections: chosen ? undefined : run.settings.sections.map((section) => section.name),
  });
  if (!result.ok) return { ok: false, problems: result.problems, consequence: `${NOTHING_WRITTEN} Sửa tệp ${inputFile} rồi nhập lại.` };

  console.error(`Đã đoán từ ${inputFile} (hãy đọc lại):`);
  const imported = result.value;
  for (const guess of imported.guesses) console.error(`  - ${guess}`);

  const written = writeNewArticle(run.paths, run.settings, { relativePath: imported.relativePath, slug: imported.slug, text: imported.markdown });
  if (!written.ok) return { ok: false, problems: written.problems, consequence: NOTHING_WRITTEN };
  const placeholder = resolveOriginal(run.paths, PLACEHOLDER_IMAGE) ?? PLACEHOLDER_IMAGE;
  if (imported.markdown.includes(PLACEHOLDER_IMAGE) && !existsSync(placeholder)) {
    console.error(`Lưu ý: chưa có ảnh tạm ${showPath(run.paths, placeholder)}; "npm run check" sẽ báo lỗi ảnh cho tới khi thay ảnh thật.`);
  }
  console.log(`Đã tạo bài: ${written.value}\nĐường dẫn khi đăng: ${articlePath(imported.slug)}`);
  return { ok: true, file: written.value };
}

function listTextFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".txt") && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

process.exitCode = main(process.argv.slice(2));
