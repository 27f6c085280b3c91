import "server-only";
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { openContentStore, storeFileOf, type ContentStore } from "@/lib/content-store";
import { resolveOriginal, showPath } from "@/lib/content-paths";
import { NO_CHOICE } from "@/lib/front-page";
import { EMPTY_REGISTERS } from "@/lib/registers";
import type { ImageFacts } from "@/lib/load-content";
import { loadContentCached, type CachedContent, type FactsMemo } from "@/lib/load-content-cached";
import { hashOriginals } from "@/lib/photo-cache";
import { ContentError, errorsOf, formatReport } from "@/lib/problem";
import type { Settings } from "@/lib/settings";
import type { SiteConfig } from "@/lib/site-config";
import { updateContentStore, writeContentStore, type StoreContent } from "@/lib/write-content-store";
import type { OpenedStore } from "./content";
import { trace } from "./render-trace";

// Where each kind of process gets its content store (README, Decisions: "A server serves
// its build's store", "Incremental builds"):
// - `next start` opens its build folder's store read-only, and nothing else.
// - `next build`: the first build process to need content takes a lock in the build
//   folder, reads content through the cache, writes the store (from a copy of the last
//   build's, kept in the cache folder) under a temporary name and renames it into place;
//   every other build process waits for the renamed file and opens it.
// - `next dev` keeps a store of its own in the cache folder and updates it in place after
//   each change, drafts included.

/** The build folder's store, as a path and as operators see it. */
function buildStoreFile(settings: Settings): { file: string; shown: string } {
  const file = storeFileOf(settings);
  return { file, shown: showPath(settings.paths, file) };
}

/** The store `next start` serves: its build's, opened read-only; a StoreError says why it cannot be. */
export function openServedStore(settings: Settings): ContentStore {
  const { file, shown } = buildStoreFile(settings);
  const store = openContentStore(file, shown);
  trace("store open");
  return store;
}

// The dev server re-reads content after every change: it keeps every file's facts between
// refreshes, so a refresh decodes only the changed files' from the cache (README,
// Decisions: "The dev server").
const devFacts: FactsMemo = new Map();

/**
 * Reads content through the cache for a store. A build throws a ContentError listing
 * every problem when there is an error, and prints the warnings; the dev server keeps
 * what it can show and the problems, to list them on its pages.
 */
function readForStore(settings: Settings): CachedContent {
  const loaded = loadContentCached(settings.paths, { cacheDir: settings.contentCacheDir, bodies: true, ...(settings.preview ? { memo: devFacts } : {}) });
  for (const file of loaded.parsed) trace(`parse ${file}`);
  if (settings.preview) return loaded;
  if (errorsOf(loaded.problems).length > 0) {
    loaded.close();
    throw new ContentError(loaded.problems);
  }
  // Warnings never fail a build; it prints them, as the check does.
  if (loaded.problems.length > 0) console.warn(formatReport(loaded.problems));
  return loaded;
}

// What the dev server shows around its list of problems when content/site.yaml or
// sections.yaml is too broken to read: no articles, the site's default name.
const EMPTY_SITE: SiteConfig = { name: "Báo Tỉnh", baseUrl: "http://localhost:3000", description: "", timeZone: "Asia/Ho_Chi_Minh", publisher: "Báo Tỉnh", masthead: {} };

function storeContent(settings: Settings, loaded: CachedContent, build: string, preview: boolean): StoreContent {
  const { site, sections, glossary, frontPage, registers } = loaded.settings;
  const usable = site !== undefined && sections !== undefined && glossary !== undefined && frontPage !== undefined && registers !== undefined;
  return {
    build,
    preview,
    site: site ?? EMPTY_SITE,
    sections: usable ? sections : [],
    glossary: glossary ?? new Map(),
    frontPage: frontPage ?? NO_CHOICE,
    registers: registers ?? EMPTY_REGISTERS,
    imageSizes: loaded.imageSizes,
    photoHashes: usable ? hashPhotos(settings, loaded.imageSizes) : new Map(),
    mediaFiles: loaded.mediaFiles,
    articles: usable ? loaded.articles : [],
    body: loaded.body,
  };
}

// Derived photo files are named by their original's content hash (lib/plan-photo.ts);
// the photo cache's memo spares re-reading originals that have not changed.
function hashPhotos(settings: Settings, imageSizes: ReadonlyMap<string, ImageFacts>): Map<string, string> {
  const originals = [...imageSizes.keys()].flatMap((src) => {
    const file = resolveOriginal(settings.paths, src);
    return file === undefined ? [] : [{ src, file }];
  });
  return hashOriginals(settings.photoCacheDir, originals);
}

/** The cache folder's copy of the last store built from this content folder: the next build's starting point. */
function baseStoreFile(settings: Settings, kind: "build" | "dev"): string {
  const key = createHash("sha1").update(settings.paths.contentDir).digest("hex").slice(0, 12);
  return path.join(/*turbopackIgnore: true*/ settings.contentCacheDir, "stores", `${kind}-${key}.sqlite`);
}

/** The build's store: written once by the first build process that needs it, opened by the rest. */
export function prepareBuildStore(settings: Settings): ContentStore {
  const { file, shown } = buildStoreFile(settings);
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return openServedStore(settings);
    if (takeLock(lock)) {
      try {
        writeBuildStore(settings, file);
      } finally {
        rmSync(lock, { force: true });
      }
      return openContentStore(file, shown);
    }
    // Another build process is writing it: wait for the rename (or for that process to die).
    sleep(200);
  }
}

function writeBuildStore(settings: Settings, file: string): void {
  const loaded = readForStore(settings);
  try {
    const base = baseStoreFile(settings, "build");
    const changes = writeContentStore(file, storeContent(settings, loaded, `${process.pid}-${Date.now()}`, false), existsSync(base) ? base : undefined);
    trace(`store write ${changes.fromBase ? "from-base" : "new"} inserted=${changes.inserted} removed=${changes.removed}`);
    // The finished store is never written again, so the next build may start from a copy
    // of it; a hard link costs no space (a copy where the folders are on different disks).
    mkdirSync(path.dirname(base), { recursive: true });
    const temporary = `${base}.${process.pid}.tmp`;
    rmSync(temporary, { force: true });
    try {
      linkSync(file, temporary);
    } catch {
      return;
    }
    renameSync(temporary, base);
  } finally {
    loaded.close();
  }
}

/** How long a lock without a readable owner may stand before it is taken for a crash's. */
const ORPHAN_LOCK_MS = 60_000;

/** Creates the lock file with this process's id; clears a lock whose process is gone. */
function takeLock(lock: string): boolean {
  try {
    const fd = openSync(lock, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch {
    const owner = Number(readLockOwner(lock));
    const known = Number.isInteger(owner) && owner > 0;
    // A process that died between creating the lock and writing its id leaves it empty.
    if ((known && !isAlive(owner)) || (!known && lockAge(lock) > ORPHAN_LOCK_MS)) rmSync(lock, { force: true });
    return false;
  }
}

function lockAge(lock: string): number {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch {
    return 0;
  }
}

function readLockOwner(lock: string): string {
  try {
    return readFileSync(lock, "utf8");
  } catch {
    return "";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The dev server's store, brought up to date with content/ (through the cache) and opened, with what the check found. */
export function refreshDevStore(settings: Settings, previous: ContentStore | undefined): OpenedStore {
  const file = baseStoreFile(settings, "dev");
  const loaded = readForStore(settings);
  try {
    previous?.close();
    mkdirSync(path.dirname(file), { recursive: true });
    // A first dev run after a build starts from a copy of the build's store: only the drafts
    // and what changed since are written, not the whole archive (16 s at 20,000 articles).
    const built = baseStoreFile(settings, "build");
    if (!existsSync(/*turbopackIgnore: true*/ file) && existsSync(/*turbopackIgnore: true*/ built)) copyFileSync(built, file);
    const content = storeContent(settings, loaded, `dev-${process.pid}`, true);
    try {
      updateContentStore(file, content);
    } catch {
      // A dev store of another version, or damaged: it is only a cache, so start it afresh.
      for (const suffix of ["", "-journal"]) rmSync(file + suffix, { force: true });
      updateContentStore(file, content);
    }
    return { store: openContentStore(file, showPath(settings.paths, file)), problems: loaded.problems };
  } finally {
    loaded.close();
  }
}
