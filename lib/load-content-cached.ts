import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import os from "node:os";
import type { Section } from "./article";
import { hashContent, openContentCache, rulesVersion, type CacheEntry, type ContentCache } from "./content-cache";
import { showPath, type ContentPaths } from "./content-paths";
import {
  checkAcrossFiles,
  factsOf,
  listArticleFiles,
  loadContentSettings,
  loadImageFacts,
  newestFirst,
  readArticleFile,
  type ContentSettings,
  type FileFacts,
  type ImageFacts,
} from "./load-content";
import { parseInParallel } from "./parse-in-parallel";
import type { Problem } from "./problem";
import { renderMarkdown } from "./render-markdown";
import { exactForm, foldedForm } from "./search-forms";
import type { StoreArticle, StoreBody } from "./write-content-store";

// The incremental path beside loadContent: the same rules (readArticleFile for one file,
// checkAcrossFiles for all), with each file's result kept in the content cache
// (lib/content-cache.ts). A run stats every file, re-reads only those whose size or time
// changed, re-validates only those whose content or rules changed, and applies the rules
// across files to every file's cached facts, so deletions, renames, clashing slugs,
// missing images and links to missing articles are seen as before. Many files to read
// (a cold cache) are read on worker threads (lib/parse-in-parallel.ts).

/** How to load. */
export interface CachedLoadOptions {
  /** The cache folder (lib/settings.ts: `contentCacheDir`). */
  readonly cacheDir: string;
  /** Re-read and re-validate every file, trusting no entry (`npm run check -- --full`). */
  readonly full?: boolean;
  /** Also render bodies and their search forms, for a store (a build, the dev server). */
  readonly render?: boolean;
  /** Worker threads for a cold read; default one per core, 0 to read in this thread. */
  readonly threads?: number;
  /** The rules version; default {@link rulesVersion} of this code. */
  readonly rules?: string;
}

/** What a cached load found. */
export interface CachedContent {
  readonly settings?: ContentSettings;
  readonly problems: readonly Problem[];
  /** Articles without a clash, newest first (usable once problems is empty). */
  readonly articles: readonly StoreArticle[];
  readonly imageSizes: ReadonlyMap<string, ImageFacts>;
  /** Files read and validated in this run, as shown to editors. */
  readonly parsed: readonly string[];
  /** Files in content/articles/, Markdown or not. */
  readonly filesRead: number;
  /** Worker threads that read files in this run (0: all were read in this thread). */
  readonly threads: number;
  /** The rendered body and search forms of an article (only with `render`). */
  readonly body: (article: StoreArticle) => StoreBody;
  readonly close: () => void;
}

/** What every job needs: passed to worker threads as it is, so plain data only. */
export interface ParseSetup {
  readonly paths: ContentPaths;
  readonly cacheDir: string;
  /** The cache key of the rules and settings the files are read against. */
  readonly context: string;
  readonly timeZone: string;
  readonly sections: readonly Section[];
  readonly glossary: readonly (readonly [string, string])[];
  readonly render: boolean;
}

/** One file to read and validate. */
export interface ParseJob {
  readonly path: string;
  readonly size: number;
  readonly mtime: string;
}

/** Below this many files to read, worker threads cost more than they save. */
const PARALLEL_FROM = 200;

/** Reads and validates content through the cache, collecting every problem in every file. */
export function loadContentCached(paths: ContentPaths, options: CachedLoadOptions): CachedContent {
  const problems: Problem[] = [];
  const settings = loadContentSettings(paths, problems);
  const { files, listed } = listArticleFiles(paths, problems);
  const cache = openContentCache(options.cacheDir);
  const empty = { problems, articles: [], imageSizes: new Map(), parsed: [], filesRead: 0, threads: 0, body: () => ({ html: "", bodyExact: "", bodyFolded: "" }), close: () => cache.close() };
  if (settings === undefined) return empty;
  try {
    const render = options.render === true;
    const setup: ParseSetup = {
      paths,
      cacheDir: options.cacheDir,
      context: contextKey(options.rules ?? rulesVersion(), settings),
      timeZone: settings.site.timeZone,
      sections: settings.sections,
      glossary: [...settings.glossary],
      render,
    };
    const jobs = staleFiles(files, cache, setup, options.full === true);
    let threads = 0;
    const run = (batch: readonly ParseJob[]): string[] => {
      const done = runJobs(batch, setup, cache, options.threads);
      threads = Math.max(threads, done.threads);
      return done.files;
    };
    const parsed = run(jobs);
    cache.keepOnly(new Set(files), paths.contentDir);
    const facts = cache.facts(files);
    const across = checkAcrossFiles(
      files.map((file) => facts.get(file) ?? { file: showPath(paths, file), slug: "", read: false, problems: [], images: [], links: [], nameLines: {} }),
      paths.publicDir,
    );
    problems.push(...across.problems);
    const bySource = new Map(files.map((file) => [showPath(paths, file), file]));
    const keys = cache.keys();
    const accepted = across.accepted.flatMap((entry) => {
      const file = bySource.get(entry.file);
      return file === undefined ? [] : [{ file, entry }];
    });
    // A body rendered with other image sizes (a photo replaced under the same name) is
    // rendered again; its facts cannot have changed.
    const images = (entry: FileFacts): string => imagesKey(entry, (src) => across.imageSizes.get(src));
    if (render) {
      const stale = accepted.filter(({ file, entry }) => keys.get(file)?.images !== images(entry)).map(({ file }) => jobFor(file));
      parsed.push(...run(stale));
    }
    const articles = accepted
      .flatMap(({ file, entry }): StoreArticle[] => {
        const key = keys.get(file);
        if (entry.record === undefined || key === undefined) return [];
        return [{ record: entry.record, source: file, entry: hash(`${setup.context}\n${key.hash}\n${images(entry)}`) }];
      })
      .sort((a, b) => newestFirst(a.record, b.record));
    return {
      settings,
      problems,
      articles,
      imageSizes: across.imageSizes,
      parsed: [...new Set(parsed)].map((file) => showPath(paths, file)).sort(),
      filesRead: listed,
      threads,
      body: (article) => cache.body(article.source) ?? { html: "", bodyExact: "", bodyFolded: "" },
      close: () => cache.close(),
    };
  } catch (error) {
    cache.close();
    throw error;
  }
}

function hash(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

function contextKey(rules: string, settings: ContentSettings): string {
  return hash(JSON.stringify({ rules, timeZone: settings.site.timeZone, sections: settings.sections, glossary: [...settings.glossary] }));
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
    const usable = !full && key !== undefined && key.context === setup.context && (!setup.render || key.images !== null);
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
    finished = parseInParallel(jobs, setup, Math.min(wanted, Math.ceil(jobs.length / PARALLEL_FROM))).finished;
    // Whatever a thread did not finish (it failed or could not start) is read here.
    const keys = cache.keys();
    left = jobs.filter((job) => {
      const key = keys.get(job.path);
      return key === undefined || key.context !== setup.context || key.size !== job.size || key.mtime !== job.mtime || (setup.render && key.images === null);
    });
  }
  const images = imageLookup(setup);
  for (let start = 0; start < left.length; start += 100) cache.write(left.slice(start, start + 100).map((job) => buildCacheEntry(job, setup, images)));
  return { files: jobs.map((job) => job.path), threads: finished };
}

/** A memoised lookup of public images' facts, one per thread. */
export function imageLookup(setup: ParseSetup): (src: string) => ImageFacts | undefined {
  const known = new Map<string, ImageFacts | undefined>();
  return (src) => {
    if (!known.has(src)) known.set(src, src.startsWith("/") && !src.startsWith("//") ? loadImageFacts(setup.paths.publicDir, src) : undefined);
    return known.get(src);
  };
}

function imagesKey(facts: FileFacts, lookup: (src: string) => ImageFacts | undefined): string {
  return JSON.stringify((facts.record?.images ?? []).map((image) => [image.src, lookup(image.src) ?? null]));
}

/** Reads, validates and (with `render`) renders one file into a cache entry: the work a thread does per file. */
export function buildCacheEntry(job: ParseJob, setup: ParseSetup, images: (src: string) => ImageFacts | undefined): CacheEntry {
  const bytes = readFileSync(job.path);
  const outcome = readArticleFile(job.path, showPath(setup.paths, job.path), { timeZone: setup.timeZone, sections: setup.sections }, bytes);
  const facts = factsOf(outcome);
  const article = outcome.parsed?.article;
  const entry = { path: job.path, size: job.size, mtime: job.mtime, hash: hashContent(bytes), context: setup.context, facts };
  if (!setup.render || article === undefined) return entry;
  const html = renderMarkdown(article.markdown, { imageSize: images, markLead: article.leadFromBody, glossary: new Map(setup.glossary) });
  return { ...entry, body: { html, bodyExact: exactForm(article.text), bodyFolded: foldedForm(article.text), images: imagesKey(facts, images) } };
}
