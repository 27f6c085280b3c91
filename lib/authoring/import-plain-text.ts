import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { escapeMarkdownText, escapeMarkdownTitle } from "./escape-markdown";
import { formatFrontMatterField } from "./format-front-matter";
import {
  breadcrumbSegments,
  FURNITURE_NAMES,
  furnitureKind,
  isListItem,
  isRelatedHeading,
  readBracketedCaption,
  readCreditLine,
  readKeywordLine,
  readSourceLine,
  splitKeywords,
} from "./page-furniture";
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
  readonly categoryNote?: string | undefined;
  /** Overrides the byline found on the last short line. */
  readonly author?: string | undefined;
  readonly source?: string | undefined;
  /** Written as `draft:`; imported articles are drafts unless the editor says otherwise. */
  readonly draft?: boolean;
  /**
   * The declared sections, when the editor did not choose one with --category: a section a
   * breadcrumb line names (`Trang chủ > Kinh tế`) is then taken instead of `category`.
   */
  readonly breadcrumbSections?: readonly string[] | undefined;
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

const SOURCE_LINE = "nguồn (đã ghi vào source)";
const KEYWORD_LINE = "từ khóa (đã ghi vào tags)";
const DATELINE_FORM = 'dòng ngày giờ ngay sau tiêu đề, dạng "Thứ Năm, 20/04/2017, 18:02 [GMT+7]"';

interface Line {
  /** 1-based line number in the input. */
  readonly number: number;
  readonly text: string;
}

/** A photo's caption: its text (possibly empty) and the photographer's credit (`Ảnh: Minh Đức`). */
interface Caption {
  readonly lines: readonly Line[];
  readonly text: string;
  readonly credit?: string;
  readonly how: string;
}

type Block = { readonly kind: "paragraph"; readonly line: Line } | ({ readonly kind: "caption" } & Caption);

/** What the page around the article said about it, once its furniture is taken away. */
interface PageFacts {
  readonly lines: readonly Line[];
  readonly source?: { readonly text: string; readonly line: number } | undefined;
  readonly keywords?: { readonly names: readonly string[]; readonly line: number } | undefined;
  readonly section?: { readonly name: string; readonly line: number } | undefined;
}

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
  const guesses: string[] = [];
  const page = stripPage(
    decoded.value.split("\n").map((text, index) => ({ number: index + 1, text: clean(text) })),
    options,
    guesses,
  );
  const { lines } = page;
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
  guesses.unshift(`tiêu đề (dòng ${title.number}): ${JSON.stringify(title.text)}`);
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
  const category = page.section?.name ?? options.category;
  guesses.push(
    page.section === undefined
      ? `chuyên mục: ${options.category}${options.categoryNote === undefined ? "" : ` (${options.categoryNote})`}`
      : `chuyên mục (dòng ${page.section.line}, theo dòng đường dẫn trang): ${page.section.name}`,
  );
  const source = readSource(page, options, guesses);
  if (page.keywords !== undefined) guesses.push(`chủ đề (dòng ${page.keywords.line}): ${page.keywords.names.join(", ")}`);
  const draft = options.draft ?? true;
  if (draft) guesses.push("draft: true (bản nháp, chưa đăng); đổi thành false khi đã đọc lại bài và thay ảnh.");

  const local = new TZDate(date.getTime(), options.timeZone);
  const slug = slugify(title.text);
  const front = [
    formatFrontMatterField("title", title.text),
    formatFrontMatterField("date", format(local, "yyyy-MM-dd HH:mm")),
    formatFrontMatterField("author", authors.length === 1 ? (authors[0] ?? "") : authors),
    formatFrontMatterField("category", category),
    ...(page.keywords === undefined ? [] : [formatFrontMatterField("tags", page.keywords.names)]),
    ...(source === undefined ? [] : [formatFrontMatterField("source", source)]),
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
    const credit = readCreditLine(line.text);
    const last = blocks[blocks.length - 1];
    if (credit !== undefined) {
      // A credit under a caption is that photo's; alone, it is a photo whose caption is lost.
      if (last?.kind === "caption" && last.credit === undefined) blocks[blocks.length - 1] = { ...last, lines: [...last.lines, line], credit };
      else blocks.push({ kind: "caption", lines: [line], text: "", credit, how: "dòng ghi tên người chụp" });
      continue;
    }
    if (isDebris(line.text)) {
      debris.push(line.number);
      continue;
    }
    let repeat = index;
    while (body[repeat + 1]?.text === line.text) repeat++;
    const before = body[index - 1]?.text ?? "";
    const after = body[index + 1]?.text ?? "";
    const bracketed = readBracketedCaption(line.text);
    if (repeat > index) {
      blocks.push({ kind: "caption", ...splitCredit(body.slice(index, repeat + 1), line.text, "dòng lặp lại") });
      index = repeat;
    } else if (isStrayLetter(before) && (after === "" || readCreditLine(after) !== undefined)) {
      blocks.push({ kind: "caption", ...splitCredit([line], line.text, `ngay sau dòng chữ lạc ${JSON.stringify(before)}`) });
    } else if (bracketed !== undefined) {
      blocks.push({ kind: "caption", ...splitCredit([line], bracketed, "dòng trong ngoặc") });
    } else {
      blocks.push({ kind: "paragraph", line });
    }
  }
  for (const block of blocks) {
    if (block.kind !== "caption") continue;
    const numbers = block.lines.map((line) => line.number);
    const where = numbers.length === 1 ? `dòng ${numbers[0]}` : `dòng ${numbers[0]}–${numbers[numbers.length - 1]}`;
    const credit = block.credit === undefined ? "" : `, người chụp: ${JSON.stringify(block.credit)}`;
    guesses.push(`chú thích ảnh (${where}, ${block.how}): ${JSON.stringify(block.text)}${credit}`);
  }
  if (debris.length > 0) guesses.push(`bỏ ${debris.length} dòng rác (dấu câu hoặc chữ cái lẻ): dòng ${debris.join(", ")}`);
  return blocks;
}

/** A caption's text and the credit at its end (`… phát biểu. Ảnh: Minh Đức`), if any. */
function splitCredit(lines: readonly Line[], text: string, how: string): Caption {
  const match = /^(.*?[.!?…])\s+(ảnh(?:\s+tư liệu|\s+minh họa|\s+minh hoạ)?\s*:\s*[^():]{1,80}?)\.?$/iu.exec(text);
  const credit = match?.[2] === undefined ? undefined : readCreditLine(match[2]);
  return credit === undefined || match?.[1] === undefined ? { lines, text, how } : { lines, text: match[1], credit, how };
}

/**
 * Takes the page's furniture away (breadcrumb, counters, buttons, related lists) and keeps
 * what it says about the article: a source line, a keyword line and, when the editor chose
 * no section, the breadcrumb's section. Each line taken away is named in the report.
 */
function stripPage(all: readonly Line[], options: ImportOptions, guesses: string[]): PageFacts {
  const lines: Line[] = [];
  const dropped = new Map<string, number[]>();
  const drop = (name: string, line: Line): void => {
    dropped.set(name, [...(dropped.get(name) ?? []), line.number]);
  };
  let source: PageFacts["source"];
  let keywords: PageFacts["keywords"];
  let section: PageFacts["section"];
  for (let index = 0; index < all.length; index++) {
    const line = all[index];
    if (line === undefined) continue;
    const kind = line.text === "" ? undefined : furnitureKind(line.text);
    const labelled = /^\(?\s*nguồn/iu.test(line.text) ? readSourceLine(line.text) : undefined;
    const keywordLine = readKeywordLine(line.text);
    if (kind !== undefined) {
      drop(FURNITURE_NAMES[kind], line);
      const segments = kind === "breadcrumb" ? breadcrumbSegments(line.text) : undefined;
      const named = options.breadcrumbSections?.find((name) => segments?.some((segment) => slugify(segment) === slugify(name)));
      if (named !== undefined && section === undefined) section = { name: named, line: line.number };
    } else if (isRelatedHeading(line.text)) {
      drop(FURNITURE_NAMES.related, line);
      // The list under it: the lines right below, then any further ones set out as list items.
      let next = index + 1;
      while (next < all.length) {
        const text = all[next]?.text ?? "";
        const following = all.slice(next).find((candidate) => candidate.text !== "")?.text ?? "";
        if (text === "" && !isListItem(following)) break;
        const item = all[next];
        const own = text === "" ? undefined : furnitureKind(text);
        if (item !== undefined && text !== "") drop(own === undefined ? FURNITURE_NAMES.related : FURNITURE_NAMES[own], item);
        next++;
      }
      index = next - 1;
    } else if (labelled !== undefined) {
      source ??= { text: labelled, line: line.number };
      drop(SOURCE_LINE, line);
    } else if (keywordLine !== undefined) {
      const under = keywordLine.labelOnly ? all.slice(index + 1).find((candidate) => candidate.text !== "") : undefined;
      const names = keywordLine.labelOnly ? splitKeywords(under?.text ?? "") : keywordLine.keywords;
      keywords ??= names.length === 0 ? undefined : { names, line: line.number };
      drop(KEYWORD_LINE, line);
      if (under !== undefined && names.length > 0) {
        drop(KEYWORD_LINE, under);
        index = all.indexOf(under);
      }
    } else {
      lines.push(line);
    }
  }
  // A short "(Theo Báo Quảng Ninh)" names the source only as the article's last line.
  const lastIndex = lines.map((line) => line.text !== "").lastIndexOf(true);
  const last = lines[lastIndex];
  const theo = last === undefined ? undefined : readSourceLine(last.text);
  if (last !== undefined && theo !== undefined) {
    source ??= { text: theo, line: last.number };
    drop(SOURCE_LINE, last);
    lines.splice(lastIndex, 1);
  }
  for (const [name, numbers] of dropped) guesses.push(`bỏ ${numbers.length} dòng ${name}: dòng ${numbers.join(", ")}`);
  return { lines, source, keywords, section };
}

/** The source: --source, else the page's source line; both are said in the report. */
function readSource(page: PageFacts, options: ImportOptions, guesses: string[]): string | undefined {
  const given = options.source === undefined || options.source.trim() === "" ? undefined : clean(options.source);
  if (given !== undefined) {
    const also = page.source === undefined ? "" : ` (dòng ${page.source.line} ghi ${JSON.stringify(page.source.text)})`;
    guesses.push(`nguồn: ${given}, theo --source${also}`);
    return given;
  }
  if (page.source !== undefined) guesses.push(`nguồn (dòng ${page.source.line}): ${page.source.text}`);
  return page.source?.text;
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
  const names = text.replace(/^(?:bài|tin|ảnh)(?:\s*(?:,|và)\s*(?:bài|tin|ảnh))*\s*:\s*/iu, "");
  // Any other "label: …" (Nguồn:, Cập nhật:) is not a byline.
  if (names.includes(":")) return [];
  return names
    .split(/\s*(?:[,;]|\s[-–]\s)\s*/u)
    .filter((name) => /\p{L}/u.test(name));
}

function renderBlock(block: Block): string {
  if (block.kind === "paragraph") return escapeMarkdownText(block.line.text);
  return `![${PLACEHOLDER_ALT}](${PLACEHOLDER_IMAGE} "${escapeMarkdownTitle(captionTitle(block))}")`;
}

/**
 * The photo's title: the caption, then the credit at its end, as the papers print it
 * (`… phát biểu. Ảnh: Minh Đức`, or in brackets after a caption with no full stop).
 */
function captionTitle(caption: Caption): string {
  if (caption.credit === undefined) return caption.text;
  if (caption.text === "") return caption.credit;
  return /[.!?…]$/u.test(caption.text) ? `${caption.text} ${caption.credit}` : `${caption.text} (${caption.credit})`;
}
