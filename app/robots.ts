import type { MetadataRoute } from "next";
import { getSitemapUrls } from "./_data/seo";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/tim-kiem"] }],
    sitemap: getSitemapUrls(),
  };
}
