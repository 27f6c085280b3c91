// What a reader gets from one article page of a built site: HTML and JavaScript bytes,
// Lighthouse mobile scores and `next start` throughput, all on 127.0.0.1 only.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { runAutocannon } from "../support/autocannon";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../support/chromium";
import { readPath } from "../support/json-path";
import { runCommand } from "../support/process-group";
import { treeRss } from "../support/process-memory";
import { freePort, startNextServer } from "../support/server";
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
  readonly performance?: number;
  readonly accessibility?: number;
  readonly bestPractices?: number;
  readonly seo?: number;
  readonly error?: string;
}

/** Measurements that need `next start`. */
export interface ServedMetrics {
  readonly lighthouse?: LighthouseScores;
  readonly requestsPerSecond?: number;
  readonly p99Ms?: number;
  readonly non2xx?: number;
  /** Connection errors and timeouts seen by autocannon. */
  readonly errors?: number;
  readonly serverRssBytes?: number;
  readonly liteGzipBytes?: number;
  /** The oldest article, not prerendered: its first request (rendered then) and the median of later ones (cached). */
  readonly archiveFirstMs?: number;
  readonly archiveCachedMs?: number;
  /** Search under the same load (distinct reader queries in turn), and the server's memory after it. */
  readonly search?: { readonly requestsPerSecond: number; readonly p99Ms: number; readonly non2xx: number; readonly errors: number; readonly queries: number };
  readonly serverRssAfterSearchBytes?: number;
  readonly error?: string;
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
    env: { NEXT_DIST_DIR: ".next", CONTENT_DIR: options.contentDir },
    readyPath: `/bai-viet/${options.slug}`,
    readyTimeoutMs: 120_000,
  });
  const base = server.url;
  try {
    const article = `${base}/bai-viet/${options.slug}`;
    await server.ready;
    const liteGzipBytes = await liteTransfer(`${base}/lite/bai-viet/${options.slug}`);
    const archive = await archiveTimings(`${base}/bai-viet/${options.archiveSlug}`);
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
    return { lighthouse, ...load, serverRssBytes, liteGzipBytes, ...archive, search, serverRssAfterSearchBytes, error };
  } catch (error) {
    return { error: `${error instanceof Error ? error.message : String(error)}\n${server.log().slice(-2000)}` };
  } finally {
    await server.stop();
  }
}

/** Time to answer an archive page the first time (rendered on request) and once cached. */
async function archiveTimings(url: string): Promise<Pick<ServedMetrics, "archiveFirstMs" | "archiveCachedMs">> {
  const timed = async (): Promise<number> => {
    const started = performance.now();
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    return performance.now() - started;
  };
  const archiveFirstMs = await timed();
  const later: number[] = [];
  for (let n = 0; n < 21; n++) later.push(await timed());
  later.sort((a, b) => a - b);
  return { archiveFirstMs, archiveCachedMs: later[Math.floor(later.length / 2)] };
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
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
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
