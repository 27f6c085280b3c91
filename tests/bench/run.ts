// Build and page benchmark for Báo Tỉnh.
//
// How to run (from the repository root; needs Debian's chromium for Lighthouse and
// hugo for the yardstick column, both skipped with a message when missing):
//
//   npm run bench                                   # N = 1,000, 5,000 and 20,000
//   npm run bench -- --sizes 1000,5000              # chosen sizes
//   npm run bench -- --sizes 1000 --no-lighthouse --load-seconds 5
//   npm run bench -- --sizes 20000 --no-build       # in-process and Hugo figures only
//   npm run bench -- --sizes 5000 --prerender all   # every article prerendered, for comparison
//   options: --out tests/bench/results/latest.md  --seed 42  --no-hugo  --no-serve  --connections 32  --build-timeout-min 60  --keep
//            --no-in-process (skip the in-process loadContent/render rows: minutes at 100,000)
//            --prerender N|all (PRERENDER_ARTICLES for the builds; the site's default, 200, otherwise)
//
// For each N it generates a synthetic corpus in os.tmpdir() with real JPEG photos (one
// per article, plus three camera originals; tests/bench/generate-corpus.ts), times
// loadContent() in-process, runs `next build` with CONTENT_DIR pointing at the corpus (in
// a temporary copy of the repository, so the repo's .next is untouched) and a fresh
// PHOTO_CACHE_DIR, then `npm run photos` cold and warm, builds the same corpus with Hugo,
// then measures one article page (its first paint on slow 3G and Lighthouse in Chromium,
// both skipped by --no-lighthouse, its transfer at 375 px) and `next start` on 127.0.0.1
// (an archive photo encoded on its first request), and last encodes the rest of the
// archive with `npm run photos -- --all`, cold and warm. It prints one table
// and writes it to tests/bench/results/latest.md after every size. A 20,000-article build
// takes many minutes on two cores; figures from a shared machine are noisy.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "../../lib/load-content";
import { errorsOf } from "../../lib/problem";
import { buildIndex } from "../../lib/content-index";
import { findRelatedInIndex } from "../../lib/related-articles";
import { sha256 } from "../../lib/photo-cache";
import { planPhotos } from "../../lib/plan-photo";
import { renderMarkdown } from "../../lib/render-markdown";
import { articleFile } from "../support/article-file";
import { measureDevServer, type DevMetrics } from "./dev-server";
import { generateCorpus, SMALL_LEAD_SIZE, writeCorpusPhotos, type CorpusPhotos } from "./generate-corpus";
import { measureMentionCost, type MentionCost } from "./mention-cost";
import { HUGO, writeHugoSite } from "./hugo-site";
import { buildNext, prepareWorkdir, type BuildStats } from "./next-build";
import { CHROMIUM_PATH } from "../support/chromium";
import { stopAll, stopGroupsOnSignals } from "../support/process-group";
import { canSampleMemory } from "../support/process-memory";
import { LOAD_QUERIES, measureServed, measureStaticPage, type ServedMetrics, type StaticPageMetrics } from "./page-metrics";
import { runPhotos, type PhotoRun } from "./photo-metrics";
import { runMeasured, type RunResult } from "./processes";
import { keepTempDir, makeTempDir, removeTempDir, removeTrackedTempDirs, trackTempDir } from "./temp-dirs";

interface Options {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly hugo: boolean;
  readonly serve: boolean;
  /** False with --no-build: in-process and Hugo figures only (quick, or for sizes too big to build here). */
  readonly build: boolean;
  readonly lighthouse: boolean;
  readonly loadSeconds: number;
  readonly connections: number;
  readonly buildTimeoutMs: number;
  readonly keep: boolean;
  /** False with --no-in-process: skip the in-process loadContent, render and related rows (minutes at 100,000). */
  readonly inProcess: boolean;
  /** Also run `npm run photos -- --all` cold and warm (`--no-all-photos` skips it). */
  readonly allPhotos: boolean;
  /** Leads of 480 × 320 instead of 1200 × 800: for sizes whose photos would not fit the disk (300,000 × 176 KB is 53 GB). */
  readonly smallPhotos: boolean;
  /** Last, `npm run dev` on the corpus: start to first page, and edits shown on reload (`--no-dev` skips it). */
  readonly dev: boolean;
  /** PRERENDER_ARTICLES for the builds; undefined leaves the site's default. */
  readonly prerender?: string | undefined;
  /** The Markdown report, relative to the repository root. */
  readonly out: string;
}

function parseOptions(args: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = args.indexOf(name);
    return index === -1 ? undefined : args[index + 1];
  };
  const number = (name: string, fallback: number, max: number): number => {
    const raw = value(name);
    const parsed = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(parsed) || parsed <= 0 || parsed > max) throw new Error(`${name} needs a number from 1 to ${max}, got ${raw}`);
    return parsed;
  };
  const sizes = (value("--sizes") ?? "1000,5000,20000").split(",").map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 300_000)) throw new Error(`--sizes needs whole numbers from 1 to 300000, got ${value("--sizes")}`);
  return {
    sizes,
    seed: number("--seed", 42, 2 ** 31),
    hugo: !args.includes("--no-hugo"),
    serve: !args.includes("--no-serve") && !args.includes("--no-build"),
    build: !args.includes("--no-build"),
    lighthouse: !args.includes("--no-lighthouse"),
    loadSeconds: number("--load-seconds", 10, 120),
    connections: number("--connections", 32, 1000),
    buildTimeoutMs: number("--build-timeout-min", 60, 600) * 60_000,
    keep: args.includes("--keep"),
    inProcess: !args.includes("--no-in-process"),
    // Encoding every photo of a large archive takes about 150 ms each (50 min at 20,000).
    allPhotos: !args.includes("--no-all-photos"),
    dev: !args.includes("--no-dev") && !args.includes("--no-build"),
    smallPhotos: args.includes("--small-photos"),
    prerender: value("--prerender"),
    out: value("--out") ?? path.join("tests", "bench", "results", "latest.md"),
  };
}

/** What `--no-in-process` leaves out. */
interface InProcess {
  readonly loadMs: number;
  readonly renderMs: number;
  readonly relatedMs: number;
  readonly mentions: MentionCost;
}

/** Everything measured for one N. */
interface Row {
  readonly n: number;
  readonly corpusBytes: number;
  readonly loadMs?: number | undefined;
  readonly renderMs?: number | undefined;
  /** Mean time of one related-articles lookup (once per article page) over the index of all N. */
  readonly relatedMs?: number | undefined;
  /** Finding every registered name and document number in each body (part of loadContent), measured apart. */
  readonly mentions?: MentionCost | undefined;
  readonly build?: BuildStats | undefined;
  /** The same build again into a new folder after adding one article: publishing into a built archive. */
  readonly publish?: BuildStats | undefined;
  readonly hugo?: RunResult & { readonly pages: number; readonly outBytes: number } | undefined;
  readonly page?: StaticPageMetrics | undefined;
  readonly served?: ServedMetrics | undefined;
  readonly photos: CorpusPhotos;
  /** `npm run photos` after the build: the build's photos cold, then warm; then the rest of the archive (`--all`) cold, then all warm. */
  readonly photoRuns?: { readonly cold: PhotoRun; readonly warm: PhotoRun; readonly allCold?: PhotoRun; readonly allWarm?: PhotoRun } | undefined;
  readonly dev?: DevMetrics | undefined;
}

const repo = process.cwd();
const log = (text: string): void => void process.stderr.write(text);
const say = (text: string): void => log(`\n[bench] ${text}\n`);


async function measure(n: number, options: Options, workdir: string): Promise<Row> {
  say(`N = ${n}: generating corpus…`);
  const corpus = generateCorpus({ count: n, seed: options.seed, sourceContentDir: path.join(repo, "content") });
  if (!options.keep) trackTempDir(corpus.dir);
  // Every build, photo run and server of this size shares one fresh photo cache.
  const photoCache = makeTempDir(`bao-tinh-bench-photos-${n}-`);
  if (!options.keep) trackTempDir(photoCache);
  try {
    say(`N = ${n}: ${(corpus.bytes / 1e6).toFixed(1)} MB of Markdown in ${corpus.dir}; writing photos…`);
    const photos = await writeCorpusPhotos(corpus, options.smallPhotos ? SMALL_LEAD_SIZE : undefined);
    say(`N = ${n}: ${photos.files} photos, ${(photos.bytes / 1e6).toFixed(1)} MB in ${(photos.milliseconds / 1000).toFixed(1)} s${options.inProcess ? "; loadContent in-process…" : ""}`);
    const inProcess = options.inProcess ? measureInProcess(corpus.dir) : undefined;

    let build: BuildStats | undefined;
    let photoRuns: Row["photoRuns"];
    const photoEnv = { NEXT_DIST_DIR: ".next", CONTENT_DIR: corpus.dir, PHOTO_CACHE_DIR: photoCache, ...(options.prerender === undefined ? {} : { PRERENDER_ARTICLES: options.prerender }) };
    if (options.build) {
      say(`N = ${n}: next build…`);
      build = await buildNext(workdir, corpus.dir, options.buildTimeoutMs, log, options.prerender, photoCache);
      if (build.code !== 0) throw new Error(`next build ${build.timedOut ? "timed out" : `exited ${build.code}`}:\n${build.output.slice(-3000)}`);
      say(`N = ${n}: npm run photos, cold then warm…`);
      photoRuns = { cold: await runPhotos(workdir, photoEnv, []), warm: await runPhotos(workdir, photoEnv, []) };
    }
    let publish: BuildStats | undefined;
    if (options.build) {
      say(`N = ${n}: one article added, next build into a new folder…`);
      addOneArticle(corpus.dir);
      // The same photo cache as the first build: its memo of the originals' hashes is what a
      // newsroom's next build finds (without it, every original is read and hashed again).
      publish = await buildNext(workdir, corpus.dir, options.buildTimeoutMs, log, options.prerender, photoCache);
      if (publish.code !== 0) throw new Error(`the rebuild ${publish.timedOut ? "timed out" : `exited ${publish.code}`}:\n${publish.output.slice(-3000)}`);
    }

    const hugo = options.hugo ? await buildHugo(corpus.dir) : undefined;
    const page = build === undefined ? undefined : measureStaticPage(workdir, corpus.newestSlug);
    let served: ServedMetrics | undefined;
    if (options.serve) {
      say(`N = ${n}: next start, ${options.lighthouse ? "first paint on slow 3G, Lighthouse, " : ""}autocannon ${options.loadSeconds} s × ${options.connections} connections…`);
      served = await measureServed({
        workdir,
        contentDir: corpus.dir,
        photoCacheDir: photoCache,
        slug: corpus.newestSlug,
        archiveSlug: corpus.oldestSlug,
        lighthouse: options.lighthouse,
        loadSeconds: options.loadSeconds,
        connections: options.connections,
        log,
      });
      if (served.error !== undefined) say(`serving N = ${n} failed: ${served.error}`);
    }
    if (photoRuns !== undefined && options.allPhotos) {
      say(`N = ${n}: npm run photos -- --all, cold then warm…`);
      photoRuns = { ...photoRuns, allCold: await runPhotos(workdir, photoEnv, ["--all"]), allWarm: await runPhotos(workdir, photoEnv, ["--all"]) };
    }
    let dev: DevMetrics | undefined;
    if (options.dev) {
      say(`N = ${n}: npm run dev, first page and edits shown on reload…`);
      dev = await measureDevServer({ workdir, contentDir: corpus.dir, photoCacheDir: photoCache, slug: corpus.newestSlug });
      if (dev.error !== undefined) say(`npm run dev at N = ${n} failed: ${dev.error}`);
    }
    return { n, corpusBytes: corpus.bytes, ...inProcess, build, publish, hugo, page, served, photos, photoRuns, dev };
  } finally {
    if (!options.keep) removeTempDir(corpus.dir);
    if (!options.keep) removeTempDir(photoCache);
  }
}

/** The in-process figures: loadContent, rendering every body, related lookups, mention detection. */
function measureInProcess(contentDir: string): InProcess {
  const started = performance.now();
  const loaded = loadContent({ contentDir, publicDir: path.join(repo, "public"), displayRoot: contentDir });
  const loadMs = performance.now() - started;
  // The copied site.yaml ships its legal masthead empty: warnings, which a build prints and passes.
  const errors = errorsOf(loaded.problems);
  if (errors.length > 0 || loaded.content === undefined) {
    throw new Error(`the synthetic corpus has ${errors.length} errors, first: ${JSON.stringify(errors.slice(0, 3))}`);
  }
  const content = loaded.content;
  // Bodies render with their photos' plans, as the site renders them (the plan needs only a hash, not the bytes).
  const plans = planPhotos(content.imageSizes, new Map([...content.imageSizes.keys()].map((src) => [src, sha256(Buffer.from(src))])));
  const renderStart = performance.now();
  for (const article of content.articles) {
    renderMarkdown(article.markdown, { photo: (src) => plans.get(src), glossary: content.glossary, registers: content.registers });
  }
  const renderMs = performance.now() - renderStart;
  const sample = content.articles.filter((_, index) => index % Math.max(1, Math.floor(content.articles.length / 100)) === 0).slice(0, 100);
  const index = buildIndex(content.articles, content.sections, content.registers);
  const relatedStart = performance.now();
  for (const article of sample) findRelatedInIndex(article, index);
  const relatedMs = (performance.now() - relatedStart) / Math.max(1, sample.length);
  say("mention and citation detection in-process…");
  const mentions = measureMentionCost(content.articles.map((article) => article.markdown), content.registers);
  return { loadMs, renderMs, relatedMs, mentions };
}

/** Publishes one new article into the corpus, as a newsroom does between two deploys. */
function addOneArticle(contentDir: string): void {
  const file = path.join(contentDir, "articles", "2024", "12", "bai-moi-dang.md");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, articleFile({ title: "Bài mới đăng sau lần build trước", date: "2024-12-31 08:00", author: "Hồng Nhung", category: "Chính trị", tags: "[Dân vận]" }, "Sáng nay, Ban Dân vận Tỉnh ủy tổng kết công tác dân vận năm 2024."));
}

async function buildHugo(contentDir: string): Promise<Row["hugo"]> {
  // Hugo copies the originals as they are (images/ inside the corpus) into its output.
  const site = writeHugoSite(contentDir, contentDir);
  const out = path.join(site, "public");
  try {
    say("hugo build…");
    const result = await runMeasured(HUGO, ["--source", site, "--destination", out, "--quiet"], { cwd: site, timeoutMs: 20 * 60_000 });
    if (result.code !== 0) {
      say(`hugo failed (${result.code}): ${result.output.slice(-2000)}`);
      return undefined;
    }
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const outBytes = files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
    return { ...result, pages: files.filter((entry) => entry.name.endsWith(".html")).length, outBytes };
  } finally {
    removeTempDir(site);
  }
}

// ---- formatting ---------------------------------------------------------------

const fixed = (value: number | undefined, digits = 0): string => (value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits));
const mb = (bytes: number | undefined): string => (bytes === undefined ? "–" : (bytes / 1024 / 1024).toFixed(1));
const kb = (bytes: number | undefined): string => (bytes === undefined ? "–" : (bytes / 1024).toFixed(1));
const seconds = (ms: number | undefined): string => (ms === undefined ? "–" : (ms / 1000).toFixed(1));

function growth(rows: readonly Row[], pick: (row: Row) => number | undefined): string[] {
  const first = rows[0];
  const base = first === undefined ? undefined : pick(first);
  return rows.map((row) => {
    const value = pick(row);
    if (first === undefined || base === undefined || value === undefined || base === 0) return "–";
    return `×${(value / base).toFixed(2)} (N ×${(row.n / first.n).toFixed(0)})`;
  });
}

function readerSummary(build: BuildStats, n: number): string {
  if (build.readers.length === 0) return "not observed";
  const loads = build.readers.flatMap((reader) => reader.loads);
  const full = loads.filter((load) => load.reads >= n);
  const passes = full.map((load) => `${seconds(load.end - load.start)} s at +${seconds(load.start - build.startedAt)} s`).join(", ");
  const partial = loads.length > full.length ? ` + ${loads.length - full.length} partial` : "";
  return `${build.readers.length} proc; ${full.length} full load${full.length === 1 ? "" : "s"} (${passes})${partial}`;
}

function table(rows: readonly Row[]): string {
  const lines: [string, ...string[]][] = [];
  const add = (label: string, cells: readonly string[]): void => void lines.push([label, ...cells]);
  const each = (label: string, cell: (row: Row) => string): void => add(label, rows.map(cell));
  each("corpus size (MB)", (row) => mb(row.corpusBytes));
  each("loadContent read+validate, in-process (ms)", (row) => fixed(row.loadMs));
  each("  per article (µs)", (row) => fixed(row.loadMs === undefined ? undefined : (row.loadMs * 1000) / row.n));
  each("render every body to HTML, in-process (ms)", (row) => fixed(row.renderMs));
  each("mention + citation detection per article, in-process (µs, median) / parse (µs)", (row) => `${fixed(row.mentions?.perArticleUs, 1)} / ${fixed(row.mentions?.parsePerArticleUs, 1)}`);
  each("  every article (ms) / mentions per article", (row) => `${fixed(row.mentions?.totalMs)} / ${fixed(row.mentions?.mentionsPerArticle, 1)}`);
  each("related articles, one lookup in the index of N, in-process (ms)", (row) => fixed(row.relatedMs, 2));
  each("  × 1 lookup per article (s)", (row) => seconds(row.relatedMs === undefined ? undefined : row.relatedMs * row.n));
  const built = (label: string, cell: (build: BuildStats, row: Row) => string): void => each(label, (row) => (row.build === undefined ? "–" : cell(row.build, row)));
  built("**next build wall, cold content cache (s)**", (build) => `**${seconds(build.wallMs)}**`);
  built("  compile (s)", (build) => seconds(build.phases.compileMs));
  built("  TypeScript (s)", (build) => (build.phases.typeCheckSkipped ? "skipped by config" : seconds(build.phases.typeScriptMs)));
  built("  static generation (s) / workers", (build) => `${seconds(build.phases.staticGenerationMs)} / ${build.phases.workers ?? "–"}`);
  built("  article-folder loads in build (duration, start)", (build, row) => readerSummary(build, row.n));
  built("prerendered pages (.html) + route bodies", (build) => `${build.htmlPages} + ${build.routeBodies}`);
  built("static generation per prerendered page (ms)", (build) => fixed((build.phases.staticGenerationMs ?? NaN) / Math.max(1, build.htmlPages), 1));
  built("peak RSS, build process tree (MB) / processes", (build) => `${mb(build.peakRssBytes)} / ${build.peakProcesses}`);
  built(".next size (MB), of which cache", (build) => `${mb(build.distBytes)} (${mb(build.cacheBytes)})`);
  each("**publish one article: next build into a new folder after adding one file (s)**", (row) => (row.publish === undefined ? "–" : `**${seconds(row.publish.wallMs)}**`));
  each("  article files read by that build / its peak RSS (MB)", (row) =>
    row.publish === undefined ? "–" : `${row.publish.readers.reduce((sum, reader) => sum + reader.reads, 0)} / ${mb(row.publish.peakRssBytes)}`,
  );
  each("hugo build wall (s)", (row) => seconds(row.hugo?.wallMs));
  each("hugo pages (.html) / peak RSS (MB) / output (MB)", (row) => (row.hugo === undefined ? "–" : `${row.hugo.pages} / ${mb(row.hugo.peakRssBytes)} / ${mb(row.hugo.outBytes)}`));
  each("**next build ÷ hugo build**", (row) => (row.hugo === undefined || row.build === undefined ? "–" : `**×${(row.build.wallMs / row.hugo.wallMs).toFixed(2)}**`));
  each("**publish one article ÷ hugo full build**", (row) => (row.hugo === undefined || row.publish === undefined ? "–" : `**×${(row.publish.wallMs / row.hugo.wallMs).toFixed(2)}**`));
  add("growth: loadContent", growth(rows, (row) => row.loadMs));
  add("growth: next build wall", growth(rows, (row) => row.build?.wallMs));
  add("growth: related lookup", growth(rows, (row) => row.relatedMs));
  add("growth: mention detection, all articles", growth(rows, (row) => row.mentions?.totalMs));
  add("growth: static generation", growth(rows, (row) => row.build?.phases.staticGenerationMs));
  add("growth: peak RSS", growth(rows, (row) => row.build?.peakRssBytes));
  add("growth: .next size", growth(rows, (row) => row.build?.distBytes));
  add("growth: hugo build", growth(rows, (row) => row.hugo?.wallMs));
  each("article page HTML (KB) / gzip (KB)", (row) => `${kb(row.page?.htmlBytes)} / ${kb(row.page?.htmlGzipBytes)}`);
  each("article page client JS, gzip (KB) / scripts", (row) => `${kb(row.page?.jsGzipBytes)} / ${row.page?.scripts ?? "–"}`);
  each("Lighthouse mobile: perf / a11y / best pr. / SEO", (row) => {
    const lh = row.served?.lighthouse;
    if (lh === undefined) return "–";
    return lh.error !== undefined && lh.performance === undefined ? `error: ${lh.error}` : `${fixed(lh.performance)} / ${fixed(lh.accessibility)} / ${fixed(lh.bestPractices)} / ${fixed(lh.seo)}`;
  });
  each("next start article: req/s / p99 (ms) / non-2xx+errors", (row) => {
    const served = row.served;
    return `${fixed(served?.requestsPerSecond)} / ${fixed(served?.p99Ms)} / ${fixed(served === undefined ? undefined : (served.non2xx ?? 0) + (served.errors ?? 0))}`;
  });
  each("next start RSS after article load (MB)", (row) => mb(row.served?.serverRssBytes));
  each(`next start search, ${LOAD_QUERIES.toLocaleString("en")} distinct queries in turn: req/s / p99 (ms) / non-2xx+errors`, (row) => {
    const search = row.served?.search;
    return search === undefined ? "–" : `${fixed(search.requestsPerSecond)} / ${fixed(search.p99Ms)} / ${fixed(search.non2xx + search.errors)}`;
  });
  each("next start RSS after search load (MB)", (row) => mb(row.served?.serverRssAfterSearchBytes));
  each("lite page transfer, gzip (KB)", (row) => kb(row.served?.liteGzipBytes));
  each("first contentful paint, slow 3G (CDP): article / lite (ms)", (row) => {
    const served = row.served;
    const ratio = served?.articleFcpMs !== undefined && served.liteFcpMs !== undefined ? ` (×${(served.articleFcpMs / served.liteFcpMs).toFixed(2)})` : "";
    return `${fixed(served?.articleFcpMs)} / ${fixed(served?.liteFcpMs)}${ratio}`;
  });
  each("oldest article (archive): first request / cached (ms)", (row) => `${fixed(row.served?.archiveFirstMs)} / ${fixed(row.served?.archiveCachedMs, 1)}`);
  each("photos: originals (of which camera-size) / MB", (row) => `${row.photos.files} (3) / ${mb(row.photos.bytes)}`);
  const photo = (label: string, cell: (runs: NonNullable<Row["photoRuns"]>) => string): void => each(label, (row) => (row.photoRuns === undefined ? "–" : cell(row.photoRuns)));
  const run = (result: PhotoRun | undefined): string =>
    result === undefined ? "–" : `${seconds(result.encodeMs)} / ${seconds(result.wallMs)} (${result.photos} photos, ${result.encoded} files made)`;
  photo("**npm run photos, build's photos, cold: encoding / process (s)**", (runs) => `**${run(runs.cold)}**`);
  photo("npm run photos, build's photos, warm: encoding / process (s)", (runs) => run(runs.warm));
  photo("npm run photos --all, rest of the archive, cold (s)", (runs) => run(runs.allCold));
  photo("npm run photos --all, every photo, warm (s)", (runs) => run(runs.allWarm));
  photo("  per archive photo, cold (ms)", (runs) => (runs.allCold === undefined || runs.allCold.encoded === 0 ? "–" : fixed(runs.allCold.encodeMs / Math.max(1, runs.allCold.photos - runs.cold.photos))));
  photo("photo cache after the build's photos / after all (MB, files)", (runs) => `${mb(runs.cold.cacheBytes)} (${runs.cold.cacheFiles}) / ${mb(runs.allWarm?.cacheBytes)} (${runs.allWarm?.cacheFiles ?? "–"})`);
  photo("  peak RSS of npm run photos --all, cold (MB)", (runs) => mb(runs.allCold?.peakRssBytes));
  each("archive photo (480 WebP) on first request, encoded then / cached (ms)", (row) => `${fixed(row.served?.photos?.archiveFirstMs)} / ${fixed(row.served?.photos?.archiveCachedMs, 1)}`);
  each("**article page with 4 photos at 375 px: transfer / of which images (KB)**", (row) => {
    const served = row.served?.photos;
    return served?.error !== undefined ? `error: ${served.error}` : `**${kb(served?.pageTransferBytes)} / ${kb(served?.pageImageBytes)} (${served?.pageImages ?? "–"} images)**`;
  });
  each("Lighthouse mobile LCP (s)", (row) => seconds(row.served?.lighthouse?.lcpMs));
  const dev = (label: string, cell: (metrics: DevMetrics) => string): void =>
    each(label, (row) => (row.dev === undefined ? "–" : row.dev.error !== undefined ? "failed (see log)" : cell(row.dev)));
  dev("**npm run dev after the build: start to first article page, less Next's share (s)** / whole / Next's", (metrics) =>
    `**${seconds((metrics.firstPageMs ?? NaN) - (metrics.nextMs ?? NaN))}** / ${seconds(metrics.firstPageMs)} / ${seconds(metrics.nextMs)}`,
  );
  dev("**npm run dev: an edit shown on reload, each of 3 (ms)**", (metrics) => `**${(metrics.editShownMs ?? []).map((ms) => fixed(ms)).join(" / ")}**`);

  // Rows with nothing measured (--no-build, --no-hugo) are left out rather than shown as dashes.
  const measured = lines.filter(([, ...cells]) => cells.some((cell) => !/^[–\s/()]*$/.test(cell)));
  const header = ["metric", ...rows.map((row) => `N = ${row.n.toLocaleString("en")}`)];
  const render = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  return [render(header), render(header.map((_, index) => (index === 0 ? "---" : "---:"))), ...measured.map(render)].join("\n");
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repo, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // not a git checkout
  }
  return [
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, load average ${os.loadavg().map((load) => load.toFixed(2)).join(" ")} at start`,
    `- node ${process.version}, ${os.type()} ${os.release()}; repository at ${commit} (working tree, tests/ excluded)`,
  ].join("\n");
}

function report(rows: readonly Row[], options: Options, header: string, notes: readonly string[]): string {
  const args = process.argv.slice(2);
  const command = `npm run bench${args.length > 0 ? ` -- ${args.join(" ")}` : ""}`;
  return [
    "# Báo Tỉnh build benchmark",
    "",
    header,
    `- command: \`${command}\` (seed ${options.seed}; autocannon ${options.loadSeconds} s × ${options.connections} connections)`,
    `- prerendered articles: ${options.prerender === undefined ? "the site's default (PRERENDER_ARTICLES unset: the newest 200)" : `PRERENDER_ARTICLES=${options.prerender}`}; the rest are rendered on first request`,
    `- lead photos: ${options.smallPhotos ? `${SMALL_LEAD_SIZE.width} × ${SMALL_LEAD_SIZE.height} (--small-photos; a build reads only their headers)` : "1200 × 800"}, real JPEGs, each a distinct file`,
    "- the machine is shared and has two cores: treat differences under ~15 % as noise",
    ...notes.map((note) => `- ${note}`),
    "",
    table(rows),
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // Children die, and temporary folders go, with the benchmark, however it ends.
  stopGroupsOnSignals(removeTrackedTempDirs);
  const notes: string[] = [];
  const useHugo = options.hugo && existsSync(HUGO);
  if (options.hugo && !useHugo) {
    const note = `Hugo not found at ${HUGO} (Debian: apt-get install hugo): the Hugo rows are skipped`;
    say(note);
    notes.push(note);
  }
  const useLighthouse = options.lighthouse && options.serve && existsSync(CHROMIUM_PATH);
  if (options.lighthouse && options.serve && !useLighthouse) {
    const note = `Chromium not found at ${CHROMIUM_PATH} (Debian: apt-get install chromium): Lighthouse skipped`;
    say(note);
    notes.push(note);
  }
  if (!canSampleMemory()) notes.push("/proc children lists unavailable: peak RSS not measured");
  const effective: Options = { ...options, hugo: useHugo, lighthouse: useLighthouse };
  // Warm up the loader's modules on the real content/ so the first size is not charged for it.
  loadContent({ contentDir: path.join(repo, "content"), publicDir: path.join(repo, "public"), displayRoot: repo });
  const header = machine();
  log(`${header}\n`);
  const outFile = path.resolve(repo, options.out);
  mkdirSync(path.dirname(outFile), { recursive: true });
  const workdir = options.build ? prepareWorkdir(repo) : repo;
  if (workdir !== repo) say(`working copy: ${workdir}`);
  if (options.keep) keepTempDir(workdir);
  const rows: Row[] = [];
  try {
    for (const n of options.sizes) {
      rows.push(await measure(n, effective, workdir));
      // Written after every size, so a long 20,000 run still leaves the smaller results.
      writeFileSync(outFile, report(rows, effective, header, notes));
    }
  } finally {
    await stopAll();
    if (!options.keep && workdir !== repo) removeTempDir(workdir);
  }
  const text = report(rows, effective, header, notes);
  console.log(`\n${text}`);
  const shown = path.relative(repo, outFile);
  say(`written to ${shown.startsWith("..") ? outFile : shown}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  await stopAll();
  process.exit(1);
});
