import { getFeedSectionSlugs, getSectionFeed } from "../../../_data/feeds";
import { notFoundResponse, xmlResponse } from "../../../_routes/responses";

export const dynamicParams = false;
export const revalidate = 60;

export function generateStaticParams() {
  return getFeedSectionSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const feed = await getSectionFeed((await params).slug, "atom");
  return feed === undefined ? notFoundResponse() : xmlResponse(feed, "atom");
}
