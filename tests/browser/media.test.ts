import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/chromium";
import { MEDIA_SLUG, SAMPLE_AUDIO, SAMPLE_VIDEO, YOUTUBE_URL } from "./fixture-site";
import { fetchPage } from "../support/http";

// The fixture's media article: a self-hosted video (public/media/mau/video-mau.webm), an
// audio clip (am-thanh-mau.mp3) and a video on YouTube shown by its local poster. Both
// posters are camera photos under content/images/, shown as their derived files.

const fixtureUrl = inject("fixtureUrl");
const ARTICLE = `/bai-viet/${MEDIA_SLUG}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A context recording every request; anything not on 127.0.0.1 is answered locally instead of sent. */
async function recordingContext(): Promise<{ context: BrowserContext; requests: string[]; elsewhere: string[] }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const requests: string[] = [];
  const elsewhere: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    async (route) => {
      elsewhere.push(route.request().url());
      await route.fulfill({ status: 200, contentType: "text/html", body: "<!DOCTYPE html><title>ngoài</title>" });
    },
  );
  return { context, requests, elsewhere };
}

describe("video and audio in an article", () => {
  it("shows the self-hosted video as a player with its poster, and the audio as a player, both loading nothing before play", async () => {
    const { context, requests, elsewhere } = await recordingContext();
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}${ARTICLE}`, { waitUntil: "networkidle" });
    const video = page.locator("figure.media-video video");
    expect(
      await video.evaluate((node: HTMLVideoElement) => [node.controls, node.preload, node.getAttribute("poster"), node.getAttribute("width"), node.getAttribute("height"), node.querySelector("source")?.getAttribute("type")]),
    ).toEqual([true, "none", expect.stringMatching(/^\/anh\/khai-mac-le-hoi-[0-9a-f]{16}-640\.jpg$/), "1920", "1080", "video/webm"]);
    const audio = page.locator("figure.media-audio audio");
    expect(await audio.evaluate((node: HTMLAudioElement) => [node.controls, node.preload, node.querySelector("source")?.getAttribute("src")])).toEqual([true, "none", SAMPLE_AUDIO]);
    expect(await page.locator("figure.media figcaption").allTextContents()).toEqual([
      // The credits' abbreviation is joined by a non-breaking hyphen, as in the body.
      "Quang cảnh lễ khai mạc. Video: Đài PT\u2011TH tỉnh",
      "Bản tin phát thanh sáng 15/2. Âm thanh: Đài PT\u2011TH tỉnh",
      "Toàn cảnh lễ hội nhìn từ trên cao.",
    ]);
    expect(requests.filter((url) => url.includes("/media/"))).toEqual([]);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  it.each([
    ["video", "figure.media-video video", SAMPLE_VIDEO],
    ["audio", "figure.media-audio audio", SAMPLE_AUDIO],
  ])("plays the %s when the reader presses play, fetching the file only then", async (_kind, selector, file) => {
    const { context, requests } = await recordingContext();
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}${ARTICLE}`, { waitUntil: "networkidle" });
    expect(requests.filter((url) => url.endsWith(file))).toEqual([]);
    await page.locator(selector).evaluate(async (node: HTMLMediaElement) => {
      node.muted = true;
      await node.play();
    });
    await page.waitForFunction((query) => (document.querySelector<HTMLMediaElement>(query)?.readyState ?? 0) >= 2, selector);
    expect(requests.filter((url) => url.endsWith(file)).length).toBeGreaterThan(0);
    await context.close();
  });

  it("shows the YouTube video as a local poster linking there, with no request to YouTube before a tap", async () => {
    const { context, requests, elsewhere } = await recordingContext();
    const page = await context.newPage();
    await page.goto(`${fixtureUrl}${ARTICLE}`, { waitUntil: "networkidle" });
    const link = page.locator("figure.media-external a.video-link");
    expect(await link.getAttribute("href")).toBe(YOUTUBE_URL);
    // The poster is a photo like any other: WebP sources in the column's sizes, a JPEG fallback, never the original.
    expect(await link.locator("picture source").getAttribute("srcset")).toMatch(/^\/anh\/le-hoi-tren-cao-[0-9a-f]{16}-320\.webp 320w, .*-1280\.webp 1280w$/);
    expect([await link.locator("img").getAttribute("src"), await link.locator("img").getAttribute("width"), await link.locator("img").getAttribute("height")]).toEqual([
      expect.stringMatching(/^\/anh\/le-hoi-tren-cao-[0-9a-f]{16}-640\.jpg$/),
      "1280",
      "720",
    ]);
    expect(requests.filter((url) => url.includes("/images/"))).toEqual([]);
    expect(await link.textContent()).toBe("Xem video trên YouTube");
    expect(await page.locator("iframe").count()).toBe(0);
    expect(requests.filter((url) => !url.startsWith(fixtureUrl))).toEqual([]);
    await link.click();
    await page.waitForURL(/youtube\.com/);
    expect(elsewhere).toEqual([YOUTUBE_URL]);
    await context.close();
  });

  it.each([
    [SAMPLE_VIDEO, "video/webm", 6340],
    [SAMPLE_AUDIO, "audio/mpeg", 16263],
  ])("serves %s as %s and answers a Range request with 206 and Content-Range", async (file, type, size) => {
    const whole = await fetch(`${fixtureUrl}${file}`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe(type);
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect((await whole.arrayBuffer()).byteLength).toBe(size);
    const part = await fetch(`${fixtureUrl}${file}`, { headers: { range: "bytes=100-1123" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-1123/${size}`);
    expect(part.headers.get("content-type")).toBe(type);
    expect((await part.arrayBuffer()).byteLength).toBe(1024);
    const tail = await fetch(`${fixtureUrl}${file}`, { headers: { range: "bytes=-10" } });
    expect([tail.status, tail.headers.get("content-range")]).toEqual([206, `bytes ${size - 10}-${size - 1}/${size}`]);
  });

  it("describes the self-hosted video with VideoObject and og:video, and the YouTube one with neither", async () => {
    const { html } = await fetchPage(`${fixtureUrl}${ARTICLE}`);
    const [article] = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1] ?? "[]");
    expect(article.video).toEqual([
      {
        "@type": "VideoObject",
        name: "Quang cảnh lễ khai mạc.",
        description: "Quang cảnh lễ khai mạc.",
        thumbnailUrl: expect.stringMatching(/^https:\/\/baotinh\.vn\/anh\/khai-mac-le-hoi-[0-9a-f]{16}-1200\.jpg$/),
        uploadDate: "2020-02-15T10:00:00+07:00",
        contentUrl: `https://baotinh.vn${SAMPLE_VIDEO}`,
        encodingFormat: "video/webm",
        creditText: "Đài PT-TH tỉnh",
      },
    ]);
    expect([...html.matchAll(/<meta property="og:video(?::type)?" content="([^"]*)"/g)].map((match) => match[1])).toEqual([`https://baotinh.vn${SAMPLE_VIDEO}`, "video/webm"]);
  });

  it("gives each clip as a plain link on the lite page, which loads no player", async () => {
    const { html } = await fetchPage(`${fixtureUrl}/lite${ARTICLE}`);
    expect(html).not.toMatch(/<video|<audio|<iframe|<script/);
    expect([...html.matchAll(/<p class="media-link">(.*?)<\/p>/g)].map((match) => match[1])).toEqual([
      `<a href="${SAMPLE_VIDEO}">Xem video (WEBM, 6 KB)</a>: Quang cảnh lễ khai mạc. Video: Đài PT\u2011TH tỉnh`,
      `<a href="${SAMPLE_AUDIO}">Nghe (MP3, 16 KB)</a>: Bản tin phát thanh sáng 15/2. Âm thanh: Đài PT\u2011TH tỉnh`,
      `<a href="${YOUTUBE_URL}">Xem video trên YouTube</a>: Toàn cảnh lễ hội nhìn từ trên cao.`,
    ]);
  });
});
