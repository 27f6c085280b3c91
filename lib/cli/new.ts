import { parseArgs } from "node:util";
import { formatDateline } from "../format-dateline";
import { articlePath } from "../routes";
import { scaffoldArticle } from "../authoring/scaffold-article";
import { AUTHOR_PLACEHOLDER } from "../scaffold-leftovers";
import { currentTime } from "../settings";
import { originalsDir, showPath } from "../content-paths";
import { commandSettings, loadSettings, pickSection, writeNewArticle } from "./content-folder";
import { refuse } from "./report";

// `npm run new -- "Tiêu đề"`: creates a draft article with every field ready to fill in.

const USAGE = 'Cách dùng: npm run new -- "Tiêu đề bài" [--category "Kinh tế"] [--author "Hồng Nhung"]';
const NOTHING_WRITTEN = "Chưa tạo bài nào.";

function main(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { category: { type: "string" }, author: { type: "string" } } });
  } catch {
    console.error(`Lệnh có tùy chọn không hợp lệ (chỉ dùng --category và --author).\n${USAGE}`);
    return 1;
  }
  const title = parsed.positionals.join(" ").trim();
  if (title === "") {
    console.error(`Thiếu tiêu đề bài.\n${USAGE}`);
    return 1;
  }
  const environment = commandSettings();
  const { paths } = environment;
  const settings = loadSettings(paths);
  if (!settings.ok) return refuse(settings.problems, NOTHING_WRITTEN);
  const section = pickSection(settings.value.sections, parsed.values.category, "npm run new");
  if (!section.ok) return refuse(section.problems, NOTHING_WRITTEN);

  const now = currentTime(environment);
  const scaffold = scaffoldArticle(title, now, settings.value.site.timeZone, { category: section.value.name, author: parsed.values.author });
  if (!scaffold.ok) return refuse(scaffold.problems, `${NOTHING_WRITTEN}\n${USAGE}`);
  const written = writeNewArticle(paths, settings.value, scaffold.value);
  if (!written.ok) return refuse(written.problems, NOTHING_WRITTEN);

  const todo = [
    parsed.values.author === undefined ? `tác giả (author, đang là "${AUTHOR_PLACEHOLDER}")` : undefined,
    parsed.values.category === undefined ? `chuyên mục (category, đang là "${section.value.name}")` : undefined,
    "nội dung bài",
  ].filter((item) => item !== undefined);
  console.log(
    [
      `Đã tạo bài mới: ${written.value}`,
      `Đường dẫn khi đăng: ${articlePath(scaffold.value.slug)}`,
      `Giờ đăng: ${formatDateline(now, settings.value.site.timeZone)} (sửa ở dòng date nếu cần)`,
      "Bài đang là BẢN NHÁP (draft: true) nên chưa hiện với bạn đọc. Khi bài xong, đổi thành draft: false.",
      `Cần điền: ${todo.join(", ")}. Xem thử: npm run dev. Trước khi đăng: npm run check.`,
      `Ảnh: chép ảnh gốc vào ${showPath(paths, originalsDir(paths))}/<năm>/<tháng>/ và viết ![mô tả](/images/<năm>/<tháng>/ten-anh.jpg "Chú thích"); trang tự thu nhỏ, xoay đúng chiều và bỏ vị trí GPS, không bao giờ đăng tệp gốc.`,
    ].join("\n"),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
