import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { getSettings } from "../_data/settings";

// proxy.ts answers a made-up archive URL with the 404 page itself. A rewrite to a path
// Next answers with 404 looks internal but is not: Next's proxy adapter turns every
// 127.x.x.x and [::1] host into `localhost`, so when the server is bound to such an address
// the rewrite's origin differs from the server's and Next forwards it over HTTP to
// localhost:<port>, to whatever listens there (another service, or nothing: a 500).
// The build's prerendered 404 page is the same HTML Next would have sent.

const NOT_FOUND_FILE = path.join(/*turbopackIgnore: true*/ "server", "app", "_not-found.html");
// The dev server prerenders nothing; it gets the page's words without the layout.
const FALLBACK = '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head><body><h1>Không tìm thấy trang</h1></body></html>';

let html: string | undefined;

/** The build's 404 page with the status and headers Next gives it (the security headers come from next.config.ts). */
export function notFoundPageResponse(): Response {
  html ??= prerenderedNotFoundPage() ?? FALLBACK;
  return new Response(html, {
    status: 404,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
    },
  });
}

/** The 404 page the build prerendered, or undefined where there is none (the dev server). */
export function prerenderedNotFoundPage(): string | undefined {
  // Read from the build the server serves, never bundled: hence turbopackIgnore.
  const settings = getSettings();
  const file = path.resolve(/*turbopackIgnore: true*/ settings.paths.displayRoot, settings.buildFolder, NOT_FOUND_FILE);
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
