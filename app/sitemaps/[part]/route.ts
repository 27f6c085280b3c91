import { getSitemapPart, getSitemapPartNumbers } from "../../_data/seo";
import { notFoundResponse, xmlResponse } from "../../_routes/responses";

// Parts exist only once the sitemap passes 50,000 URLs: /sitemaps/1.xml, /sitemaps/2.xml, …
export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  return getSitemapPartNumbers().map((part) => ({ part: `${part}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).part);
  const body = match?.[1] === undefined ? undefined : getSitemapPart(Number(match[1]));
  return body === undefined ? notFoundResponse() : xmlResponse(body, "xml");
}
