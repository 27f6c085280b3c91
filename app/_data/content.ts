import "server-only";
import { watch } from "node:fs";
import { buildIndex, type ContentIndex } from "@/lib/content-index";
import { resolveOriginal } from "@/lib/content-paths";
import { loadContent, type Content, type MediaFacts } from "@/lib/load-content";
import { hashOriginals } from "@/lib/photo-cache";
import type { ArticlePage } from "@/lib/present-article";
import { NO_CHOICE } from "@/lib/front-page";
import { ContentError, errorsOf, formatReport, type Problem } from "@/lib/problem";
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
  /**
   * What the check found when this content was read. Only the dev server keeps content
   * with errors (and shows them, app/_components/content-problems.tsx); a build or a
   * production server fails on an error instead.
   */
  readonly problems: readonly Problem[];
  /** How many changes under content/ or public/ the dev server had seen when it read this content. */
  readonly version: number;
}

/** Content as read from the folder, with the problems found in it. */
interface Source {
  readonly content: Content;
  readonly problems: readonly Problem[];
  readonly version: number;
}

// Next bundles pages and route handlers separately, so one process can hold several
// copies of this module; the cache lives on globalThis so they all share one load.
interface Cache {
  source?: Source;
  loaded?: Loaded;
  /** The dev server watches content/ (photos included) and public/ (false when it cannot). */
  watching?: boolean;
  /** Nothing changed there since the last read. */
  fresh?: boolean;
  /** Told when a file under content/ or public/ changes (the dev server's page refresh). */
  listeners?: Set<() => void>;
  /** Changes seen so far, so a page can tell whether one came after it was rendered. */
  changes?: number;
  /** Pending notification: an editor's save comes as several file events, one refresh follows. */
  notifyTimer?: ReturnType<typeof setTimeout>;
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
  const source = cache.source !== undefined && unchanged ? cache.source : readContent(settings);
  cache.source = source;
  const { content } = source;
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
  const { problems, version } = source;
  cache.loaded = { content, index: buildIndex(visible, content.sections), html, liteHtml, feedHtml, pages: new Map(), unpublished, nextChange, problems, version };
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
    cache.changes = (cache.changes ?? 0) + 1;
    clearTimeout(cache.notifyTimer);
    cache.notifyTimer = setTimeout(() => {
      for (const listener of cache.listeners ?? []) listener();
    }, 150);
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

/**
 * Calls `listener` after each change under content/ or public/, from the dev server's one
 * watcher (started here if no page has started it yet), and at once when a change came
 * after `version` (a page rendered from older content); returns the unsubscribe function.
 * Nothing is watched outside the dev server.
 */
export function onContentChange(listener: () => void, version: number): () => void {
  const settings = getSettings();
  if (!settings.preview) return () => {};
  cache.watching ??= startWatching(settings);
  cache.listeners ??= new Set();
  cache.listeners.add(listener);
  if ((cache.changes ?? 0) > version) queueMicrotask(listener);
  return () => {
    cache.listeners?.delete(listener);
  };
}

/** The number of changes the content the current pages show was read after (see {@link onContentChange}). */
export function getContentVersion(): number {
  return getLoaded().version;
}

function readContent(settings: Settings): Source {
  const version = cache.changes ?? 0;
  // A production server serves what its build read and validated.
  if (settings.production && !settings.building) {
    const built = readBuildSnapshot(settings);
    if (built !== undefined) {
      trace("snapshot");
      return { content: built, problems: [], version };
    }
  }
  const result = loadContent(settings.paths);
  const read = result.content === undefined ? undefined : { ...result.content, photoHashes: hashPhotos(result.content, settings) };
  // The dev server shows the problems as the check lists them, in Vietnamese, in place of
  // the page (Next's own overlay would show an English stack trace with the list cut off).
  if (settings.preview) return { content: read ?? EMPTY_CONTENT, problems: result.problems, version };
  if (errorsOf(result.problems).length > 0 || read === undefined) throw new ContentError(result.problems);
  // Warnings never fail a build; it prints them, as the check does.
  if (result.problems.length > 0 && settings.building) console.warn(formatReport(result.problems));
  const content = read;
  if (settings.building) writeBuildSnapshot(settings, content);
  // Only the dev server shows problems on its pages; a build has printed them instead.
  return { content, problems: [], version };
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

// What the dev server shows around its list of problems when content/site.yaml or
// sections.yaml is too broken to read: no articles, the site's default name.
const EMPTY_CONTENT: Content = {
  site: { name: "Báo Tỉnh", baseUrl: "http://localhost:3000", description: "", timeZone: "Asia/Ho_Chi_Minh", publisher: "Báo Tỉnh", masthead: {} },
  sections: [],
  articles: [],
  imageSizes: new Map(),
  photoHashes: new Map(),
  mediaFiles: new Map(),
  glossary: new Map(),
  frontPage: NO_CHOICE,
};

/** The dev server's report of content problems, as `npm run check` prints it. */
export interface ContentReport {
  /** There are errors: the build would fail, so the page is replaced by the report. */
  readonly blocking: boolean;
  readonly lines: readonly string[];
}

/** The report of what the dev server found wrong in content; undefined when nothing is (always, outside the dev server). */
export function getContentReport(): ContentReport | undefined {
  const { problems } = getLoaded();
  if (problems.length === 0 || !getSettings().preview) return undefined;
  return { blocking: errorsOf(problems).length > 0, lines: formatReport(problems).split("\n") };
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
