import { getLitePage } from "../../../_data/articles";

// A route handler, not a page: pages always ship Next's client runtime, and the lite
// version must carry no JavaScript at all. It is a few kilobytes of string templating over
// the article record the server already holds, so it is rendered per request rather than
// prerendered: that halves the pages a deploy must generate. CDNs may cache it like pages.
export const dynamic = "force-dynamic";

const CACHE = "public, s-maxage=60, stale-while-revalidate=86400";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const html = getLitePage((await params).slug);
  if (html === undefined) {
    return new Response("<!DOCTYPE html><html lang=\"vi\"><title>Không tìm thấy trang</title><h1>Không tìm thấy trang</h1><p><a href=\"/\">Về trang chủ</a></p></html>", {
      status: 404,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": CACHE } });
}
