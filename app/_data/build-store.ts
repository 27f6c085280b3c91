import "server-only";
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import { openContentStore, STORE_FILE, type ContentStore } from "@/lib/content-store";
import { showPath } from "@/lib/content-paths";
import { loadContentCached, type CachedContent } from "@/lib/load-content-cached";
import { ContentError } from "@/lib/problem";
import type { Settings } from "@/lib/settings";
import { updateContentStore, writeContentStore, type StoreContent } from "@/lib/write-content-store";
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
  // Read at run time, not bundled: the comment keeps the tracer from pulling the project into the output.
  const file = path.resolve(/*turbopackIgnore: true*/ settings.paths.displayRoot, settings.buildFolder, STORE_FILE);
  return { file, shown: showPath(settings.paths, file) };
}

/** The store `next start` serves: its build's, opened read-only; a StoreError says why it cannot be. */
export function openServedStore(settings: Settings): ContentStore {
  const { file, shown } = buildStoreFile(settings);
  const store = openContentStore(file, shown);
  trace("store open");
  return store;
}

/** Reads content through the cache for a store, throwing a ContentError listing every problem. */
function readForStore(settings: Settings): CachedContent {
  const loaded = loadContentCached(settings.paths, { cacheDir: settings.contentCacheDir, render: true });
  for (const file of loaded.parsed) trace(`parse ${file}`);
  if (loaded.problems.length > 0 || loaded.settings === undefined) {
    loaded.close();
    throw new ContentError(loaded.problems);
  }
  return loaded;
}

function storeContent(loaded: CachedContent, build: string, preview: boolean): StoreContent {
  const settings = loaded.settings;
  if (settings === undefined) throw new Error("storeContent: no settings");
  return {
    build,
    preview,
    site: settings.site,
    sections: settings.sections,
    imageSizes: loaded.imageSizes,
    // Drafts never reach a production store; the dev server shows them, marked.
    articles: preview ? loaded.articles : loaded.articles.filter((article) => !article.record.draft),
    body: loaded.body,
  };
}

/** The cache folder's copy of the last store built from this content folder: the next build's starting point. */
function baseStoreFile(settings: Settings, kind: "build" | "dev"): string {
  const key = createHash("sha1").update(settings.paths.contentDir).digest("hex").slice(0, 12);
  return path.join(settings.contentCacheDir, "stores", `${kind}-${key}.sqlite`);
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
    const changes = writeContentStore(file, storeContent(loaded, `${process.pid}-${Date.now()}`, false), existsSync(base) ? base : undefined);
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

/** The dev server's store, brought up to date with content/ (through the cache) and opened. */
export function refreshDevStore(settings: Settings, previous: ContentStore | undefined): ContentStore {
  const file = baseStoreFile(settings, "dev");
  const loaded = readForStore(settings);
  try {
    previous?.close();
    mkdirSync(path.dirname(file), { recursive: true });
    const content = storeContent(loaded, `dev-${process.pid}`, true);
    try {
      updateContentStore(file, content);
    } catch {
      // A dev store of another version, or damaged: it is only a cache, so start it afresh.
      for (const suffix of ["", "-journal"]) rmSync(file + suffix, { force: true });
      updateContentStore(file, content);
    }
    return openContentStore(file, showPath(settings.paths, file));
  } finally {
    loaded.close();
  }
}
