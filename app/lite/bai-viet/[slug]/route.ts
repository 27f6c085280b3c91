import { getArticleSlugs, getLitePage } from "../../../_data/content";

// A route handler, not a page: pages always ship Next's client runtime, and the lite
// version must carry no JavaScript at all. Prerendered like the article pages.
export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  return getArticleSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const html = getLitePage((await params).slug);
  if (html === undefined) {
    return new Response("<!DOCTYPE html><html lang=\"vi\"><title>Không tìm thấy trang</title><h1>Không tìm thấy trang</h1><p><a href=\"/\">Về trang chủ</a></p></html>", {
      status: 404,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}
