import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "../support/build";
import { startNextServer } from "../support/server";

const baseUrl = inject("baseUrl");
const DIST = `.next-zone-${new URL(baseUrl).port}`;
/** Pages not prerendered but rendered by the server on request, in the server's zone. */
const ON_REQUEST = ["/the/dan-van", "/tac-gia/hong-nhung"];
const ODD_ZONE = { TZ: "Pacific/Kiritimati", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" };
const PAGES = [
  "index.html",
  "bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.html",
  "chuyen-muc/chinh-tri.html",
  "rss.xml.body",
  "sitemap.xml.body",
];

afterAll(() => rmSync(DIST, { recursive: true, force: true }));

/** A prerendered page with the build's own id taken out, the only thing that may differ. */
function page(dist: string, file: string): string {
  const buildId = readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
  return readFileSync(path.join(dist, "server", "app", file), "utf8").replaceAll(buildId, "BUILD_ID");
}

describe("the build machine's time zone and locale", () => {
  it("do not change a byte of the prerendered pages and feeds", async () => {
    const build = await buildSite({ distDir: DIST, env: ODD_ZONE, timeoutMs: 170_000 });
    expect(build.code, build.output.slice(-3_000)).toBe(0);
    for (const file of PAGES) expect({ file, html: page(DIST, file) }).toEqual({ file, html: page(".next", file) });
    // The comparison is not vacuous: the dateline is in both.
    expect(page(DIST, PAGES[1] ?? "")).toContain("Thứ Năm, 20/04/2017, 18:02 [GMT+7]");
  }, 180_000);

  it("do not change a byte of the pages a server there renders on request", async () => {
    const server = startNextServer({ port: Number(new URL(baseUrl).port) + 12, env: { NEXT_DIST_DIR: DIST, ...ODD_ZONE } });
    const served = async (base: string, dist: string, url: string): Promise<string> => {
      const buildId = readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim();
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(200);
      return (await response.text()).replaceAll(buildId, "BUILD_ID");
    };
    try {
      await server.ready;
      for (const url of ON_REQUEST) {
        const odd = await served(server.url, DIST, url);
        expect({ url, html: odd }).toEqual({ url, html: await served(baseUrl, ".next", url) });
        expect(odd, url).toContain("20/04/2017");
      }
    } finally {
      await server.stop();
    }
  }, 60_000);
});
