import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXPECTED_SECURITY_HEADERS } from "../support/raw-http";
import { expectNothingLeaked, expectSecurityHeaders, h1Of, NOT_FOUND_H1 } from "../support/expect-answer";
import { header, send, sendRaw, type Answer } from "../support/http";
import { startNginx, type TestNginx } from "../support/nginx";
import { assembleTestRelease, startRelease } from "../support/release";
import type { Server } from "../support/server";
import { openSlowClients, readWhileHanging } from "../support/slow-clients";
import { SEED_PATH } from "./pages";

// The real build as production runs it: a self-contained release (lib/deploy/release.ts),
// two server processes, and nginx in front with the configuration a deploy writes
// (lib/deploy/nginx-config.ts). nginx must cache what the app says it may, and only that,
// keep HTML and RSC payloads apart, refuse what the app refuses, and hold slow clients.

const BASE = Number(new URL(inject("baseUrl")).port);
const APP_PORTS = [BASE + 40, BASE + 41];
const NGINX_PORT = BASE + 42;
const SEARCH_BURST = 10;
/** nginx's client_header_timeout (lib/deploy/nginx-config.ts), and slack for a loaded machine. */
const HEADER_DEADLINE_MS = 10_000 + 5_000;

let release: string;
let apps: Server[] = [];
let nginx: TestNginx;
let url: string;

beforeAll(async () => {
  release = path.join(mkdtempSync(path.join(os.tmpdir(), "bao-tinh-release-")), "release");
  assembleTestRelease(".next", release);
  apps = APP_PORTS.map((port) => startRelease(release, port, { PREVIEW_SECRET: undefined }));
  await Promise.all(apps.map((app) => app.ready));
  nginx = startNginx(NGINX_PORT, APP_PORTS, { searchBurst: SEARCH_BURST });
  await nginx.ready;
  url = nginx.url;
}, 120_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(apps.map((app) => app.stop()));
  if (release !== undefined) rmSync(path.dirname(release), { recursive: true, force: true });
});

const get = (target: string, headers: Record<string, string> = {}): Promise<Answer> => send(url, target, { headers });
const cacheStatus = (answer: Answer): string => header(answer, "x-cache-status");

/** The first stylesheet, script and derived photo the seed article links to. */
async function linkedFiles(): Promise<string[]> {
  const html = (await get(SEED_PATH)).body;
  const css = /\/_next\/static\/[^"]+\.css/.exec(html)?.[0];
  const js = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  const photo = /\/anh\/[^"\s]+\.(?:svg|webp|jpg)/.exec(html)?.[0];
  return [css, js, photo].map((file) => file ?? "(not found in the page)");
}

describe("nginx's cache", () => {
  it.each([
    ["the home page", "/"],
    ["an article", SEED_PATH],
    ["a section", "/chuyen-muc/chinh-tri"],
    ["the RSS feed", "/rss.xml"],
    ["the Atom feed", "/atom.xml"],
    ["a section's feed", "/chuyen-muc/chinh-tri/rss.xml"],
    ["the sitemap", "/sitemap.xml"],
    ["the news sitemap", "/sitemap-news.xml"],
  ])("serves %s from the cache on the second request", async (_name, target) => {
    const first = await get(target);
    const second = await get(target);
    expect([first.status, cacheStatus(first), second.status, cacheStatus(second)]).toEqual([200, "MISS", 200, "HIT"]);
  });

  it("serves static files and derived photos from the cache on the second request", async () => {
    const files = await linkedFiles();
    const statuses: string[] = [];
    for (const file of files) {
      const first = await get(file);
      const second = await get(file);
      statuses.push(`${file}: ${first.status} ${cacheStatus(first)}, ${second.status} ${cacheStatus(second)} ${header(second, "cache-control")}`);
    }
    expect(statuses).toEqual(files.map((file) => `${file}: 200 MISS, 200 HIT public, max-age=31536000, immutable`));
  });

  it("keeps the app's security headers on a cached copy, each once", async () => {
    await get("/chuyen-muc/van-hoa");
    const hit = await get("/chuyen-muc/van-hoa");
    expect(cacheStatus(hit)).toBe("HIT");
    const values = Object.fromEntries(Object.keys(EXPECTED_SECURITY_HEADERS).map((name) => [name, header(hit, name)]));
    expect(values).toEqual(EXPECTED_SECURITY_HEADERS);
  });

  it("never caches the search page, the health check or a 404", async () => {
    const targets = ["/tim-kiem?q=dan+van", "/healthz", "/bai-viet/khong-co-bai-nay"];
    const answers: string[] = [];
    for (const target of targets) {
      for (let n = 0; n < 2; n++) {
        const answer = await get(target);
        answers.push(`${target} ${answer.status} ${cacheStatus(answer) || "-"}`);
      }
    }
    expect(answers).toEqual([
      "/tim-kiem?q=dan+van 200 MISS",
      "/tim-kiem?q=dan+van 200 MISS",
      "/healthz 200 -",
      "/healthz 200 -",
      "/bai-viet/khong-co-bai-nay 404 MISS",
      "/bai-viet/khong-co-bai-nay 404 MISS",
    ]);
  });

  it("answers a made-up article with the 404 page, as the app does, every time", async () => {
    const answers = [await get("/bai-viet/bai-bia-dat"), await get("/bai-viet/bai-bia-dat")];
    expect(answers.map((answer) => [answer.status, h1Of(answer.body)])).toEqual([
      [404, [NOT_FOUND_H1]],
      [404, [NOT_FOUND_H1]],
    ]);
  });
});

describe("HTML and RSC payloads of one URL", () => {
  /** Next answers an RSC request without its `_rsc` parameter with a redirect to the URL with one; a router follows it. */
  async function rsc(target: string): Promise<Answer> {
    const first = await get(target, { rsc: "1" });
    const location = header(first, "location");
    return first.status === 307 && location !== "" ? get(location, { rsc: "1" }) : first;
  }

  it("never poison each other: HTML cached first, then RSC requests, then HTML again", async () => {
    const target = "/chuyen-muc/xa-hoi";
    const html = await get(target);
    const payloads = [await rsc(target), await rsc(target)];
    const again = await get(target);
    expect(payloads.map((answer) => [answer.status, header(answer, "content-type"), cacheStatus(answer)])).toEqual([
      [200, "text/x-component", "MISS"],
      [200, "text/x-component", "HIT"],
    ]);
    expect([cacheStatus(html), cacheStatus(again), header(again, "content-type")]).toEqual(["MISS", "HIT", "text/html; charset=utf-8"]);
    expect(again.body).toBe(html.body);
  });

  it("never poison each other: RSC cached first, then HTML", async () => {
    const target = "/chuyen-muc/kinh-te";
    await rsc(target);
    await rsc(target);
    const html = await get(target);
    expect([html.status, header(html, "content-type"), cacheStatus(html)]).toEqual([200, "text/html; charset=utf-8", "MISS"]);
    expect(html.body.startsWith("<!DOCTYPE html>")).toBe(true);
  });
});

describe("hostile requests through nginx", () => {
  const request = (line: string) => `${line}\r\nHost: baotinh.vn\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`;

  it.each([
    ["TRACE", "TRACE / HTTP/1.1", 405],
    ["TRACK", "TRACK / HTTP/1.1", 405],
    ["a POST with Next-Action", "POST / HTTP/1.1\r\nNext-Action: abc", 405],
    ["DELETE of a feed", "DELETE /rss.xml HTTP/1.1", 405],
    ["CONNECT", "CONNECT baotinh.vn:443 HTTP/1.1", 400],
    ["the asterisk target", "OPTIONS * HTTP/1.1", 400],
    ["a malformed escape", "GET /bai-viet/%E0%A4%A HTTP/1.1", 400],
    ["a NUL in the path", "GET /bai-viet/a%00b HTTP/1.1", 400],
    ["a path above the root", "GET /../../etc/passwd HTTP/1.1", 400],
    ["Next's error page", "GET /_global-error HTTP/1.1", 404],
    ["Next's 404 page", "GET /_not-found HTTP/1.1", 404],
  ])("refuses %s with the security headers and nothing leaked", async (_name, line, status) => {
    const answer = await sendRaw(url, request(line));
    expect(answer.status).toBe(status);
    expect(header(answer, "allow")).toBe(status === 405 ? "GET, HEAD" : "");
    expectSecurityHeaders(answer);
    expectNothingLeaked(answer);
  });

  it("serves an absolute-form target as the local path", async () => {
    const answer = await sendRaw(url, request(`GET http://evil.example${SEED_PATH} HTTP/1.1`));
    expect(answer.status).toBe(200);
  });
});

describe("search's request rate limit", () => {
  it(`answers 429 to one client's searches past a burst of ${SEARCH_BURST}, and serves other pages meanwhile`, async () => {
    // Earlier tests searched too: wait until their share of the bucket has drained (2 a second).
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    const answers = await Promise.all(Array.from({ length: 40 }, (_, n) => get(`/tim-kiem?q=dan+van+${n}`)));
    const page = await get(SEED_PATH);
    const counts = new Map<number, number>();
    for (const answer of answers) counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([200, 429]);
    // The burst plus the one the rate allows, and at most a few more the rate lets through meanwhile.
    expect(counts.get(200)).toBeGreaterThanOrEqual(SEARCH_BURST + 1);
    expect(counts.get(429)).toBeGreaterThanOrEqual(40 - SEARCH_BURST - 6);
    expect(page.status).toBe(200);
  });
});

describe("300 slow sockets", () => {
  it("do not keep readers from the home page and an article, and are closed by nginx within its header timeout", async () => {
    const slow = await openSlowClients("127.0.0.1", NGINX_PORT, 300, ["request line", "headers", "silent"]);
    const { statuses, stillOpen } = await readWhileHanging(slow, {
      deadline: Date.now() + HEADER_DEADLINE_MS,
      dripEveryMs: 2_000,
      read: async () => [(await get("/")).status, (await get(SEED_PATH)).status, (await get("/healthz")).status],
    });
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(stillOpen).toBe(0);
  });
});

describe("a server process that stops", () => {
  it("costs readers nothing: nginx sends its requests to the other one", async () => {
    const [first] = apps;
    if (first === undefined) throw new Error("two servers were started");
    await first.stop();
    const answers = await Promise.all(Array.from({ length: 20 }, () => get("/healthz")));
    expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 20 }, () => 200));
  });
});
