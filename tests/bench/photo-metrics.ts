// What photos cost: encoding them at build (`npm run photos`, cold and warm, the build's
// set and the whole archive), encoding one on its first request, and what a reader on a
// phone downloads for the article page with camera photos. On 127.0.0.1 only.
import path from "node:path";
import type { EnvChanges } from "../support/process-group";
import { launchChromium } from "../support/chromium";
import { timeFirstAndCached } from "../support/http";
import { runMeasured } from "./processes";

/** One run of `npm run photos --json`, with its process's wall time. */
export interface PhotoRun {
  readonly wallMs: number;
  /** The encoding loop alone, as the command measured it. */
  readonly encodeMs: number;
  readonly photos: number;
  readonly known: number;
  readonly encoded: number;
  readonly cached: number;
  readonly cacheFiles: number;
  readonly cacheBytes: number;
  readonly peakRssBytes: number;
}

/** Runs `npm run photos -- --json [args]` against a build in `workdir`. */
export async function runPhotos(workdir: string, env: EnvChanges, args: readonly string[]): Promise<PhotoRun> {
  const result = await runMeasured(path.join(workdir, "node_modules", ".bin", "tsx"), [path.join(workdir, "lib", "cli", "photos.ts"), "--json", ...args], {
    cwd: workdir,
    env,
    timeoutMs: 4 * 60 * 60_000,
  });
  const json = result.stdout.slice(result.stdout.indexOf("{"), result.stdout.lastIndexOf("}") + 1);
  if (result.code !== 0 || json === "") throw new Error(`npm run photos ${args.join(" ")} exited ${result.code}: ${result.output.slice(-2000)}`);
  const parsed: unknown = JSON.parse(json);
  const number = (key: string): number => {
    const value = typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, key) : undefined;
    return typeof value === "number" ? value : NaN;
  };
  return {
    wallMs: result.wallMs,
    encodeMs: number("milliseconds"),
    photos: number("photos"),
    known: number("known"),
    encoded: number("encoded"),
    cached: number("cached"),
    cacheFiles: number("cacheFiles"),
    cacheBytes: number("cacheBytes"),
    peakRssBytes: result.peakRssBytes,
  };
}

/** What serving photos costs, measured against a running server. */
export interface PhotoServing {
  /** The article page with camera photos at 375 × 812, scrolled to the end: every byte on the wire. */
  readonly pageTransferBytes?: number;
  readonly pageImageBytes?: number;
  readonly pageImages?: number;
  /** An archive article's lead photo, never encoded before: its first request (encoded then) and the median of later ones. */
  readonly archiveFirstMs?: number;
  readonly archiveCachedMs?: number | undefined;
  readonly error?: string;
}

/** Measures the page transfer at 375 px and an archive photo's first and cached requests. */
export async function measurePhotoServing(base: string, slug: string, archiveSlug: string): Promise<PhotoServing> {
  try {
    return { ...(await pageTransfer(`${base}/bai-viet/${slug}`)), ...(await archivePhoto(base, archiveSlug)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function pageTransfer(url: string): Promise<Pick<PhotoServing, "pageTransferBytes" | "pageImageBytes" | "pageImages">> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    const sizes: Promise<{ image: boolean; bytes: number }>[] = [];
    page.on("requestfinished", (request) => {
      sizes.push(request.sizes().then((size) => ({ image: request.resourceType() === "image", bytes: size.responseBodySize + size.responseHeadersSize })));
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y <= height; y += 400) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.waitForTimeout(100);
    }
    await page.waitForLoadState("networkidle");
    const all = await Promise.all(sizes);
    const images = all.filter((entry) => entry.image);
    return {
      pageTransferBytes: all.reduce((sum, entry) => sum + entry.bytes, 0),
      pageImageBytes: images.reduce((sum, entry) => sum + entry.bytes, 0),
      pageImages: images.length,
    };
  } finally {
    await browser.close();
  }
}

async function archivePhoto(base: string, slug: string): Promise<Pick<PhotoServing, "archiveFirstMs" | "archiveCachedMs">> {
  const html = await (await fetch(`${base}/bai-viet/${slug}`)).text();
  // Its lead photo at the width a phone asks for; only this request can have encoded it.
  const name = /\/anh\/[a-z0-9-]+-[0-9a-f]{16}-480\.webp/.exec(html)?.[0];
  if (name === undefined) throw new Error(`no 480-wide WebP on /bai-viet/${slug}`);
  const { firstMs, cachedMs } = await timeFirstAndCached(`${base}${name}`, 11, 60_000);
  return { archiveFirstMs: firstMs, archiveCachedMs: cachedMs };
}
