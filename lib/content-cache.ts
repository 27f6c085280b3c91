import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { deserialize, serialize } from "node:v8";
import { isFacts, type CacheEntry } from "./cache-entry";
import type { FileFacts, FileStamp, PhotoReading, PhotoReadings } from "./load-content";
import { isRecord } from "./parse-front-matter";
import { decodeValue, readNumber, readString } from "./store-rows";
import type { StoreBody } from "./write-content-store";

// The content cache: what reading and validating each article file gave, kept between
// builds, `npm run check` and dev-server reloads, so that a run re-reads and re-validates
// only new or changed files. It lives outside every build folder (Next empties its build
// folder, and a rolling deploy builds into a new one each time): `.cache/content/` at the
// repository root by default (CONTENT_CACHE_DIR), git-ignored and safe to delete at any
// time. One SQLite file, entries keyed by the file's path and checked against its size,
// modification time and content hash and against the rules they were made by.
// README, Decisions: "Incremental builds".

/** Bumped when an entry's shape changes; an older cache file is simply started afresh. */
export const CACHE_FORMAT = 3;

const CACHE_FILE = "entries.sqlite";

/** From this many files asked for, their facts are read in one pass over the cache. */
const SCAN_FROM = 2_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime TEXT NOT NULL,
  hash TEXT NOT NULL,
  context TEXT NOT NULL,
  facts BLOB NOT NULL,
  has_article INTEGER NOT NULL,
  markdown TEXT,
  body_exact TEXT,
  body_folded TEXT
);
CREATE TABLE IF NOT EXISTS photos (
  path TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime REAL NOT NULL,
  ino INTEGER NOT NULL,
  reading BLOB NOT NULL
);
`;

/** What the cache knows of a file without reading its facts. */
export interface CachedFile {
  readonly size: number;
  readonly mtime: string;
  readonly hash: string;
  readonly context: string;
  /** The file gave an article (it has no error). */
  readonly hasArticle: boolean;
  /** The entry holds the body and its search forms (a check's entries do not). */
  readonly hasBody: boolean;
}

/** The open cache. */
export interface ContentCache {
  readonly file: string;
  /** Every entry's key fields, by absolute path. */
  keys(): Map<string, CachedFile>;
  /** The facts of the given files that the cache holds. */
  facts(paths: readonly string[]): Map<string, FileFacts>;
  write(entries: readonly CacheEntry[]): void;
  /** Records a file's new size and time when its content hash showed it unchanged. */
  touch(file: string, size: number, mtime: string): void;
  body(file: string): StoreBody | undefined;
  /** Drops the entries of files under `dir` that are gone (other content folders keep theirs). */
  keepOnly(files: ReadonlySet<string>, dir: string): void;
  /**
   * What earlier runs read from the photos, for the rules across files; `save` keeps this
   * run's readings, and drops those of photos under `dir` this run did not look at.
   */
  photoReadings(): PhotoReadings & { save(dir: string): void };
  close(): void;
}

/**
 * Opens (or creates) the cache in `dir`. A cache file that cannot be read, or is of
 * another format, is deleted and started afresh: it only ever saves work.
 */
export function openContentCache(dir: string): ContentCache {
  mkdirSync(dir, { recursive: true });
  const file = path.join(/*turbopackIgnore: true*/ dir, CACHE_FILE);
  let db: Database.Database;
  try {
    db = openDatabase(file);
  } catch {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    db = openDatabase(file);
  }
  const statements = {
    keys: db.prepare("SELECT path, size, mtime, hash, context, has_article, markdown IS NOT NULL AS has_body FROM entries"),
    facts: db.prepare("SELECT path, facts FROM entries WHERE path IN (SELECT value FROM json_each(?))"),
    everyFact: db.prepare("SELECT path, facts FROM entries"),
    write: db.prepare(
      "INSERT OR REPLACE INTO entries (path, size, mtime, hash, context, facts, has_article, markdown, body_exact, body_folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
    touch: db.prepare("UPDATE entries SET size = ?, mtime = ? WHERE path = ?"),
    body: db.prepare("SELECT markdown, body_exact, body_folded FROM entries WHERE path = ?"),
    all: db.prepare("SELECT path FROM entries"),
    forget: db.prepare("DELETE FROM entries WHERE path = ?"),
    photos: db.prepare("SELECT path, size, mtime, ino, reading FROM photos"),
    writePhoto: db.prepare("INSERT OR REPLACE INTO photos (path, size, mtime, ino, reading) VALUES (?, ?, ?, ?, ?)"),
    forgetPhoto: db.prepare("DELETE FROM photos WHERE path = ?"),
  };
  const write = db.transaction((entries: readonly CacheEntry[]) => {
    for (const entry of entries) {
      statements.write.run(
        entry.path, entry.size, entry.mtime, entry.hash, entry.context, serialize(entry.facts), entry.facts.record === undefined ? 0 : 1,
        entry.body?.markdown ?? null, entry.body?.bodyExact ?? null, entry.body?.bodyFolded ?? null,
      );
    }
  });
  return {
    file,
    keys: () => {
      const keys = new Map<string, CachedFile>();
      for (const row of statements.keys.iterate()) {
        const key = readString(row, "path");
        const size = readNumber(row, "size");
        const mtime = readString(row, "mtime");
        const hash = readString(row, "hash");
        const context = readString(row, "context");
        if (key === undefined || size === undefined || mtime === undefined || hash === undefined || context === undefined) continue;
        keys.set(key, { size, mtime, hash, context, hasArticle: readNumber(row, "has_article") === 1, hasBody: readNumber(row, "has_body") === 1 });
      }
      return keys;
    },
    facts: (paths) => {
      const found = new Map<string, FileFacts>();
      const keep = (row: unknown): void => {
        const key = readString(row, "path");
        const facts = parseFacts(isRecord(row) ? row.facts : undefined);
        if (key !== undefined && facts !== undefined) found.set(key, facts);
      };
      // Most of the files (a build's every file): one pass over the table in storage order
      // is four times faster than looking 100,000 paths up one by one.
      if (paths.length >= SCAN_FROM) {
        const wanted = new Set(paths);
        for (const row of statements.everyFact.iterate()) if (wanted.has(readString(row, "path") ?? "")) keep(row);
        return found;
      }
      // json_each keeps the statement to one parameter however many files there are.
      for (let start = 0; start < paths.length; start += 10_000) {
        for (const row of statements.facts.iterate(JSON.stringify(paths.slice(start, start + 10_000)))) keep(row);
      }
      return found;
    },
    write: (entries) => write(entries),
    touch: (key, size, mtime) => void statements.touch.run(size, mtime, key),
    body: (key) => {
      const row = statements.body.get(key);
      const markdown = readString(row, "markdown");
      const bodyExact = readString(row, "body_exact");
      const bodyFolded = readString(row, "body_folded");
      return markdown === undefined || bodyExact === undefined || bodyFolded === undefined ? undefined : { markdown, bodyExact, bodyFolded };
    },
    keepOnly: (files, dir) => {
      const under = dir.endsWith(path.sep) ? dir : dir + path.sep;
      const gone = statements.all.all().map((row) => readString(row, "path") ?? "").filter((key) => key.startsWith(under) && !files.has(key));
      db.transaction(() => gone.forEach((key) => statements.forget.run(key)))();
    },
    photoReadings: () => {
      const known = new Map<string, { stamp: FileStamp; reading: unknown }>();
      for (const row of statements.photos.iterate()) {
        const key = readString(row, "path");
        const size = readNumber(row, "size");
        const mtimeMs = readNumber(row, "mtime");
        const ino = readNumber(row, "ino");
        const reading = isRecord(row) ? row.reading : undefined;
        if (key !== undefined && size !== undefined && mtimeMs !== undefined && ino !== undefined) known.set(key, { stamp: { size, mtimeMs, ino }, reading });
      }
      const seen = new Set<string>();
      const fresh = new Map<string, { stamp: FileStamp; reading: PhotoReading }>();
      const save = db.transaction((dir: string) => {
        for (const [key, { stamp, reading }] of fresh) statements.writePhoto.run(key, stamp.size, stamp.mtimeMs, stamp.ino, serialize(reading));
        const under = dir.endsWith(path.sep) ? dir : dir + path.sep;
        for (const key of known.keys()) if (key.startsWith(under) && !seen.has(key)) statements.forgetPhoto.run(key);
      });
      return {
        recall: (file, stamp) => {
          seen.add(file);
          const entry = known.get(file);
          if (entry === undefined || !sameStamp(entry.stamp, stamp)) return undefined;
          return decodeValue(entry.reading, isPhotoReading);
        },
        remember: (file, stamp, reading) => {
          seen.add(file);
          fresh.set(file, { stamp, reading });
        },
        save: (dir) => save(dir),
      };
    },
    close: () => db.close(),
  };
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** Whether a value is a photo reading as this code wrote it, by shape. */
export function isPhotoReading(value: unknown): value is PhotoReading {
  if (!isRecord(value) || typeof value.cleanable !== "boolean" || !isRecord(value.header)) return false;
  const { header } = value;
  if (header.ok === true) return isRecord(header.facts) && typeof header.facts.format === "string" && typeof header.facts.width === "number" && typeof header.facts.height === "number";
  return header.ok === false && (header.reason === "not-an-image" || header.reason === "corrupt");
}

/**
 * lib/ as source: beside this module when it runs as source (the commands, tests),
 * under the working folder when it runs bundled (Next runs from the project folder).
 */
export function sourceFolder(): string {
  const candidates = [import.meta.url.startsWith("file:") ? path.dirname(fileURLToPath(import.meta.url)) : "", path.join(/*turbopackIgnore: true*/ process.cwd(), "lib")];
  return candidates.find((dir) => dir !== "" && existsSync(path.join(/*turbopackIgnore: true*/ dir, "content-cache.ts"))) ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "lib");
}

function openDatabase(file: string): Database.Database {
  const db = new Database(file);
  try {
    // Several processes may use one cache (a build and `npm run check`): WAL lets readers
    // go on while one writes, and a writer waits its turn instead of failing.
    db.pragma("busy_timeout = 60000");
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    const version = db.pragma("user_version", { simple: true });
    if (version !== CACHE_FORMAT) {
      db.exec("DROP TABLE IF EXISTS entries");
      db.pragma(`user_version = ${CACHE_FORMAT}`);
    }
    db.exec(SCHEMA);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The version of the rules: a hash of the modules that read, validate and render
 * articles (lib/, less the editors' commands) and of the locked dependencies. Editing any
 * of them makes every entry stale, so a cached result is never one the current code
 * would not give.
 */
export function rulesVersion(lib: string = sourceFolder()): string {
  const hash = createHash("sha1").update(`cache ${CACHE_FORMAT}\n`);
  const root = path.dirname(lib);
  // Read at run time, not bundled: the comments keep the tracer from pulling the project into the output.
  const entries = existsSync(/*turbopackIgnore: true*/ lib) ? readdirSync(/*turbopackIgnore: true*/ lib, { recursive: true, withFileTypes: true }) : [];
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(/*turbopackIgnore: true*/ entry.parentPath, entry.name))
    .filter((file) => !["cli", "authoring"].includes(path.relative(lib, file).split(path.sep)[0] ?? ""))
    .sort();
  for (const file of [...files, path.join(/*turbopackIgnore: true*/ root, "package-lock.json")]) {
    hash.update(`${path.relative(root, file)}\n`);
    try {
      hash.update(readFileSync(/*turbopackIgnore: true*/ file));
    } catch {
      hash.update("missing");
    }
  }
  return hash.digest("hex");
}

// ---- facts as JSON ----------------------------------------------------------------

/**
 * A cached file's facts, or undefined when the entry is not whole. Entries are V8's
 * structured clone of what this code wrote (Dates survive); the cache format and the
 * rules version key out other code's entries, so this checks for damage, not for shape
 * drift.
 */
export function parseFacts(blob: unknown): FileFacts | undefined {
  if (!(blob instanceof Uint8Array)) return undefined;
  let value: unknown;
  try {
    value = deserialize(blob);
  } catch {
    return undefined;
  }
  return isFacts(value) ? value : undefined;
}

