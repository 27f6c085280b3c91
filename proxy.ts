import { NextResponse, type NextRequest } from "next/server";
import { archivePageExists } from "./app/_data/content";
import { notFoundPageResponse } from "./app/_routes/not-found-page";
import { parseArchivePath, tryDecode } from "./lib/routes";
import { slugify } from "./lib/slugify";

// Runs before routing, only for the paths in `config.matcher`, for three reasons:
// - Next decodes dynamic segments itself and answers a malformed escape
//   (`/bai-viet/%E0%A4%A`) with a bare 500 that skips our headers (vercel/next.js#92527).
//   Such a URL is a typo or an attack: it gets a plain 400 here, before routing.
// - A reader who types a Vietnamese name (`/the/Dân vận`) is sent to its ASCII slug.
// - Archive pages (old articles, tag and author pages, later listing pages) are rendered
//   on first request. A made-up one would be rendered too, and Next renders such a 404 as
//   an empty shell (vercel/next.js#95613); it gets the prerendered 404 page instead,
//   answered here (app/_routes/not-found-page.ts says why not by a rewrite).
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const decoded = tryDecode(path);
  // A control character (NUL included) never belongs in one of our URLs.
  if (decoded === undefined || /\p{Cc}/u.test(decoded)) {
    return new NextResponse("Địa chỉ không hợp lệ.\n", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const listing = /^\/(the|tac-gia|chuyen-muc|bai-viet)\/([^/]+)$/.exec(decoded);
  const slug = listing?.[2] === undefined ? undefined : slugify(listing[2]);
  if (listing !== null && slug !== undefined && slug !== "" && slug !== listing[2]) {
    const url = request.nextUrl.clone();
    url.pathname = `/${listing[1]}/${slug}`;
    return NextResponse.redirect(url, 308);
  }
  const archive = parseArchivePath(path);
  if (archive !== undefined && !archivePageExists(archive)) return notFoundPageResponse();
  return NextResponse.next();
}

export const config = {
  matcher: ["/(.*%.*)", "/bai-viet/:slug", "/(the|tac-gia)/:slug", "/(chuyen-muc|the|tac-gia)/:slug/trang/:page"],
};
