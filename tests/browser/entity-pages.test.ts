import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { fetchPage } from "../support/http";
import { NEW_UNIT, OLD_UNIT, OLD_UNIT_ARTICLE } from "./fixture-site";
import { SEED_PATH, SEED_TITLE } from "./pages";

const baseUrl = inject("baseUrl");
const fixtureUrl = inject("fixtureUrl");

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 375, height: 812 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the seed article, follows its link `href` from the body or the places list, and gives the target page's heading and card titles. */
async function follow(href: string): Promise<{ heading: string | null; titles: string[]; notes: string[] }> {
  await page.goto(`${baseUrl}${SEED_PATH}`);
  await page.locator(`article a[href="${href}"]`).first().click();
  await page.waitForURL(new RegExp(`${href}$`));
  return { heading: await page.locator("h1").textContent(), titles: await page.locator(".card-title").allTextContents(), notes: await page.locator(".card-note").allTextContents() };
}

describe("the seed article's people, decision and places", () => {
  it.each([
    { href: "/nhan-vat/nguyen-van-doc", heading: "Nguyễn Văn Đọc", notes: ["Khi đó: Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"] },
    { href: "/nhan-vat/ngo-thi-doan-thanh", heading: "Ngô Thị Doãn Thanh", notes: ["Khi đó: Phó Trưởng Ban Dân vận Trung ương"] },
    { href: "/van-ban/290-qd-tw", heading: "Quyết định 290-QĐ/TW về Quy chế công tác dân vận của hệ thống chính trị", notes: [] },
    { href: "/dia-danh/ha-long", heading: "Thành phố Hạ Long", notes: [] },
  ])("follows the link to $href and finds the seed listed there", async ({ href, heading, notes }) => {
    expect(await follow(href)).toEqual({ heading, titles: [SEED_TITLE], notes });
  });

  it("links each person's first mention only, in the body's text", async () => {
    const { html } = await fetchPage(`${baseUrl}${SEED_PATH}`);
    expect(html.match(/<a href="\/nhan-vat\/nguyen-van-doc" class="mention">Nguyễn Văn Đọc<\/a>/g)).toHaveLength(1);
    expect(html).toContain('<a href="/co-quan/hdnd-tinh-quang-ninh" class="mention"><abbr title="Hội đồng nhân dân">HĐND</abbr> tỉnh</a>');
    expect(html).toContain('<a href="/van-ban/290-qd-tw" class="mention">Quyết định số 290\u2011QĐ/TW</a>');
  });

  it("keeps the links on the lite page", async () => {
    const { html } = await fetchPage(`${baseUrl}/lite${SEED_PATH}`);
    expect([...html.matchAll(/<a href="(\/(?:nhan-vat|van-ban)\/[^"]+)" class="mention">/g)].map((match) => match[1])).toEqual(["/nhan-vat/ngo-thi-doan-thanh", "/nhan-vat/nguyen-van-doc", "/van-ban/290-qd-tw"]);
  });

  it("shows the person's offices over time with the body of each", async () => {
    await page.goto(`${baseUrl}/nhan-vat/nguyen-van-doc`);
    expect(await page.locator(".entity-offices li").allTextContents()).toEqual([
      "Bí thư Tỉnh ủy (Tỉnh ủy Quảng Ninh): ghi nhận ngày 20/04/2017",
      "Chủ tịch HĐND tỉnh (Hội đồng nhân dân tỉnh Quảng Ninh): ghi nhận ngày 20/04/2017",
    ]);
  });

  it.each([
    ["Nguyễn Văn Đọc", "/nhan-vat/nguyen-van-doc"],
    ["nguyen van doc", "/nhan-vat/nguyen-van-doc"],
    ["290-QĐ/TW", "/van-ban/290-qd-tw"],
  ])("puts the page of %j first in search, above the articles", async (query, href) => {
    await page.goto(`${baseUrl}/tim-kiem?q=${encodeURIComponent(query)}`);
    expect(await page.locator(".entity-hits a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([href]);
    const order = await page.locator("main").evaluate((main) => [...main.querySelectorAll(".entity-hits, .article-list")].map((element) => element.className));
    expect(order).toEqual(["entity-hits", "article-list"]);
  });

  it("lists the new pages in the sitemap and the article's JSON-LD names them", async () => {
    const { html: sitemap } = await fetchPage(`${baseUrl}/sitemap.xml`);
    for (const path of ["/nhan-vat/nguyen-van-doc", "/co-quan/bo-chinh-tri", "/van-ban/290-qd-tw", "/dia-danh/quang-ninh"]) expect(sitemap).toContain(`<loc>https://baotinh.vn${path}</loc>`);
    const { html } = await fetchPage(`${baseUrl}${SEED_PATH}`);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "[]";
    const [article] = JSON.parse(json);
    expect(article.mentions.filter((mention: { "@type": string }) => mention["@type"] === "Person")).toEqual([
      { "@type": "Person", name: "Ngô Thị Doãn Thanh", url: "https://baotinh.vn/nhan-vat/ngo-thi-doan-thanh" },
      { "@type": "Person", name: "Nguyễn Văn Đọc", url: "https://baotinh.vn/nhan-vat/nguyen-van-doc" },
    ]);
    expect(article.contentLocation).toEqual([
      { "@type": "Place", name: "thành phố Hạ Long", url: "https://baotinh.vn/dia-danh/ha-long" },
      { "@type": "Place", name: "tỉnh Quảng Ninh", url: "https://baotinh.vn/dia-danh/quang-ninh" },
    ]);
  });

  it("gives each entity page its JSON-LD: about the Person, with a breadcrumb home → page", async () => {
    const { html } = await fetchPage(`${baseUrl}/nhan-vat/nguyen-van-doc`);
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? "[]";
    const [page, breadcrumb] = JSON.parse(json);
    expect([page.about, breadcrumb.itemListElement.map((crumb: { item: string }) => crumb.item)]).toEqual([
      { "@type": "Person", name: "Nguyễn Văn Đọc", url: "https://baotinh.vn/nhan-vat/nguyen-van-doc" },
      ["https://baotinh.vn/", "https://baotinh.vn/nhan-vat/nguyen-van-doc"],
    ]);
  });

  it("answers an entity nobody mentions with the 404 page", async () => {
    expect((await fetchPage(`${baseUrl}/nhan-vat/khong-co-ai`)).status).toBe(404);
  });
});

describe("a place that has ended (the fixture site's invented commune)", () => {
  it("says what it is now part of, and lists the article tagged with it", async () => {
    await page.goto(`${fixtureUrl}/dia-danh/${OLD_UNIT}`);
    expect([await page.locator(".entity-now").textContent(), await page.locator(".card-title a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))]).toEqual([
      "Nay thuộc xã Mới Thử Nghiệm, tỉnh Quảng Ninh.",
      [`/bai-viet/${OLD_UNIT_ARTICLE}`],
    ]);
    await page.locator(".entity-now a").click();
    await page.waitForURL(new RegExp(`/dia-danh/${NEW_UNIT}$`));
  });

  it("lists the article written under the old name on the successor's page, and names the old unit", async () => {
    await page.goto(`${fixtureUrl}/dia-danh/${NEW_UNIT}`);
    expect([await page.locator("h1").textContent(), await page.locator(".entity-earlier").textContent(), await page.locator(".card-title a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))]).toEqual([
      "Xã Mới Thử Nghiệm",
      "Gồm cả các bài viết dưới tên cũ: xã Cũ Thử Nghiệm, tỉnh Quảng Ninh.",
      [`/bai-viet/${OLD_UNIT_ARTICLE}`],
    ]);
  });
});
