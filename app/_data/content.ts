import "server-only";
import { watch } from "node:fs";
import { buildIndex, type ContentIndex } from "@/lib/content-index";
import { resolveOriginal } from "@/lib/content-paths";
import { loadContent, type Content, type MediaFacts } from "@/lib/load-content";
import { hashOriginals } from "@/lib/photo-cache";
import type { ArticlePage } from "@/lib/present-article";
import { ContentError, formatProblem, sortProblems } from "@/lib/problem";
import { selectVisible } from "@/lib/publication";
import type { ArticleSearch } from "@/lib/search-articles";
import type { SiteConfig } from "@/lib/site-config";
import type { Settings } from "@/lib/settings";
import { readBuildSnapshot, writeBuildSnapshot } from "./build-snapshot";
import { trace } from "./render-trace";
import { getSettings, now } from "./settings";

// The process cache: content is read once per server process (once per build worker),
// and what is derived from it (the index of visible articles, rendered bodies, page
// records, the search index) is built lazily and once. The other app/_data modules read
// it through `getLoaded`.

/** The content and what the process has derived from it so far. */
export interface Loaded {
  readonly content: Content;
  readonly index: ContentIndex;
  /** Sanitised body HTML by slug; kept while the content is the same. */
  readonly html: Map<string, string>;
  /** The same for the lite page (one small JPEG per photo, clips as plain links). */
  readonly liteHtml: Map<string, string>;
  /** The same for feeds (one 640-wide JPEG per photo). */
  readonly feedHtml: Map<string, string>;
  readonly pages: Map<string, ArticlePage>;
  /** Over every article readers see now or will once it is due; kept while the content is the same. */
  search?: ArticleSearch;
  /** Slugs the search index holds that readers may not see yet (scheduled, in production). */
  readonly unpublished: ReadonlySet<string>;
  /** Visible articles depend on the clock (scheduled publishing): rebuilt when one comes due. */
  readonly nextChange: number;
}

// Next bundles pages and route handlers separately, so one process can hold several
// copies of this module; the cache lives on globalThis so they all share one load.
interface Cache {
  source?: Content;
  loaded?: Loaded;
  /** The dev server watches content/ (photos included) and public/ (false when it cannot). */
  watching?: boolean;
  /** Nothing changed there since the last read. */
  fresh?: boolean;
}
const CACHE_KEY = Symbol.for("bao-tinh.content-cache");
const cache: Cache = readCache() ?? {};
Reflect.set(globalThis, CACHE_KEY, cache);

function readCache(): Cache | undefined {
  const value: unknown = Reflect.get(globalThis, CACHE_KEY);
  return typeof value === "object" && value !== null ? value : undefined;
}

/** The process's content and derived records, loaded on first use. */
export function getLoaded(): Loaded {
  const settings = getSettings();
  const time = now().getTime();
  const { loaded } = cache;
  const unchanged = !settings.preview || isFresh(settings);
  if (loaded !== undefined && unchanged && time < loaded.nextChange) return loaded;
  const content = cache.source !== undefined && unchanged ? cache.source : readContent(settings);
  cache.source = content;
  const visible = selectVisible(content.articles, new Date(time), settings.preview);
  const upcoming = content.articles.filter((article) => !article.draft && article.published.getTime() > time);
  const nextChange = upcoming.reduce((soonest, article) => Math.min(soonest, article.published.getTime()), Infinity);
  // Bodies already rendered, and the search index, stay valid when only the set of
  // visible articles changes: a scheduled article coming due costs no rebuild.
  const same = loaded?.content === content;
  const html = same ? loaded.html : new Map<string, string>();
  const liteHtml = same ? loaded.liteHtml : new Map<string, string>();
  const feedHtml = same ? loaded.feedHtml : new Map<string, string>();
  const unpublished = new Set(settings.preview ? [] : upcoming.map((article) => article.slug));
  cache.loaded = { content, index: buildIndex(visible, content.sections), html, liteHtml, feedHtml, pages: new Map(), unpublished, nextChange };
  if (same && loaded.search !== undefined) cache.loaded.search = loaded.search;
  return cache.loaded;
}

// The dev server keeps what it read until a file under content/ or public/ changes, so a
// page reads the folder at most once per edit instead of once per getter. Without a
// working watcher it reads on every request, as editors expect to see changes at once.
function isFresh(settings: Settings): boolean {
  cache.watching ??= startWatching(settings);
  if (!cache.watching) return false;
  const fresh = cache.fresh === true;
  // The read that follows a false answer makes the cache fresh again, until the next change.
  cache.fresh = true;
  return fresh;
}

function startWatching(settings: Settings): boolean {
  const stale = (): void => {
    cache.fresh = false;
  };
  try {
    // A watcher that fails stops reporting changes: from then on, read on every request.
    const broken = (): void => {
      cache.watching = false;
    };
    for (const dir of [settings.paths.contentDir, settings.paths.publicDir]) watch(dir, { recursive: true }, stale).on("error", broken);
    return true;
  } catch {
    return false;
  }
}

function readContent(settings: Settings): Content {
  // A production server serves what its build read and validated.
  if (settings.production && !settings.building) {
    const built = readBuildSnapshot(settings);
    if (built !== undefined) {
      trace("snapshot");
      return built;
    }
  }
  const result = loadContent(settings.paths);
  if (result.problems.length > 0 || result.content === undefined) throw new ContentError(result.problems);
  // The build and the dev server say what `npm run check` warns about, without failing.
  for (const line of sortProblems(result.warnings).map(formatProblem)) console.warn(line);
  const content = { ...result.content, photoHashes: hashPhotos(result.content, settings) };
  if (settings.building) writeBuildSnapshot(settings, content);
  return content;
}

// Derived photo files are named by their original's content hash (lib/plan-photo.ts);
// the cache's memo spares re-reading originals that have not changed.
function hashPhotos(content: Content, settings: Settings): Map<string, string> {
  const originals = [...content.imageSizes.keys()].flatMap((src) => {
    const file = resolveOriginal(settings.paths, src);
    return file === undefined ? [] : [{ src, file }];
  });
  return hashOriginals(settings.photoCacheDir, originals);
}

/** The index of visible articles, for feeds and sitemaps. */
export function getIndex(): ContentIndex {
  return getLoaded().index;
}

/** Site settings from content/site.yaml. */
export function getSite(): SiteConfig {
  return getLoaded().content.site;
}

/** Size and type of a self-hosted video or audio file the content uses. */
export function getMediaFacts(src: string): MediaFacts | undefined {
  return getLoaded().content.mediaFiles.get(src);
}
