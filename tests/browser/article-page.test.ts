import { statSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, saveScreenshot, VIEWPORTS } from "../support/chromium";
import { SEED_TITLE } from "./pages";

const baseUrl = inject("baseUrl");
const CAPTIONS = [
  "Bí thư Tỉnh ủy Nguyễn Văn Đọc trao đổi các nội dung với Đoàn khảo sát Ban Dân vận Trung ương.",
  "Bí thư Tỉnh ủy Nguyễn Văn Đọc làm rõ một số nội dung mà Đoàn khảo sát Ban Dân vận Trung ương quan tâm.",
  "Đồng chí Ngô Thị Doãn Thanh, Phó Trưởng Ban Dân vận Trung ương phát biểu tại buổi làm việc.",
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("the seed article in Chromium", () => {
  it.each(VIEWPORTS)("is reached from the home page and shows dateline, captions and byline at $name width", async (viewport) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${baseUrl}/`);
    await page.getByRole("link", { name: SEED_TITLE }).first().click();
    await page.waitForURL(/\/bai-viet\/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong$/);

    expect(await page.locator("h1").allTextContents()).toEqual([SEED_TITLE]);
    const time = page.locator(".dateline time").first();
    expect(await time.textContent()).toBe("Thứ Năm, 20/04/2017, 18:02 [GMT+7]");
    expect(await time.getAttribute("datetime")).toBe("2017-04-20T18:02:00+07:00");
    expect(await page.locator("figure figcaption").allTextContents()).toEqual(CAPTIONS);
    expect(await page.locator("figure img").count()).toBe(3);
    const byline = page.locator(".byline");
    expect(await byline.textContent()).toBe("Hồng Nhung");
    expect(await byline.evaluate((node) => getComputedStyle(node).textAlign)).toBe("right");
    expect(Number(await byline.evaluate((node) => getComputedStyle(node).fontWeight))).toBeGreaterThanOrEqual(700);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");

    const file = await saveScreenshot(page, `article-${viewport.name}`);
    expect(statSync(file).size).toBeGreaterThan(10_000);
    await page.close();
  });

  it("answers an unknown article with 404 and a Vietnamese page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${baseUrl}/bai-viet/khong-co-bai-nay`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("Không tìm thấy trang");
    await page.close();
  });

  it("renders the article without running JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong`);
    expect(await page.locator("figure figcaption").count()).toBe(3);
    expect(await page.locator(".byline").textContent()).toBe("Hồng Nhung");
    await context.close();
  });
});
