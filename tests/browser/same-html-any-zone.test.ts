import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";

const DIST = `.next-zone-${new URL(inject("baseUrl")).port}`;
const PAGES = [
  "index.html",
  "bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.html",
  "chuyen-muc/chinh-tri.html",
  "the/dan-van.html",
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
  it("do not change a byte of the prerendered pages and feeds", () => {
    const tsconfig = readFileSync("tsconfig.json", "utf8");
    const build = spawnSync("node_modules/.bin/next", ["build"], {
      env: { ...process.env, NEXT_DIST_DIR: DIST, TZ: "Pacific/Kiritimati", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" },
      encoding: "utf8",
    });
    writeFileSync("tsconfig.json", tsconfig);
    expect(build.status, build.stderr).toBe(0);
    for (const file of PAGES) expect({ file, html: page(DIST, file) }).toEqual({ file, html: page(".next", file) });
    // The comparison is not vacuous: the dateline is in both.
    expect(page(DIST, PAGES[1] ?? "")).toContain("Thứ Năm, 20/04/2017, 18:02 [GMT+7]");
  }, 180_000);
});
