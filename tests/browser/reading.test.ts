import { readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, saveScreenshot } from "../support/chromium";
import { startNextServer } from "../support/server";
import { DRAFT_SLUG, EXTRA_ARTICLES, HOSTILE_SLUG, FIXTURE_NOW, RECONCILIATION_TAG_SLUG, SCHEDULED_SLUG } from "./fixture-site";
import { SEED_PATH, SEED_TITLE } from "./pages";

const fixtureUrl = inject("fixtureUrl");
const fixtureContent = inject("fixtureContent");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function titles(page: Page): Promise<string[]> {
  return page.locator(".card-title").allTextContents();
}

describe("a reader moving through the fixture site", () => {
  it("goes home → section → article → tag → related article", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${fixtureUrl}/`);
    await page.getByRole("navigation", { name: "Chuyên mục" }).getByRole("link", { name: "Chính trị" }).click();
    await page.waitForURL(/\/chuyen-muc\/chinh-tri$/);
    expect(await page.locator("h1").textContent()).toBe("Chính trị");
    await page.getByRole("link", { name: "Hội nghị dân vận khu vực số 24" }).click();
    await page.waitForURL(/\/bai-viet\/hoi-nghi-dan-van-so-24$/);
    await page.getByRole("navigation", { name: "Từ khóa" }).getByRole("link", { name: "Dân vận" }).click();
    await page.waitForURL(/\/the\/dan-van$/);
    expect(await titles(page)).toContain(SEED_TITLE);
    await page.getByRole("link", { name: SEED_TITLE }).click();
    await page.waitForURL(new RegExp(`${SEED_PATH}$`));
    const related = page.getByRole("region", { name: "Tin liên quan" });
    const relatedTitles = await related.locator(".card-title").allTextContents();
    expect(relatedTitles.length).toBeGreaterThan(0);
    expect(relatedTitles).not.toContain(SEED_TITLE);
    // Articles sharing the tag Dân vận rank first: numbers divisible by 3, newest first.
    expect(relatedTitles[0]).toBe("Hội nghị dân vận khu vực số 24");
    await related.getByRole("link", { name: relatedTitles[0] ?? "" }).click();
    await page.waitForURL(/\/bai-viet\/hoi-nghi-dan-van-so-24$/);
    expect(await page.locator("h1").textContent()).toBe("Hội nghị dân vận khu vực số 24");
    await saveScreenshot(page, "reader-journey-phone");
    await page.close();
  });

  it("pages through a section 20 articles at a time with previous and next links", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${fixtureUrl}/chuyen-muc/chinh-tri`);
    expect(await titles(page)).toHaveLength(20);
    expect(await page.getByRole("navigation", { name: "Phân trang" }).textContent()).toContain("Trang 1/2");
    await page.getByRole("link", { name: "Trang sau ›" }).click();
    await page.waitForURL(/\/chuyen-muc\/chinh-tri\/trang\/2$/);
    const second = await titles(page);
    expect(second).toHaveLength(EXTRA_ARTICLES + 1 - 20);
    expect(second.at(-1)).toBe(SEED_TITLE);
    await page.getByRole("link", { name: "‹ Trang trước" }).click();
    await page.waitForURL(/\/chuyen-muc\/chinh-tri$/);
    await saveScreenshot(page, "section-desktop");
    await page.close();
    for (const missing of ["/chuyen-muc/chinh-tri/trang/3", "/chuyen-muc/chinh-tri/trang/1", "/chuyen-muc/chinh-tri/trang/02"]) {
      expect((await fetch(`${fixtureUrl}${missing}`)).status).toBe(404);
    }
  });

  it("lands the same tag typed in NFC, NFD, or with old and new tone placement on one page", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/the/${RECONCILIATION_TAG_SLUG}`);
    const expected = Array.from({ length: EXTRA_ARTICLES }, (_, index) => index + 1).filter((n) => n % 3 !== 0).length;
    expect(await titles(page)).toHaveLength(expected);
    await page.close();
  });

  it("expands the first use of each abbreviation, never inside the editor's links or headings, and inside a body's link (BTV Tỉnh ủy, HĐND tỉnh)", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}${SEED_PATH}`);
    const abbreviations = await page.locator("article abbr").evaluateAll((nodes) =>
      nodes.map((node) => [node.textContent, node.getAttribute("title"), node.closest("a:not(.mention), h1, h2, h3") === null, node.closest("a.mention")?.getAttribute("href") ?? null]),
    );
    expect(abbreviations).toEqual([
      ["TP", "thành phố", true, null],
      ["BTV", "Ban Thường vụ", true, "/co-quan/ban-thuong-vu-tinh-uy-quang-ninh"],
      ["HĐND", "Hội đồng nhân dân", true, "/co-quan/hdnd-tinh-quang-ninh"],
      ["MTTQ", "Mặt trận Tổ quốc", true, null],
      // Joined by non-breaking hyphens, so neither breaks across lines.
      ["CT\u2011XH", "chính trị - xã hội", true, null],
      ["KT\u2011XH", "kinh tế - xã hội", true, null],
    ]);
    await page.close();
  });
});

describe("updates and corrections", () => {
  it("shows Cập nhật under the dateline and an Đính chính box at the end", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/bai-viet/${HOSTILE_SLUG}`);
    expect(await page.locator(".dateline").allTextContents()).toEqual([
      "Thứ Năm, 09/05/2024, 10:00 [GMT+7]",
      "Cập nhật: Thứ Năm, 09/05/2024, 15:30 [GMT+7]",
    ]);
    expect(await page.locator(".dateline time").nth(1).getAttribute("datetime")).toBe("2024-05-09T15:30:00+07:00");
    const box = page.getByRole("complementary", { name: "Đính chính" });
    expect(await box.locator("li").allTextContents()).toEqual(["09/05/2024: Sửa lỗi chính tả ở đoạn hai."]);
    await page.close();
  });
});

describe("search without JavaScript", () => {
  it.each(["dan van", "Dân vận", "DAN VAN", "dân vân"])("finds the seed article for %j from the form", async (query) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/tim-kiem`);
    // The search page's own form; the masthead has one too.
    const main = page.getByRole("main");
    await main.getByLabel("Từ khóa").fill(query);
    await main.getByRole("button", { name: "Tìm" }).click();
    await page.waitForURL(/\/tim-kiem\?q=/);
    expect(await titles(page)).toContain(SEED_TITLE);
    expect((await page.locator(".card-title mark").allTextContents()).length).toBeGreaterThan(0);
    await context.close();
  });

  it("finds Đảng bộ for dang bo and highlights the words", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/tim-kiem?q=dang+bo`);
    expect(await titles(page)).toEqual([SEED_TITLE]);
    await context.close();
  });

  it("finds Đảng bộ for dang b, a last word the reader has not finished, and marks Đảng", async () => {
    const html = await (await fetch(`${fixtureUrl}/tim-kiem?q=dang+b`)).text();
    expect(html).toContain(SEED_TITLE);
    expect(html).toMatch(/<mark>Đảng<\/mark>/);
  });

  it("has its content store, search index included, opened when a production server starts, before any search, and only then", async () => {
    // The trace records each opening of the store; the server has answered only the
    // readiness probe (robots.txt) when it is read the first time.
    const trace = path.join(path.dirname(fixtureContent), `${path.basename(fixtureContent)}-search-trace.log`);
    rmSync(trace, { force: true });
    const server = startNextServer({
      port: Number(new URL(fixtureUrl).port) + 13,
      env: { CONTENT_DIR: fixtureContent, PHOTO_CACHE_DIR: inject("fixturePhotoCache"), NEXT_DIST_DIR: inject("fixtureDist"), BAO_TINH_NOW: FIXTURE_NOW, BAO_TINH_TRACE: trace },
    });
    const builds = () => readFileSync(trace, "utf8").split("\n").filter((line) => line.endsWith(" store open"));
    try {
      await server.ready;
      expect(builds()).toHaveLength(1);
      const response = await fetch(`${server.url}/tim-kiem?q=dan+van`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`href="${SEED_PATH}"`);
      expect(builds()).toHaveLength(1);
    } finally {
      await server.stop();
      rmSync(trace, { force: true });
    }
  }, 60_000);

  it("says kindly when nothing matches", async () => {
    const response = await fetch(`${fixtureUrl}/tim-kiem?q=xyzzy`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Không tìm thấy bài nào cho “xyzzy”");
  });

  it("is written as text with the React pages' furniture and stylesheet, and no script", async () => {
    const read = async (path: string): Promise<string> => (await fetch(`${fixtureUrl}${path}`)).text();
    const [search, home] = [await read("/tim-kiem?q=dan+van"), await read("/")];
    const part = (html: string, pattern: RegExp): string => pattern.exec(html)?.[0] ?? `no ${pattern.source}`;
    const stylesheet = (html: string): string => part(html, /<style[^>]*>[\s\S]*?<\/style>/).replace(/^<style[^>]*>/, "");
    // The same compiled CSS, the same masthead (today's date included) and the same footer, byte for byte.
    expect(stylesheet(search)).toBe(stylesheet(home));
    expect(stylesheet(search).length).toBeGreaterThan(5_000);
    for (const pattern of [/<header class="site-header">[\s\S]*?<\/header>/, /<footer class="site-footer">[\s\S]*?<\/footer>/, /<a class="skip-link"[^>]*>[^<]*<\/a>/]) {
      expect(part(search, pattern)).toBe(part(home, pattern));
    }
    expect(search).not.toContain("<script");
    expect(home).toContain("<script");
    // A card prints as on a section page, photo and all.
    const card = (html: string): string => part(html, new RegExp(`<li class="card">(?:(?!</li>).)*href="${SEED_PATH}"(?:(?!</li>).)*</li>`, "s")).replace(/<\/?mark>/g, "");
    const section = await read("/the/dan-van");
    expect(card(search)).toBe(card(section));
  });

  it("pages through many results", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/tim-kiem?q=hoi+nghi`);
    expect(await titles(page)).toHaveLength(10);
    await page.getByRole("link", { name: "Trang sau ›" }).click();
    await page.waitForURL(/trang=2/);
    expect((await titles(page)).length).toBeGreaterThan(0);
    await context.close();
  });
});

describe("drafts and scheduled articles in production", () => {
  it("keeps drafts and not-yet-due articles off every page and answers their URLs with 404", async () => {
    for (const slug of [DRAFT_SLUG, SCHEDULED_SLUG]) {
      expect((await fetch(`${fixtureUrl}/bai-viet/${slug}`)).status).toBe(404);
      expect((await fetch(`${fixtureUrl}/lite/bai-viet/${slug}`)).status).toBe(404);
    }
    for (const listing of ["/", "/chuyen-muc/kinh-te", "/chuyen-muc/xa-hoi", "/tac-gia/hong-nhung", "/tim-kiem?q=bai"]) {
      const html = await (await fetch(`${fixtureUrl}${listing}`)).text();
      expect(html).not.toContain("Bản nháp chưa được đăng");
      expect(html).not.toContain("Bài hẹn giờ đăng");
    }
  });

  it("publishes the scheduled article once due, by revalidation, without a rebuild", async () => {
    // The build prerendered the scheduled article as a 404. A server whose clock is two
    // hours later serves that 404 until the page is older than its 60 s revalidation,
    // then once more while it regenerates in the background, then the article.
    const dist = inject("fixtureLaterDist");
    const built = statSync(path.join(dist, "server", "app", "bai-viet", `${SCHEDULED_SLUG}.html`)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, built + 62_000 - Date.now())));
    const later = new Date(Date.parse(FIXTURE_NOW) + 2 * 60 * 60 * 1000).toISOString();
    const server = startNextServer({ port: Number(new URL(fixtureUrl).port) + 10, env: { CONTENT_DIR: fixtureContent, PHOTO_CACHE_DIR: inject("fixturePhotoCache"), NEXT_DIST_DIR: dist, BAO_TINH_NOW: later } });
    try {
      await server.ready;
      const statuses: number[] = [];
      let body = "";
      for (let attempt = 0; attempt < 5 && statuses.at(-1) !== 200; attempt++) {
        const response = await fetch(`${server.url}/bai-viet/${SCHEDULED_SLUG}`);
        statuses.push(response.status);
        body = await response.text();
        if (response.status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(statuses.at(-1)).toBe(200);
      expect(statuses.length).toBeLessThanOrEqual(3);
      expect(body).toContain("Bài hẹn giờ đăng lúc 11 giờ");
      expect((await fetch(`${server.url}/bai-viet/${DRAFT_SLUG}`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
