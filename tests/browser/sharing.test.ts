import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";

// Sharing is plain links: they work with JavaScript off, and nothing is requested from a
// social network until the reader taps. Requests that would leave the machine are answered
// by a stand-in here (the machine is offline anyway), so a tap can be observed.

const fixtureUrl = inject("fixtureUrl");
const SLUG = "hoi-nghi-dan-van-so-7";
const TITLE = "Hội nghị dân vận khu vực số 7";
const CANONICAL = `https://baotinh.vn/bai-viet/${SLUG}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A context recording every request, with anything not on 127.0.0.1 answered locally instead of sent. */
async function recordingContext(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; elsewhere: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled });
  const elsewhere: string[] = [];
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    async (route) => {
      elsewhere.push(route.request().url());
      await route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><title>ngoài</title>" });
    },
  );
  return { context, elsewhere };
}

describe("sharing an article", () => {
  it.each([
    ["off", false],
    ["on", true],
  ])("offers Facebook, email and an address to copy for Zalo with JavaScript %s, and requests nothing from another host", async (_name, javaScriptEnabled) => {
    const { context, elsewhere } = await recordingContext(javaScriptEnabled);
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/bai-viet/${SLUG}`, { waitUntil: "networkidle" });
    const share = page.getByRole("region", { name: "Chia sẻ bài viết" });
    expect(await share.getByRole("link", { name: "Facebook" }).getAttribute("href")).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(CANONICAL)}`);
    expect(await share.getByRole("link", { name: "Email" }).getAttribute("href")).toBe(
      `mailto:?subject=${encodeURIComponent(TITLE)}&body=${encodeURIComponent(`${TITLE}\n${CANONICAL}`)}`,
    );
    const copy = share.getByLabel("Gửi qua Zalo hay tin nhắn: chép địa chỉ bài");
    expect(await copy.inputValue()).toBe(CANONICAL);
    expect(await copy.getAttribute("readonly")).toBe("");
    expect(await page.locator("script[src]:not([src^='/'])").count()).toBe(0);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it("sends the reader to Facebook's share page only when the link is tapped, with JavaScript off", async () => {
    const { context, elsewhere } = await recordingContext(false);
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}/bai-viet/${SLUG}`);
    expect(elsewhere).toEqual([]);
    await page.getByRole("region", { name: "Chia sẻ bài viết" }).getByRole("link", { name: "Facebook" }).click();
    await page.waitForURL(/facebook\.com/);
    expect(elsewhere).toEqual([`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(CANONICAL)}`]);
    await context.close();
  });

  it("lets a reader select the whole address in one go to copy it", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(`${fixtureUrl}/bai-viet/${SLUG}`);
    const copy = page.locator("#dia-chi-bai");
    await copy.focus();
    await page.keyboard.press("Control+A");
    expect(await copy.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(CANONICAL);
    await page.close();
  });
});
