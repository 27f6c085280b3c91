import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { articleFile } from "../support/article-file";
import { buildSite } from "../support/build";
import { send } from "../support/http";
import { startNginx, type TestNginx } from "../support/nginx";
import { assembleTestRelease, startRelease } from "../support/release";
import type { Server } from "../support/server";
import { copySettings } from "../support/site-settings";

// Scheduled publishing behind nginx, on the real clock (README, Deploying: "Scheduled
// articles behind the cache"). An article due at T is hidden at build time; once T has
// passed, the app's pages regenerate within their 60 s revalidation, and nginx's copy,
// fresh for the page's s-maxage of 60 s, is refreshed in the background after that. So
// it is visible through nginx by T + 60 + 60 s, given readers every few seconds (the
// request that finds a copy stale is still answered with it).

const BASE = Number(new URL(inject("baseUrl")).port);
const APP_PORT = BASE + 60;
const NGINX_PORT = BASE + 61;
const DIST = `.next-scheduled-${BASE}`;
const SLUG = "bai-hen-gio-sau-nginx";
const TITLE = "Bài hẹn giờ đăng sau bộ đệm nginx";
/** Next's revalidation of every page and feed (`export const revalidate = 60`) and nginx's lifetime for them (the app's s-maxage). */
const REVALIDATE_S = 60;
const CACHE_LIFETIME_S = 60;
/** Reader requests are a second apart; the machine is shared: a little slack. */
const SLACK_S = 10;
/** Due this long after the build starts: the build prerenders it hidden, and the test sees it appear. */
const DUE_AFTER_BUILD_START_S = 75;

let content: string;
let release: string;
let app: Server;
let nginx: TestNginx;
let due: number;

beforeAll(async () => {
  content = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-scheduled-"));
  copySettings(content);
  const articles = path.join(content, "articles");
  mkdirSync(articles, { recursive: true });
  cpSync("content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md", path.join(articles, "seed.md"));
  cpSync("content/images", path.join(content, "images"), { recursive: true });
  due = Math.ceil((Date.now() + DUE_AFTER_BUILD_START_S * 1000) / 1000) * 1000;
  const at = new Date(due).toISOString();
  writeFileSync(
    path.join(articles, `${SLUG}.md`),
    articleFile({ title: TITLE, date: `${at.slice(0, 10)} ${at.slice(11, 19)}Z`, author: "Hồng Nhung", category: "Chính trị" }, "Nội dung hẹn giờ đăng."),
  );
  const env = { CONTENT_DIR: content, PHOTO_CACHE_DIR: `${content}-photos`, BAO_TINH_NOW: undefined };
  const build = await buildSite({ distDir: DIST, env });
  if (build.code !== 0) throw new Error(`the build failed:\n${build.output.slice(-3_000)}`);
  release = `${content}-release`;
  assembleTestRelease(DIST, release, env);
  app = startRelease(release, APP_PORT, { BAO_TINH_NOW: undefined, CONTENT_DIR: undefined });
  await app.ready;
  nginx = startNginx(NGINX_PORT, [APP_PORT]);
  await nginx.ready;
}, 300_000);

afterAll(async () => {
  await nginx?.stop();
  await app?.stop();
  rmSync(DIST, { recursive: true, force: true });
  for (const folder of [content, `${content}-photos`, release]) if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
});

describe("an article scheduled for T, behind nginx", () => {
  it(`is on the home page, in the feed and at its address through nginx by T + ${REVALIDATE_S} + ${CACHE_LIFETIME_S} s, and nowhere before T`, async () => {
    const deadline = due + (REVALIDATE_S + CACHE_LIFETIME_S + SLACK_S) * 1000;
    const shownBeforeDue: string[] = [];
    const seen = new Map<string, boolean>([["/", false], ["/rss.xml", false], [`/bai-viet/${SLUG}`, false]]);
    while (Date.now() < deadline && [...seen.values()].some((shown) => !shown)) {
      for (const target of seen.keys()) {
        const answer = await send(nginx.url, target);
        const shown = answer.status === 200 && answer.body.includes(TITLE);
        // Each answer is judged by when it was asked for: a page shown before T would be a leak.
        if (shown && Date.now() < due) shownBeforeDue.push(target);
        if (shown) seen.set(target, true);
      }
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(shownBeforeDue).toEqual([]);
    expect(Object.fromEntries(seen)).toEqual({ "/": true, "/rss.xml": true, [`/bai-viet/${SLUG}`]: true });
  }, 420_000);
});
