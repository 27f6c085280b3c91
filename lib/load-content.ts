import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import { parseGlossary, type Glossary } from "./parse-glossary";
import type { BodyReference } from "./analyse-markdown";
import type { Article, ArticleRecord, ArticleSummary, Section } from "./article";
import { checkMarkdownLimits, MAX_FILE_BYTES } from "./markdown-limits";
import { AUTHOR_NAMES, parseArticle, TAG_NAMES, type ArticleContext, type ParsedArticle } from "./parse-article";
import { findNameCollisions, type NameUse } from "./name-collisions";
import { collect, type ParseResult } from "./parse-result";
import { parseTextFile } from "./parse-text-file";
import { findScaffoldLeftovers } from "./scaffold-leftovers";
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
export type LoadOptions = ContentPaths;

/** What one article file gave on its own, before the rules that need every file. */
export interface FileOutcome {
  /** The file as shown to editors. */
  readonly file: string;
  readonly slug: string;
  /** Its text was read, so it claims its slug (a clash is reported at the later file). */
  readonly read: boolean;
  /** This file's own problems. */
  readonly problems: readonly Problem[];
  readonly parsed?: ParsedArticle;
}

/** What the rules across files need of one file: its outcome without the Markdown body. */
export interface FileFacts {
  readonly file: string;
  readonly slug: string;
  readonly read: boolean;
  readonly problems: readonly Problem[];
  readonly record?: ArticleRecord;
  readonly images: readonly BodyReference[];
  readonly links: readonly BodyReference[];
  readonly nameLines: { readonly tags?: number; readonly author?: number };
}

/** The settings files every article is read against. */
export interface ContentSettings {
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
  readonly glossary: Glossary;
}

/** Reads and validates the whole content folder, collecting every problem in every file. */
export function loadContent(options: LoadOptions): LoadResult {
  const problems: Problem[] = [];
  const settings = loadContentSettings(options, problems);
  const { files, listed } = listArticleFiles(options, problems);
  if (settings === undefined) return { content: undefined, problems, filesRead: 0 };
  const context = { timeZone: settings.site.timeZone, sections: settings.sections };
  const outcomes = files.map((absolute) => readArticleFile(absolute, showPath(options, absolute), context));
  const across = checkAcrossFiles(outcomes.map(factsOf), options.publicDir);
  problems.push(...across.problems);
  const accepted = new Set(across.accepted.map((facts) => facts.file));
  const articles = outcomes.flatMap((outcome) => (outcome.parsed !== undefined && accepted.has(outcome.file) ? [outcome.parsed.article] : []));
  articles.sort(newestFirst);
  return { content: { ...settings, articles, imageSizes: across.imageSizes }, problems, filesRead: listed };
}

/** Newest first; ties on the instant by slug, so two loads of the same content agree. */
export function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Reads site.yaml, sections.yaml and the optional glossary, recording their problems. */
export function loadContentSettings(options: LoadOptions, problems: Problem[]): ContentSettings | undefined {
  const show = (absolute: string): string => showPath(options, absolute);
  const site = readSettings(path.join(options.contentDir, "site.yaml"), show, parseSiteConfig, problems);
  const sections = readSettings(path.join(options.contentDir, "sections.yaml"), show, parseSections, problems);
  const glossaryFile = path.join(options.contentDir, "abbreviations.yaml");
  // The glossary is optional: a site without one simply expands no abbreviations.
  const glossary = existsSync(glossaryFile) ? readSettings(glossaryFile, show, parseGlossary, problems) : new Map<string, string>();
  return site === undefined || sections === undefined || glossary === undefined ? undefined : { site, sections, glossary };
}

/**
 * The article files (`.md`, sorted), recording a problem for every other file and every
 * symbolic link; `listed` counts every file, Markdown or not.
 */
export function listArticleFiles(options: LoadOptions, problems: Problem[]): { files: string[]; links: string[]; listed: number } {
  const show = (absolute: string): string => showPath(options, absolute);
  const { files, links } = listFiles(path.join(options.contentDir, "articles"));
  // A link could point anywhere on the server (or nowhere); content is plain files only.
  for (const link of links) problems.push(problemAt({ file: show(link) }, "đây là liên kết tượng trưng (symlink), không phải tệp thật; trang không đọc liên kết trong content/. Chép tệp thật vào đây thay cho liên kết."));
  const articles: string[] = [];
  for (const absolute of files) {
    if (absolute.endsWith(".md")) articles.push(absolute);
    else problems.push(problemAt({ file: show(absolute) }, "tệp trong content/articles/ phải có đuôi .md; đổi tên hoặc chuyển tệp này ra ngoài."));
  }
  return { files: articles, links, listed: files.length };
}

/** Reads, parses and validates one article file on its own (the rules of one file). */
export function readArticleFile(absolute: string, file: string, context: ArticleContext, bytes?: Buffer): FileOutcome {
  const slug = articleSlug(absolute);
  const problems: Problem[] = [];
  const text = readArticleText(absolute, file, problems, bytes);
  if (text === undefined) return { file, slug, read: false, problems };
  if (slug === "") {
    problems.push(problemAt({ file }, "tên tệp phải có chữ hoặc số để làm đường dẫn, ví dụ btv-tinh-uy-lam-viec.md."));
    return { file, slug, read: true, problems };
  }
  const parsed = collect(parseArticle(text, file, slug, context), problems);
  // What `npm run new` wrote must be replaced before an article leaves draft.
  if (parsed !== undefined) problems.push(...findScaffoldLeftovers(parsed.article, text));
  return { file, slug, read: true, problems, parsed };
}

/** An outcome as the rules across files see it. */
export function factsOf(outcome: FileOutcome): FileFacts {
  const { file, slug, read, problems, parsed } = outcome;
  if (parsed === undefined) return { file, slug, read, problems, images: [], links: [], nameLines: {} };
  const { markdown: _markdown, text: _text, ...record } = parsed.article;
  return { file, slug, read, problems, record, images: parsed.facts.images, links: parsed.facts.links, nameLines: parsed.nameLines };
}

/** What the rules across files found: every problem in file order, the articles kept, image sizes. */
export interface AcrossFiles {
  readonly problems: readonly Problem[];
  /** Files that gave a record and were not refused for a clashing slug (usable once problems is empty). */
  readonly accepted: readonly FileFacts[];
  readonly imageSizes: ReadonlyMap<string, ImageFacts>;
}

/**
 * The rules that need every file, over files in path order: each file's own problems, a
 * slug another file already has (reported at the later file, whose own problems are then
 * left out), names that collide across files, images missing from public/ and links to
 * articles that do not exist.
 */
export function checkAcrossFiles(files: readonly FileFacts[], publicDir: string): AcrossFiles {
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  const kept: FileFacts[] = [];
  const tagUses: NameUse[] = [];
  const authorUses: NameUse[] = [];
  for (const facts of files) {
    if (!facts.read || facts.slug === "") {
      problems.push(...facts.problems);
      continue;
    }
    const clash = bySlug.get(facts.slug);
    if (clash !== undefined) {
      problems.push(problemAt({ file: facts.file }, `trùng đường dẫn /bai-viet/${facts.slug} với ${clash}; đổi tên một trong hai tệp.`));
      continue;
    }
    bySlug.set(facts.slug, facts.file);
    problems.push(...facts.problems);
    const { record } = facts;
    if (record === undefined) continue;
    kept.push(facts);
    tagUses.push(...record.tags.map((name) => ({ name, file: facts.file, line: facts.nameLines.tags })));
    authorUses.push(...record.authors.map((name) => ({ name, file: facts.file, line: facts.nameLines.author })));
  }
  // parseArticle compares the names within a file (and keeps one per slug); here, across files.
  problems.push(...findNameCollisions(tagUses, TAG_NAMES), ...findNameCollisions(authorUses, AUTHOR_NAMES));
  const imageSizes = checkReferences(kept, bySlug, publicDir, problems);
  return { problems, accepted: kept, imageSizes };
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

/** The article file under `articleDir` whose URL slug is `slug`, in any year or month, or undefined. */
export function findArticleFile(articleDir: string, slug: string): string | undefined {
  return listFiles(articleDir).files.find((file) => file.endsWith(".md") && articleSlug(file) === slug);
}

// Symbolic links are listed apart (readdir does not follow them), so they are reported
// instead of silently skipped.
function listFiles(dir: string): { files: string[]; links: string[] } {
  if (!existsSync(dir)) return { files: [], links: [] };
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => !entry.name.startsWith("."));
  const paths = (keep: (entry: Dirent) => boolean) => entries.filter(keep).map((entry) => path.join(entry.parentPath, entry.name)).sort();
  return { files: paths((entry) => entry.isFile()), links: paths((entry) => entry.isSymbolicLink()) };
}

function readArticleText(absolute: string, file: string, problems: Problem[], bytes?: Buffer): string | undefined {
  const size = bytes?.length ?? statSync(absolute).size;
  if (size > MAX_FILE_BYTES) {
    problems.push(problemAt({ file }, `tệp quá lớn (${Math.ceil(size / 1024)} KB, tối đa ${MAX_FILE_BYTES / 1024} KB); hãy tách bài hoặc bỏ nội dung thừa.`));
    return undefined;
  }
  const text = collect(parseTextFile(bytes ?? readFileSync(absolute), file), problems);
  if (text === undefined) return undefined;
  const limits = checkMarkdownLimits(text, file);
  if (limits.length > 0) {
    problems.push(...limits);
    return undefined;
  }
  return text;
}

function checkReferences(
  references: readonly FileFacts[],
  slugs: ReadonlyMap<string, string>,
  publicDir: string,
  problems: Problem[],
): Map<string, ImageFacts> {
  const sizes = new Map<string, ImageFacts>();
  const missing = new Set<string>();
  for (const { file, images, links } of references) {
    for (const image of images) {
      if (sizes.has(image.url)) continue;
      if (!image.url.startsWith("/") || image.url.startsWith("//")) {
        // Pages allow images from our own origin only (CSP img-src 'self'), so an outside or
        // relative address would show a broken image to every reader.
        problems.push(problemAt({ file, line: image.line }, `ảnh ${JSON.stringify(image.url)} phải là tệp trong thư mục public/, viết đường dẫn bắt đầu bằng / (ví dụ /images/2017/04/anh.jpg).`));
        continue;
      }
      const size = missing.has(image.url) ? undefined : loadImageFacts(publicDir, image.url);
      if (size === undefined) {
        missing.add(image.url);
        problems.push(problemAt({ file, line: image.line }, `không thấy ảnh ${image.url} trong thư mục public/; kiểm tra tên tệp ảnh.`));
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

/** The facts of a public image by its URL path, or undefined when there is no such readable image. */
export function loadImageFacts(publicDir: string, url: string): ImageFacts | undefined {
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
