import { getSitemapPart, getSitemapPartNumbers, parseSitemapPart, sitemapPartFileName } from "../../_data/seo";
import { notFoundResponse, xmlResponse } from "../../_routes/responses";

// Parts exist only once the sitemap passes 50,000 URLs: /sitemaps/1.xml, /sitemaps/2.xml, …
export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  return getSitemapPartNumbers().map((part) => ({ part: sitemapPartFileName(part) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const part = parseSitemapPart((await params).part);
  const body = part === undefined ? undefined : getSitemapPart(part);
  return body === undefined ? notFoundResponse() : xmlResponse(body, "xml");
}
