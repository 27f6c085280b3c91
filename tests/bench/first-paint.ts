// First contentful paint of an article and of its lite version on a slow 3G profile:
// 2,000 ms latency and 50 KB/s each way, cache off, applied by Chromium's DevTools
// protocol (CDP) in Debian's Chromium, on 127.0.0.1 only. A figure for the README, not a
// test: it looks at the clock and varies with the machine.
//
//   npm run bench:first-paint                                  # serves the build in .next on 127.0.0.1:4090
//   npm run bench:first-paint -- --port 4091 --runs 9
//   npm run bench:first-paint -- --url http://127.0.0.1:4000   # a server already running
//   options: --article /bai-viet/<slug> (the seed article by default)
//
// `npm run bench` takes the same measurement on each synthetic corpus (tests/bench/page-metrics.ts).
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { stopGroupsOnSignals } from "../support/process-group";
import { startNextServer, type Server } from "../support/server";

/** The throttling profile, as CDP's Network.emulateNetworkConditions takes it (bytes per second). */
export const SLOW_3G = { offline: false, latency: 2_000, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 } as const;

/** The same flags as the browser tests: Debian's Chromium, kept off the network. */
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Every run's first contentful paint for one page, and their median. */
export interface FirstPaint {
  readonly name: string;
  readonly path: string;
  readonly runsMs: readonly number[];
  readonly medianMs: number;
}

/**
 * Loads each page `runs` times in a fresh browser context under {@link SLOW_3G} and reads
 * its `first-contentful-paint` entry. Pages take turns, so a busy moment on the shared
 * machine falls on both rather than on one.
 */
export async function measureFirstPaint(baseUrl: string, pages: readonly { name: string; path: string }[], runs = 5): Promise<FirstPaint[]> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS, headless: true });
  try {
    const times = pages.map(() => [] as number[]);
    for (let run = 0; run < runs; run++) {
      for (const [index, page] of pages.entries()) times[index]?.push(await paintOnce(browser, `${baseUrl}${page.path}`));
    }
    return pages.map((page, index) => {
      const runsMs = times[index] ?? [];
      return { ...page, runsMs, medianMs: median(runsMs) };
    });
  } finally {
    await browser.close();
  }
}

async function paintOnce(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
    await page.goto(url, { waitUntil: "commit", timeout: 120_000 });
    const fcp = await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime, undefined, { timeout: 120_000 });
    const value: unknown = await fcp.jsonValue();
    if (typeof value !== "number") throw new Error(`${url}: no first-contentful-paint entry`);
    return value;
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

const SEED = "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";

async function main(args: readonly string[]): Promise<void> {
  const value = (name: string): string | undefined => {
    const index = args.indexOf(name);
    return index === -1 ? undefined : args[index + 1];
  };
  const runs = Number(value("--runs") ?? 5);
  const port = Number(value("--port") ?? 4090);
  const article = value("--article") ?? SEED;
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(port) || port < 1) throw new Error("--runs and --port need whole numbers");
  stopGroupsOnSignals();
  let baseUrl = value("--url");
  const server: Server | undefined = baseUrl === undefined ? startNextServer({ port, readyPath: article }) : undefined;
  try {
    if (server !== undefined) {
      baseUrl = server.url;
      await server.ready;
    }
    const results = await measureFirstPaint(baseUrl ?? "", [
      { name: "article", path: article },
      { name: "lite", path: `/lite${article}` },
    ], runs);
    const [full, lite] = results;
    console.log(`First contentful paint, ${runs} runs each, latency ${SLOW_3G.latency} ms, ${SLOW_3G.downloadThroughput / 1024} KB/s, cache off (CDP):`);
    for (const result of results) console.log(`  ${result.name.padEnd(8)} median ${result.medianMs.toFixed(0)} ms  (runs: ${result.runsMs.map((ms) => ms.toFixed(0)).join(", ")})`);
    if (full !== undefined && lite !== undefined) console.log(`  article ÷ lite: ×${(full.medianMs / lite.medianMs).toFixed(2)} (goal ≤ ×1.2)`);
  } finally {
    await server?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
