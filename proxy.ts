import { NextResponse, type NextRequest } from "next/server";
import { slugify } from "./lib/slugify";

// Runs only for paths with a percent sign (see `config`), for two reasons:
// - Next decodes dynamic segments itself and answers a malformed escape
//   (`/bai-viet/%E0%A4%A`) with a bare 500 that skips our headers (vercel/next.js#92527).
//   Such a URL is a typo or an attack: it gets a plain 400 here, before routing.
// - A reader who types a Vietnamese name (`/the/Dân vận`) is sent to its ASCII slug.
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const decoded = decode(path);
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
  return NextResponse.next();
}

function decode(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

export const config = {
  // Every other request (TRACE included, which the proxy adapter cannot represent as a
  // Request and would turn into a 500) bypasses the proxy entirely.
  matcher: "/(.*%.*)",
};
