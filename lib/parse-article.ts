import { analyseMarkdown, type MarkdownFacts } from "./analyse-markdown";
import type { Article, ArticleImage, ArticleMedia, Correction, Section } from "./article";
import { findSection } from "./find-section";
import { parseDateTime } from "./parse-date-time";
import { findDroppedMarkup } from "./find-dropped-markup";
import { isRecord, locateBody, parseFrontMatter } from "./parse-front-matter";
import { collect, fail, succeed, type ParseResult } from "./parse-result";
import { parseMediaBlock } from "./parse-media";
import { normaliseText } from "./parse-text-file";
import { findInvisibleInBody, invisibleCharacterProblem } from "./invisible-characters";
import { findNameCollisions, type NameKind, type NameUse } from "./name-collisions";
import { describeValue, errorsOf, expected, problemAt, warningsOf, type Problem, type ProblemPlace } from "./problem";
import { FieldReader, fieldPlaces, lengthProblem } from "./read-fields";
import { authorPath, tagPath } from "./routes";
import { slugify } from "./slugify";
import { findMentions } from "./find-mentions";
import { findPlace } from "./find-place";
import { EMPTY_REGISTERS, type Registers } from "./registers";

/**
 * What an article is checked against: the site's time zone and declared sections.
 * Sections are undefined when content/sections.yaml itself is broken: every other rule
 * still runs, and no article is produced.
 */
export interface ArticleContext {
  readonly timeZone: string;
  readonly sections: readonly Section[] | undefined;
  /** The people, bodies and documents a body may mention, and the places it may be tagged with; none when absent. */
  readonly registers?: Registers;
}

/** A validated article, what its body refers to, and the warnings about it. */
export interface ParsedArticle {
  readonly article: Article;
  readonly facts: MarkdownFacts;
  /** What the reader will not see as written (lib/find-dropped-markup.ts); the article still publishes. */
  readonly warnings: readonly Problem[];
}

/** Everything one read of an article file found, whatever was wrong with it. */
export interface ArticleReading {
  /** The article, when the file has no error (it may have warnings). */
  readonly article?: Article;
  /** What the body refers to, whenever the body could be read, for the checks across files. */
  readonly facts?: MarkdownFacts | undefined;
  /** The body's well-formed video and audio clips, whenever the body could be read: their files are checked across files. */
  readonly media?: readonly ArticleMedia[] | undefined;
  /** Lines of the `tags` and `author` fields, whenever the front matter could be read, for the check of names across files. */
  readonly nameLines?: { readonly tags?: number | undefined; readonly author?: number | undefined };
  /** Every error and warning, in front matter and body alike. */
  readonly problems: readonly Problem[];
}

/** How much of a file {@link readArticle} reads. */
export interface ReadOptions {
  /**
   * Parse the body's Markdown; false when the file failed the Markdown limits
   * (lib/markdown-limits.ts), whose whole point is that the parser never sees it.
   */
  readonly analyseBody?: boolean;
}

/**
 * The most characters (or items) readers and crawlers are shown, refused beyond: a
 * headline longer than any paper prints, a byline or tag list that would flood `<title>`,
 * the meta description and the JSON-LD.
 */
export const TEXT_LIMITS = {
  title: 250,
  summary: 1000,
  source: 200,
  name: 100,
  authors: 10,
  tag: 80,
  tags: 20,
  caption: 500,
  alt: 300,
  correction: 1000,
} as const;

/** Tags and authors as the collision check names them. */
export const TAG_NAMES: NameKind = { field: "tags", label: "chủ đề", path: tagPath };
/** See {@link TAG_NAMES}. */
export const AUTHOR_NAMES: NameKind = { field: "author", label: "tác giả", path: authorPath };

/** Front-matter fields of the content contract, in the order editors write them. */
export const FIELDS = ["title", "date", "updated", "author", "category", "tags", "places", "summary", "source", "draft", "corrections"] as const;

const CORRECTIONS_FORM = "danh sách các mục có date và text, ví dụ:\n  - date: 2017-04-21 09:00\n    text: Sửa tên đại biểu";

/**
 * Parses one article file into a validated {@link Article}, or gives its errors;
 * warnings do not stop it (see {@link readArticle}).
 *
 * @param text the file's text, decoded by `parseTextFile`; normalised again, so a string from anywhere reads the same
 * @param file path relative to the repository root, used in messages
 * @param slug the URL slug, derived from the file name by the caller
 */
export function parseArticle(text: string, file: string, slug: string, context: ArticleContext): ParseResult<ParsedArticle> {
  const reading = readArticle(text, file, slug, context);
  const errors = errorsOf(reading.problems);
  if (reading.article === undefined || reading.facts === undefined || errors.length > 0) return fail(errors);
  return succeed({ article: reading.article, facts: reading.facts, warnings: warningsOf(reading.problems) });
}

/**
 * Reads one article file and runs every rule on it, whatever else is wrong with it: a
 * broken front matter does not hide the body's problems, nor one field's another's, so
 * one run of the check lists everything.
 */
export function readArticle(text: string, file: string, slug: string, context: ArticleContext, options: ReadOptions = {}): ArticleReading {
  const normalised = normaliseText(text);
  const front = parseFrontMatter(normalised, file);
  const problems: Problem[] = front.ok ? [] : [...front.problems];
  const located = front.ok ? front.value : locateBody(normalised);
  const read = located === undefined || options.analyseBody === false ? undefined : readBody(located.body, located.bodyLine, file, problems);
  const facts = read?.facts;
  const media = read?.media;
  if (!front.ok) return { facts, media, problems };

  const { data, keyLines, body } = front.value;
  // A field the file does not have is reported at the opening --- line.
  const at = fieldPlaces(file, keyLines, 1);
  const reader = new FieldReader(data, at, problems);
  reader.refuseUnknownFields(FIELDS);

  const title = reader.text("title", { required: true, refuseInvisible: "tiêu đề", maxLength: TEXT_LIMITS.title }) ?? "";
  const published = reader.date("date", { timeZone: context.timeZone, required: true });
  const updated = reader.date("updated", { timeZone: context.timeZone });
  if (published && updated && updated.getTime() < published.getTime()) {
    problems.push(problemAt(at("updated"), `"updated" phải sau "date" (${String(data.date)}), nhận được ${describeValue(data.updated)}.`));
  }
  const authors = reader.names("author", {
    required: true,
    expects: "tên tác giả, hoặc danh sách tên như [Hồng Nhung, Minh Đức]",
    refuseInvisible: "tên tác giả",
    requireSlug: "tên tác giả",
    maxLength: TEXT_LIMITS.name,
    maxItems: TEXT_LIMITS.authors,
  });
  const category = reader.text("category", { required: true, acceptNumber: true });
  const section = category === undefined || context.sections === undefined ? undefined : collect(findSection(context.sections, category, at("category")), problems);
  // `Dân vận` and `dân vận` (or Hoà/Hòa) are one tag: keep the first spelling only.
  const tags = reader.list("tags", { distinctBy: slugify, refuseInvisible: "chủ đề", requireSlug: "chủ đề", maxLength: TEXT_LIMITS.tag, maxItems: TEXT_LIMITS.tags }) ?? [];
  problems.push(...findNameCollisions(namesWritten(data.tags, file, keyLines.get("tags")), TAG_NAMES));
  problems.push(...findNameCollisions(namesWritten(data.author, file, keyLines.get("author")), AUTHOR_NAMES));
  const registers = context.registers ?? EMPTY_REGISTERS;
  // Without the registers (one file read alone) a place is kept as its slug; loadContent always checks it.
  const places = (reader.list("places", { distinctBy: slugify, expects: "danh sách địa danh như [ha-long] (mã hoặc tên trong content/places.yaml)" }) ?? []).flatMap((written) =>
    context.registers === undefined ? [slugify(written)] : (collect(findPlace(registers.places, written, at("places")), problems) ?? []),
  );
  const summary = reader.text("summary", { acceptNumber: true, refuseInvisible: "sapo", maxLength: TEXT_LIMITS.summary });
  const source = reader.text("source", { acceptNumber: true, refuseInvisible: "nguồn", maxLength: TEXT_LIMITS.source });
  const draft = reader.boolean("draft") ?? false;
  const corrections = reader.listOf("corrections", (entry) => readCorrection(entry, context.timeZone), { expects: CORRECTIONS_FORM }) ?? [];
  for (const correction of corrections) problems.push(...checkShownText(correction.text, at("corrections"), "lời đính chính", TEXT_LIMITS.correction));
  const nameLines = { tags: keyLines.get("tags"), author: keyLines.get("author") };
  if (facts === undefined || media === undefined) return { nameLines, problems };

  const bodySummary = summary ?? facts.firstParagraph;
  if (bodySummary === "") problems.push(expected(at("summary"), "một đoạn sapo: trường summary hoặc một đoạn văn trong bài", "bài không có đoạn văn nào"));

  if (errorsOf(problems).length > 0 || published === undefined || section === undefined || authors === undefined) {
    return { facts, media, nameLines, problems };
  }
  const images: ArticleImage[] = facts.images.map((image) => ({ src: image.url, alt: image.alt ?? "", caption: image.caption }));
  const article: Article = {
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
    text: [facts.text, ...media.map((clip) => clip.caption)].join("\n"),
    images,
    media,
    corrections,
    places: [...new Set(places)],
    mentions: findMentions(facts.prose, registers),
  };
  return { article, facts, media, nameLines, problems };
}

/**
 * The body's facts and clips, and its own rules (alt text, invisible characters, media
 * blocks, what the sanitiser drops); undefined when it cannot be parsed.
 */
function readBody(body: string, bodyLine: number, file: string, problems: Problem[]): { facts: MarkdownFacts; media: ArticleMedia[] } | undefined {
  const facts = safeAnalyse(body, bodyLine);
  if (facts === undefined) {
    problems.push(problemAt({ file, line: bodyLine }, "nội dung bài có cấu trúc quá phức tạp để đọc (ví dụ hàng nghìn dấu * liền nhau); hãy bỏ các ký tự định dạng thừa."));
    return undefined;
  }
  const imageLines = new Set<number>();
  for (const image of facts.images) {
    if ((image.alt ?? "").trim() === "") {
      problems.push(problemAt({ file, line: image.line }, `ảnh ${image.url} thiếu mô tả (alt): viết ![mô tả ảnh](${image.url} "Chú thích").`));
    }
    const shown = [...checkShownText(image.alt ?? "", { file, line: image.line }, "mô tả ảnh", TEXT_LIMITS.alt), ...checkShownText(image.caption ?? "", { file, line: image.line }, "chú thích ảnh", TEXT_LIMITS.caption)];
    if (shown.length > 0) imageLines.add(image.line);
    problems.push(...shown);
  }
  // A photo's line already named for its caption or alt text is not named again as body text.
  problems.push(...findInvisibleInBody(body, file, bodyLine).filter((problem) => problem.line === undefined || !imageLines.has(problem.line)));
  const media = facts.media.flatMap((block) => collect(parseMediaBlock(block, file), problems) ?? []);
  problems.push(...findDroppedMarkup(facts, file));
  return { facts, media };
}

// The names as the editor wrote them, before duplicates are merged, so that the
// collision check sees `C++` and `C#` even when the reader keeps only the first.
function namesWritten(value: unknown, file: string, line: number | undefined): NameUse[] {
  const names = typeof value === "string" ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  return names.slice(0, TEXT_LIMITS.tags).map((name) => ({ name: name.trim(), file, line }));
}

// Text the page prints that is not a front-matter string of its own (captions, alt
// texts, corrections) gets the same invisible-character rule and a length limit.
function checkShownText(text: string, place: ProblemPlace, name: string, limit: number): Problem[] {
  // A caption may wrap over two lines of the file; the page prints one line.
  const shown = text.replace(/\n/g, " ");
  return [invisibleCharacterProblem(shown, place, name), lengthProblem(shown, place, limit)].filter((problem) => problem !== undefined);
}

function readCorrection(entry: unknown, timeZone: string): Correction | undefined {
  if (!isRecord(entry) || typeof entry.date !== "string" || typeof entry.text !== "string" || entry.text.trim() === "") return undefined;
  const date = parseDateTime(entry.date, timeZone);
  return date.ok ? { date: date.date, text: entry.text.trim() } : undefined;
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
