import type { NextConfig } from "next";
import { parseSettings } from "./lib/settings";
import { PREVIEW_HEADERS } from "./lib/preview-link";
import { SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Separate output folders let benchmarks build other corpora beside the real site.
  distDir: parseSettings(process.env, process.cwd()).buildFolder,
  // Photos are served as derived files of fixed sizes only (app/anh, lib/plan-photo.ts); the
  // optimiser would be an open image resizer (README, Decisions: "Photos").
  images: { unoptimized: true },
  // `npm test` runs `tsc --noEmit` over the whole project as its own step first; the
  // build repeating it would only slow every deploy.
  typescript: { ignoreBuildErrors: true },
  // Archive pages (old articles, later listing pages) are rendered on first request and
  // cached. Keeping that cache in memory only, in Next's size-bounded LRU, means a flood
  // of made-up URLs costs a small 404 render each and can never fill the disk; an evicted
  // archive page is simply rendered again. Prerendered pages are still read from disk.
  cacheMaxMemorySize: 64 * 1024 * 1024,
  // The stylesheet (about 3 KB gzip) is inlined as a <style> in each page instead of a
  // render-blocking request, which on a slow 3G link cost a whole round trip before first
  // paint (README, Performance: first paint).
  experimental: { isrFlushToDisk: false, inlineCss: true },
  // The content store is opened with better-sqlite3, a native addon: it must be loaded
  // from node_modules at run time, never bundled. Next's default list already names it;
  // saying so here keeps it true if that list changes.
  serverExternalPackages: ["better-sqlite3"],
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      // Preview pages are for the link's holder alone: no shared cache stores them, no search engine indexes them.
      { source: "/xem-truoc/:path*", headers: [...PREVIEW_HEADERS] },
    ];
  },
};

export default nextConfig;
