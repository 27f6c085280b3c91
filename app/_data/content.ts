import "server-only";
import { watch } from "node:fs";
import type { ContentStore } from "@/lib/content-store";
import type { ImageFacts } from "@/lib/load-content";
import type { ArticlePage } from "@/lib/present-article";
import type { SiteConfig } from "@/lib/site-config";
import type { Settings } from "@/lib/settings";
import { openServedStore, prepareBuildStore, refreshDevStore } from "./build-store";
import { getSettings, now } from "./settings";

// The process's door to content: one content store per process (lib/content-store.ts),
// opened once (`next start`, a build process) or brought up to date after each change
// (`next dev`), and a few small, bounded caches of what requests derived from it. No
// process holds the archive: pages read what they need from the store.

/** Most article pages (record, body, related cards) a process keeps built. */
const PAGE_CACHE_SIZE = 256;

/** What the process keeps: the store and the derived records, valid until the next scheduled publication. */
export interface Loaded {
  readonly store: ContentStore;
  /** Article pages by slug, least recently used first; bounded by PAGE_CACHE_SIZE. */
  readonly pages: Map<string, ArticlePage>;
  /** Visible articles depend on the clock (scheduled publishing): these caches are dropped when one comes due. */
  readonly nextChange: number;
}

// Next bundles pages and route handlers separately, so one process can hold several
// copies of this module; the cache lives on globalThis so they all share one store.
interface Cache {
  store?: ContentStore;
  loaded?: Loaded;
  /** The dev server watches content/ and public/ (false when it cannot). */
  watching?: boolean;
  /** Nothing changed there since the last refresh. */
  fresh?: boolean;
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
  const store = cache.store !== undefined && unchanged ? cache.store : openStore(settings, cache.store);
  const time = now().getTime();
  const { loaded } = cache;
  if (loaded !== undefined && loaded.store === store && time < loaded.nextChange) return loaded;
  cache.loaded = { store, pages: new Map(), nextChange: settings.preview ? Infinity : store.nextChange(time) };
  return cache.loaded;
}

/**
 * Opens the store when a production server starts, or ends the process with the
 * message: a server must never come up only to answer 500 to every request.
 */
export function openStoreOrExit(): void {
  try {
    getStore();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/** The store alone, for getters that need no derived record. */
export function getStore(): ContentStore {
  return getLoaded().store;
}

function openStore(settings: Settings, previous: ContentStore | undefined): ContentStore {
  const store = settings.preview ? refreshDevStore(settings, previous) : settings.building ? prepareBuildStore(settings) : openServedStore(settings);
  cache.store = store;
  return store;
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
  };
  try {
    // A watcher that fails stops reporting changes: from then on, refresh on every request.
    const broken = (): void => {
      cache.watching = false;
    };
    for (const dir of [settings.paths.contentDir, settings.paths.publicDir]) watch(dir, { recursive: true }, stale).on("error", broken);
    return true;
  } catch {
    return false;
  }
}

/** Site settings from content/site.yaml, as the store has them. */
export function getSite(): SiteConfig {
  return getStore().site;
}

/** Size, bytes and type of a public image the content uses. */
export function getImageFacts(src: string): ImageFacts | undefined {
  return getStore().imageFacts(src);
}
