import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { imageSize } from "image-size";
import { parseGlossary, type Glossary } from "./parse-glossary";
import type { BodyReference } from "./analyse-markdown";
import type { Article, Section } from "./article";
import { checkMarkdownLimits, MAX_FILE_BYTES } from "./markdown-limits";
import { readArticle, type ArticleContext } from "./parse-article";
import { parseDateTime } from "./parse-date-time";
import { parseFrontMatter } from "./parse-front-matter";
import { collect, type ParseResult } from "./parse-result";
import { parseTextFile } from "./parse-text-file";
import { findScaffoldLeftovers } from "./scaffold-leftovers";
import { suggestFile } from "./suggest-file";
import { problemAt, type Problem } from "./problem";
import { parseSections, parseSiteConfig, type SiteConfig } from "./site-config";
import { articleSlug, showPath, type ContentPaths } from "./content-paths";

/** Everything the site is built from, validated. */
export interface Content {
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
  /** Every article, drafts and scheduled ones included, newest first. */
  readonly articles: readonly Article[];
  /** Intrinsic sizes of the images articles use, keyed by their URL path. */
  readonly imageSizes: ReadonlyMap<string, ImageFacts>;
  /** Political abbreviations expanded on first use in each body. */
  readonly glossary: Glossary;
}

/** An image's intrinsic size, file size and MIME type, read once at load. */
export interface ImageFacts {
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly type: string;
}

/** Content plus every problem found; content is usable only when problems is empty. */
export interface LoadResult {
  readonly content: Content | undefined;
  readonly problems: readonly Problem[];
  /** How many article files were read, for the "read once per build" guarantee. */
  readonly filesRead: number;
}

/** Where content lives and how paths are shown to editors. */
export interface LoadOptions extends ContentPaths {
  /**
   * Article files to check as these bytes instead of what is on disk, by absolute path:
   * `npm run check -- --fix` checks its fixes this way before it writes any.
   */
  readonly replacements?: ReadonlyMap<string, Uint8Array>;
}

/** The zone articles are read in when content/site.yaml is broken, so their dates are still checked. */
const FALLBACK_TIME_ZONE = "Asia/Ho_Chi_Minh";

/**
 * Reads and validates the whole content folder, collecting every problem in every file:
 * every rule runs on every file whatever else is wrong with it or with the settings, so
 * one run lists everything.
 */
export function loadContent(options: LoadOptions): LoadResult {
  const show = (absolute: string): string => showPath(options, absolute);
  const problems: Problem[] = [];
  const site = readSettings(path.join(options.contentDir, "site.yaml"), show, parseSiteConfig, problems);
  const sections = readSettings(path.join(options.contentDir, "sections.yaml"), show, parseSections, problems);
  const glossaryFile = path.join(options.contentDir, "abbreviations.yaml");
  // The glossary is optional: a site without one simply expands no abbreviations.
  const glossary = existsSync(glossaryFile) ? readSettings(glossaryFile, show, parseGlossary, problems) : new Map<string, string>();
  const articleDir = path.join(options.contentDir, "articles");
  const files = listFiles(articleDir);
  const context: ArticleContext = { timeZone: site?.timeZone ?? FALLBACK_TIME_ZONE, sections };

  const articles: Article[] = [];
  const references: FileReferences[] = [];
  const bySlug = new Map<string, string>();
  for (const absolute of files) {
    const file = show(absolute);
    if (!absolute.endsWith(".md")) {
      problems.push(problemAt({ file }, "tệp trong content/articles/ phải có đuôi .md; đổi tên hoặc chuyển tệp này ra ngoài."));
      continue;
    }
    const slug = articleSlug(absolute);
    const read = readArticleText(absolute, file, problems, options.replacements?.get(absolute));
    if (read === undefined) continue;
    const clash = bySlug.get(slug);
    if (slug === "") {
      problems.push(problemAt({ file }, "tên tệp phải có chữ hoặc số để làm đường dẫn, ví dụ btv-tinh-uy-lam-viec.md."));
    } else if (clash !== undefined) {
      problems.push(problemAt({ file }, `trùng đường dẫn /bai-viet/${slug} với ${clash}; đổi tên một trong hai tệp.`));
    } else {
      bySlug.set(slug, file);
    }
    // A file with a bad name is still read, so its other problems come out in the same run.
    const reading = readArticle(read.text, file, slug, context, { analyseBody: read.withinLimits });
    problems.push(...reading.problems);
    if (reading.facts !== undefined) references.push({ file, ...reading.facts });
    if (reading.article !== undefined && bySlug.get(slug) === file) {
      articles.push(reading.article);
      // What `npm run new` wrote must be replaced before an article leaves draft.
      problems.push(...findScaffoldLeftovers(reading.article, read.text));
    }
  }
  problems.push(...findStrayArticles(options, context, show, references));

  const imageSizes = checkReferences(references, bySlug, options.publicDir, problems);
  articles.sort((a, b) => b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : 1));
  if (site === undefined || sections === undefined || glossary === undefined) return { content: undefined, problems, filesRead: files.length };
  return { content: { site, sections, articles, imageSizes, glossary }, problems, filesRead: files.length };
}

/** What one file's body refers to, for the checks that need every file. */
interface FileReferences {
  readonly file: string;
  readonly images: readonly BodyReference[];
  readonly links: readonly BodyReference[];
}

/**
 * Article files saved anywhere under the content folder but `articles/` (in `content/`
 * itself, in `content/bai-viet/`…): the site never reads them, so the check says where they
 * belong, and checks them as articles too, so moving them brings no surprise.
 */
function findStrayArticles(options: LoadOptions, context: ArticleContext, show: (absolute: string) => string, references: FileReferences[]): Problem[] {
  const articleDir = path.join(options.contentDir, "articles");
  const problems: Problem[] = [];
  for (const absolute of listFilesOutside(options.contentDir, articleDir)) {
    if (!/\.(md|markdown)$/i.test(absolute)) continue;
    const file = show(absolute);
    const found: Problem[] = [];
    const read = readArticleText(absolute, file, found);
    // Only a file with front matter is an article; the editors' guide (README.md) is not,
    // and what is wrong with it is none of the check's business.
    if (read === undefined || !/^---[ \t]*(\n|$)/.test(read.text)) continue;
    problems.push(...found);
    const reading = readArticle(read.text, file, articleSlug(absolute), context, { analyseBody: read.withinLimits });
    const front = parseFrontMatter(read.text, file);
    const date = front.ok && typeof front.value.data.date === "string" ? parseDateTime(front.value.data.date, context.timeZone) : undefined;
    const month = date?.ok === true ? format(new TZDate(date.date.getTime(), context.timeZone), "yyyy/MM") : "<năm>/<tháng>";
    const name = `${path.basename(absolute).replace(/\.(md|markdown)$/i, "")}.md`;
    const destination = `${show(articleDir)}/${month}/${name}`;
    problems.push(problemAt({ file }, `bài này nằm ngoài content/articles/ nên không bao giờ được đăng; chuyển tệp tới ${destination}.`), ...reading.problems);
    if (reading.facts !== undefined) references.push({ file, ...reading.facts });
  }
  return problems;
}

/** Reads and parses one settings file, recording its problems (or its absence). */
export function readSettings<T>(
  absolute: string,
  show: (absolute: string) => string,
  parse: (text: string, file: string) => ParseResult<T>,
  problems: Problem[],
): T | undefined {
  const file = show(absolute);
  if (!existsSync(absolute)) {
    problems.push(problemAt({ file }, "thiếu tệp cấu hình này; xem content/README.md."));
    return undefined;
  }
  const text = collect(parseTextFile(readFileSync(absolute), file), problems);
  return text === undefined ? undefined : collect(parse(text, file), problems);
}

/** Every file under `articles/` of the content folder, absolute, sorted: what {@link loadContent} reads. */
export function listArticleFiles(paths: Pick<ContentPaths, "contentDir">): string[] {
  return listFiles(path.join(paths.contentDir, "articles"));
}

/** The article file under `articleDir` whose URL slug is `slug`, in any year or month, or undefined. */
export function findArticleFile(articleDir: string, slug: string): string | undefined {
  return listFiles(articleDir).find((file) => file.endsWith(".md") && articleSlug(file) === slug);
}

// A walk that never enters `excluded`, so finding stray articles does not list the archive again.
function listFilesOutside(dir: string, excluded: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const absolute = path.join(dir, entry.name);
    if (entry.name.startsWith(".") || absolute === excluded) continue;
    if (entry.isDirectory()) found.push(...listFilesOutside(absolute, excluded));
    else if (entry.isFile()) found.push(absolute);
  }
  return found.sort();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** An article file's text, and whether its body is within the Markdown limits (so may be parsed). */
interface ArticleText {
  readonly text: string;
  readonly withinLimits: boolean;
}

function readArticleText(absolute: string, file: string, problems: Problem[], replacement?: Uint8Array): ArticleText | undefined {
  const size = replacement?.length ?? statSync(absolute).size;
  if (size > MAX_FILE_BYTES) {
    problems.push(problemAt({ file }, `tệp quá lớn (${Math.ceil(size / 1024)} KB, tối đa ${MAX_FILE_BYTES / 1024} KB); hãy tách bài hoặc bỏ nội dung thừa.`));
    return undefined;
  }
  const text = collect(parseTextFile(replacement ?? readFileSync(absolute), file), problems);
  if (text === undefined) return undefined;
  const limits = checkMarkdownLimits(text, file);
  problems.push(...limits);
  return { text, withinLimits: limits.length === 0 };
}

function checkReferences(
  references: readonly FileReferences[],
  slugs: ReadonlyMap<string, string>,
  publicDir: string,
  problems: Problem[],
): Map<string, ImageFacts> {
  const sizes = new Map<string, ImageFacts>();
  const missing = new Set<string>();
  // Listed once, and only when a photo is missing, to suggest the file it probably meant.
  let publicFiles: string[] | undefined;
  for (const { file, images, links } of references) {
    for (const image of images) {
      if (sizes.has(image.url)) continue;
      if (!image.url.startsWith("/") || image.url.startsWith("//")) {
        // Pages allow images from our own origin only (CSP img-src 'self'), so an outside or
        // relative address would show a broken image to every reader.
        problems.push(problemAt({ file, line: image.line }, `ảnh ${JSON.stringify(image.url)} phải là tệp trong thư mục public/, viết đường dẫn bắt đầu bằng / (ví dụ /images/2017/04/anh.jpg).`));
        continue;
      }
      const size = missing.has(image.url) ? undefined : readImageSize(publicDir, image.url);
      if (size === undefined) {
        missing.add(image.url);
        publicFiles ??= listFiles(publicDir).map((absolute) => `/${path.relative(publicDir, absolute).split(path.sep).join("/")}`);
        const guess = suggestFile(image.url, publicFiles);
        const hint = guess === undefined ? "kiểm tra tên tệp ảnh." : `có phải là ${guess}?`;
        problems.push(problemAt({ file, line: image.line }, `không thấy ảnh ${image.url} trong thư mục public/; ${hint}`));
      } else {
        sizes.set(image.url, size);
      }
    }
    for (const link of links) {
      const target = /^\/bai-viet\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link.url)?.[1];
      if (target !== undefined && !slugs.has(target)) {
        problems.push(problemAt({ file, line: link.line }, `liên kết tới ${link.url} nhưng không có bài nào có đường dẫn đó.`));
      }
    }
  }
  return sizes;
}

const MIME_TYPES: Readonly<Record<string, string>> = { svg: "image/svg+xml", png: "image/png", jpg: "image/jpeg", webp: "image/webp", gif: "image/gif", avif: "image/avif" };

function readImageSize(publicDir: string, url: string): ImageFacts | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split(/[?#]/)[0] ?? "");
  } catch {
    return undefined;
  }
  const absolute = path.resolve(/*turbopackIgnore: true*/ publicDir, `.${decoded}`);
  if (!absolute.startsWith(path.resolve(publicDir) + path.sep) || !existsSync(/*turbopackIgnore: true*/ absolute)) return undefined;
  try {
    const bytes = readFileSync(/*turbopackIgnore: true*/ absolute);
    const size = imageSize(bytes);
    const type = MIME_TYPES[size.type ?? ""] ?? "application/octet-stream";
    return size.width > 0 && size.height > 0 ? { width: size.width, height: size.height, bytes: bytes.length, type } : undefined;
  } catch {
    return undefined;
  }
}
