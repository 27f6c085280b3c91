import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { FIXTURE_MASTHEAD, HOSTILE_SLUG } from "./fixture-site";
import { fetchPage } from "../support/http";
import { SEED_PATH } from "./pages";

// The real site ships the legal masthead empty (placeholders, never invented values); the
// fixture site fills it in with test values.

const baseUrl = inject("baseUrl");
const fixtureUrl = inject("fixtureUrl");

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const FILLED = [
  ["Cơ quan chủ quản", FIXTURE_MASTHEAD.governingBody],
  ["Giấy phép", `số ${FIXTURE_MASTHEAD.licenceNumber} do ${FIXTURE_MASTHEAD.licenceIssuer} cấp ngày 12/01/2021`],
  ["Tổng biên tập", FIXTURE_MASTHEAD.editorInChief],
  ["Địa chỉ", FIXTURE_MASTHEAD.address],
  ["Điện thoại", FIXTURE_MASTHEAD.phone],
  ["Email", FIXTURE_MASTHEAD.email],
];

describe("the legal masthead in the footer", () => {
  it.each(["/", SEED_PATH, "/chuyen-muc/chinh-tri", "/the/dan-van", "/tim-kiem?q=dan+van", "/bai-viet/khong-co-bai-nay"])(
    "is printed on %s, filled in as site.yaml gives it",
    async (path) => {
      const page = await browser.newPage();
      await page.goto(`${fixtureUrl}${path}`);
      const lines = await page
        .locator(".site-footer .legal-masthead > div")
        .evaluateAll((rows) => rows.map((row) => [row.querySelector("dt")?.textContent ?? "", row.querySelector("dd")?.textContent ?? ""]));
      expect(lines).toEqual(FILLED);
      expect(await page.locator(".site-footer a[href^='tel:']").getAttribute("href")).toBe("tel:02033835218");
      expect(await page.locator(".site-footer a[href^='mailto:']").getAttribute("href")).toBe(`mailto:${FIXTURE_MASTHEAD.email}`);
      await page.close();
    },
  );

  it("shows plain placeholders on the real site, whose site.yaml leaves the fields empty", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    const values = await page.locator(".site-footer .legal-masthead dd").allTextContents();
    expect(values).toEqual(Array.from({ length: 6 }, () => "(chưa khai báo)"));
    await page.close();
  });

  it("is printed on the lite page too, with no script", async () => {
    const { html } = await fetchPage(`${fixtureUrl}/lite/bai-viet/${HOSTILE_SLUG}`);
    expect(html).toContain(
      `<p class="d">Báo Tỉnh<br>Cơ quan chủ quản: ${FIXTURE_MASTHEAD.governingBody}<br>Giấy phép: số ${FIXTURE_MASTHEAD.licenceNumber} do ${FIXTURE_MASTHEAD.licenceIssuer} cấp ngày 12/01/2021<br>Tổng biên tập: ${FIXTURE_MASTHEAD.editorInChief}<br>Địa chỉ: ${FIXTURE_MASTHEAD.address}<br>Điện thoại: <a href="tel:02033835218">${FIXTURE_MASTHEAD.phone}</a><br>Email: <a href="mailto:${FIXTURE_MASTHEAD.email}">${FIXTURE_MASTHEAD.email}</a></p></footer>`,
    );
    expect(html).not.toMatch(/<script/i);
    const real = await fetchPage(`${baseUrl}/lite${SEED_PATH}`);
    expect(real.html).toContain("Cơ quan chủ quản: (chưa khai báo)<br>Giấy phép: (chưa khai báo)");
  });

  it("describes the paper in the home page's and the articles' JSON-LD, with address and contact", async () => {
    const jsonLd = async (url: string): Promise<unknown[]> => {
      const { html } = await fetchPage(url);
      return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap((match) => {
        const parsed: unknown = JSON.parse(match[1] ?? "null");
        return Array.isArray(parsed) ? parsed : [parsed];
      });
    };
    const publisher = {
      "@type": "NewsMediaOrganization",
      name: "Báo Tỉnh",
      url: "https://baotinh.vn",
      address: { "@type": "PostalAddress", streetAddress: FIXTURE_MASTHEAD.address, addressCountry: "VN" },
      contactPoint: { "@type": "ContactPoint", contactType: "newsroom", telephone: FIXTURE_MASTHEAD.phone, email: FIXTURE_MASTHEAD.email },
      parentOrganization: { "@type": "Organization", name: FIXTURE_MASTHEAD.governingBody },
    };
    expect(await jsonLd(`${fixtureUrl}/`)).toEqual([{ "@context": "https://schema.org", logo: expect.anything(), ...publisher }]);
    const [article] = await jsonLd(`${fixtureUrl}${SEED_PATH}`);
    expect(article).toMatchObject({ "@type": "NewsArticle", publisher });
  });
});
