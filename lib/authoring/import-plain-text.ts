import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { escapeMarkdownText, escapeMarkdownTitle } from "./escape-markdown";
import { formatFrontMatterField } from "./format-front-matter";
import { parseDateline } from "./parse-dateline";
import { removeInvisibleCharacters } from "../invisible-characters";
import { fail, succeed, type ParseResult } from "../parse-result";
import { parseTextFile } from "../parse-text-file";
import { describeValue, expected, type Problem } from "../problem";
import { slugify } from "../slugify";

/** What the importer needs besides the text. */
export interface ImportOptions {
  /** The input file as shown to the editor, used in messages. */
  readonly file: string;
  readonly timeZone: string;
  /** A section name from `content/sections.yaml`; the caller picks and checks it. */
  readonly category: string;
  /** Why this section, shown after it among the guesses (e.g. that it is the default). */
  readonly categoryNote?: string;
  /** Overrides the byline found on the last short line. */
  readonly author?: string;
  readonly source?: string;
  /** Written as `draft:`; imported articles are drafts unless the editor says otherwise. */
  readonly draft?: boolean;
}

/** An article ready to write, with what was guessed. */
export interface ImportedArticle {
  readonly slug: string;
  readonly relativePath: string;
  readonly markdown: string;
  /** One line per guess, in Vietnamese, for the editor to check. */
  readonly guesses: readonly string[];
}

/** The image put where the paper had a photo; the editor swaps in the real one. */
export const PLACEHOLDER_IMAGE = "/images/placeholder.svg";
/** Alt text of {@link PLACEHOLDER_IMAGE}. */
export const PLACEHOLDER_ALT = "Ảnh minh họa";

/** A byline is short and is not a sentence. */
export const MAX_BYLINE_LENGTH = 60;

const DATELINE_FORM = 'dòng ngày giờ ngay sau tiêu đề, dạng "Thứ Năm, 20/04/2017, 18:02 [GMT+7]"';

interface Line {
  /** 1-based line number in the input. */
  readonly number: number;
  readonly text: string;
}

type Block = { readonly kind: "paragraph"; readonly line: Line } | { readonly kind: "caption"; readonly lines: readonly Line[]; readonly how: string };

/**
 * Turns a plain-text article as provincial papers' sites give it into a Markdown article,
 * or gives every reason the text was refused.
 * Layout expected: title line, dateline, paragraphs, photo captions, byline as the last
 * short line; debris lines (a lone `.`, a stray letter) are dropped.
 *
 * Captions are recognised by one of two marks the papers' pages leave in plain text:
 * the same line twice in a row (the photo's title and its caption), or a single line
 * that follows a stray one-letter line directly and ends its block (the letter is what
 * is left of the photo). Each caption becomes `![Ảnh minh họa](/images/placeholder.svg "Caption")`.
 */
export function importPlainText(input: string | Uint8Array, options: ImportOptions): ParseResult<ImportedArticle> {
  // Text handed over as a string is checked like bytes, so one pasted after a wrong
  // decoding is refused at the line of its first U+FFFD just the same.
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const decoded = parseTextFile(bytes, options.file, { refuseReplacementCharacter: true });
  if (!decoded.ok) return decoded;
  const lines = decoded.value.split("\n").map((text, index) => ({ number: index + 1, text: clean(text) }));
  const titleIndex = lines.findIndex((line) => line.text !== "" && !isDebris(line.text));
  const title = lines[titleIndex];
  if (title === undefined) return fail([expected({ file: options.file }, "tiêu đề ở dòng đầu, rồi dòng ngày giờ và các đoạn văn", "tệp trống")]);

  if (parseDateline(title.text, options.timeZone).ok) {
    return fail([expected({ file: options.file, line: title.number }, "tiêu đề ở dòng đầu, trước dòng ngày giờ", describeValue(title.text))]);
  }
  // A title printed twice (heading and page title) is skipped, not taken for the dateline.
  const datelineIndex = lines.findIndex((line, index) => index > titleIndex && line.text !== "" && line.text !== title.text && !isDebris(line.text));
  const dateline = lines[datelineIndex];
  if (dateline === undefined) return fail([expected({ file: options.file, line: title.number + 1 }, DATELINE_FORM, "hết tệp")]);

  const problems: Problem[] = [];
  const guesses: string[] = [`tiêu đề (dòng ${title.number}): ${JSON.stringify(title.text)}`];
  const date = readDate(dateline, options, problems, guesses);
  // A line with no dd/mm/yyyy is not a broken dateline but the first paragraph: keep it in
  // the body, so the problems reported after the missing dateline are about the real body.
  const body = lines.slice(date === undefined && !/\d{1,2}\/\d{1,2}\/\d{4}/.test(dateline.text) ? datelineIndex : datelineIndex + 1);
  const blocks = readBlocks(body, guesses);
  const authors = readByline(blocks, body, options, problems, guesses);
  if (!blocks.some((block) => block.kind === "paragraph")) {
    problems.push(expected({ file: options.file, line: dateline.number }, "ít nhất một đoạn văn sau dòng ngày giờ", "không có đoạn nào"));
  }
  if (problems.length > 0 || date === undefined || authors === undefined) return fail(problems);

  const captions = blocks.filter((block) => block.kind === "caption").length;
  if (captions > 0) guesses.push(`ảnh: ${captions} ảnh tạm ${PLACEHOLDER_IMAGE} ("${PLACEHOLDER_ALT}"); thay bằng ảnh thật và sửa mô tả.`);
  guesses.push(`chuyên mục: ${options.category}${options.categoryNote === undefined ? "" : ` (${options.categoryNote})`}`);
  const draft = options.draft ?? true;
  if (draft) guesses.push("draft: true (bản nháp, chưa đăng); đổi thành false khi đã đọc lại bài và thay ảnh.");

  const local = new TZDate(date.getTime(), options.timeZone);
  const slug = slugify(title.text);
  const front = [
    formatFrontMatterField("title", title.text),
    formatFrontMatterField("date", format(local, "yyyy-MM-dd HH:mm")),
    formatFrontMatterField("author", authors.length === 1 ? (authors[0] ?? "") : authors),
    formatFrontMatterField("category", options.category),
    ...(options.source === undefined || options.source.trim() === "" ? [] : [formatFrontMatterField("source", clean(options.source))]),
    formatFrontMatterField("draft", draft),
  ];
  const markdown = ["---", ...front, "---", "", blocks.map(renderBlock).join("\n\n"), ""].join("\n");
  return succeed({ slug, relativePath: `articles/${format(local, "yyyy/MM")}/${slug}.md`, markdown, guesses });
}

function clean(text: string): string {
  // Invisible characters come along with scraped text; they would break titles and search.
  return removeInvisibleCharacters(text).replace(/\s+/gu, " ").trim();
}

/** A lone punctuation mark (`.`, `…`, `*`) or a stray single character such as `q`. */
function isDebris(text: string): boolean {
  return [...text].length === 1 || /^[\p{P}\p{S}\s]+$/u.test(text);
}

function isStrayLetter(text: string): boolean {
  return /^\p{L}$/u.test(text);
}

function readDate(dateline: Line, options: ImportOptions, problems: Problem[], guesses: string[]): Date | undefined {
  const place = { file: options.file, line: dateline.number };
  const result = parseDateline(dateline.text, options.timeZone);
  if (!result.ok) {
    problems.push(expected(place, DATELINE_FORM, `${describeValue(dateline.text)} (${result.reason})`));
    return undefined;
  }
  const zone = result.hasOffset ? "" : ` (không ghi múi giờ: coi là giờ ${options.timeZone})`;
  guesses.push(`ngày đăng (dòng ${dateline.number}): ${format(new TZDate(result.date.getTime(), options.timeZone), "yyyy-MM-dd HH:mm")}${zone}`);
  if (result.weekdayMismatch !== undefined) guesses.push(`lưu ý dòng ${dateline.number}: ${result.weekdayMismatch}; đã theo ngày tháng.`);
  return result.date;
}

function readBlocks(body: readonly Line[], guesses: string[]): Block[] {
  const blocks: Block[] = [];
  const debris: number[] = [];
  for (let index = 0; index < body.length; index++) {
    const line = body[index];
    if (line === undefined || line.text === "") continue;
    if (isDebris(line.text)) {
      debris.push(line.number);
      continue;
    }
    let last = index;
    while (body[last + 1]?.text === line.text) last++;
    const before = body[index - 1]?.text ?? "";
    const after = body[index + 1]?.text ?? "";
    if (last > index) {
      blocks.push({ kind: "caption", lines: body.slice(index, last + 1), how: "dòng lặp lại" });
      index = last;
    } else if (isStrayLetter(before) && after === "") {
      blocks.push({ kind: "caption", lines: [line], how: `ngay sau dòng chữ lạc ${JSON.stringify(before)}` });
    } else {
      blocks.push({ kind: "paragraph", line });
    }
  }
  for (const block of blocks) {
    if (block.kind !== "caption") continue;
    const numbers = block.lines.map((line) => line.number);
    const where = numbers.length === 1 ? `dòng ${numbers[0]}` : `dòng ${numbers[0]}–${numbers[numbers.length - 1]}`;
    guesses.push(`chú thích ảnh (${where}, ${block.how}): ${JSON.stringify(block.lines[0]?.text ?? "")}`);
  }
  if (debris.length > 0) guesses.push(`bỏ ${debris.length} dòng rác (dấu câu hoặc chữ cái lẻ): dòng ${debris.join(", ")}`);
  return blocks;
}

function readByline(blocks: Block[], body: readonly Line[], options: ImportOptions, problems: Problem[], guesses: string[]): string[] | undefined {
  const last = blocks[blocks.length - 1];
  const byline = last?.kind === "paragraph" && splitByline(last.line.text).length > 0 ? last.line : undefined;
  if (byline !== undefined) blocks.pop();
  if (options.author !== undefined && options.author.trim() !== "") {
    const removed = byline === undefined ? "" : ` (đã bỏ dòng ký tên ${JSON.stringify(byline.text)} ở dòng ${byline.number})`;
    guesses.push(`tác giả: ${clean(options.author)}, theo --author${removed}`);
    return [clean(options.author)];
  }
  if (byline === undefined) {
    const lastLine = [...body].reverse().find((line) => line.text !== "" && !isDebris(line.text));
    const found = lastLine === undefined ? "không có dòng nào" : describeValue(lastLine.text);
    problems.push(
      expected(
        { file: options.file, line: lastLine?.number, field: "author" },
        `tên tác giả ở dòng cuối bài (ngắn, tối đa ${MAX_BYLINE_LENGTH} ký tự, không kết thúc bằng dấu câu), hoặc ghi tên bằng --author`,
        found,
      ),
    );
    return undefined;
  }
  const authors = splitByline(byline.text);
  guesses.push(`tác giả (dòng ${byline.number}, dòng ngắn cuối bài): ${authors.join(", ")}`);
  return authors;
}

/** The names on a byline such as `Bài, ảnh: Hồng Nhung - Minh Đức`; none when the line is not a byline. */
function splitByline(text: string): string[] {
  if ([...text].length > MAX_BYLINE_LENGTH || /[.!?:;,…]$/u.test(text)) return [];
  return text
    .replace(/^(?:bài|tin|ảnh)(?:\s*(?:,|và)\s*(?:bài|tin|ảnh))*\s*:\s*/iu, "")
    .split(/\s*(?:[,;]|\s[-–]\s)\s*/u)
    .filter((name) => /\p{L}/u.test(name));
}

function renderBlock(block: Block): string {
  if (block.kind === "paragraph") return escapeMarkdownText(block.line.text);
  return `![${PLACEHOLDER_ALT}](${PLACEHOLDER_IMAGE} "${escapeMarkdownTitle(block.lines[0]?.text ?? "")}")`;
}
