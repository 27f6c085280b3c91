// What a reader gets from one article page of a built site: HTML and JavaScript bytes,
// first paint on slow 3G, Lighthouse mobile scores and `next start` throughput, all on
// 127.0.0.1 only.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { runAutocannon } from "../support/autocannon";
import { timeFirstAndCached } from "../support/http";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../support/chromium";
import { readPath } from "../support/json-path";
import { runCommand } from "../support/process-group";
import { treeRss } from "../support/process-memory";
import { freePort, startNextServer } from "../support/server";
import { measureFirstPaint } from "./first-paint";
import { measurePhotoServing, type PhotoServing } from "./photo-metrics";
import { readerQueries } from "./search-queries";
import { makeTempDir, removeTempDir } from "./temp-dirs";

/** Byte counts read from the build output, without a server. */
export interface StaticPageMetrics {
  readonly htmlBytes: number;
  readonly htmlGzipBytes: number;
  readonly scripts: number;
  readonly jsGzipBytes: number;
}

const gzipSize = (data: Buffer | string): number => gzipSync(data).length;

/** Sizes of the prerendered article page and the client scripts it loads. */
export function measureStaticPage(workdir: string, slug: string): StaticPageMetrics | undefined {
  const file = path.join(workdir, ".next", "server", "app", "bai-viet", `${slug}.html`);
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file);
  const sources = [...html.toString("utf8").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? "");
  const unique = [...new Set(sources)].filter((src) => src.startsWith("/_next/static/"));
  let jsGzipBytes = 0;
  for (const src of unique) {
    const local = path.join(workdir, ".next", "static", decodeURIComponent(src.slice("/_next/static/".length).split("?")[0] ?? ""));
    if (existsSync(local)) jsGzipBytes += gzipSize(readFileSync(local));
  }
  return { htmlBytes: html.length, htmlGzipBytes: gzipSize(html), scripts: unique.length, jsGzipBytes };
}

/** Lighthouse category scores, 0–100. */
export interface LighthouseScores {
  readonly performance?: number | undefined;
  readonly accessibility?: number | undefined;
  readonly bestPractices?: number | undefined;
  readonly seo?: number | undefined;
  /** Largest Contentful Paint, in ms, on Lighthouse's emulated phone. */
  readonly lcpMs?: number | undefined;
  readonly error?: string | undefined;
}

/** Measurements that need `next start`. */
export interface ServedMetrics {
  readonly lighthouse?: LighthouseScores | undefined;
  readonly requestsPerSecond?: number;
  readonly p99Ms?: number;
  readonly non2xx?: number;
  /** Connection errors and timeouts seen by autocannon. */
  readonly errors?: number;
  readonly serverRssBytes?: number | undefined;
  readonly liteGzipBytes?: number;
  /** The oldest article, not prerendered: its first request (rendered then) and the median of later ones (cached). */
  readonly archiveFirstMs?: number;
  readonly archiveCachedMs?: number | undefined;
  /** Median first contentful paint on slow 3G (tests/bench/first-paint.ts): the article and its lite version. */
  readonly articleFcpMs?: number | undefined;
  readonly liteFcpMs?: number | undefined;
  readonly photos?: PhotoServing;
  /** Search under the same load (distinct reader queries in turn), and the server's memory after it. */
  readonly search?: { readonly requestsPerSecond: number; readonly p99Ms: number; readonly non2xx: number; readonly errors: number; readonly queries: number } | undefined;
  readonly serverRssAfterSearchBytes?: number | undefined;
  readonly error?: string | undefined;
}

/** A query of common words, so every walk of the search index is full: the fixed query of the in-process search bench. */
export const LOAD_QUERY = "công tác dân vận";

/**
 * How many distinct reader queries (tests/bench/search-queries.ts) are searched under
 * load, each in turn, every tenth for its second page: more than any cache of results a
 * server could keep, so the figure measures the search index.
 */
export const LOAD_QUERIES = 2000;

/** How the served measurements run. */
export interface ServeOptions {
  readonly workdir: string;
  readonly contentDir: string;
  /** The photo cache the build's `npm run photos` filled. */
  readonly photoCacheDir: string;
  readonly slug: string;
  /** An article outside the prerendered set. */
  readonly archiveSlug: string;
  readonly lighthouse: boolean;
  readonly loadSeconds: number;
  readonly connections: number;
  readonly log: (text: string) => void;
}

/** Starts `next start` on 127.0.0.1, measures, and always stops it. */
export async function measureServed(options: ServeOptions): Promise<ServedMetrics> {
  const port = await freePort();
  const server = startNextServer({
    port,
    cwd: options.workdir,
    env: { NEXT_DIST_DIR: ".next", CONTENT_DIR: options.contentDir, PHOTO_CACHE_DIR: options.photoCacheDir },
    readyPath: `/bai-viet/${options.slug}`,
    readyTimeoutMs: 120_000,
  });
  const base = server.url;
  try {
    const article = `${base}/bai-viet/${options.slug}`;
    await server.ready;
    const liteGzipBytes = await liteTransfer(`${base}/lite/bai-viet/${options.slug}`);
    const archive = await archiveTimings(`${base}/bai-viet/${options.archiveSlug}`);
    // Before first paint, Lighthouse and the load test, while the archive's photos are still unencoded.
    const photos = await measurePhotoServing(base, options.slug, options.archiveSlug);
    const firstPaint = options.lighthouse ? await firstPaintOf(base, options.slug, options.log) : {};
    const lighthouse = options.lighthouse ? await runLighthouse(article, options.workdir, options.log) : undefined;
    const load = await autocannon(article, options.workdir, options.loadSeconds, options.connections);
    const child = server.process;
    const serverRssBytes = child.pid === undefined ? undefined : treeRss(child.pid).rssBytes;
    const searchPaths = readerQueries(LOAD_QUERIES).map((query, n) => `/tim-kiem?q=${encodeURIComponent(query)}${n % 10 === 9 ? "&trang=2" : ""}`);
    const searched = await autocannon(`${base}/tim-kiem`, options.workdir, options.loadSeconds, options.connections, searchPaths);
    const search = { requestsPerSecond: searched.requestsPerSecond ?? 0, p99Ms: searched.p99Ms ?? 0, non2xx: searched.non2xx ?? 0, errors: searched.errors ?? 0, queries: LOAD_QUERIES };
    const serverRssAfterSearchBytes = child.pid === undefined ? undefined : treeRss(child.pid).rssBytes;
    const died = child.exitCode !== null || child.signalCode !== null;
    const trouble = died || (load.errors ?? 0) > 0 || (load.non2xx ?? 0) > 0;
    const error = trouble ? `server ${died ? `exited (${child.exitCode ?? child.signalCode})` : "answered badly"}: ${JSON.stringify(load)}\n${server.log().slice(-2000)}` : undefined;
    return { lighthouse, ...load, serverRssBytes, liteGzipBytes, ...archive, ...firstPaint, photos, search, serverRssAfterSearchBytes, error };
  } catch (error) {
    return { error: `${error instanceof Error ? error.message : String(error)}\n${server.log().slice(-2000)}` };
  } finally {
    await server.stop();
  }
}

/** First contentful paint of the article and its lite page under slow 3G; left out, with a note, if Chromium fails. */
async function firstPaintOf(base: string, slug: string, log: (text: string) => void): Promise<Pick<ServedMetrics, "articleFcpMs" | "liteFcpMs">> {
  try {
    const [article, lite] = await measureFirstPaint(base, [
      { name: "article", path: `/bai-viet/${slug}` },
      { name: "lite", path: `/lite/bai-viet/${slug}` },
    ]);
    return { articleFcpMs: article?.medianMs, liteFcpMs: lite?.medianMs };
  } catch (error) {
    log(`first paint not measured: ${error instanceof Error ? error.message : String(error)}\n`);
    return {};
  }
}

/** Time to answer an archive page the first time (rendered on request) and once cached. */
async function archiveTimings(url: string): Promise<Pick<ServedMetrics, "archiveFirstMs" | "archiveCachedMs">> {
  const { firstMs, cachedMs } = await timeFirstAndCached(url, 21, 30_000);
  return { archiveFirstMs: firstMs, archiveCachedMs: cachedMs };
}

/** Gzipped bytes of the lite page plus every resource it loads without scrolling. */
async function liteTransfer(url: string): Promise<number> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const html = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  let total = gzipSize(html);
  // Lazy images load only when scrolled to; anything else the page pulls in counts.
  const eager = [...html.matchAll(/<(?:img|script|link)\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/loading="lazy"/.test(tag) && !/rel="(?:canonical|alternate)"/.test(tag))
    .map((tag) => /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1])
    .filter((src): src is string => src !== undefined && src.startsWith("/"));
  for (const src of eager.slice(0, 50)) {
    const resource = await fetch(new URL(src, url), { signal: AbortSignal.timeout(30_000) });
    total += gzipSize(Buffer.from(await resource.arrayBuffer()));
  }
  return total;
}

async function runLighthouse(url: string, workdir: string, log: (text: string) => void): Promise<LighthouseScores> {
  const out = makeTempDir("bao-tinh-bench-lh-");
  const report = path.join(out, "report.json");
  try {
    const result = await runCommand(
      path.join(workdir, "node_modules", ".bin", "lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${report}`,
        "--form-factor=mobile",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--max-wait-for-load=30000",
        "--no-enable-error-reporting",
        `--chrome-flags=${CHROMIUM_FLAGS.join(" ")}`,
      ],
      { cwd: out, timeoutMs: 180_000, env: { CHROME_PATH: CHROMIUM_PATH } },
    );
    if (result.code !== 0 || !existsSync(report)) {
      log(result.output.slice(-2000));
      return { error: result.timedOut ? "lighthouse timed out" : `lighthouse exited ${result.code}` };
    }
    const parsed: unknown = JSON.parse(readFileSync(report, "utf8"));
    const score = (id: string): number | undefined => {
      const value = readPath(parsed, ["categories", id, "score"]);
      return typeof value === "number" ? Math.round(value * 100) : undefined;
    };
    const runtimeError = readPath(parsed, ["runtimeError", "message"]);
    const lcp = readPath(parsed, ["audits", "largest-contentful-paint", "numericValue"]);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: typeof lcp === "number" ? lcp : undefined,
      error: typeof runtimeError === "string" ? runtimeError : undefined,
    };
  } finally {
    removeTempDir(out);
  }
}

async function autocannon(
  url: string,
  workdir: string,
  seconds: number,
  connections: number,
  paths?: readonly string[],
): Promise<Pick<ServedMetrics, "requestsPerSecond" | "p99Ms" | "non2xx" | "errors">> {
  const result = await runAutocannon({ url, paths, seconds, connections, cwd: workdir, timeoutMs: (seconds + 60) * 1000 });
  return { requestsPerSecond: result.perSecond, p99Ms: result.p99Ms, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}
