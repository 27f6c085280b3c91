import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { importPlainText, PLACEHOLDER_IMAGE } from "../authoring/import-plain-text";
import { problemAt } from "../problem";
import { articlePath } from "../routes";
import { resolveOriginal, showPath } from "../content-paths";
import { commandSettings, loadSettings, pickSection, writeNewArticle } from "./content-folder";
import { refuse } from "./report";

// `npm run import -- bai.txt`: turns a plain-text article copied from a paper's site into
// a Markdown article, says what it guessed, and refuses rather than write half an article.

const USAGE = 'Cách dùng: npm run import -- duong/dan/bai.txt [--category "Kinh tế"] [--author "Hồng Nhung"] [--source "Báo Quảng Ninh"] [--publish]';
const NOTHING_WRITTEN = "Chưa tạo bài nào.";

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
    console.error(`${input === undefined ? "Thiếu tệp bài cần nhập." : "Mỗi lần chỉ nhập một tệp."}\n${USAGE}`);
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

  const result = importPlainText(readFileSync(inputPath), {
    file: inputFile,
    timeZone: settings.value.site.timeZone,
    category: section.value.name,
    categoryNote: parsed.values.category === undefined ? "chuyên mục đầu tiên trong content/sections.yaml; chọn khác bằng --category" : undefined,
    author: parsed.values.author,
    source: parsed.values.source,
    draft: parsed.values.publish !== true,
  });
  if (!result.ok) return refuse(result.problems, `${NOTHING_WRITTEN} Sửa tệp ${inputFile} rồi nhập lại.`);

  console.error(`Đã đoán từ ${inputFile} (hãy đọc lại):`);
  const imported = result.value;
  for (const guess of imported.guesses) console.error(`  - ${guess}`);

  const written = writeNewArticle(paths, settings.value, { relativePath: imported.relativePath, slug: imported.slug, text: imported.markdown });
  if (!written.ok) return refuse(written.problems, NOTHING_WRITTEN);
  const placeholder = resolveOriginal(paths, PLACEHOLDER_IMAGE) ?? PLACEHOLDER_IMAGE;
  if (imported.markdown.includes(PLACEHOLDER_IMAGE) && !existsSync(placeholder)) {
    console.error(`Lưu ý: chưa có ảnh tạm ${showPath(paths, placeholder)}; "npm run check" sẽ báo lỗi ảnh cho tới khi thay ảnh thật.`);
  }
  console.log(`Đã tạo bài: ${written.value}\nĐường dẫn khi đăng: ${articlePath(imported.slug)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
