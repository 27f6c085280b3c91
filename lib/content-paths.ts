import path from "node:path";
import { slugify } from "./slugify";

// Where content lives, how its files are named in messages, and how a file name becomes
// an article's URL slug: shared by the loader, the server and the editors' commands.

/** Where content lives and how paths are shown to editors. */
export interface ContentPaths {
  /** The content folder (holds site.yaml, sections.yaml and articles/). */
  readonly contentDir: string;
  /** The public folder (the logo, the icon). Photos used to live here; the check still looks there to tell an editor to move them. */
  readonly publicDir: string;
  /** Paths in messages are relative to this folder (the repository root). */
  readonly displayRoot: string;
}

/**
 * The content folder (relative to `root`, or absolute) and `public/` under `root`, with
 * messages relative to `root`.
 *
 * @example contentPathsUnder("/srv/bao", "content") // { contentDir: "/srv/bao/content", publicDir: "/srv/bao/public", displayRoot: "/srv/bao" }
 */
export function contentPathsUnder(root: string, contentDir: string): ContentPaths {
  return { contentDir: path.resolve(/*turbopackIgnore: true*/ root, contentDir), publicDir: path.resolve(/*turbopackIgnore: true*/ root, "public"), displayRoot: root };
}

/** Where photo originals live: `images/` inside the content folder, never served as they are. */
export function originalsDir(paths: Pick<ContentPaths, "contentDir">): string {
  return path.join(/*turbopackIgnore: true*/ paths.contentDir, "images");
}

/**
 * The original a photo address names: `/images/2017/04/anh.jpg` is
 * `content/images/2017/04/anh.jpg`. Undefined for any other address (another folder, a
 * remote URL, a relative path, an escape that does not decode, `..` leaving the folder).
 *
 * @example resolveOriginal({ contentDir: "/srv/bao/content" }, "/images/2017/04/anh.jpg") // "/srv/bao/content/images/2017/04/anh.jpg"
 */
export function resolveOriginal(paths: Pick<ContentPaths, "contentDir">, src: string): string | undefined {
  const match = /^\/images\/([^?#]+)$/.exec(src);
  let relative: string;
  try {
    relative = decodeURIComponent(match?.[1] ?? "");
  } catch {
    return undefined;
  }
  const root = originalsDir(paths);
  const absolute = path.resolve(/*turbopackIgnore: true*/ root, relative);
  return relative !== "" && absolute.startsWith(root + path.sep) && !relative.includes("\0") ? absolute : undefined;
}

/** Shows an absolute path as the editor sees it: relative to the display root, forward slashes. */
export function showPath(paths: Pick<ContentPaths, "displayRoot">, absolute: string): string {
  const relative = path.relative(paths.displayRoot, absolute);
  return (relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join("/");
}

/**
 * The URL slug of an article file: its name without `.md`, in ASCII. The slug comes from
 * the file name, never the title, so editing a headline keeps its URL.
 *
 * @example articleSlug("content/articles/2017/04/BTV-Tỉnh-ủy.md") // "btv-tinh-uy"
 */
export function articleSlug(file: string): string {
  return slugify(path.basename(file, ".md"));
}
