import { describe, expect, it } from "vitest";
import { expectSecurityHeaders } from "../support/expect-answer";
import { send } from "../support/http";
import { SEED_PATH } from "./pages";
import { SERVERS } from "./servers";

// The headers next.config.ts sets must be on every kind of answer: pages, 404s, feeds,
// sitemaps, icons and static files.

const PAGES_AND_FEEDS = [
  "/",
  SEED_PATH,
  `/lite${SEED_PATH}`,
  "/chuyen-muc/chinh-tri",
  "/the/dan-van",
  "/tac-gia/hong-nhung",
  "/tim-kiem?q=dan+van",
  "/tim-kiem",
  "/bai-viet/khong-co-bai-nay",
  "/lite/bai-viet/khong-co-bai-nay",
  "/khong-co-trang-nay",
  "/rss.xml",
  "/atom.xml",
  "/chuyen-muc/chinh-tri/rss.xml",
  "/chuyen-muc/chinh-tri/atom.xml",
  "/chuyen-muc/khong-co/rss.xml",
  "/sitemap.xml",
  "/sitemap-news.xml",
  "/sitemaps/1.xml",
  "/robots.txt",
  "/manifest.webmanifest",
  "/icon.svg",
  "/logo.png",
  "/favicon.ico",
  "/_next/static/chunks/khong-co.js",
];

describe.each(SERVERS)("security headers on $name", ({ url }) => {
  it.each(PAGES_AND_FEEDS)("are all present on %s, with no X-Powered-By", async (rawPath) => {
    const answer = await send(url, rawPath);
    expect(answer.status).toBeLessThan(500);
    expectSecurityHeaders(answer);
  });

  it("are present on a static script the pages load", async () => {
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec((await send(url, "/")).body)?.[1];
    expect(script).toBeDefined();
    const answer = await send(url, script ?? "");
    expect(answer.status).toBe(200);
    expectSecurityHeaders(answer);
  });
});
