import type { Browser, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { HOSTILE_SLUG } from "./fixture-site";

// Every kind of page in real Chromium under the site's Content-Security-Policy: nothing
// may be blocked (a violation means the policy and the pages disagree), nothing may log
// an error, and the fixture's hostile front matter must stay text, never run.

const baseUrl = inject("baseUrl");
const fixtureUrl = inject("fixtureUrl");

const SITE_NAME = "Báo Tỉnh";
const ARTICLE = "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";
/** The hostile fixture's front matter, as YAML reads it (single-quoted scalars). */
const HOSTILE = {
  title: "Tiêu đề </script><script>alert(1)</script> & <b>đậm</b>",
  summary: 'Sapo có "ngoặc kép" và </title><script>alert(2)</script>',
  author: "<img src=x onerror=alert(1)>",
  tag: "<svg onload=alert(1)>",
} as const;
/** Markup that would mean a payload reached the HTML unescaped. */
const RAW_PAYLOADS = ["<script>alert(", "<img src=x onerror", "<svg onload", "</title><script>", '<iframe srcdoc="', 'href="javascript:'];

/** Runs before any page script: records CSP violations and any alert() a payload manages to call. */
const PROBE = `
  window.__violations = [];
  window.__alerts = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__violations.push(event.violatedDirective + " blocked " + event.blockedURI + " (" + (event.sample || "") + ")");
  });
  for (const name of ["alert", "confirm", "prompt"]) {
    window[name] = (message) => { window.__alerts.push(name + ": " + String(message)); };
  }
`;

interface Visit {
  readonly page: Page;
  readonly response: Response | null;
  readonly html: string;
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly dialogs: string[];
  /** Violations and alerts as recorded inside the page. */
  readonly probe: () => Promise<{ violations: string[]; alerts: string[] }>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `url` in a fresh context with the probe installed, waits for the network to settle. */
async function visit(url: string, expectedStatus: number): Promise<Visit> {
  const context = await browser.newContext();
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium logs every 4xx document load as a console error; an expected 404 page is not a fault.
    const ownStatus = message.location().url === url && message.text().includes(`status of ${expectedStatus}`);
    if (!ownStatus) consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on("pageerror", (error) => pageErrors.push(String(error)));
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await page.goto(url, { waitUntil: "load", timeout: 30_000 });
  // Hydration and link prefetching happen after load; give them a bounded moment.
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  const html = (await response?.text()) ?? "";
  const probe = async () =>
    page.evaluate(() => {
      const recorded = window as unknown as { __violations?: string[]; __alerts?: string[] };
      return { violations: recorded.__violations ?? ["probe missing"], alerts: recorded.__alerts ?? ["probe missing"] };
    });
  return { page, response, html, consoleErrors, pageErrors, dialogs, probe };
}

async function expectCleanVisit(visited: Visit, expectedStatus: number): Promise<void> {
  expect(visited.response?.status()).toBe(expectedStatus);
  expect(visited.response?.headers()["content-security-policy"] ?? "").toContain("object-src 'none'");
  const { violations, alerts } = await visited.probe();
  expect(violations, "CSP violations").toEqual([]);
  expect(visited.consoleErrors, "console errors").toEqual([]);
  expect(visited.pageErrors, "uncaught page errors").toEqual([]);
  expect(alerts, "alert/confirm/prompt calls").toEqual([]);
  expect(visited.dialogs, "dialogs").toEqual([]);
}

async function close(visited: Visit): Promise<void> {
  await visited.page.context().close();
}

const REAL_PAGES: readonly (readonly [string, string, number])[] = [
  ["home", "/", 200],
  ["article", ARTICLE, 200],
  ["lite article", `/lite${ARTICLE}`, 200],
  ["section", "/chuyen-muc/chinh-tri", 200],
  ["tag", "/the/dan-van", 200],
  ["author", "/tac-gia/hong-nhung", 200],
  ["search", "/tim-kiem?q=dan+van", 200],
  ["empty search", "/tim-kiem", 200],
  ["unknown article (404)", "/bai-viet/khong-co-bai-nay", 404],
  ["unknown page (404)", "/khong-co-trang-nay", 404],
];

describe("the real site under its Content-Security-Policy", () => {
  it.each(REAL_PAGES)("the %s page (%s) loads with no CSP violation and no console error", async (_name, path, status) => {
    const visited = await visit(`${baseUrl}${path}`, status);
    try {
      await expectCleanVisit(visited, status);
    } finally {
      await close(visited);
    }
  });

  it("client-side navigation from home to the article raises no violation either", async () => {
    const visited = await visit(`${baseUrl}/`, 200);
    try {
      await visited.page.getByRole("link", { name: "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương" }).first().click();
      await visited.page.waitForURL(`${baseUrl}${ARTICLE}`, { timeout: 15_000 });
      await visited.page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined);
      await expectCleanVisit(visited, 200);
    } finally {
      await close(visited);
    }
  });
});

function expectNoRawPayload(html: string): void {
  for (const payload of RAW_PAYLOADS) expect(html, `raw ${payload} in HTML`).not.toContain(payload);
}

describe("the hostile fixture article", () => {
  const articleUrl = () => `${fixtureUrl}/bai-viet/${HOSTILE_SLUG}`;

  it("runs none of its payloads and raises no CSP violation", async () => {
    const visited = await visit(articleUrl(), 200);
    try {
      await expectCleanVisit(visited, 200);
      expectNoRawPayload(visited.html);
      const page = visited.page;
      expect(await page.locator("img[src='x'], svg[onload], iframe, a[href^='javascript:'], h1 b").count()).toBe(0);
      expect(await page.locator("[onerror], [onload]").count()).toBe(0);
    } finally {
      await close(visited);
    }
  });

  it("shows its title, summary and byline as the text the editor wrote", async () => {
    const visited = await visit(articleUrl(), 200);
    try {
      const page = visited.page;
      expect(await page.title()).toBe(`${HOSTILE.title} · ${SITE_NAME}`);
      expect(await page.locator("h1").allTextContents()).toEqual([HOSTILE.title]);
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toBe(HOSTILE.summary);
      expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(HOSTILE.title);
      expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toBe(HOSTILE.summary);
      expect(await page.locator('meta[name="twitter:title"]').getAttribute("content")).toBe(HOSTILE.title);
      expect(await page.locator(".byline").textContent()).toBe(HOSTILE.author);
      // The raw document, before any script ran, must say the same.
      expect(visited.html).toContain(`<title>Tiêu đề &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt; · ${SITE_NAME}</title>`);
    } finally {
      await close(visited);
    }
  });

  it("has JSON-LD that parses and whose headline is the front-matter title exactly", async () => {
    const visited = await visit(articleUrl(), 200);
    try {
      const scripts = await visited.page.locator('script[type="application/ld+json"]').allTextContents();
      expect(scripts.length).toBeGreaterThan(0);
      const nodes = scripts.flatMap((text) => {
        const parsed: unknown = JSON.parse(text);
        return Array.isArray(parsed) ? parsed : [parsed];
      });
      const articles = nodes.filter((node): node is Record<string, unknown> => isRecord(node) && node["@type"] === "NewsArticle");
      expect(articles).toHaveLength(1);
      const article = articles[0] ?? {};
      expect(article.headline).toBe(HOSTILE.title);
      expect(article.description).toBe(HOSTILE.summary);
      expect(article.author).toEqual([expect.objectContaining({ "@type": "Person", name: HOSTILE.author })]);
      expect(String(article.keywords)).toContain(HOSTILE.tag);
      const crumbs = nodes.find((node) => isRecord(node) && node["@type"] === "BreadcrumbList");
      const items = isRecord(crumbs) && Array.isArray(crumbs.itemListElement) ? crumbs.itemListElement : [];
      expect(items.at(-1)).toEqual(expect.objectContaining({ name: HOSTILE.title }));
      // In the raw HTML, no JSON-LD script may contain a literal "<" that could close it.
      for (const match of visited.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(match[1] ?? "").not.toMatch(/[<>]/);
      }
    } finally {
      await close(visited);
    }
  });

  it("its lite version runs nothing and escapes the same text", async () => {
    const visited = await visit(`${fixtureUrl}/lite/bai-viet/${HOSTILE_SLUG}`, 200);
    try {
      await expectCleanVisit(visited, 200);
      expectNoRawPayload(visited.html);
      expect(await visited.page.title()).toBe(`${HOSTILE.title} · ${SITE_NAME} (bản rút gọn)`);
      expect(await visited.page.locator("h1").allTextContents()).toEqual([HOSTILE.title]);
      expect(await visited.page.locator('meta[name="description"]').getAttribute("content")).toBe(HOSTILE.summary);
      expect(await visited.page.locator("script").count()).toBe(0);
    } finally {
      await close(visited);
    }
  });

  it.each([
    ["home", "/"],
    ["section", "/chuyen-muc/van-hoa"],
    ["search", `/tim-kiem?q=${encodeURIComponent("Tiêu đề")}`],
  ])("the %s page listing it runs none of its payloads", async (_name, path) => {
    const visited = await visit(`${fixtureUrl}${path}`, 200);
    try {
      await expectCleanVisit(visited, 200);
      expectNoRawPayload(visited.html);
      expect(await visited.page.locator(`a[href="/bai-viet/${HOSTILE_SLUG}"]`).count()).toBeGreaterThan(0);
    } finally {
      await close(visited);
    }
  });

  it("its author and tag pages, reached by its own links, run none of its payloads", async () => {
    const article = await visit(articleUrl(), 200);
    let links: string[];
    try {
      links = await article.page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>("a[href^='/tac-gia/'], a[href^='/the/']")].map((anchor) => anchor.getAttribute("href") ?? ""),
      );
    } finally {
      await close(article);
    }
    const hostileLinks = [...new Set(links)].filter((href) => /img|svg/.test(href));
    expect(hostileLinks.length).toBeGreaterThanOrEqual(2);
    for (const href of hostileLinks) {
      const visited = await visit(`${fixtureUrl}${href}`, 200);
      try {
        await expectCleanVisit(visited, 200);
        expectNoRawPayload(visited.html);
      } finally {
        await close(visited);
      }
    }
  });
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
