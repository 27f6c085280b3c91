import { analyseMarkdown, type MarkdownFacts } from "./analyse-markdown";
import type { Article, ArticleImage, Correction, Section } from "./article";
import { invisibleCharacterProblem } from "./invisible-characters";
import { parseDateTime } from "./parse-date-time";
import { isRecord, parseFrontMatter } from "./parse-front-matter";
import { fail, succeed, type ParseResult } from "./parse-result";
import { normaliseText } from "./parse-text-file";
import { describeValue, expected, problemAt, type Problem, type ProblemPlace } from "./problem";
import { slugify } from "./slugify";
import { unsupportedFieldMessage } from "./suggest-field";

/** What an article is checked against: the site's time zone and declared sections. */
export interface ArticleContext {
  readonly timeZone: string;
  readonly sections: readonly Section[];
}

/** A validated article and what its body refers to, for the checks that need every file. */
export interface ParsedArticle {
  readonly article: Article;
  readonly facts: MarkdownFacts;
}

/** Front-matter fields of the content contract, in the order editors write them. */
export const FIELDS = ["title", "date", "updated", "author", "category", "tags", "summary", "source", "draft", "corrections"] as const;

const KNOWN_FIELDS: ReadonlySet<string> = new Set(FIELDS);
const DATE_FORM = "ngày giờ dạng 2017-04-20 18:02 (giờ Việt Nam) hoặc kèm múi giờ như 2017-04-20T11:02:00Z";

/**
 * Parses one article file into a validated {@link Article}, collecting every problem.
 *
 * @param text the file's text, decoded by `parseTextFile`; normalised again, so a string from anywhere reads the same
 * @param file path relative to the repository root, used in messages
 * @param slug the URL slug, derived from the file name by the caller
 */
export function parseArticle(text: string, file: string, slug: string, context: ArticleContext): ParseResult<ParsedArticle> {
  const front = parseFrontMatter(normaliseText(text), file);
  if (!front.ok) return front;
  const { data, keyLines, body, bodyLine } = front.value;
  const problems: Problem[] = [];
  const at = (field: string): ProblemPlace => ({ file, line: keyLines.get(field) ?? 1, field });
  const reader = new FieldReader(data, at, problems);

  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) {
      problems.push(problemAt(at(key), unsupportedFieldMessage(key, FIELDS)));
    }
  }

  const title = reader.text("title", true) ?? "";
  const invisible = invisibleCharacterProblem(title, at("title"), "tiêu đề");
  if (invisible !== undefined) problems.push(invisible);
  const published = reader.date("date", context.timeZone, true);
  const updated = reader.date("updated", context.timeZone, false);
  if (published && updated && updated.getTime() < published.getTime()) {
    problems.push(problemAt(at("updated"), `"updated" phải sau "date" (${String(data.date)}), nhận được ${describeValue(data.updated)}.`));
  }
  const authors = reader.textOrList("author");
  const section = reader.section("category", context.sections);
  const tags = reader.list("tags") ?? [];
  const summary = reader.text("summary", false);
  const source = reader.text("source", false);
  const draft = reader.boolean("draft") ?? false;
  const corrections = reader.corrections("corrections", context.timeZone);

  const facts = safeAnalyse(body, bodyLine);
  if (facts === undefined) {
    problems.push(problemAt({ file, line: bodyLine }, "nội dung bài có cấu trúc quá phức tạp để đọc (ví dụ hàng nghìn dấu * liền nhau); hãy bỏ các ký tự định dạng thừa."));
    return fail(problems);
  }
  for (const image of facts.images) {
    if ((image.alt ?? "").trim() === "") {
      problems.push(problemAt({ file, line: image.line }, `ảnh ${image.url} thiếu mô tả (alt): viết ![mô tả ảnh](${image.url} "Chú thích").`));
    }
  }
  const bodySummary = summary ?? facts.firstParagraph;
  if (bodySummary === "") problems.push(expected(at("summary"), "một đoạn sapo: trường summary hoặc một đoạn văn trong bài", "bài không có đoạn văn nào"));

  if (problems.length > 0 || published === undefined || section === undefined || authors === undefined) {
    return fail(problems);
  }
  const images: ArticleImage[] = facts.images.map((image) => ({ src: image.url, alt: image.alt ?? "", caption: image.caption }));
  return succeed({
    article: {
      slug,
      file,
      title,
      published,
      updated,
      authors,
      section,
      tags,
      summary: bodySummary,
      source,
      draft,
      leadImage: images[0],
      markdown: body,
      leadFromBody: summary === undefined,
      text: facts.text,
      images,
      corrections,
    },
    facts,
  });
}

/** Reads typed fields from front matter, recording a problem for each bad one. */
class FieldReader {
  constructor(
    private readonly data: Readonly<Record<string, unknown>>,
    private readonly at: (field: string) => ProblemPlace,
    private readonly problems: Problem[],
  ) {}

  text(field: string, required: boolean): string | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) {
      if (required) this.problems.push(expected(this.at(field), `trường "${field}" (bắt buộc)`, "không có"));
      return undefined;
    }
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && field !== "title") return String(value);
    this.problems.push(expected(this.at(field), "một chuỗi chữ không rỗng", describeValue(value)));
    return undefined;
  }

  textOrList(field: string): readonly string[] | undefined {
    const value = this.data[field];
    if (typeof value === "string" && value.trim() !== "") return [value.trim()];
    if (Array.isArray(value) && value.length > 0 && value.every(isNonEmptyString)) return value.map((item) => item.trim());
    const found = value === undefined ? "không có" : describeValue(value);
    this.problems.push(expected(this.at(field), `tên tác giả, hoặc danh sách tên như [Hồng Nhung, Minh Đức] ("${field}" bắt buộc)`, found));
    return undefined;
  }

  list(field: string): readonly string[] | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) return undefined;
    if (Array.isArray(value) && value.every(isNonEmptyString)) {
      // `Dân vận` and `dân vận` (or Hoà/Hòa) are one tag: keep the first spelling only.
      const bySlug = new Map<string, string>();
      for (const item of value) if (!bySlug.has(slugify(item))) bySlug.set(slugify(item), item.trim());
      return [...bySlug.values()];
    }
    this.problems.push(expected(this.at(field), "danh sách như [Dân vận, Quảng Ninh]", describeValue(value)));
    return undefined;
  }

  boolean(field: string): boolean | undefined {
    const value = this.data[field];
    if (value === undefined || value === null || typeof value === "boolean") return value ?? undefined;
    this.problems.push(expected(this.at(field), "true hoặc false", describeValue(value)));
    return undefined;
  }

  date(field: string, timeZone: string, required: boolean): Date | undefined {
    const value = this.data[field];
    if (value === undefined || value === null) {
      if (required) this.problems.push(expected(this.at(field), `trường "${field}": ${DATE_FORM}`, "không có"));
      return undefined;
    }
    if (typeof value !== "string") {
      this.problems.push(expected(this.at(field), DATE_FORM, describeValue(value)));
      return undefined;
    }
    const result = parseDateTime(value, timeZone);
    if (result.ok) return result.date;
    this.problems.push(expected(this.at(field), DATE_FORM, `${JSON.stringify(value)} (${result.reason})`));
    return undefined;
  }

  section(field: string, sections: readonly Section[]): Section | undefined {
    const name = this.text(field, true);
    if (name === undefined) return undefined;
    const found = sections.find((section) => section.slug === slugify(name));
    if (found) return found;
    const names = sections.map((section) => section.name).join(", ");
    this.problems.push(expected(this.at(field), `một chuyên mục đã khai báo trong content/sections.yaml (${names})`, JSON.stringify(name)));
    return undefined;
  }

  corrections(field: string, timeZone: string): readonly Correction[] {
    const value = this.data[field];
    if (value === undefined || value === null) return [];
    const form = "danh sách các mục có date và text, ví dụ:\n  - date: 2017-04-21 09:00\n    text: Sửa tên đại biểu";
    if (!Array.isArray(value)) {
      this.problems.push(expected(this.at(field), form, describeValue(value)));
      return [];
    }
    const corrections: Correction[] = [];
    for (const entry of value) {
      const item: unknown = entry;
      const date = isRecord(item) && typeof item.date === "string" ? parseDateTime(item.date, timeZone) : undefined;
      const text = isRecord(item) && isNonEmptyString(item.text) ? item.text.trim() : undefined;
      if (date?.ok && text !== undefined) corrections.push({ date: date.date, text });
      else this.problems.push(expected(this.at(field), form, describeValue(item)));
    }
    return corrections;
  }
}

// The Markdown walkers recurse; pathological emphasis can still exhaust the stack after
// the nesting pre-check, and that must become an editor's message, not a crashed build.
function safeAnalyse(body: string, bodyLine: number): MarkdownFacts | undefined {
  try {
    return analyseMarkdown(body, bodyLine);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}
