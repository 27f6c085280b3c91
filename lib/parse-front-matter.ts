import matter from "gray-matter";
import { fail, succeed, type Failure, type ParseResult } from "./parse-result";
import { parseYaml } from "./parse-yaml";
import { problemAt, type Problem } from "./problem";

/** Front matter split from the Markdown body, with the line of each field. */
export interface FrontMatter {
  readonly data: Readonly<Record<string, unknown>>;
  readonly keyLines: ReadonlyMap<string, number>;
  readonly body: string;
  /** Line of the file on which the body starts. */
  readonly bodyLine: number;
}

class RefusedLanguage extends Error {}

// gray-matter evaluates `---js` / `---javascript` front matter with eval(). Replacing
// both engines is the only switch that works (`engines: { js: false }` is ignored).
const refuse = (language: string) => (): never => {
  throw new RefusedLanguage(language);
};

/**
 * Splits a Markdown file into YAML front matter and body. Only YAML is accepted;
 * JavaScript or any other front-matter language is refused without being run.
 * Expects text with `\n` line endings and no byte-order mark.
 */
export function parseFrontMatter(text: string, file: string): ParseResult<FrontMatter> {
  const lines = text.split("\n");
  const opening = lines[0]?.trimEnd() ?? "";
  if (!opening.startsWith("---")) {
    const later = lines.findIndex((line) => line.trimEnd() === "---");
    const where = later === -1 ? "" : ` (đang thấy dòng --- ở dòng ${later + 1}; xóa mọi thứ phía trên nó)`;
    return refuseAt(file, 1, `phần đầu (front matter) phải bắt đầu bằng dòng --- ngay ở dòng 1${where}.`);
  }
  const closing = closingLine(lines);
  if (closing === -1) {
    return refuseAt(file, 1, "phần đầu (front matter) chưa được đóng: thêm một dòng chỉ có --- sau trường cuối cùng.");
  }
  if (lines[closing]?.trimEnd() !== "---") {
    return refuseAt(file, closing + 1, `dòng đóng phần đầu phải chỉ có ---, nhận được ${JSON.stringify(lines[closing])}.`);
  }
  const language = opening.slice(3).trim().toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    return refuseAt(file, 1, refusedMessage(language));
  }

  let keyLines: ReadonlyMap<string, number> = new Map();
  let yamlProblems: readonly Problem[] = [];
  let value: unknown;
  // The engine hands gray-matter an empty object and keeps the real value here, so a
  // scalar or list front matter is reported instead of being coerced by gray-matter.
  const yamlEngine = (source: string): object => {
    // gray-matter's block starts with the newline that ends the opening --- line, so
    // line 1 of the block is that line and line numbers match the file's.
    const result = parseYaml(source, file, 1);
    if (result.ok) {
      keyLines = result.value.keyLines;
      value = result.value.data;
    } else {
      yamlProblems = result.problems;
    }
    return {};
  };

  let parsed: { content: string };
  try {
    parsed = matter(text, {
      language: "yaml",
      engines: { yaml: yamlEngine, js: refuse("js"), javascript: refuse("javascript"), json: refuse("json") },
    });
  } catch (error) {
    if (error instanceof RefusedLanguage) return refuseAt(file, 1, refusedMessage(error.message));
    return refuseAt(file, 1, unreadableMessage(error));
  }
  if (yamlProblems.length > 0) return fail(yamlProblems);
  const data = value ?? {};
  if (!isRecord(data)) {
    return refuseAt(file, 2, "phần đầu phải là các dòng dạng `tên: giá trị` (ví dụ `title: Tiêu đề`).");
  }
  return succeed({ data, keyLines, body: parsed.content, bodyLine: closing + 2 });
}

/**
 * Where the body of a file starts, found from its `---` lines alone, so a body can be
 * checked even when the front matter above it is broken; undefined when the file has
 * no opening or no closing `---` line, so where the body starts is unknown.
 *
 * @example locateBody("---\ntitle: [\n---\n\nĐoạn.\n") // { body: "\nĐoạn.\n", bodyLine: 4 }
 */
export function locateBody(text: string): { readonly body: string; readonly bodyLine: number } | undefined {
  const lines = text.split("\n");
  if (!(lines[0] ?? "").trimEnd().startsWith("---")) return undefined;
  const closing = closingLine(lines);
  return closing === -1 ? undefined : { body: lines.slice(closing + 1).join("\n"), bodyLine: closing + 2 };
}

// gray-matter ends the block at the first line that starts with ---; anything else on
// that line would silently swallow the fields after it, so it is refused.
function closingLine(lines: readonly string[]): number {
  return lines.findIndex((line, index) => index > 0 && line.startsWith("---"));
}

function refusedMessage(language: string): string {
  return `phần đầu viết bằng "${language}" không được chấp nhận; chỉ dùng YAML: mở bằng dòng --- (không kèm chữ nào).`;
}

// Syntax errors never land here: parseYaml reports each in words, on its line. Only a
// failure of the reader itself does (a thrown error, with no position), so the sentence
// says what the editor can do, and the reader's English stays in parentheses for whoever
// is asked to look.
function unreadableMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `không đọc được phần đầu (front matter): trình đọc YAML dừng giữa chừng, thường vì phần đầu có chỗ viết bất thường (lồng nhau quá sâu, ký tự lạ); so từng dòng với một bài mẫu, mỗi trường một dòng \`tên: giá trị\`, nếu vẫn lỗi thì báo bộ phận kỹ thuật (chi tiết kỹ thuật: ${detail}).`;
}

function refuseAt(file: string, line: number, message: string): Failure {
  return fail([problemAt({ file, line }, message)]);
}

/** True for a plain object (not a list, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
