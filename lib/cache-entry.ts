import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Section } from "./article";
import { showPath, type ContentPaths } from "./content-paths";
import { readArticleFile, type FileFacts } from "./load-content";
import { isRecord } from "./parse-front-matter";
import type { Registers } from "./registers";
import { exactForm, foldedForm } from "./search-forms";
import type { StoreBody } from "./write-content-store";

// One file's entry in the content cache, and the work of making it: what a worker thread
// of lib/parse-in-parallel.ts runs. Nothing here opens SQLite, so a thread never loads
// better-sqlite3 (on Node 24, version 12 aborts a worker that loaded it when the worker
// is torn down); lib/content-cache.ts writes the entries.

/** One entry to write. */
export interface CacheEntry {
  /** The file's absolute path. */
  readonly path: string;
  readonly size: number;
  readonly mtime: string;
  readonly hash: string;
  readonly context: string;
  readonly facts: FileFacts;
  /** The body and its search forms, for a build or the dev server; absent for a check. */
  readonly body?: StoreBody | undefined;
}

/** What every job needs: passed to worker threads as it is, so plain data only. */
export interface ParseSetup {
  readonly paths: ContentPaths;
  readonly cacheDir: string;
  /** The cache key of the rules and settings the files are read against. */
  readonly context: string;
  readonly timeZone: string;
  readonly sections: readonly Section[] | undefined;
  /** Mentions and places are read against them (Maps survive the copy to a thread). */
  readonly registers: Registers | undefined;
  readonly bodies: boolean;
}

/** One file to read and validate. */
export interface ParseJob {
  readonly path: string;
  readonly size: number;
  readonly mtime: string;
}

/** A file's content hash, as the cache compares it. */
export function hashContent(bytes: Buffer): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** Reads and validates one file (and, with `bodies`, keeps its body) into a cache entry: the work a thread does per file. */
export function buildCacheEntry(job: ParseJob, setup: ParseSetup): CacheEntry {
  const bytes = readFileSync(job.path);
  const context = { timeZone: setup.timeZone, sections: setup.sections, ...(setup.registers === undefined ? {} : { registers: setup.registers }) };
  const outcome = readArticleFile(job.path, showPath(setup.paths, job.path), context, bytes);
  const { article, ...facts } = outcome;
  const entry = { path: job.path, size: job.size, mtime: job.mtime, hash: hashContent(bytes), context: setup.context, facts };
  if (!setup.bodies || article === undefined) return entry;
  return { ...entry, body: { markdown: article.markdown, bodyExact: exactForm(article.text), bodyFolded: foldedForm(article.text) } };
}

/** Whether a value is a cache entry (one a worker thread posted back), by shape. */
export function isCacheEntry(value: unknown): value is CacheEntry {
  return (
    isRecord(value) &&
    typeof value.path === "string" &&
    typeof value.size === "number" &&
    typeof value.mtime === "string" &&
    typeof value.hash === "string" &&
    typeof value.context === "string" &&
    isFacts(value.facts) &&
    (value.body === undefined || (isRecord(value.body) && typeof value.body.markdown === "string"))
  );
}

/** Whether a value is a file's facts as this code made them, by shape. */
export function isFacts(value: unknown): value is FileFacts {
  return (
    isRecord(value) &&
    typeof value.file === "string" &&
    typeof value.slug === "string" &&
    typeof value.read === "boolean" &&
    typeof value.clashAt === "number" &&
    Array.isArray(value.problems) &&
    isRecord(value.nameLines) &&
    (value.record === undefined || (isRecord(value.record) && value.record.published instanceof Date))
  );
}
