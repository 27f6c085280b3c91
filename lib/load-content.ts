import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import path from "node:path";
import { checkPhoto } from "./check-photo";
import { parsePhotoHeader, type ByteSource, type PhotoFacts, type PhotoHeader } from "./parse-photo-header";
import { parseGlossary, type Glossary } from "./parse-glossary";
import type { BodyReference } from "./analyse-markdown";
import type { Article, Section } from "./article";
import { checkMarkdownLimits, MAX_FILE_BYTES } from "./markdown-limits";
import { parseArticle } from "./parse-article";
import { findScaffoldLeftovers } from "./scaffold-leftovers";
import { problemAt, type Problem } from "./problem";
import { parseSections, parseSiteConfig, type SiteConfig } from "./site-config";
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
  /** Political abbreviations expanded on first use in each body. */
  readonly glossary: Glossary;
}

/** A photo's facts from its header, read once at load (lib/parse-photo-header.ts). */
export type ImageFacts = PhotoFacts;

/** Content plus every problem found; content is usable only when problems is empty. */
export interface LoadResult {
  readonly content: Content | undefined;
  /** Errors: the check fails and the site is not built while there is one. */
  readonly problems: readonly Problem[];
  /** Advice that never fails the check or the build (a photo too small for the column…). */
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
  const site = readSettings(path.join(options.contentDir, "site.yaml"), show, parseSiteConfig, problems);
  const sections = readSettings(path.join(options.contentDir, "sections.yaml"), show, parseSections, problems);
  const glossaryFile = path.join(options.contentDir, "abbreviations.yaml");
  // The glossary is optional: a site without one simply expands no abbreviations.
  const glossary = existsSync(glossaryFile) ? readSettings(glossaryFile, show, parseGlossary, problems) : new Map<string, string>();
  const articleDir = path.join(options.contentDir, "articles");
  const files = listFiles(articleDir);
  if (site === undefined || sections === undefined || glossary === undefined) return { content: undefined, problems, warnings: [], filesRead: 0 };

  const articles: Article[] = [];
  const references: { file: string; images: readonly BodyReference[]; links: readonly BodyReference[] }[] = [];
  const bySlug = new Map<string, string>();
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
    const result = parseArticle(text, file, slug, { timeZone: site.timeZone, sections });
    if (result.ok) {
      articles.push(result.article);
      references.push({ file, ...result.facts });
      // What `npm run new` wrote must be replaced before an article leaves draft.
      problems.push(...findScaffoldLeftovers(result.article, text));
    } else {
      problems.push(...result.problems);
    }
  }

  const warnings: Problem[] = [];
  const imageSizes = checkReferences(references, bySlug, { ...options, show }, { problems, warnings });
  articles.sort((a, b) => b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : 1));
  return { content: { site, sections, articles, imageSizes, photoHashes: new Map(), glossary }, problems, warnings, filesRead: files.length };
}

/** Reads and parses one settings file, recording its problems (or its absence). */
export function readSettings<T>(
  absolute: string,
  show: (absolute: string) => string,
  parse: (text: string, file: string) => { ok: true; value: T } | { ok: false; problems: readonly Problem[] },
  problems: Problem[],
): T | undefined {
  const file = show(absolute);
  if (!existsSync(absolute)) {
    problems.push(problemAt({ file }, "thiếu tệp cấu hình này; xem content/README.md."));
    return undefined;
  }
  const result = parse(readFileSync(absolute, "utf8"), file);
  if (result.ok) return result.value;
  problems.push(...result.problems);
  return undefined;
}

/** The article file under `articleDir` whose URL slug is `slug`, in any year or month, or undefined. */
export function findArticleFile(articleDir: string, slug: string): string | undefined {
  return listFiles(articleDir).find((file) => file.endsWith(".md") && articleSlug(file) === slug);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function readArticleText(absolute: string, file: string, problems: Problem[]): string | undefined {
  const size = statSync(absolute).size;
  if (size > MAX_FILE_BYTES) {
    problems.push(problemAt({ file }, `tệp quá lớn (${Math.ceil(size / 1024)} KB, tối đa ${MAX_FILE_BYTES / 1024} KB); hãy tách bài hoặc bỏ nội dung thừa.`));
    return undefined;
  }
  let text: string;
  try {
    text = utf8.decode(readFileSync(absolute));
  } catch {
    problems.push(problemAt({ file }, "tệp không phải UTF-8 (có thể gõ bằng bảng mã cũ TCVN3/VNI); mở bằng trình soạn thảo và lưu lại dạng UTF-8."));
    return undefined;
  }
  const limits = checkMarkdownLimits(text, file);
  if (limits.length > 0) {
    problems.push(...limits);
    return undefined;
  }
  return text;
}

function checkReferences(
  references: readonly { file: string; images: readonly BodyReference[]; links: readonly BodyReference[] }[],
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
