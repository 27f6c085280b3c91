import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadContent } from "../../lib/load-content";
import { formatReport } from "../../lib/problem";
import { DEV_REFRESH_EVENTS_PATH, DEV_REFRESH_SCRIPT_PATH } from "../../lib/routes";
import { launchChromium } from "../support/chromium";
import { LOOPBACK, startServer, type Server } from "../support/server";
import { copySettings } from "../support/site-settings";
import { HOSTILE_SLUG } from "./fixture-site";
import { SEED_PATH } from "./pages";

// `npm run dev` refreshes an open page when a content file changes, and shows content
// problems as the check lists them; a production page carries none of it. The dev server
// runs on a copy of the content, in its own build folder, and is stopped with its group.

const baseUrl = inject("baseUrl");
const PORT = Number(new URL(baseUrl).port) + 20;
const DEV_URL = `http://${LOOPBACK}:${PORT}`;
const DIST = `.next-dev-${PORT}`;
const SEED = "content/articles/2017/04/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md";

let content: string;
let seedFile: string;
let traceFile: string;
let server: Server;
let browser: Browser;
let page: Page;
// `next dev` adds its build folder's types to tsconfig.json: put the file back as it was.
const tsconfig = readFileSync("tsconfig.json", "utf8");

beforeAll(async () => {
  content = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-dev-"));
  // The masthead filled in, so the seed article has no problem until a test makes one.
  copySettings(content);
  mkdirSync(path.join(content, "articles"));
  seedFile = path.join(content, "articles", path.basename(SEED));
  cpSync(SEED, seedFile);
  // The seed's photos: originals live in content/images/.
  cpSync(path.join("content", "images"), path.join(content, "images"), { recursive: true });
  // Every read of a file under the content folder is logged, to count them.
  traceFile = `${content}-reads.log`;
  server = startServer("node_modules/.bin/next", ["dev", "-H", LOOPBACK, "-p", String(PORT)], {
    url: DEV_URL,
    readyPath: "/robots.txt",
    readyTimeoutMs: 180_000,
    env: {
      NODE_ENV: "development",
      CONTENT_DIR: content,
      NEXT_DIST_DIR: DIST,
      BAO_TINH_TRACE: traceFile,
      NODE_OPTIONS: `--import ${pathToFileURL(path.resolve("tests/browser/trace-reads.mjs")).href}`,
    },
  });
  await server.ready;
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  writeFileSync("tsconfig.json", tsconfig);
  rmSync(DIST, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
  rmSync(traceFile, { force: true });
}, 60_000);

/** How many times the dev server has read the seed article's file so far. */
function seedReads(): number {
  if (!existsSync(traceFile)) return 0;
  return readFileSync(traceFile, "utf8").split("\n").filter((line) => line.endsWith(` read ${seedFile}`)).length;
}

/** Rewrites the copied seed article, and waits for the page to reload itself. */
async function editSeed(change: (text: string) => string): Promise<void> {
  const file = path.join(content, "articles", path.basename(SEED));
  const reloaded = page.waitForEvent("load", { timeout: 120_000 });
  writeFileSync(file, change(readFileSync(file, "utf8")));
  await reloaded;
}

describe("npm run dev", () => {
  it("loads the refresh script and opens the stream of content changes on an article page", async () => {
    const stream = page.waitForResponse((response) => response.url().startsWith(`${DEV_URL}${DEV_REFRESH_EVENTS_PATH}?tu=`), { timeout: 120_000 });
    await page.goto(`${DEV_URL}${SEED_PATH}`, { timeout: 180_000 });
    expect((await stream).headers()["content-type"]).toBe("text/event-stream; charset=utf-8");
    expect(await page.locator(`script[src^="${DEV_REFRESH_SCRIPT_PATH}?tu="]`).count()).toBe(1);
    // The copied content is clean: the article itself, no list of problems.
    expect(await page.locator(".content-problems").count()).toBe(0);
  }, 200_000);

  it("reads the content once until a file changes, however many pages and getters ask for it", async () => {
    // The page, its metadata, its refresh stream and two reloads: one read between them.
    await page.reload();
    await page.goto(`${DEV_URL}/`);
    await page.goto(`${DEV_URL}${SEED_PATH}`);
    expect(seedReads()).toBe(1);
  }, 200_000);

  it("gives the search page, written as text, the same refresh script and the stylesheet's source", async () => {
    await page.goto(`${DEV_URL}/tim-kiem?q=dan+van`, { timeout: 180_000 });
    expect(await page.locator(".card-title").allTextContents()).toContain("BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương");
    expect(await page.locator(`script[src^="${DEV_REFRESH_SCRIPT_PATH}?tu="]`).count()).toBe(1);
    expect(await page.locator("style").first().textContent()).toBe(readFileSync(path.resolve("app", "globals.css"), "utf8"));
    // Back where the next edits expect the page to be.
    await page.goto(`${DEV_URL}${SEED_PATH}`);
  }, 200_000);

  it("reloads the open page when the article's file changes, showing the change", async () => {
    await editSeed((text) => text.replace("title: BTV Tỉnh ủy", "title: Đã sửa: BTV Tỉnh ủy").replace(/^title: (.*)$/m, 'title: "$1"'));
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 60_000 }).toBe("Đã sửa: BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương");
    // One save, one more read: the page's reload and every getter behind it share it.
    await page.reload();
    expect(seedReads()).toBe(2);
  }, 200_000);

  it("shows a content error in place of the page, line for line as npm run check prints it", async () => {
    await editSeed((text) => text.replace(/^date: .*$/m, "date: 20/4/2017"));
    const report = formatReport(loadContent({ contentDir: content, publicDir: path.resolve("public"), displayRoot: process.cwd() }).problems);
    await expect.poll(() => page.locator(".content-problems pre").textContent(), { timeout: 60_000 }).toBe(report);
    expect(report).toContain('"date": cần ngày giờ dạng 2017-04-20 18:02');
    expect(await page.locator(".content-problems h1").textContent()).toBe("Nội dung có lỗi: trang thật sẽ không dựng được");
    expect(await page.locator("article").count()).toBe(0);
  }, 200_000);
});

describe("a production server", () => {
  it.each([DEV_REFRESH_SCRIPT_PATH, DEV_REFRESH_EVENTS_PATH])("answers %s with 404", async (route) => {
    expect((await fetch(`${baseUrl}${route}`)).status).toBe(404);
  });

  it.each([
    ["the real site's", () => `${baseUrl}${SEED_PATH}`],
    ["a site with warnings (the fixture's hostile article)", () => `${inject("fixtureUrl")}/bai-viet/${HOSTILE_SLUG}`],
  ])("renders %s article pages without the refresh script or a list of problems", async (_name, url) => {
    const response = await fetch(url());
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html.includes(DEV_REFRESH_SCRIPT_PATH)).toBe(false);
    // The stylesheet, inlined in every page, names the class; the list itself is never there.
    expect(html.includes('class="content-problems"')).toBe(false);
  });
});
