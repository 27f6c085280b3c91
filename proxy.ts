import { NextResponse, type NextRequest } from "next/server";
import { getContentReport } from "./app/_data/content";
import { archivePageExists } from "./app/_data/listings";
import { previewRequestAllowed } from "./app/_data/preview";
import { notFoundPageResponse } from "./app/_routes/not-found-page";
import { PREVIEW_COOKIE } from "./lib/preview-link";
import { canonicalSlugPath, parseArchivePath, parsePreviewPath, tryDecode } from "./lib/routes";

// Runs before routing, only for the paths in `config.matcher`, for four reasons:
// - Next decodes dynamic segments itself and answers a malformed escape
//   (`/bai-viet/%E0%A4%A`) with a bare 500 that skips our headers (vercel/next.js#92527).
//   Such a URL is a typo or an attack: it gets a plain 400 here, before routing.
// - A reader who types a Vietnamese name (`/the/Dân vận`) is sent to its ASCII slug.
// - Archive pages (old articles, tag and author pages, later listing pages) are rendered
//   on first request. A made-up one would be rendered too, and Next renders such a 404 as
//   an empty shell (vercel/next.js#95613); it gets the prerendered 404 page instead,
//   answered here (app/_routes/not-found-page.ts says why not by a rewrite).
// - A preview page (/xem-truoc/<slug>) without Draft Mode and a valid token for it gets
//   that 404 page too, for the same reason; the page checks both again itself.
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const decoded = tryDecode(path);
  // A control character (NUL included) never belongs in one of our URLs.
  if (decoded === undefined || /\p{Cc}/u.test(decoded)) {
    return new NextResponse("Địa chỉ không hợp lệ.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const canonical = canonicalSlugPath(decoded);
  if (canonical !== undefined) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return NextResponse.redirect(url, 308);
  }
  const preview = parsePreviewPath(path);
  if (preview !== undefined && !previewRequestAllowed(preview, request.cookies.has(DRAFT_MODE_COOKIE), request.cookies.get(PREVIEW_COOKIE)?.value)) {
    return notFoundPageResponse();
  }
  const archive = parseArchivePath(path);
  // Except on the dev server while content has errors: the page is then most likely missing
  // because of them, and renders the check's list instead (MissingPage, page-frame.tsx).
  if (archive !== undefined && !archivePageExists(archive) && getContentReport()?.blocking !== true) return notFoundPageResponse();
  return NextResponse.next();
}

/** Next's Draft Mode cookie; only its presence is checked here (the page checks its value). */
const DRAFT_MODE_COOKIE = "__prerender_bypass";

// A literal, as Next requires; tests/lib/routes.test.ts proves it equals `proxyMatcher()`.
export const config = {
  matcher: ["/(.*%.*)", "/bai-viet/:slug", "/(the|tac-gia|nhan-vat|co-quan|van-ban|dia-danh)/:slug", "/(chuyen-muc|the|tac-gia|nhan-vat|co-quan|van-ban|dia-danh)/:slug/trang/:page", "/xem-truoc/:slug"],
};
