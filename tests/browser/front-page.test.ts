import { statSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { FIXTURE_NOW, LEAD_SLUG, MEDIA_SLUG, SCHEDULED_SLUG } from "./fixture-site";
import { startNextServer } from "../support/server";
import { SEED_PATH } from "./pages";

// The fixture site runs with its clock pinned at 10:00 GMT+7 on Friday 10/05/2024; its
// front-page.yaml leads with an old article (the one with camera photos) and two chosen
// highlights until 11:30.

const fixtureUrl = inject("fixtureUrl");
const fixtureContent = inject("fixtureContent");
const SEED_TITLE = "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương";
const HOSTILE_TITLE = "Tiêu đề </script><script>alert(1)</script> & <b>đậm</b>";
const MEDIA_TITLE = "Phóng sự video về Lễ hội Bạch Đằng";
const LEAD_TITLE = "Khánh thành nhà văn hóa thôn qua ảnh";
const generated = (n: number) => `Hội nghị dân vận khu vực số ${n}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Every block of the home page, top to bottom, as titles. */
async function frontPage(page: Page) {
  const titles = (selector: string) => page.locator(selector).allTextContents();
  return {
    lead: await titles(".lead-story .lead-title"),
    highlights: await titles(".highlights .card-title"),
    latest: await titles('section[aria-labelledby="tin-moi"] .card-title'),
    sections: await page.locator("main section[aria-labelledby^='muc-']").evaluateAll((blocks) =>
      blocks.map((block) => [block.querySelector("h2")?.textContent ?? "", [...block.querySelectorAll(".card-title")].map((title) => title.textContent ?? "")]),
    ),
    links: await page.locator("main a[href^='/bai-viet/']").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? "")),
  };
}

describe("the front page while the editors' choice holds", () => {
  it("leads with the chosen story, then the chosen highlights topped up with the newest, then Tin mới and the sections", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${fixtureUrl}/`);
    const home = await frontPage(page);
    expect(home.lead).toEqual([LEAD_TITLE]);
    expect(home.highlights).toEqual([MEDIA_TITLE, SEED_TITLE, HOSTILE_TITLE, generated(24)]);
    expect(home.latest).toEqual([23, 22, 21, 20, 19, 18, 17, 16, 15, 14].map(generated));
    expect(home.sections).toEqual([["Chính trị", [13, 12, 11].map(generated)]]);
    await page.close();
  });

  it("shows no article twice, counting every link to an article on the page", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/`);
    const { links } = await frontPage(page);
    expect(links.length).toBe(18);
    expect(new Set(links).size).toBe(links.length);
    expect(links[0]).toBe(`/bai-viet/${LEAD_SLUG}`);
    expect(links).toContain(`/bai-viet/${MEDIA_SLUG}`);
    expect(links).toContain(SEED_PATH);
    await page.close();
  });

  it("prints the site's name and today's date in the site's zone in the masthead", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/`);
    expect(await page.locator(".masthead .site-name").textContent()).toBe("Báo Tỉnh");
    const date = page.locator(".masthead-date time");
    expect(await date.textContent()).toBe("Thứ Sáu, 10/05/2024");
    expect(await date.getAttribute("datetime")).toBe("2024-05-10");
    await page.close();
  });

  it("searches from the masthead's box with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/`);
    const box = page.locator(".masthead-search");
    await box.getByLabel("Tìm bài viết").fill("dan van");
    await box.getByRole("button", { name: "Tìm" }).click();
    await page.waitForURL(/\/tim-kiem\?q=dan\+van$/);
    expect(await page.locator("h1").textContent()).toBe("Tìm kiếm");
    expect(await page.locator(".card-title").allTextContents()).toContain(SEED_TITLE);
    await context.close();
  });

  it("leaves the date out of the 404 page, which is prerendered once and never regenerated", async () => {
    const response = await fetch(`${fixtureUrl}/bai-viet/khong-co-bai-nay`);
    const html = await response.text();
    expect(response.status).toBe(404);
    expect(html).toContain('<p class="site-name">');
    expect(html).toContain('class="masthead-search"');
    expect(html).not.toContain('class="masthead-date"');
  });
});

describe("the front page once the editors' choice has lapsed", () => {
  it("goes back to the newest articles, by revalidation, without a rebuild", async () => {
    // A server whose clock is two hours on (12:00, after 11:30) serves the prerendered home
    // page until it is older than its 60 s revalidation, then once more while it
    // regenerates in the background, then the new one. The scheduled article (11:00) is now
    // the newest, so it leads.
    const dist = inject("fixtureLaterDist");
    const built = statSync(path.join(dist, "server", "app", "index.html")).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, built + 62_000 - Date.now())));
    const later = new Date(Date.parse(FIXTURE_NOW) + 2 * 60 * 60 * 1000).toISOString();
    const server = startNextServer({ port: Number(new URL(fixtureUrl).port) + 11, env: { CONTENT_DIR: fixtureContent, PHOTO_CACHE_DIR: inject("fixturePhotoCache"), NEXT_DIST_DIR: dist, BAO_TINH_NOW: later } });
    try {
      await server.ready;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const leads: string[][] = [];
      for (let attempt = 0; attempt < 5 && leads.at(-1)?.[0] !== "Bài hẹn giờ đăng lúc 11 giờ"; attempt++) {
        await page.goto(`${server.url}/`);
        leads.push((await frontPage(page)).lead);
        if (attempt > 0) await page.waitForTimeout(500);
      }
      expect(leads.length).toBeLessThanOrEqual(3);
      expect(leads[0]).toEqual([LEAD_TITLE]);
      const home = await frontPage(page);
      expect(home.lead).toEqual(["Bài hẹn giờ đăng lúc 11 giờ"]);
      expect(home.highlights).toEqual([HOSTILE_TITLE, generated(24), generated(23), generated(22)]);
      expect(home.links[0]).toBe(`/bai-viet/${SCHEDULED_SLUG}`);
      expect(new Set(home.links).size).toBe(home.links.length);
      await page.close();
    } finally {
      await server.stop();
    }
  }, 120_000);
});
