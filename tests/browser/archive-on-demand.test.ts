import { cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startNextServer } from "../support/server";
import { DRAFT_SLUG, EXTRA_ARTICLES, FIXTURE_NOW, FIXTURE_PRERENDERED_SLUGS, SCHEDULED_SLUG } from "./fixture-site";

// The fixture site was built with PRERENDER_ARTICLES=3: three articles are prerendered and
// the rest are the archive, rendered on their first request and then served from cache.

const fixtureUrl = inject("fixtureUrl");
const fixtureContent = inject("fixtureContent");
const dist = inject("fixtureDist");
const articleDir = path.join(dist, "server", "app", "bai-viet");

const publishedSlugs = readdirSync(path.join(fixtureContent, "articles"))
  .map((file) => file.replace(/\.md$/, ""))
  .filter((slug) => slug !== DRAFT_SLUG && slug !== SCHEDULED_SLUG);
const archiveSlugs = publishedSlugs.filter((slug) => !FIXTURE_PRERENDERED_SLUGS.includes(slug));

/** A page as readers and crawlers see it: Next's inline RSC payload removed, JSON-LD kept. */
function withoutFlightData(html: string): string {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, "");
}

describe("the archive, rendered on first request", () => {
  it("prerenders only the newest articles, scheduled included", () => {
    const prerendered = readdirSync(articleDir).filter((file) => file.endsWith(".html")).map((file) => file.replace(/\.html$/, ""));
    expect(prerendered.sort()).toEqual([...FIXTURE_PRERENDERED_SLUGS].sort());
    // The archive: the seed, every generated article but the newest, the media article and the photo article.
    expect(archiveSlugs.length).toBe(1 + EXTRA_ARTICLES - 1 + 2);
  });

  it("answers every archive article with 200 and its page, then serves it from the cache", async () => {
    for (const slug of archiveSlugs) {
      const first = await fetch(`${fixtureUrl}/bai-viet/${slug}`);
      const html = await first.text();
      expect(first.status, slug).toBe(200);
      expect(html, slug).toMatch(/<h1 class="headline">[^<]+<\/h1>/);
      expect(html, slug).toContain(`<link rel="canonical" href="https://baotinh.vn/bai-viet/${slug}"/>`);
      // Served from the cache: HIT, or STALE when another test rendered it over 60 s ago.
      const second = await fetch(`${fixtureUrl}/bai-viet/${slug}`);
      expect(["HIT", "STALE"], slug).toContain(second.headers.get("x-nextjs-cache"));
      expect(await second.text(), slug).toBe(html);
    }
  });

  it("prerenders sections' first pages but no tag or author page", () => {
    const html = (folder: string) => readdirSync(path.join(dist, "server", "app", folder)).filter((file) => file.endsWith(".html"));
    expect(html("chuyen-muc")).toContain("chinh-tri.html");
    expect(html("the")).toEqual([]);
    expect(html("tac-gia")).toEqual([]);
  });

  it("renders later listing pages on request too", async () => {
    const response = await fetch(`${fixtureUrl}/chuyen-muc/chinh-tri/trang/2`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain("(trang 2)");
    // The seed and every generated article are in Chính trị: 20 on page 1, the rest here.
    expect(html.match(/<li class="card">/g)?.length).toBe(EXTRA_ARTICLES + 1 - 20);
  });

  it.each([
    ["/the/dan-van", "Dân vận"],
    ["/tac-gia/hong-nhung", "Hồng Nhung"],
  ])("renders the tag or author page %s on request", async (url, name) => {
    const response = await fetch(`${fixtureUrl}${url}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(new RegExp(`<h1 class="page-title">${name}`));
    expect(html.match(/<li class="card">/g)?.length).toBeGreaterThan(0);
  });

  describe("compared with the same article prerendered", () => {
    // A copy of the build without one prerendered article's files makes the server render
    // that article on demand; what it serves must be what the build wrote.
    const [slug] = FIXTURE_PRERENDERED_SLUGS.filter((candidate) => candidate !== SCHEDULED_SLUG);
    const copy = `${dist}-on-demand`;
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it("serves the same HTML, from the build's content store, with no content folder", async () => {
      if (slug === undefined) throw new Error("the fixture must prerender a published article");
      const prerendered = readFileSync(path.join(articleDir, `${slug}.html`), "utf8");
      rmSync(copy, { recursive: true, force: true });
      cpSync(dist, copy, { recursive: true });
      for (const file of readdirSync(path.join(copy, "server", "app", "bai-viet"))) {
        if (file.startsWith(`${slug}.`)) rmSync(path.join(copy, "server", "app", "bai-viet", file), { recursive: true });
      }
      // No content folder at all: the server must render from its build's store.
      const trace = path.join(copy, "trace.log");
      const server = startNextServer({
        port: Number(new URL(fixtureUrl).port) + 11,
        env: {
          CONTENT_DIR: path.join(copy, "khong-co-thu-muc-noi-dung"),
          NEXT_DIST_DIR: copy,
          BAO_TINH_NOW: FIXTURE_NOW,
          BAO_TINH_TRACE: trace,
        },
      });
      try {
        await server.ready;
        const response = await fetch(`${server.url}/bai-viet/${slug}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("x-nextjs-cache")).toBe("MISS");
        const onDemand = await response.text();
        expect(withoutFlightData(onDemand)).toBe(withoutFlightData(prerendered));
        expect(withoutFlightData(onDemand)).toContain('<script type="application/ld+json">');
        expect(readFileSync(trace, "utf8").trim().split("\n").filter((line) => line.endsWith(" store open"))).toHaveLength(1);
      } finally {
        await server.stop();
      }
    }, 60_000);
  });
});
