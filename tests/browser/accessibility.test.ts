import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, saveScreenshot, VIEWPORTS } from "../support/chromium";
import { FIXTURE_PAGES, PAGES } from "./pages";

const baseUrl = inject("baseUrl");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const fixtureUrl = inject("fixtureUrl");
const pages = [...PAGES.map((page) => ({ ...page, url: `${baseUrl}${page.path}` })), ...FIXTURE_PAGES.map((page) => ({ ...page, url: `${fixtureUrl}${page.path}` }))];
const cases = VIEWPORTS.flatMap((viewport) => pages.map((page) => ({ ...page, viewport })));

describe("axe-core in Chromium (WCAG 2.1 A and AA)", () => {
  it.each(cases)("finds no violations on the $name page at $viewport.name width", async ({ name, url, viewport }) => {
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(axeSource);
    const violations: AxeViolation[] = await page.evaluate(async () => {
      const axe = Reflect.get(window, "axe");
      const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return result.violations;
    });
    const report = violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} → ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    expect(report).toEqual([]);
    // axe really ran: it reports passes on every page.
    const passes: number = await page.evaluate(async () => (await Reflect.get(window, "axe").run(document)).passes.length);
    expect(passes).toBeGreaterThan(5);
    await saveScreenshot(page, `${name}-${viewport.name}`);
    await context.close();
  });

  it("offers a skip link that is the first focusable element and moves focus to the content", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.textContent()).toBe("Bỏ qua để xem nội dung");
    expect(await focused.evaluate((node) => getComputedStyle(node).top)).not.toBe("-64px");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("noi-dung");
    await page.close();
  });

  it("shows a visible focus outline on links", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const outline = await page.locator(":focus").evaluate((node) => getComputedStyle(node).outlineStyle);
    expect(outline).toBe("solid");
    await page.close();
  });

  it("fits a 320 px screen without horizontal scrolling", async () => {
    for (const { url } of pages) {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ url, overflow }).toEqual({ url, overflow: 0 });
      await page.close();
    }
  });

  it("prints without navigation and with full link URLs", async () => {
    const page = await browser.newPage();
    await page.goto(`${inject("fixtureUrl")}/bai-viet/hoi-nghi-dan-van-so-3`);
    const link = page.locator(".article-body a", { hasText: "Cổng thông tin tỉnh" });
    const after = () => link.evaluate((node) => getComputedStyle(node, "::after").content);
    expect(await after()).toBe("none");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header nav").isVisible()).toBe(false);
    expect(await page.locator(".site-footer").isVisible()).toBe(false);
    expect(await after()).toBe('" (https://www.quangninh.gov.vn)"');
    await page.close();
  });

  it("prints the article's address and byline, but not the share links or the search box", async () => {
    const page = await browser.newPage();
    await page.goto(`${fixtureUrl}/bai-viet/hoi-nghi-dan-van-so-3`);
    const address = page.locator(".print-address");
    expect(await address.isVisible()).toBe(false);
    await page.emulateMedia({ media: "print" });
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toBe("Địa chỉ bài: https://baotinh.vn/bai-viet/hoi-nghi-dan-van-so-3");
    expect(await page.locator(".byline").isVisible()).toBe(true);
    expect(await page.locator(".byline").textContent()).toBe("Minh Đức, Thu Hà");
    expect(await page.locator(".share").isVisible()).toBe(false);
    expect(await page.locator(".masthead-search").isVisible()).toBe(false);
    await page.close();
  });
});
