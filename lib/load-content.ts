import { appendAll } from "./append-all";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { checkPhoto, MAX_BYTES } from "./check-photo";
import { stripDrawing } from "./strip-drawing";
import { parsePhotoHeader, type ByteSource, type PhotoFacts, type PhotoHeader } from "./parse-photo-header";
import { parseGlossary, type Glossary } from "./parse-glossary";
import type { BodyReference } from "./analyse-markdown";
import type { Article, ArticleMedia, ArticleRecord, ArticleSummary, MediaKind, Section } from "./article";
import { checkMarkdownLimits, MAX_FILE_BYTES } from "./markdown-limits";
import { AUTHOR_NAMES, readArticle, TAG_NAMES, type ArticleContext, type ArticleReading } from "./parse-article";
import { findNameCollisions, type NameUse } from "./name-collisions";
import { parseDateTime } from "./parse-date-time";
import { parseFrontMatter } from "./parse-front-matter";
import { collect, type ParseResult } from "./parse-result";
import { parseTextFile } from "./parse-text-file";
import { findScaffoldLeftovers } from "./scaffold-leftovers";
import { mediaTypeOf } from "./parse-media";
import { suggestFile } from "./suggest-file";
import { expected, problemAt, warningAt, type Problem } from "./problem";
import { parseSections, parseSiteConfig, type SiteConfig } from "./site-config";
import { findUnsetMastheadFields } from "./legal-masthead";
import { checkFrontPage, NO_CHOICE, parseFrontPage, type FrontPageChoice } from "./front-page";
import { articleSlug, originalsDir, resolveOriginal, showPath, type ContentPaths } from "./content-paths";
import { assembleRegisters, type ReadRegisterFile } from "./assemble-registers";
import type { Registers } from "./registers";

/** Everything the site is built from, validated. */
export interface Content {
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
  /** Every article, drafts and scheduled ones included, newest first. */
  readonly articles: readonly Article[];
  /** What the header of each photo articles use says (oriented size, format, bytes), keyed by the address articles write. */
  readonly imageSizes: ReadonlyMap<string, ImageFacts>;
  /**
   * SHA-256 of each photo's original, keyed like `imageSizes`: the key of its derived files.
   * Empty from loadContent, so `npm run check` never reads whole photos; the site and its
   * build fill it (app/_data/content.ts, through lib/photo-cache.ts).
   */
  readonly photoHashes: ReadonlyMap<string, string>;
  /** Size and MIME type of the self-hosted video and audio files articles use, keyed by their URL path. */
  readonly mediaFiles: ReadonlyMap<string, MediaFacts>;
  /** Political abbreviations expanded on first use in each body. */
  readonly glossary: Glossary;
  /** The editors' lead story and highlights from `front-page.yaml`, or no choice. */
  readonly frontPage: FrontPageChoice;
  /** People, bodies, documents and places (content/people.yaml and the rest). */
  readonly registers: Registers;
}

/** A photo's facts from its header, read once at load (lib/parse-photo-header.ts). */
export type ImageFacts = PhotoFacts;

/** A self-hosted video or audio file's size and MIME type, read once at load. */
export interface MediaFacts {
  readonly bytes: number;
  readonly type: string;
}

/** Past these sizes a clip is slow to play on a rural mobile connection: the check warns. */
export const MEDIA_WARNING_BYTES: Readonly<Record<MediaKind, number>> = { video: 50 * 1024 * 1024, audio: 20 * 1024 * 1024 };

/**
 * Content plus every problem found, errors and warnings alike (`severity: "warning"`, see
 * lib/problem.ts); content is usable only when there is no error.
 */
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
  /** What earlier runs read from the photos, so an unchanged one is not read again (the content cache keeps one). */
  readonly photoReadings?: PhotoReadings;
}

/** What a photo check reads from an original: its header, and for a drawing whether a clean copy can be made. */
export interface PhotoReading {
  readonly header: PhotoHeader;
  readonly cleanable: boolean;
}

/** An original's identity on disk: a photo replaced, edited or touched has another. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

/**
 * Readings of photos from earlier runs, by absolute path and stamp. Reading a header costs
 * a few seeks, and every run checks every photo of the archive (100,000 and more).
 */
export interface PhotoReadings {
  recall(file: string, stamp: FileStamp): PhotoReading | undefined;
  remember(file: string, stamp: FileStamp, reading: PhotoReading): void;
}

/** The zone articles are read in when content/site.yaml is broken, so their dates are still checked. */
const FALLBACK_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The settings files every article is read against, each undefined when it could not be read. */
export interface ContentSettings {
  readonly site?: SiteConfig | undefined;
  readonly sections?: readonly Section[] | undefined;
  readonly glossary?: Glossary | undefined;
  readonly frontPage?: FrontPageChoice | undefined;
  /** People, bodies, documents and places (content/people.yaml and the rest); undefined when one could not be read. */
  readonly registers?: Registers | undefined;
  /** The front page file as shown to editors, for the check of its picks against the articles. */
  readonly frontPageFile: string;
  /** What articles are read against: the site's zone (or a fallback, so dates are still checked), the sections and the registers. */
  readonly context: ArticleContext;
}

/** What one article file gave on its own, before the rules that need every file. */
export interface FileFacts {
  /** The file as shown to editors. */
  readonly file: string;
  readonly slug: string;
  /** Its text was read, so it claims its slug (a clash is reported at the later file). */
  readonly read: boolean;
  /** This file's own problems, in the order the check prints them. */
  readonly problems: readonly Problem[];
  /** Where in `problems` a clash with another file's slug is told: after the problems of reading the text. */
  readonly clashAt: number;
  /** The article's record, when the file has no error. */
  readonly record?: ArticleRecord | undefined;
  /** What its body points at, whenever the body could be read. */
  readonly references?: References | undefined;
  readonly nameLines: { readonly tags?: number | undefined; readonly author?: number | undefined };
}

/** A file's facts and, when it has no error, the whole article (body included). */
export interface FileOutcome extends FileFacts {
  readonly article?: Article | undefined;
}

/**
 * Reads and validates the whole content folder, collecting every problem in every file:
 * every rule runs on every file whatever else is wrong with it or with the settings, so
 * one run lists everything. lib/load-content-cached.ts applies the same rules through the
 * content cache.
 */
export function loadContent(options: LoadOptions): LoadResult {
  const problems: Problem[] = [];
  const settings = loadContentSettings(options, problems);
  const { files, listed } = listArticleSources(options, problems);
  const outcomes = files.map((absolute) => readArticleFile(absolute, showPath(options, absolute), settings.context, options.replacements?.get(absolute)));
  const across = checkAcrossFiles(outcomes, options, settings);
  appendAll(problems, across.problems);
  const accepted = new Set(across.accepted.map((facts) => facts.file));
  const articles = outcomes.flatMap((outcome) => (outcome.article !== undefined && accepted.has(outcome.file) ? [outcome.article] : []));
  articles.sort(newestFirst);
  const { site, sections, glossary, frontPage, registers } = settings;
  if (site === undefined || sections === undefined || glossary === undefined || frontPage === undefined || registers === undefined) return { content: undefined, problems, filesRead: listed };
  const { imageSizes, mediaFiles } = across;
  return { content: { site, sections, articles, imageSizes, photoHashes: new Map(), mediaFiles, glossary, frontPage, registers }, problems, filesRead: listed };
}

/** Newest first; ties on the instant by slug, so two loads of the same content agree. */
export function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** Reads site.yaml, sections.yaml, the optional glossary and front page, recording their problems. */
export function loadContentSettings(options: LoadOptions, problems: Problem[]): ContentSettings {
  const show = (absolute: string): string => showPath(options, absolute);
  const siteFile = path.join(/*turbopackIgnore: true*/ options.contentDir, "site.yaml");
  const site = readSettings(siteFile, show, parseSiteConfig, problems);
  if (site !== undefined) problems.push(...findUnsetMastheadFields(site.masthead, show(siteFile)));
  const sections = readSettings(path.join(/*turbopackIgnore: true*/ options.contentDir, "sections.yaml"), show, parseSections, problems);
  const glossaryFile = path.join(/*turbopackIgnore: true*/ options.contentDir, "abbreviations.yaml");
  // The glossary is optional: a site without one simply expands no abbreviations.
  const glossary = existsSync(glossaryFile) ? readSettings(glossaryFile, show, parseGlossary, problems) : new Map<string, string>();
  const timeZone = site?.timeZone ?? FALLBACK_TIME_ZONE;
  const frontPageFile = path.join(/*turbopackIgnore: true*/ options.contentDir, "front-page.yaml");
  // Optional too: without it the newest article leads the home page.
  const frontPage = existsSync(frontPageFile) ? readSettings(frontPageFile, show, (text, file) => parseFrontPage(text, file, timeZone), problems) : NO_CHOICE;
  // Optional like the glossary: without them no name is linked and no place may be tagged.
  const readRegister: ReadRegisterFile = (name, parse) => {
    const absolute = path.join(/*turbopackIgnore: true*/ options.contentDir, name);
    return { entries: existsSync(absolute) ? readSettings(absolute, show, parse, problems) : new Map(), file: show(absolute) };
  };
  const { registers, complete } = assembleRegisters(readRegister, glossary ?? new Map(), problems);
  return {
    site,
    sections,
    glossary,
    frontPage,
    registers: complete ? registers : undefined,
    frontPageFile: show(frontPageFile),
    context: { timeZone, sections, registers },
  };
}

/**
 * The article files (`.md`, sorted), recording a problem for every other file and every
 * symbolic link under `articles/`; `listed` counts every file, Markdown or not.
 */
export function listArticleSources(options: LoadOptions, problems: Problem[]): { files: string[]; listed: number } {
  const show = (absolute: string): string => showPath(options, absolute);
  const { files, links } = listFiles(path.join(/*turbopackIgnore: true*/ options.contentDir, "articles"));
  // A link could point anywhere on the server (or nowhere); content is plain files only.
  for (const link of links) problems.push(problemAt({ file: show(link) }, "đây là liên kết tượng trưng (symlink), không phải tệp thật; trang không đọc liên kết trong content/. Chép tệp thật vào đây thay cho liên kết."));
  const articles: string[] = [];
  for (const absolute of files) {
    if (absolute.endsWith(".md")) articles.push(absolute);
    else problems.push(problemAt({ file: show(absolute) }, "tệp trong content/articles/ phải có đuôi .md; đổi tên hoặc chuyển tệp này ra ngoài."));
  }
  return { files: articles, listed: files.length };
}

/** Reads, parses and validates one article file on its own: every rule of one file. */
export function readArticleFile(absolute: string, file: string, context: ArticleContext, bytes?: Uint8Array): FileOutcome {
  const slug = articleSlug(absolute);
  const problems: Problem[] = [];
  const read = readArticleText(absolute, file, problems, bytes);
  if (read === undefined) return { file, slug, read: false, problems, clashAt: problems.length, nameLines: {} };
  const clashAt = problems.length;
  if (slug === "") problems.push(problemAt({ file }, "tên tệp phải có chữ hoặc số để làm đường dẫn, ví dụ btv-tinh-uy-lam-viec.md."));
  // A file with a bad name is still read, so its other problems come out in the same run.
  const reading = readArticle(read.text, file, slug, context, { analyseBody: read.withinLimits });
  problems.push(...reading.problems);
  // What `npm run new` wrote must be replaced before an article leaves draft.
  if (reading.article !== undefined) problems.push(...findScaffoldLeftovers(reading.article, read.text));
  const article = slug === "" ? undefined : reading.article;
  return { file, slug, read: true, problems, clashAt, record: article === undefined ? undefined : recordOf(article), references: referencesOf(file, reading), nameLines: reading.nameLines ?? {}, article };
}

/** An article without its body: what lists, pages' headers and the store's rows carry. */
export function recordOf(article: Article): ArticleRecord {
  const { markdown: _markdown, text: _text, ...record } = article;
  return record;
}

/** What the rules across files found: every problem in file order, the files kept, photo and clip facts. */
export interface AcrossFiles {
  readonly problems: readonly Problem[];
  /** Files that gave a record and whose slug no earlier file has (usable once there is no error). */
  readonly accepted: readonly FileFacts[];
  readonly imageSizes: ReadonlyMap<string, ImageFacts>;
  readonly mediaFiles: ReadonlyMap<string, MediaFacts>;
}

/**
 * The rules that need every file, over files in path order: each file's own problems, a
 * slug an earlier file already has (told at the later file), articles saved outside
 * `articles/`, photos left in public/images/, names that collide across files, photos
 * and clips that are missing or unusable, links to articles that do not exist, and the
 * front page's picks.
 */
export function checkAcrossFiles(files: readonly FileFacts[], options: LoadOptions, settings: ContentSettings): AcrossFiles {
  const show = (absolute: string): string => showPath(options, absolute);
  const problems: Problem[] = [];
  const bySlug = new Map<string, string>();
  const accepted: FileFacts[] = [];
  const references: References[] = [];
  const tagUses: NameUse[] = [];
  const authorUses: NameUse[] = [];
  for (const facts of files) {
    const { file, slug, record } = facts;
    const clash = facts.read && slug !== "" ? bySlug.get(slug) : undefined;
    const own = [...facts.problems];
    if (clash !== undefined) own.splice(facts.clashAt, 0, problemAt({ file }, `trùng đường dẫn /bai-viet/${slug} với ${clash}; đổi tên một trong hai tệp.`));
    else if (facts.read && slug !== "") bySlug.set(slug, file);
    problems.push(...own);
    if (facts.references !== undefined) references.push(facts.references);
    if (record === undefined || clash !== undefined) continue;
    accepted.push(facts);
    appendAll(tagUses, record.tags.map((name) => ({ name, file, line: facts.nameLines.tags })));
    appendAll(authorUses, record.authors.map((name) => ({ name, file, line: facts.nameLines.author })));
  }
  appendAll(problems, findStrayArticles(options, settings.context, show, references));
  appendAll(problems, findPhotosInOldPlace(options, show));
  // parseArticle compares the names within a file (and keeps one per slug); here, across files.
  appendAll(problems, findNameCollisions(tagUses, TAG_NAMES));
  appendAll(problems, findNameCollisions(authorUses, AUTHOR_NAMES));
  const imageSizes = checkReferences(references, bySlug, { ...options, show }, problems);
  const mediaFiles = checkMediaFiles(references, options.publicDir, problems);
  if (settings.frontPage !== undefined) {
    const records = new Map(accepted.flatMap((facts) => (facts.record === undefined ? [] : [[facts.slug, facts.record] as const])));
    problems.push(...checkFrontPage(settings.frontPage, records, settings.frontPageFile));
  }
  return { problems, accepted, imageSizes, mediaFiles };
}

/**
 * Article files saved anywhere under the content folder but `articles/` (in `content/`
 * itself, in `content/bai-viet/`…): the site never reads them, so the check says where they
 * belong, and checks them as articles too, so moving them brings no surprise. The photo
 * archive, `images/`, is not searched: listing every original on every check would cost
 * more than catching an article saved among the photos is worth.
 */
function findStrayArticles(options: LoadOptions, context: ArticleContext, show: (absolute: string) => string, references: References[]): Problem[] {
  const articleDir = path.join(/*turbopackIgnore: true*/ options.contentDir, "articles");
  const problems: Problem[] = [];
  for (const absolute of listStrayMarkdownFiles(options)) {
    const file = show(absolute);
    const found: Problem[] = [];
    const read = readArticleText(absolute, file, found, options.replacements?.get(absolute));
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
    const refs = referencesOf(file, reading);
    if (refs !== undefined) references.push(refs);
  }
  return problems;
}

/**
 * Every file left under `public/images/`, where photos lived before originals moved to
 * `content/images/`: `public/` is served as it is, so each one is an original (GPS
 * position, camera and all) that anyone can fetch, whether an article shows it or not.
 */
function findPhotosInOldPlace(paths: ContentPaths, show: (absolute: string) => string): Problem[] {
  const oldDir = path.join(/*turbopackIgnore: true*/ paths.publicDir, "images");
  const { files, links } = listFiles(oldDir);
  return [...files, ...links].sort().map((absolute) => {
    const from = show(absolute);
    const destination = path.join(/*turbopackIgnore: true*/ originalsDir(paths), path.relative(oldDir, absolute));
    const to = show(destination);
    const remedy = !existsSync(/*turbopackIgnore: true*/ destination)
      ? `chuyển tệp: git mv ${from} ${to}`
      : sameBytes(absolute, destination)
        ? `${to} đã có đúng tệp này, nên xóa bản ở chỗ cũ: git rm ${from}`
        : `${to} đã có một tệp khác cùng tên: so hai ảnh, giữ bản đúng ở ${to}, rồi xóa bản ở chỗ cũ: git rm ${from}`;
    const problem = expected(
      { file: from },
      "ảnh gốc trong content/images/ (bạn đọc chỉ nhận bản thu nhỏ của nó)",
      "tệp ở chỗ cũ public/images/, nơi mọi tệp được phục vụ nguyên vẹn cho bất kỳ ai, kể cả vị trí GPS và tên máy ảnh ghi trong tệp",
    );
    return { ...problem, message: `${problem.message}; ${remedy}` };
  });
}

// Read whole only when both exist with one size: a leftover in public/ is a one-time migration, not the archive.
function sameBytes(a: string, b: string): boolean {
  const first = statSync(/*turbopackIgnore: true*/ a, { throwIfNoEntry: false });
  const second = statSync(/*turbopackIgnore: true*/ b, { throwIfNoEntry: false });
  if (first?.isFile() !== true || second?.isFile() !== true || first.size !== second.size) return false;
  return readFileSync(/*turbopackIgnore: true*/ a).equals(readFileSync(/*turbopackIgnore: true*/ b));
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
  return listFiles(path.join(/*turbopackIgnore: true*/ paths.contentDir, "articles")).files;
}

/**
 * Markdown files under the content folder but outside `articles/` (and the photo
 * originals): where an editor may have saved an article the site never reads.
 */
export function listStrayMarkdownFiles(paths: Pick<ContentPaths, "contentDir">): string[] {
  const excluded = [path.join(/*turbopackIgnore: true*/ paths.contentDir, "articles"), originalsDir(paths)];
  return listFilesOutside(paths.contentDir, excluded).filter((absolute) => /\.(md|markdown)$/i.test(absolute));
}

/** The article file under `articleDir` whose URL slug is `slug`, in any year or month, or undefined. */
export function findArticleFile(articleDir: string, slug: string): string | undefined {
  return listFiles(articleDir).files.find((file) => file.endsWith(".md") && articleSlug(file) === slug);
}

// Symbolic links are listed apart, so they are reported instead of silently skipped, and
// never followed. The walk is our own: `readdirSync`'s `recursive` follows a link to a
// folder on Node 24 (not on Node 20), which would read articles from outside content/.
function listFiles(dir: string): { files: string[]; links: string[] } {
  if (!existsSync(dir)) return { files: [], links: [] };
  const entries = walk(dir).filter((entry) => !entry.name.startsWith("."));
  const paths = (keep: (entry: Dirent) => boolean) => entries.filter(keep).map((entry) => path.join(/*turbopackIgnore: true*/ entry.parentPath, entry.name)).sort();
  return { files: paths((entry) => entry.isFile()), links: paths((entry) => entry.isSymbolicLink()) };
}

function walk(dir: string): Dirent[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  return entries.flatMap((entry) => (entry.isDirectory() ? [entry, ...walk(path.join(/*turbopackIgnore: true*/ dir, entry.name))] : [entry]));
}

// A walk that never enters the `excluded` folders, so finding stray articles lists neither
// the articles again nor the photo archive, which grows by thousands of originals a year.
function listFilesOutside(dir: string, excluded: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const absolute = path.join(/*turbopackIgnore: true*/ dir, entry.name);
    if (entry.name.startsWith(".") || excluded.includes(absolute)) continue;
    if (entry.isDirectory()) appendAll(found, listFilesOutside(absolute, excluded));
    else if (entry.isFile()) found.push(absolute);
  }
  return found.sort();
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

/** What one article's body points at, for the checks that look at the folders (plain data: the content cache keeps it). */
export interface References {
  readonly file: string;
  readonly images: readonly PhotoUse[];
  readonly links: readonly BodyReference[];
  readonly media: readonly ArticleMedia[];
}

/** A photo an article shows, at the line (and, for a video's poster, the field) that names it. */
export interface PhotoUse {
  readonly url: string;
  readonly place: { readonly line: number; readonly field?: string };
}

/** What a read file's body points at, whenever its body could be read, however broken the rest. */
function referencesOf(file: string, reading: ArticleReading): References | undefined {
  const { facts, media = [] } = reading;
  if (facts === undefined) return undefined;
  const images = facts.images.map((image) => ({ url: image.url, place: { line: image.line } }));
  // A video's poster is a photo like any other: an original under content/images/, shown as its derived files.
  const posters = media.flatMap((clip) => (clip.poster === undefined ? [] : [{ url: clip.poster, place: { line: clip.posterLine ?? clip.line, field: "poster" } }]));
  return { file, images: [...images, ...posters], links: facts.links, media };
}

function checkReferences(
  references: readonly References[],
  slugs: ReadonlyMap<string, string>,
  paths: LoadOptions & { readonly show: (absolute: string) => string },
  problems: Problem[],
): Map<string, ImageFacts> {
  const sizes = new Map<string, ImageFacts>();
  // Each photo is read and judged once, however many articles use it; every use of a bad one is reported.
  const judged = new Map<string, ((place: PhotoPlaceInArticle) => Problem[]) | undefined>();
  // Listed once, and only when a photo is missing, to suggest the file it probably meant.
  let originals: string[] | undefined;
  const listOriginals = (): string[] => (originals ??= listFiles(originalsDir(paths)).files.map((absolute) => `/images/${path.relative(originalsDir(paths), absolute).split(path.sep).join("/")}`));
  for (const { file, images, links } of references) {
    for (const image of images) {
      if (!judged.has(image.url)) judged.set(image.url, judgePhoto(image.url, paths, sizes, listOriginals));
      problems.push(...(judged.get(image.url)?.({ file, ...image.place }) ?? []));
    }
    for (const link of links) {
      const target = /^\/bai-viet\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link.url)?.[1];
      if (target !== undefined && !slugs.has(target)) {
        problems.push(problemAt({ file, line: link.line }, `liên kết tới ${link.url} nhưng không có bài nào có đường dẫn đó.`));
      }
      // /images/… names an original, and originals are never served: only their derived files under /anh/.
      // Written /Images/… too: a 404 all the same, and the photo meant is the same.
      if (/^\/images\//i.test(link.url)) {
        const photo = `/images/${(link.url.split(/[?#]/)[0] ?? link.url).slice("/images/".length)}`;
        problems.push(
          problemAt(
            { file, line: link.line },
            `liên kết tới ${link.url} nhưng ảnh gốc không bao giờ được phục vụ: bạn đọc bấm vào sẽ gặp trang 404 "Không tìm thấy trang". Bỏ liên kết; muốn hiện ảnh, viết ![mô tả ảnh](${photo} "Chú thích") trên một dòng riêng.`,
          ),
        );
      }
    }
  }
  return sizes;
}

function checkMediaFiles(references: readonly References[], publicDir: string, problems: Problem[]): Map<string, MediaFacts> {
  const files = new Map<string, MediaFacts>();
  for (const { file, media } of references) {
    for (const clip of media) {
      if (clip.external) continue;
      const place = { file, line: clip.line, field: "src" };
      const known = files.get(clip.src);
      const bytes = known?.bytes ?? publicFileSize(publicDir, clip.src);
      const type = mediaTypeOf(clip.kind, clip.src);
      if (bytes === undefined || type === undefined) {
        problems.push(problemAt(place, `không thấy tệp ${clip.kind === "video" ? "video" : "âm thanh"} ${clip.src} trong thư mục public/; kiểm tra tên tệp.`));
        continue;
      }
      files.set(clip.src, { bytes, type });
      const limit = MEDIA_WARNING_BYTES[clip.kind];
      if (bytes > limit) {
        const what = clip.kind === "video" ? "video" : "âm thanh";
        problems.push(
          warningAt(
            place,
            `cần tệp ${what} dưới ${limit / 1024 / 1024} MB để bạn đọc trên mạng di động xem được (nén lại, hoặc đăng lên trang video rồi dẫn liên kết), nhận được ${clip.src} nặng ${Math.ceil(bytes / 1024 / 1024)} MB`,
          ),
        );
      }
    }
  }
  return files;
}

/** Bytes of a file under public/ named by its URL path, or undefined when there is no such file. */
function publicFileSize(publicDir: string, url: string): number | undefined {
  const absolute = publicFile(publicDir, url);
  if (absolute === undefined) return undefined;
  const stats = statSync(/*turbopackIgnore: true*/ absolute);
  return stats.isFile() ? stats.size : undefined;
}

function publicFile(publicDir: string, url: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.split(/[?#]/)[0] ?? "");
  } catch {
    return undefined;
  }
  const absolute = path.resolve(/*turbopackIgnore: true*/ publicDir, `.${decoded}`);
  return absolute.startsWith(path.resolve(/*turbopackIgnore: true*/ publicDir) + path.sep) && existsSync(/*turbopackIgnore: true*/ absolute) ? absolute : undefined;
}

/** Where an article shows a photo: its file, line and, for a poster, field. */
type PhotoPlaceInArticle = PhotoUse["place"] & { readonly file: string };

// Reads one photo's header and returns how to report it at each place it is used
// (undefined: nothing to say). A usable photo's facts go into `sizes`.
function judgePhoto(
  url: string,
  paths: LoadOptions & { readonly show: (absolute: string) => string },
  sizes: Map<string, ImageFacts>,
  listOriginals: () => readonly string[],
): ((place: PhotoPlaceInArticle) => Problem[]) | undefined {
  const original = resolveOriginal(paths, url);
  if (original === undefined) {
    // Pages allow images from our own origin only (CSP img-src 'self'), and every photo is
    // served as derived files made from an original under content/images/.
    const guess = suggestFile(url, listOriginals());
    const hint = guess === undefined ? " (ví dụ /images/2017/04/anh.jpg)." : `; có phải là ${guess}?`;
    return (place) => [problemAt(place, `ảnh ${JSON.stringify(url)} phải là tệp trong thư mục content/images/, viết đường dẫn bắt đầu bằng /images/${hint}`)];
  }
  const shown = paths.show(original);
  const stats = statSync(/*turbopackIgnore: true*/ original, { throwIfNoEntry: false });
  if (stats === undefined) {
    const oldPlace = path.join(/*turbopackIgnore: true*/ paths.publicDir, "images", path.relative(originalsDir(paths), original));
    if (existsSync(/*turbopackIgnore: true*/ oldPlace)) {
      const from = paths.show(oldPlace);
      return (place) => [problemAt(place, `ảnh ${url} đang ở chỗ cũ ${from}; ảnh gốc nay để trong content/images/ (trang chỉ phục vụ bản thu nhỏ, không bao giờ phục vụ tệp gốc): chuyển tệp sang ${shown}, ví dụ git mv ${from} ${shown}`)];
    }
    const guess = suggestFile(url, listOriginals());
    const hint = guess === undefined ? "kiểm tra tên tệp ảnh, chữ hoa, chữ thường và đuôi .jpg/.jpeg." : `có phải là ${guess}?`;
    return (place) => [problemAt(place, `không thấy ảnh ${url} (cần tệp ${shown}); ${hint}`)];
  }
  const { header, cleanable } = readPhoto(original, { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino }, paths.photoReadings);
  const drawing = { cleanable };
  const report = (place: PhotoPlaceInArticle) => checkPhoto(header, { place, src: url, file: shown }, drawing);
  // The verdict does not depend on the place; only the place in each message does.
  const verdict = report({ file: "", line: 0 });
  if (header.ok && verdict.every((problem) => problem.severity === "warning")) sizes.set(url, header.facts);
  return verdict.length === 0 ? undefined : report;
}

/** An original's header and drawing verdict: remembered from an earlier run while the file is unchanged, else read. */
function readPhoto(original: string, stamp: FileStamp, readings: PhotoReadings | undefined): PhotoReading {
  const known = readings?.recall(original, stamp);
  if (known !== undefined) return known;
  const header = readPhotoHeader(original);
  // A drawing is small and read whole, to know whether its copy can be made (lib/strip-drawing.ts).
  const cleanable = !(header.ok && header.facts.format === "svg" && header.facts.bytes <= MAX_BYTES && stripDrawing(readFileSync(/*turbopackIgnore: true*/ original)) === undefined);
  const reading = { header, cleanable };
  readings?.remember(original, stamp, reading);
  return reading;
}

// The header is read by seeking (parse-photo-header.ts asks for a few bytes at a time),
// through a one-block cache of 16 KB so that a header's many small reads cost few calls.
function readPhotoHeader(absolute: string): PhotoHeader {
  const fd = openSync(/*turbopackIgnore: true*/ absolute, "r");
  try {
    const size = statSync(/*turbopackIgnore: true*/ absolute).size;
    const BLOCK = 16_384;
    let cached: { start: number; bytes: Uint8Array } | undefined;
    const block = (start: number): Uint8Array => {
      if (cached?.start !== start) {
        const bytes = Buffer.alloc(Math.min(BLOCK, Math.max(0, size - start)));
        readSync(fd, bytes, 0, bytes.length, start);
        cached = { start, bytes };
      }
      return cached.bytes;
    };
    const source: ByteSource = {
      size,
      read(offset, length) {
        const end = Math.min(size, offset + length);
        if (offset >= end) return new Uint8Array(0);
        const first = Math.floor(offset / BLOCK) * BLOCK;
        if (end <= first + BLOCK) return block(first).subarray(offset - first, end - first);
        const bytes = Buffer.alloc(end - offset);
        readSync(fd, bytes, 0, bytes.length, offset);
        return bytes;
      },
    };
    return parsePhotoHeader(source);
  } finally {
    closeSync(fd);
  }
}
