import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync, type Dirent } from "node:fs";
import path from "node:path";
import { checkPhoto } from "./check-photo";
import { parsePhotoHeader, type ByteSource, type PhotoFacts, type PhotoHeader } from "./parse-photo-header";
import { parseGlossary, type Glossary } from "./parse-glossary";
import type { BodyReference } from "./analyse-markdown";
import type { Article, ArticleMedia, MediaKind, Section } from "./article";
import { checkMarkdownLimits, MAX_FILE_BYTES } from "./markdown-limits";
import { AUTHOR_NAMES, parseArticle, TAG_NAMES } from "./parse-article";
import { findNameCollisions, type NameUse } from "./name-collisions";
import { collect, type ParseResult } from "./parse-result";
import { parseTextFile } from "./parse-text-file";
import { findScaffoldLeftovers } from "./scaffold-leftovers";
import { mediaTypeOf } from "./parse-media";
import { problemAt, warningAt, type Problem } from "./problem";
import { parseSections, parseSiteConfig, type SiteConfig } from "./site-config";
import { findUnsetMastheadFields } from "./legal-masthead";
import { checkFrontPage, NO_CHOICE, parseFrontPage, type FrontPageChoice } from "./front-page";
import { articleSlug, originalsDir, resolveOriginal, showPath, type ContentPaths } from "./content-paths";

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

/** Content plus every problem found; content is usable only when problems is empty. */
export interface LoadResult {
  readonly content: Content | undefined;
  /** Errors: the check fails and the site is not built while there is one. */
  readonly problems: readonly Problem[];
  /** What the check and the build print but do not fail on (severity "warning"). */
  readonly warnings: readonly Problem[];
  /** How many article files were read, for the "read once per build" guarantee. */
  readonly filesRead: number;
}

/** Where content lives and how paths are shown to editors. */
export type LoadOptions = ContentPaths;

/** Reads and validates the whole content folder, collecting every problem in every file. */
export function loadContent(options: LoadOptions): LoadResult {
  const show = (absolute: string): string => showPath(options, absolute);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const siteFile = path.join(options.contentDir, "site.yaml");
  const site = readSettings(siteFile, show, parseSiteConfig, problems);
  if (site !== undefined) warnings.push(...findUnsetMastheadFields(site.masthead, show(siteFile)));
  const sections = readSettings(path.join(options.contentDir, "sections.yaml"), show, parseSections, problems);
  const glossaryFile = path.join(options.contentDir, "abbreviations.yaml");
  // The glossary is optional: a site without one simply expands no abbreviations.
  const glossary = existsSync(glossaryFile) ? readSettings(glossaryFile, show, parseGlossary, problems) : new Map<string, string>();
  const frontPageFile = path.join(options.contentDir, "front-page.yaml");
  // Optional too: without it the newest article leads the home page.
  const frontPage =
    site === undefined || !existsSync(frontPageFile)
      ? NO_CHOICE
      : readSettings(frontPageFile, show, (text, file) => parseFrontPage(text, file, site.timeZone), problems);
  const articleDir = path.join(options.contentDir, "articles");
  const { files, links } = listFiles(articleDir);
  // A link could point anywhere on the server (or nowhere); content is plain files only.
  for (const link of links) problems.push(problemAt({ file: show(link) }, "đây là liên kết tượng trưng (symlink), không phải tệp thật; trang không đọc liên kết trong content/. Chép tệp thật vào đây thay cho liên kết."));
  if (site === undefined || sections === undefined || glossary === undefined || frontPage === undefined) return { content: undefined, problems, warnings, filesRead: 0 };

  const articles: Article[] = [];
  const references: References[] = [];
  const bySlug = new Map<string, string>();
  const tagUses: NameUse[] = [];
  const authorUses: NameUse[] = [];
  for (const absolute of files) {
    const file = show(absolute);
    if (!absolute.endsWith(".md")) {
      problems.push(problemAt({ file }, "tệp trong content/articles/ phải có đuôi .md; đổi tên hoặc chuyển tệp này ra ngoài."));
      continue;
    }
    const slug = articleSlug(absolute);
    const text = readArticleText(absolute, file, problems);
    if (text === undefined) continue;
    if (slug === "") {
      problems.push(problemAt({ file }, "tên tệp phải có chữ hoặc số để làm đường dẫn, ví dụ btv-tinh-uy-lam-viec.md."));
      continue;
    }
    const clash = bySlug.get(slug);
    if (clash !== undefined) {
      problems.push(problemAt({ file }, `trùng đường dẫn /bai-viet/${slug} với ${clash}; đổi tên một trong hai tệp.`));
      continue;
    }
    bySlug.set(slug, file);
    const parsed = collect(parseArticle(text, file, slug, { timeZone: site.timeZone, sections }), problems);
    if (parsed !== undefined) {
      articles.push(parsed.article);
      // A video's poster is a photo like any other: an original under content/images/, shown as its derived files.
      const posters = parsed.article.media.flatMap((clip) => (clip.poster === undefined ? [] : [{ url: clip.poster, line: clip.line }]));
      references.push({ file, images: [...parsed.facts.images, ...posters], links: parsed.facts.links, media: parsed.article.media });
      tagUses.push(...parsed.article.tags.map((name) => ({ name, file, line: parsed.nameLines.tags })));
      authorUses.push(...parsed.article.authors.map((name) => ({ name, file, line: parsed.nameLines.author })));
      // What `npm run new` wrote must be replaced before an article leaves draft.
      problems.push(...findScaffoldLeftovers(parsed.article, text));
    }
  }

  // parseArticle compares the names within a file (and keeps one per slug); here, across files.
  problems.push(...findNameCollisions(tagUses, TAG_NAMES), ...findNameCollisions(authorUses, AUTHOR_NAMES));
  const imageSizes = checkReferences(references, bySlug, { ...options, show }, { problems, warnings });
  const mediaFiles = checkMediaFiles(references, options.publicDir, problems, warnings);
  problems.push(...checkFrontPage(frontPage, new Map(articles.map((article) => [article.slug, article])), show(frontPageFile)));
  articles.sort((a, b) => b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : 1));
  return { content: { site, sections, articles, imageSizes, photoHashes: new Map(), mediaFiles, glossary, frontPage }, problems, warnings, filesRead: files.length };
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

function readArticleText(absolute: string, file: string, problems: Problem[]): string | undefined {
  const size = statSync(absolute).size;
  if (size > MAX_FILE_BYTES) {
    problems.push(problemAt({ file }, `tệp quá lớn (${Math.ceil(size / 1024)} KB, tối đa ${MAX_FILE_BYTES / 1024} KB); hãy tách bài hoặc bỏ nội dung thừa.`));
    return undefined;
  }
  const text = collect(parseTextFile(readFileSync(absolute), file), problems);
  if (text === undefined) return undefined;
  const limits = checkMarkdownLimits(text, file);
  if (limits.length > 0) {
    problems.push(...limits);
    return undefined;
  }
  return text;
}

/** What one article's body points at, for the checks that look at the folders. */
interface References {
  readonly file: string;
  readonly images: readonly BodyReference[];
  readonly links: readonly BodyReference[];
  readonly media: readonly ArticleMedia[];
}

function checkReferences(
  references: readonly References[],
  slugs: ReadonlyMap<string, string>,
  paths: LoadOptions & { readonly show: (absolute: string) => string },
  found: { readonly problems: Problem[]; readonly warnings: Problem[] },
): Map<string, ImageFacts> {
  const sizes = new Map<string, ImageFacts>();
  // Each photo is read and judged once, however many articles use it; every use of a bad one is reported.
  const judged = new Map<string, ((place: { file: string; line: number }) => Problem[]) | undefined>();
  for (const { file, images, links } of references) {
    for (const image of images) {
      if (!judged.has(image.url)) judged.set(image.url, judgePhoto(image.url, paths, sizes));
      for (const problem of judged.get(image.url)?.({ file, line: image.line }) ?? []) {
        (problem.severity === "warning" ? found.warnings : found.problems).push(problem);
      }
    }
    for (const link of links) {
      const target = /^\/bai-viet\/([^/?#]+)\/?(?:[?#].*)?$/.exec(link.url)?.[1];
      if (target !== undefined && !slugs.has(target)) {
        found.problems.push(problemAt({ file, line: link.line }, `liên kết tới ${link.url} nhưng không có bài nào có đường dẫn đó.`));
      }
    }
  }
  return sizes;
}

function checkMediaFiles(references: readonly References[], publicDir: string, problems: Problem[], warnings: Problem[]): Map<string, MediaFacts> {
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
        warnings.push(
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
  return absolute.startsWith(path.resolve(publicDir) + path.sep) && existsSync(/*turbopackIgnore: true*/ absolute) ? absolute : undefined;
}

// Reads one photo's header and returns how to report it at each place it is used
// (undefined: nothing to say). A usable photo's facts go into `sizes`.
function judgePhoto(
  url: string,
  paths: LoadOptions & { readonly show: (absolute: string) => string },
  sizes: Map<string, ImageFacts>,
): ((place: { file: string; line: number }) => Problem[]) | undefined {
  const original = resolveOriginal(paths, url);
  if (original === undefined) {
    // Pages allow images from our own origin only (CSP img-src 'self'), and every photo is
    // served as derived files made from an original under content/images/.
    return (place) => [problemAt(place, `ảnh ${JSON.stringify(url)} phải là tệp trong thư mục content/images/, viết đường dẫn bắt đầu bằng /images/ (ví dụ /images/2017/04/anh.jpg).`)];
  }
  const shown = paths.show(original);
  if (!existsSync(/*turbopackIgnore: true*/ original)) {
    const oldPlace = path.join(paths.publicDir, "images", path.relative(originalsDir(paths), original));
    if (existsSync(/*turbopackIgnore: true*/ oldPlace)) {
      const from = paths.show(oldPlace);
      return (place) => [problemAt(place, `ảnh ${url} đang ở chỗ cũ ${from}; ảnh gốc nay để trong content/images/ (trang chỉ phục vụ bản thu nhỏ, không bao giờ phục vụ tệp gốc): chuyển tệp sang ${shown}, ví dụ git mv ${from} ${shown}`)];
    }
    return (place) => [problemAt(place, `không thấy ảnh ${url} (cần tệp ${shown}); kiểm tra tên tệp ảnh, chữ hoa, chữ thường và đuôi .jpg/.jpeg.`)];
  }
  const header = readPhotoHeader(original);
  const report = (place: { file: string; line: number }) => checkPhoto(header, { place, src: url, file: shown });
  // The verdict does not depend on the place; only the place in each message does.
  const verdict = report({ file: "", line: 0 });
  if (header.ok && verdict.every((problem) => problem.severity === "warning")) sizes.set(url, header.facts);
  return verdict.length === 0 ? undefined : report;
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
