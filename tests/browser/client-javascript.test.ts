import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { SEED_PATH } from "./pages";

// Issue #6: article pages ship no client components of ours, at most 5 KB gzip of
// JavaScript above Next's own floor. The floor is what a page with nothing of ours on
// the client loads: the 404 page, a server component with plain text and a link.

const baseUrl = inject("baseUrl");

/** The script files a page loads and their total gzip size. */
async function scripts(url: string): Promise<{ sources: string[]; gzipBytes: number }> {
  const html = await (await fetch(url)).text();
  const sources = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ""))].sort();
  let gzipBytes = 0;
  for (const src of sources) gzipBytes += gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length;
  return { sources, gzipBytes };
}

describe("client JavaScript", () => {
  it("an article page loads no script beyond Next's floor (the 404 page's)", async () => {
    const article = await scripts(`${baseUrl}${SEED_PATH}`);
    const floor = await scripts(`${baseUrl}/bai-viet/khong-co-bai-nay`);
    expect(floor.sources.length).toBeGreaterThan(0);
    expect(article.sources.filter((src) => !floor.sources.includes(src))).toEqual([]);
    expect(article.gzipBytes - floor.gzipBytes).toBeLessThanOrEqual(5 * 1024);
  });

  it("no file under app/ is a client component", () => {
    const files = readdirSync("app", { recursive: true, encoding: "utf8" }).filter((file) => /\.(tsx?|jsx?)$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    const client = files.filter((file) => /^\s*["']use client["']/m.test(readFileSync(path.join("app", file), "utf8")));
    expect(client).toEqual([]);
  });
});
