import { gzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";
import { fetchPage } from "../support/http";
import { SEED_PATH } from "./pages";

const baseUrl = inject("baseUrl");
const LITE_PATH = `/lite${SEED_PATH}`;

describe("the lite version of an article", () => {
  it("is linked from the article, visibly and with rel=alternate", async () => {
    const { html } = await fetchPage(`${baseUrl}${SEED_PATH}`);
    expect(html).toContain(`<link rel="alternate" type="text/html" href="https://baotinh.vn${LITE_PATH}" title="Bản rút gọn, nhẹ cho mạng chậm"/>`);
    expect(html).toContain(`<a href="${LITE_PATH}">`);
  });

  it("carries the same dateline, captions and byline with no JavaScript at all", async () => {
    const { status, html, headers } = await fetchPage(`${baseUrl}${LITE_PATH}`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain('<time datetime="2017-04-20T18:02:00+07:00">Thứ Năm, 20/04/2017, 18:02 [GMT+7]</time>');
    expect([...html.matchAll(/<figcaption>([^<]*)<\/figcaption>/g)].map((match) => match[1])).toHaveLength(3);
    expect(html).toContain('<p class="b">Hồng Nhung</p>');
    expect(html).toContain(`<link rel="canonical" href="https://baotinh.vn${SEED_PATH}">`);
  });

  it("weighs under 20 KB gzip in total without images", async () => {
    const response = await fetch(`${baseUrl}${LITE_PATH}`);
    const body = Buffer.from(await response.arrayBuffer());
    const html = body.toString("utf8");
    // Everything the page loads besides images: only itself (styles are inline).
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(gzipSync(body).length).toBeLessThan(20 * 1024);
  });
});
