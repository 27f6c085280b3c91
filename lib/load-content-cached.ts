import { appendAll } from "./append-all";
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import os from "node:os";
import { buildCacheEntry, hashContent, type ParseJob, type ParseSetup } from "./cache-entry";
import { openContentCache, rulesVersion, type CachedFile, type ContentCache } from "./content-cache";
import { showPath, type ContentPaths } from "./content-paths";
import {
  checkAcrossFiles,
  listArticleSources,
  loadContentSettings,
  newestFirst,
  type ContentSettings,
  type FileFacts,
  type ImageFacts,
  type MediaFacts,
} from "./load-content";
import { parseInParallel } from "./parse-in-parallel";
import type { Problem } from "./problem";
import type { StoreArticle, StoreBody } from "./write-content-store";

// The incremental path beside loadContent: the same rules (readArticleFile for one file,
// checkAcrossFiles for all), with each file's result kept in the content cache
// (lib/content-cache.ts). A run stats every file, re-reads only those whose size or time
// changed, re-validates only those whose content or rules changed, and applies the rules
// across files to every file's cached facts, so deletions, renames, clashing slugs,
// missing photos and links to missing articles are seen as before. Many files to read
// (a cold cache) are read on worker threads (lib/parse-in-parallel.ts).

/** How to load. */
export interface CachedLoadOptions {
  /** The cache folder (lib/settings.ts: `contentCacheDir`). */
  readonly cacheDir: string;
  /** Re-read and re-validate every file, trusting no entry (`npm run check -- --full`). */
  readonly full?: boolean;
  /** Also keep bodies and their search forms, for a store (a build, the dev server). */
  readonly bodies?: boolean;
  /** Worker threads for a cold read; default one per core, 0 to read in this thread. */
  readonly threads?: number;
  /** The rules version; default {@link rulesVersion} of this code. */
  readonly rules?: string;
  /**
   * Facts kept by a long-lived process between runs (the dev server's): a run decodes from
   * the cache only the facts of files whose entry changed, and brings the memo up to date.
   */
  readonly memo?: FactsMemo;
}

/** Each file's facts by absolute path, with the cache entry (content hash and context) they came from. */
export type FactsMemo = Map<string, { readonly entry: string; readonly facts: FileFacts }>;

/** What a cached load found. */
export interface CachedContent {
  readonly settings: ContentSettings;
  readonly problems: readonly Problem[];
  /** Articles without a clash, newest first (usable once there is no error). */
  readonly articles: readonly StoreArticle[];
  readonly imageSizes: ReadonlyMap<string, ImageFacts>;
  readonly mediaFiles: ReadonlyMap<string, MediaFacts>;
  /** Files read and validated in this run, as shown to editors. */
  readonly parsed: readonly string[];
  /** Files in content/articles/, Markdown or not. */
  readonly filesRead: number;
  /** Worker threads that read files in this run (0: all were read in this thread). */
  readonly threads: number;
  /** The body and search forms of an article (only with `bodies`). */
  readonly body: (article: StoreArticle) => StoreBody;
  readonly close: () => void;
}

/** Below this many files to read, worker threads cost more than they save. */
const PARALLEL_FROM = 200;

const NO_BODY: StoreBody = { markdown: "", bodyExact: "", bodyFolded: "" };

/** Reads and validates content through the cache, collecting every problem in every file. */
export function loadContentCached(paths: ContentPaths, options: CachedLoadOptions): CachedContent {
  const problems: Problem[] = [];
  const settings = loadContentSettings(paths, problems);
  const { files, listed } = listArticleSources(paths, problems);
  const cache = openContentCache(options.cacheDir);
  try {
    const bodies = options.bodies === true;
    const setup: ParseSetup = {
      paths,
      cacheDir: options.cacheDir,
      context: contextKey(options.rules ?? rulesVersion(), settings),
      timeZone: settings.context.timeZone,
      sections: settings.context.sections,
      registers: settings.context.registers,
      bodies,
    };
    const jobs = staleFiles(files, cache, setup, options.full === true);
    const done = runJobs(jobs, setup, cache, options.threads);
    cache.keepOnly(new Set(files), paths.contentDir);
    const keys = cache.keys();
    const facts = factsOf(files, keys, cache, options.memo);
    const photoReadings = cache.photoReadings();
    const across = checkAcrossFiles(
      files.map((file) => facts.get(file) ?? { file: showPath(paths, file), slug: "", read: false, problems: [], clashAt: 0, nameLines: {} }),
      // A full check reads every photo again, and keeps what it read.
      { ...paths, photoReadings: options.full === true ? { recall: () => undefined, remember: photoReadings.remember } : photoReadings },
      settings,
    );
    photoReadings.save(paths.contentDir);
    appendAll(problems, across.problems);
    const bySource = new Map(files.map((file) => [showPath(paths, file), file]));
    const articles = across.accepted
      .flatMap((entry): StoreArticle[] => {
        const file = bySource.get(entry.file);
        const key = file === undefined ? undefined : keys.get(file);
        if (entry.record === undefined || file === undefined || key === undefined) return [];
        return [{ record: entry.record, source: file, entry: hash(`${setup.context}\n${key.hash}`) }];
      })
      .sort((a, b) => newestFirst(a.record, b.record));
    return {
      settings,
      problems,
      articles,
      imageSizes: across.imageSizes,
      mediaFiles: across.mediaFiles,
      parsed: done.files.map((file) => showPath(paths, file)).sort(),
      filesRead: listed,
      threads: done.threads,
      body: (article) => cache.body(article.source) ?? NO_BODY,
      close: () => cache.close(),
    };
  } catch (error) {
    cache.close();
    throw error;
  }
}

/** The files' facts: from the memo where its entry is the cache's, else decoded from the cache (and memoised). */
function factsOf(files: readonly string[], keys: ReadonlyMap<string, CachedFile>, cache: ContentCache, memo: FactsMemo | undefined): Map<string, FileFacts> {
  if (memo === undefined) return cache.facts(files);
  const entryOf = (file: string): string | undefined => {
    const key = keys.get(file);
    return key === undefined ? undefined : `${key.context}\n${key.hash}`;
  };
  const facts = new Map<string, FileFacts>();
  const missing: string[] = [];
  for (const file of files) {
    const known = memo.get(file);
    if (known !== undefined && known.entry === entryOf(file)) facts.set(file, known.facts);
    else missing.push(file);
  }
  for (const [file, decoded] of cache.facts(missing)) {
    facts.set(file, decoded);
    const entry = entryOf(file);
    if (entry !== undefined) memo.set(file, { entry, facts: decoded });
  }
  const present = new Set(files);
  for (const file of memo.keys()) if (!present.has(file)) memo.delete(file);
  return facts;
}

function hash(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

// What a file's facts depend on beside its bytes: the rules, the zone dates are read in,
// the declared sections and the registers names and places are read against (the
// glossary only changes rendering, done per request).
function contextKey(rules: string, settings: ContentSettings): string {
  const { timeZone, sections, registers } = settings.context;
  const entries = (map: ReadonlyMap<string, unknown> | undefined) => [...(map ?? new Map<string, unknown>())];
  const named = registers === undefined ? null : { people: entries(registers.people), bodies: entries(registers.bodies), documents: entries(registers.documents), places: entries(registers.places) };
  return hash(JSON.stringify({ rules, timeZone, sections: sections ?? null, registers: named }));
}

function jobFor(file: string): ParseJob {
  const stat = statSync(file, { bigint: true });
  return { path: file, size: Number(stat.size), mtime: String(stat.mtimeNs) };
}

/** Files whose entry is missing, of other rules, or of other content; a file only touched is recorded, not re-read. */
function staleFiles(files: readonly string[], cache: ContentCache, setup: ParseSetup, full: boolean): ParseJob[] {
  const keys = cache.keys();
  const jobs: ParseJob[] = [];
  for (const file of files) {
    const job = jobFor(file);
    const key = keys.get(file);
    // A check's entry has no body: a build reads that file again, unless it gave no article.
    const usable = !full && key !== undefined && key.context === setup.context && (!setup.bodies || key.hasBody || !key.hasArticle);
    if (usable && key.size === job.size && key.mtime === job.mtime) continue;
    if (usable && key.size === job.size && key.hash === hashContent(readFileSync(file))) {
      cache.touch(file, job.size, job.mtime);
      continue;
    }
    jobs.push(job);
  }
  return jobs;
}

/** Reads the jobs' files into the cache, on worker threads when there are many; gives the files read and the threads that finished. */
function runJobs(jobs: readonly ParseJob[], setup: ParseSetup, cache: ContentCache, threads?: number): { files: string[]; threads: number } {
  const wanted = threads ?? os.availableParallelism();
  let left = jobs;
  let finished = 0;
  if (jobs.length >= PARALLEL_FROM && wanted > 0) {
    finished = parseInParallel(jobs, setup, Math.min(wanted, Math.ceil(jobs.length / PARALLEL_FROM)), (entries) => cache.write(entries)).finished;
    // Whatever a thread did not finish (it failed or could not start) is read here.
    const keys = cache.keys();
    left = jobs.filter((job) => {
      const key = keys.get(job.path);
      return key === undefined || key.context !== setup.context || key.size !== job.size || key.mtime !== job.mtime || (setup.bodies && key.hasArticle && !key.hasBody);
    });
  }
  for (let start = 0; start < left.length; start += 100) cache.write(left.slice(start, start + 100).map((job) => buildCacheEntry(job, setup)));
  return { files: jobs.map((job) => job.path), threads: finished };
}

