import "server-only";
import type { ContentStore } from "@/lib/content-store";
import type { MediaFacts } from "@/lib/load-content";
import type { ArticlePage } from "@/lib/present-article";
import { errorsOf, formatReport, type Problem } from "@/lib/problem";
import type { Registers } from "@/lib/registers";
import type { ContentProblemsView } from "@/lib/render-furniture";
import type { SiteConfig } from "@/lib/site-config";
import type { Settings } from "@/lib/settings";
import { watchFolders } from "@/lib/watch-folders";
import { openServedStore, prepareBuildStore, refreshDevStore } from "./build-store";
import { getSettings, now } from "./settings";

// The process's door to content: one content store per process (lib/content-store.ts),
// opened once (`next start`, a build process) or brought up to date after each change
// (`next dev`), and a few small, bounded caches of what requests derived from it. No
// process holds the archive: pages read what they need from the store.

/** Most article pages (record, body, related cards) and rendered bodies a process keeps. */
const PAGE_CACHE_SIZE = 256;

/** What the process keeps: the store and the derived records, valid until the next scheduled publication. */
export interface Loaded {
  readonly store: ContentStore;
  /** Article pages by slug, least recently used first; bounded by PAGE_CACHE_SIZE. */
  readonly pages: Map<string, ArticlePage>;
  /** Rendered bodies by form and slug (`html:ky-hop`), least recently used first; bounded the same way. */
  readonly bodies: Map<string, string>;
  /** Visible articles depend on the clock (scheduled publishing): these caches are dropped when one comes due. */
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

/** A store and what was found while it was brought up to date. */
export interface OpenedStore {
  readonly store: ContentStore;
  readonly problems: readonly Problem[];
}

// Next bundles pages and route handlers separately, so one process can hold several
// copies of this module; the cache lives on globalThis so they all share one store.
interface Cache {
  opened?: OpenedStore & { readonly version: number };
  loaded?: Loaded;
  /** The dev server watches content/ (photos included) and public/ (false when it cannot). */
  watching?: boolean;
  /** Nothing changed there since the last refresh. */
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

/** The instant visibility is judged at, in ms: the clock, or every article in preview. */
export function visibleAt(): number {
  return getSettings().preview ? Number.MAX_SAFE_INTEGER : now().getTime();
}

/** The process's store and derived records, opened (or refreshed, in dev) on first use. */
export function getLoaded(): Loaded {
  const settings = getSettings();
  const unchanged = !settings.preview || isFresh(settings);
  const opened = cache.opened !== undefined && unchanged ? cache.opened : openStore(settings, cache.opened?.store);
  const time = now().getTime();
  const { loaded } = cache;
  if (loaded !== undefined && loaded.store === opened.store && time < loaded.nextChange) return loaded;
  cache.loaded = {
    store: opened.store,
    pages: new Map(),
    bodies: loaded?.store === opened.store ? loaded.bodies : new Map(),
    nextChange: settings.preview ? Infinity : opened.store.nextChange(time),
    problems: opened.problems,
    version: opened.version,
  };
  return cache.loaded;
}

/** The store alone, for getters that need no derived record. */
export function getStore(): ContentStore {
  return getLoaded().store;
}

function openStore(settings: Settings, previous: ContentStore | undefined): OpenedStore & { readonly version: number } {
  const version = cache.changes ?? 0;
  const opened = settings.preview ? refreshDevStore(settings, previous) : { store: settings.building ? prepareBuildStore(settings) : openServedStore(settings), problems: [] };
  cache.opened = { ...opened, version };
  return cache.opened;
}

/** Keeps a built record, dropping the least recently used past the bound. */
export function remember<T>(map: Map<string, T>, key: string, value: T, limit = PAGE_CACHE_SIZE): T {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) {
    const oldest = map.keys().next();
    if (oldest.done !== true) map.delete(oldest.value);
  }
  return value;
}

// The dev server keeps its store until a file under content/ or public/ changes, then
// brings it up to date through the content cache: only the changed files are re-read.
// Without a working watcher it refreshes on every request, as editors expect to see
// changes at once.
function isFresh(settings: Settings): boolean {
  cache.watching ??= startWatching(settings);
  if (!cache.watching) return false;
  const fresh = cache.fresh === true;
  // The refresh that follows a false answer makes the store fresh again, until the next change.
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
    // A watcher that fails stops reporting changes: from then on, refresh on every request.
    const broken = (): void => {
      cache.watching = false;
    };
    for (const dir of [settings.paths.contentDir, settings.paths.publicDir]) watchFolders(dir, stale, broken);
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

/** The dev server's report of content problems, as `npm run check` prints it. */
export type ContentReport = ContentProblemsView;

/** The report of what the dev server found wrong in content; undefined when nothing is (always, outside the dev server). */
export function getContentReport(): ContentReport | undefined {
  const { problems } = getLoaded();
  if (problems.length === 0 || !getSettings().preview) return undefined;
  return { blocking: errorsOf(problems).length > 0, lines: formatReport(problems).split("\n") };
}

/** People, bodies, documents and places (content/people.yaml and the rest), as the store has them. */
export function getRegisters(): Registers {
  return getStore().registers;
}

/** Site settings from content/site.yaml, as the store has them. */
export function getSite(): SiteConfig {
  return getStore().site;
}

/** Size and type of a self-hosted video or audio file the content uses. */
export function getMediaFacts(src: string): MediaFacts | undefined {
  return getStore().mediaFacts(src);
}
