import path from "node:path";
import { existsSync, readdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { signPreviewToken } from "../../lib/preview-link";
import { previewLinkPath, previewPagePath } from "../../lib/routes";
import { runCli } from "../cli/run-cli";
import { launchChromium } from "../support/chromium";
import { DRAFT_PHOTO_CAPTION, DRAFT_PHOTO_CREDIT, DRAFT_SLUG, FIXTURE_NOW, FIXTURE_PREVIEW_SECRET, PHOTO_SLUG, SCHEDULED_SLUG } from "./fixture-site";

// Preview links on a production server: `npm run preview-link` signs one, Chromium follows
// it to the preview page, and every way of getting there without a valid link is a 404
// that no cache may keep. The fixture server has PREVIEW_SECRET set; the real site's has not.

const fixtureUrl = inject("fixtureUrl");
const fixtureContent = inject("fixtureContent");
const fixtureDist = inject("fixtureDist");
const baseUrl = inject("baseUrl");
const HOUR = 3_600_000;
const DRAFT_TITLE = "Bản nháp chưa được đăng";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** The preview link the command prints for an article of the fixture site, on the fixture server. */
function commandLink(slug: string): string {
  const file = path.join(fixtureContent, "articles", `${slug}.md`);
  const run = runCli("preview-link", [file, "--hours", "24"], process.cwd(), { CONTENT_DIR: fixtureContent, BAO_TINH_NOW: FIXTURE_NOW, PREVIEW_SECRET: FIXTURE_PREVIEW_SECRET });
  if (run.status !== 0) throw new Error(run.stderr);
  const printed = new URL(run.stdout.trim());
  return `${fixtureUrl}${printed.pathname}${printed.search}`;
}

/** A token signed with the fixture's secret, valid `hours` from the fixture's pinned clock (negative: expired). */
function token(slug: string, hours: number, secret = FIXTURE_PREVIEW_SECRET): string {
  return signPreviewToken({ slug, expires: new Date(new Date(FIXTURE_NOW).getTime() + hours * HOUR) }, secret);
}

/** Follows a link by hand and gives the preview page's cookies, as a browser would send them. */
async function cookiesFrom(link: string): Promise<string> {
  const response = await fetch(link, { redirect: "manual" });
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

function directives(header: string | null): string[] {
  return (header ?? "").split(",").map((directive) => directive.trim().toLowerCase());
}

describe("a preview link, followed in Chromium", () => {
  it("opens the draft on its preview page, marked, noindex, and not for any shared cache", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(commandLink(DRAFT_SLUG));
    expect(new URL(page.url()).pathname).toBe(previewPagePath(DRAFT_SLUG));
    expect(response?.status()).toBe(200);
    expect(await page.locator("h1").textContent()).toBe(DRAFT_TITLE);
    expect(await page.locator(".status-banner").textContent()).toBe(
      "Bản xem trước (bản nháp, chưa đăng): chỉ người có đường dẫn xem trước mới xem được trang này, cho tới Thứ Bảy, 11/05/2024, 10:00 [GMT+7].",
    );
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, nofollow");
    const headers = response?.headers() ?? {};
    expect(directives(headers["cache-control"] ?? null)).toEqual(expect.arrayContaining(["private", "no-store"]));
    expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
    await context.close();
  });

  it("shows the draft's photo as the article page shows its first: derived files in a <picture>, the caption and the credit apart", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(commandLink(DRAFT_SLUG), { waitUntil: "networkidle" });
    const figure = page.locator(".article-body figure");
    expect(await figure.count()).toBe(1);
    const preview = await figure.evaluate((node) => node.outerHTML);
    // The draft's photo is a copy of the photo article's first under another name: the
    // same bytes and size, so the same figure but for the names, the alt and the caption.
    await page.goto(`${fixtureUrl}/bai-viet/${PHOTO_SLUG}`);
    const published = await page.locator(".article-body figure").first().evaluate((node) => node.outerHTML);
    expect(preview).toBe(
      published
        .replaceAll("/anh/khanh-thanh-1-", "/anh/ban-sao-khanh-thanh-")
        .replace('alt="Quang cảnh lễ khánh thành"', 'alt="Nhà văn hóa thôn Đông"')
        .replace("Quang cảnh lễ khánh thành nhà văn hóa thôn Đông.", DRAFT_PHOTO_CAPTION),
    );
    expect(preview).toMatch(/^<figure><picture><source type="image\/webp" srcset="\/anh\/ban-sao-khanh-thanh-[0-9a-f]{16}-320\.webp 320w, /);
    expect(preview).toContain(`<figcaption>${DRAFT_PHOTO_CAPTION} <span class="credit">${DRAFT_PHOTO_CREDIT}</span></figcaption></figure>`);
    expect(preview).toContain('fetchpriority="high"');
    await context.close();
  });

  it("loads the draft's photo from its derived files on the preview page", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    await page.goto(commandLink(DRAFT_SLUG), { waitUntil: "networkidle" });
    await page.waitForFunction(() => [...document.images].every((image) => image.complete));
    const shown = await page.locator(".article-body figure img").evaluate((node) => (node instanceof HTMLImageElement ? [new URL(node.currentSrc).pathname, node.naturalWidth > 0] : []));
    expect(shown).toEqual([expect.stringMatching(/^\/anh\/ban-sao-khanh-thanh-[0-9a-f]{16}-\d+\.webp$/), true]);
    await context.close();
  });

  it("opens a scheduled article before its time", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(commandLink(SCHEDULED_SLUG));
    expect(await page.locator("h1").textContent()).toBe("Bài hẹn giờ đăng lúc 11 giờ");
    expect(await page.locator(".status-banner").textContent()).toMatch(/^Bản xem trước \(hẹn giờ đăng lúc Thứ Sáu, 10\/05\/2024, 11:00 \[GMT\+7\]\)/);
    await context.close();
  });

  it("leaves the draft's public address a 404, even in the browser that previewed it", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(commandLink(DRAFT_SLUG));
    const response = await page.goto(`${fixtureUrl}/bai-viet/${DRAFT_SLUG}`);
    expect(response?.status()).toBe(404);
    await context.close();
  });
});

describe("the preview link's answer", () => {
  it("redirects with 303, sets Draft Mode and the token scoped to the page, and is for no shared cache", async () => {
    const response = await fetch(`${fixtureUrl}${previewLinkPath(token(DRAFT_SLUG, 1))}`, { redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(previewPagePath(DRAFT_SLUG));
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const cookies = response.headers.getSetCookie();
    expect(cookies.map((cookie) => cookie.split("=")[0])).toEqual(["bao-tinh-xem-truoc", "__prerender_bypass"]);
    expect(cookies[0]).toContain(`Path=${previewPagePath(DRAFT_SLUG)};`);
  });
});

describe("without a valid link, a plain 404 that no cache may keep", () => {
  const page = `${fixtureUrl}${previewPagePath(DRAFT_SLUG)}`;

  it.each([
    ["a tampered token", () => `${previewLinkPath(token(DRAFT_SLUG, 1).slice(0, -1))}A`],
    ["an expired token", () => previewLinkPath(token(DRAFT_SLUG, -1))],
    ["a token signed with another secret", () => previewLinkPath(token(DRAFT_SLUG, 1, "mot-bi-mat-khac-cung-du-dai-0123456789"))],
    ["a token for an article that does not exist", () => previewLinkPath(token("khong-co-bai-nay", 1))],
    ["no token at all", () => "/xem-truoc"],
  ])("for the link with %s", async (_name, link) => {
    const response = await fetch(`${fixtureUrl}${link()}`, { redirect: "manual" });
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it.each([
    ["no cookie", async () => ""],
    ["Draft Mode alone", async () => (await cookiesFrom(`${fixtureUrl}${previewLinkPath(token(DRAFT_SLUG, 1))}`)).split("; ").filter((cookie) => cookie.startsWith("__prerender_bypass")).join("; ")],
    ["a valid token but no Draft Mode", async () => `bao-tinh-xem-truoc=${token(DRAFT_SLUG, 1)}`],
    ["Draft Mode and an expired token", async () => `${(await cookiesFrom(`${fixtureUrl}${previewLinkPath(token(DRAFT_SLUG, 1))}`)).split("; ")[1]}; bao-tinh-xem-truoc=${token(DRAFT_SLUG, -1)}`],
    ["Draft Mode and another article's token", async () => (await cookiesFrom(`${fixtureUrl}${previewLinkPath(token(SCHEDULED_SLUG, 1))}`))],
  ])("for the preview page with %s", async (_name, cookie) => {
    const response = await fetch(page, { headers: { cookie: await cookie() } });
    expect(response.status).toBe(404);
    expect(directives(response.headers.get("cache-control"))).toEqual(expect.arrayContaining(["private", "no-store"]));
    expect(await response.text()).toContain("Không tìm thấy trang");
  });

  it("is off where PREVIEW_SECRET is unset: the real site answers even a well-signed link with 404", async () => {
    const link = await fetch(`${baseUrl}${previewLinkPath(token("btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong", 1))}`, { redirect: "manual" });
    expect(link.status).toBe(404);
  });
});

describe("a previewed draft stays out of everything readers see", () => {
  beforeAll(async () => {
    await fetch(commandLink(DRAFT_SLUG));
  });

  it.each(["/sitemap.xml", "/sitemap-news.xml", "/rss.xml", "/atom.xml", "/", "/chuyen-muc/xa-hoi", "/tim-kiem?q=nh%C3%A1p"])("is not in %s", async (url) => {
    const response = await fetch(`${fixtureUrl}${url}`);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body.includes(DRAFT_SLUG)).toBe(false);
    expect(body.includes(DRAFT_TITLE)).toBe(false);
  });

  it("was never written to the build's cache of pages", () => {
    const app = path.join(fixtureDist, "server", "app");
    expect(existsSync(app)).toBe(true);
    expect(readdirSync(app, { recursive: true, encoding: "utf8" }).filter((file) => file.startsWith("xem-truoc") && /\.(html|rsc|body)$/.test(file))).toEqual([]);
  });
});
