import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GPS_DATUM, XMP_CREATOR } from "../support/camera-photos";
import { PHOTO_SIZES } from "../../lib/photo-sources";
import { launchChromium, saveScreenshot, VIEWPORTS } from "../support/chromium";
import { fetchPage } from "../support/http";
import { DRAFT_PHOTO, DRAFT_PHOTO_COPIED_FROM, PHOTO_SLUG } from "./fixture-site";

// The fixture article with three camera photos (6000 × 4000 with GPS, a portrait stored
// sideways, a phone's Display P3), read in Chromium at a phone's and a desktop's width.
// The fixture server was built without `npm run photos`, so every derived file here is
// encoded on its first request: the on-request path, end to end.

const fixtureUrl = inject("fixtureUrl");
const ARTICLE = `/bai-viet/${PHOTO_SLUG}`;
const IMMUTABLE = "public, max-age=31536000, immutable";

interface ImageResponse {
  readonly url: string;
  readonly status: number;
  readonly type: string;
  readonly cacheControl: string;
  readonly bytes: number;
  readonly body: Buffer;
}

let browser: Browser;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  // The figures the README quotes, as a test artefact.
  mkdirSync(path.resolve("test-results"), { recursive: true });
  writeFileSync(path.resolve("test-results", "photos.json"), `${JSON.stringify(figures, null, 2)}\n`);
});

/** Opens a page with every image response recorded and layout shifts summed from the start. */
async function open(url: string, viewport: { width: number; height: number }): Promise<{ page: Page; images: ImageResponse[]; layoutShift: () => Promise<number> }> {
  const page = await browser.newPage({ viewport });
  const pending: Promise<ImageResponse>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "image") return;
    pending.push(
      response.body().then((body) => ({
        url: new URL(response.url()).pathname,
        status: response.status(),
        type: response.headers()["content-type"] ?? "",
        cacheControl: response.headers()["cache-control"] ?? "",
        bytes: body.length,
        body,
      })),
    );
  });
  await page.addInitScript(() => {
    Reflect.set(window, "__layoutShift", 0);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (Reflect.get(entry, "hadRecentInput") !== true) Reflect.set(window, "__layoutShift", Number(Reflect.get(window, "__layoutShift")) + Number(Reflect.get(entry, "value")));
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const images: ImageResponse[] = [];
  return {
    page,
    images,
    layoutShift: async () => {
      // Scroll to the bottom a screen at a time, so every lazy photo loads, then collect.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += viewport.height / 2) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(150);
      }
      await page.waitForLoadState("networkidle");
      await page.waitForFunction(() => [...document.images].every((image) => image.complete));
      images.push(...(await Promise.all(pending)));
      return page.evaluate(() => Number(Reflect.get(window, "__layoutShift")));
    },
  };
}

describe("an article with three camera photos in Chromium", () => {
  // The budget is for phones (a 3G connection); at desktop width the sizes the page
  // asks for are larger by design, and no budget is set.
  const budgets = VIEWPORTS.map((viewport) => ({ ...viewport, imageBudget: viewport.width === 375 ? 250 * 1024 : Infinity }));

  it.each(budgets)("loads only derived, immutable, metadata-free files and never shifts the layout at $name width", async (viewport) => {
    const { page, images, layoutShift } = await open(`${fixtureUrl}${ARTICLE}`, viewport);
    const shift = await layoutShift();
    await saveScreenshot(page, `photos-${viewport.name}`);

    expect(shift).toBe(0);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      expect(image.url).toMatch(/^\/anh\/[a-z0-9-]+-[0-9a-f]{16}(-\d+)?\.(webp|jpg|svg)$/);
      expect([image.status, image.cacheControl]).toEqual([200, IMMUTABLE]);
      for (const marker of [GPS_DATUM, XMP_CREATOR, "Exif\0\0"]) expect(image.body.includes(Buffer.from(marker))).toBe(false);
    }
    const photos = images.filter((image) => image.url.includes("khanh-thanh"));
    expect(photos.map((image) => image.type)).toEqual(["image/webp", "image/webp", "image/webp"]);
    const total = images.reduce((sum, image) => sum + image.bytes, 0);
    figures[`article ${viewport.width}px`] = { imageBytes: total, images: images.map((image) => `${image.url} ${image.bytes}`), layoutShift: shift };
    expect(total).toBeLessThan(viewport.imageBudget);

    // Width and height come from the upright original: the portrait stays a portrait.
    const boxes = await page.locator(".article-body figure img").evaluateAll((nodes) =>
      nodes.map((node) => {
        const image = node instanceof HTMLImageElement ? node : undefined;
        return { width: Number(image?.getAttribute("width")), height: Number(image?.getAttribute("height")), natural: (image?.naturalWidth ?? 0) / (image?.naturalHeight ?? 1), shown: (image?.clientWidth ?? 0) / (image?.clientHeight ?? 1) };
      }),
    );
    expect(boxes.map(({ width, height }) => [width, height])).toEqual([
      [6000, 4000],
      [4000, 6000],
      [4032, 3024],
    ]);
    for (const box of boxes) {
      expect(Math.abs(box.natural - box.width / box.height)).toBeLessThan(0.01);
      expect(Math.abs(box.shown - box.width / box.height)).toBeLessThan(0.02);
    }
    await page.close();
  });

  it("fetches the first photo at once with high priority and the others lazily", async () => {
    const { html } = await fetchPage(`${fixtureUrl}${ARTICLE}`);
    const tags = [...html.matchAll(/<img [^>]*>/g)].map((match) => match[0]).filter((tag) => tag.includes("khanh-thanh"));
    expect(tags.map((tag) => [/fetchpriority="high"/.test(tag), /loading="lazy"/.test(tag)])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
  });

  it("shows the credits apart inside the captions and the last two photos as a gallery", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${fixtureUrl}${ARTICLE}`);
    expect(await page.locator(".article-body figcaption .credit").allTextContents()).toEqual(["Ảnh: Lê Ảnh", "Ảnh: Lê Ảnh", "Ảnh: Thu Hà"]);
    expect(await page.locator(".article-body figcaption").first().textContent()).toBe("Quang cảnh lễ khánh thành nhà văn hóa thôn Đông. Ảnh: Lê Ảnh");
    expect(await page.locator(".article-body .gallery figure").count()).toBe(2);
    // Side by side on a desktop: both photos start at the same height.
    const tops = await page.locator(".article-body .gallery figure").evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    expect(await page.locator(".article-body p").allTextContents()).not.toContain("Người cao tuổi nhất thôn cắt băng khánh thành. Ảnh: Lê Ảnh");
    await page.close();
  });

  it("gives the article's card on its section page a small thumbnail", async () => {
    const { images, layoutShift } = await open(`${fixtureUrl}/chuyen-muc/xa-hoi`, { width: 375, height: 812 });
    expect(await layoutShift()).toBe(0);
    const thumbnail = images.find((image) => image.url.includes("khanh-thanh-1"));
    figures["section card thumbnail 375px"] = thumbnail === undefined ? undefined : `${thumbnail.url} ${thumbnail.bytes}`;
    expect(thumbnail?.type).toBe("image/webp");
    expect(thumbnail?.bytes ?? Infinity).toBeLessThan(30 * 1024);
  });

  it("leads the home page with the photo's derived files in the lead's sizes, fetched at once, without shifting the layout", async () => {
    const { page, images, layoutShift } = await open(`${fixtureUrl}/`, { width: 375, height: 812 });
    expect(await layoutShift()).toBe(0);
    const lead = page.locator(".lead-story picture");
    expect(await lead.locator("source").evaluateAll((nodes) => nodes.map((node) => [node.getAttribute("type"), node.getAttribute("sizes")]))).toEqual([["image/webp", PHOTO_SIZES.lead]]);
    const img = lead.locator("img");
    expect([await img.getAttribute("src"), await img.getAttribute("sizes"), await img.getAttribute("fetchpriority"), await img.getAttribute("loading")]).toEqual([
      expect.stringMatching(/^\/anh\/khanh-thanh-1-[0-9a-f]{16}-640\.jpg$/),
      PHOTO_SIZES.lead,
      "high",
      null,
    ]);
    const shown = images.find((image) => image.url.includes("khanh-thanh-1"));
    figures["home lead photo 375px"] = shown === undefined ? undefined : `${shown.url} ${shown.bytes}`;
    expect([shown?.type, shown?.cacheControl]).toEqual(["image/webp", IMMUTABLE]);
    await page.close();
  });
});

describe("the article's photos outside the page", () => {
  it("gives the lite page one small JPEG per photo", async () => {
    const { html } = await fetchPage(`${fixtureUrl}/lite${ARTICLE}`);
    const sources = [...html.matchAll(/<img src="([^"]+)"[^>]*>/g)].map((match) => match[1]);
    expect(sources).toHaveLength(3);
    for (const src of sources) expect(src).toMatch(/^\/anh\/khanh-thanh-\d-[0-9a-f]{16}-320\.jpg$/);
    expect(html).not.toContain("<picture");
    expect(html).not.toContain("srcset");
  });

  it("previews the article with the first photo's 1200-wide JPEG and its size", async () => {
    const { html } = await fetchPage(`${fixtureUrl}${ARTICLE}`);
    const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta("og:image")).toMatch(/^https:\/\/baotinh\.vn\/anh\/khanh-thanh-1-[0-9a-f]{16}-1200\.jpg$/);
    expect([meta("og:image:width"), meta("og:image:height"), meta("og:image:type"), meta("twitter:card")]).toEqual(["1200", "800", "image/jpeg", "summary_large_image"]);
    expect(meta("twitter:image")).toBe(meta("og:image"));
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? "[]");
    expect(jsonLd[0].image).toHaveLength(3);
    for (const url of jsonLd[0].image) expect(url).toMatch(/^https:\/\/baotinh\.vn\/anh\/khanh-thanh-\d-[0-9a-f]{16}-1200\.jpg$/);
  });

  it("encloses the first photo's JPEG in the RSS feed with its real length and type", async () => {
    const xml = await (await fetch(`${fixtureUrl}/rss.xml`)).text();
    const enclosure = /<enclosure length="(\d+)" type="([^"]+)" url="https:\/\/baotinh\.vn(\/anh\/khanh-thanh-1-[0-9a-f]{16}-1200\.jpg)"\/>/.exec(xml);
    const response = await fetch(`${fixtureUrl}${enclosure?.[3] ?? "/anh/none"}`);
    const body = Buffer.from(await response.arrayBuffer());
    expect([enclosure?.[2], Number(enclosure?.[1])]).toEqual([response.headers.get("content-type"), body.length]);
    const read = await sharp(body).metadata();
    expect([read.format, read.width, read.height, read.exif, read.icc, read.xmp]).toEqual(["jpeg", 1200, 800, undefined, undefined, undefined]);
  });

  it("serves the portrait upright and the P3 photo in sRGB, with no metadata", async () => {
    const { html } = await fetchPage(`${fixtureUrl}${ARTICLE}`);
    const name = (photo: number) => new RegExp(`/anh/khanh-thanh-${photo}-[0-9a-f]{16}-640\\.webp`).exec(html)?.[0] ?? "/anh/none";
    for (const [photo, width, height] of [
      [2, 640, 960],
      [3, 640, 480],
    ]) {
      const body = Buffer.from(await (await fetch(`${fixtureUrl}${name(photo ?? 0)}`)).arrayBuffer());
      const read = await sharp(body).metadata();
      expect([read.width, read.height, read.space, read.orientation, read.exif, read.icc, read.xmp]).toEqual([width, height, "srgb", undefined, undefined, undefined, undefined]);
    }
  });

  it("serves a photo copied under another name under both names, from the one file they share", async () => {
    const { html } = await fetchPage(`${fixtureUrl}${ARTICLE}`);
    const key = /\/anh\/khanh-thanh-1-([0-9a-f]{16})-640\.webp/.exec(html)?.[1] ?? "";
    // The draft's photo is the same bytes as the article's first, so its names have the same key.
    const names = [DRAFT_PHOTO_COPIED_FROM, DRAFT_PHOTO].map((src) => `/anh/${path.posix.basename(src, ".jpg")}-${key}-640.webp`);
    expect(names).toEqual([`/anh/khanh-thanh-1-${key}-640.webp`, `/anh/ban-sao-khanh-thanh-${key}-640.webp`]);
    const answers = await Promise.all(names.map(async (name) => fetch(`${fixtureUrl}${name}`)));
    const bodies = await Promise.all(answers.map(async (answer) => Buffer.from(await answer.arrayBuffer())));
    expect(answers.map((answer) => [answer.status, answer.headers.get("content-type"), answer.headers.get("cache-control")])).toEqual([
      [200, "image/webp", IMMUTABLE],
      [200, "image/webp", IMMUTABLE],
    ]);
    expect(bodies[0]?.length).toBeGreaterThan(0);
    expect(bodies[1]?.equals(bodies[0] ?? Buffer.alloc(0))).toBe(true);
  });

  it.each([
    ["an original's own address", "/images/2019/06/khanh-thanh-1.jpg"],
    ["a width no plan has", "/anh/khanh-thanh-1-%KEY%-481.webp"],
    ["a format no plan has", "/anh/khanh-thanh-1-%KEY%-640.png"],
    ["a name under another photo's key", "/anh/khanh-thanh-9-%KEY%-640.webp"],
    ["a width no plan has, under the copy's name", "/anh/ban-sao-khanh-thanh-%KEY%-481.webp"],
    ["a key no photo has", "/anh/khanh-thanh-1-0123456789abcdef-640.webp"],
    ["a path leaving the folder", "/anh/..%2F..%2Fcontent%2Fimages%2F2019%2F06%2Fkhanh-thanh-1.jpg"],
    ["Next's image optimiser", "/_next/image?url=%2Fimages%2F2019%2F06%2Fkhanh-thanh-1.jpg&w=640&q=75"],
  ])("answers %s with 404 and no photo", async (_name, target) => {
    const { html } = await fetchPage(`${fixtureUrl}${ARTICLE}`);
    const key = /\/anh\/khanh-thanh-1-([0-9a-f]{16})-640\.webp/.exec(html)?.[1] ?? "";
    const response = await fetch(`${fixtureUrl}${target.replace("%KEY%", key)}`);
    expect([response.status, response.headers.get("content-type")?.startsWith("image/")]).toEqual([404, false]);
  });
});
