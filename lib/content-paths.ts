import path from "node:path";
import { slugify } from "./slugify";

// Where content lives, how its files are named in messages, and how a file name becomes
// an article's URL slug: shared by the loader, the server and the editors' commands.

/** Where content lives and how paths are shown to editors. */
export interface ContentPaths {
  /** The content folder (holds site.yaml, sections.yaml and articles/). */
  readonly contentDir: string;
  /** The public folder images are served from. */
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
  return { contentDir: path.resolve(root, contentDir), publicDir: path.resolve(root, "public"), displayRoot: root };
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
