import http from "node:http";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";

// Hostile and malformed requests against both production servers. Requests go through
// node:http, not fetch: fetch parses the URL first (WHATWG rules) and would quietly
// normalise `%2e%2e`, so the server would never see the path under test.

const baseUrl = inject("baseUrl");
const fixtureUrl = inject("fixtureUrl");
const SERVERS = [
  { name: "the real site", url: baseUrl },
  { name: "the fixture site", url: fixtureUrl },
] as const;

const ARTICLE = "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";
const ARTICLE_H1 = "BTV Tỉnh ủy làm việc với Đoàn khảo sát Ban Dân vận Trung ương";
const NOT_FOUND_H1 = "Không tìm thấy trang";
const REQUEST_TIMEOUT_MS = 15_000;

interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

interface SendOptions {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** Sends `rawPath` exactly as written (no client-side URL normalisation) and reads the whole answer. */
function send(base: string, rawPath: string, options: SendOptions = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port: Number(port), path: rawPath, method: options.method ?? "GET", headers: { connection: "close", ...options.headers }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`no answer to ${rawPath.slice(0, 80)} within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on("error", reject);
    request.end(options.body);
  });
}

function header(answer: Answer, name: string): string {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

function h1Of(html: string): string[] {
  return [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => (match[1] ?? "").replace(/<[^>]*>/g, ""));
}

/** A body that shows no stack trace, no server path and no file from outside the build. */
function expectNothingLeaked(answer: Answer): void {
  const { body } = answer;
  expect(body, "stack frame in body").not.toMatch(/(^|\n)\s*at \S/);
  expect(body, "error name in body").not.toContain("Error:");
  expect(body, "server path in body").not.toContain("/work/");
  expect(body, "server path in body").not.toContain(process.cwd());
  expect(body, "node_modules path in body").not.toContain("node_modules");
  expect(body, "package.json in body").not.toMatch(/"name":\s*"bao-tinh"|"devDependencies"/);
  expect(body, "/etc/passwd in body").not.toMatch(/root:[^:\n]*:0:0:/);
}

/** The security headers next.config.ts promises on every response, 404s and feeds included. */
function expectSecurityHeaders(answer: Answer): void {
  const csp = header(answer, "content-security-policy");
  expect(csp, "Content-Security-Policy").toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/(^|;)\s*base-uri /);
  expect(header(answer, "x-content-type-options")).toBe("nosniff");
  expect(header(answer, "referrer-policy")).not.toBe("");
  expect(header(answer, "x-frame-options")).toBe("DENY");
  expect(header(answer, "permissions-policy")).not.toBe("");
  expect(answer.headers["x-powered-by"]).toBeUndefined();
}

/**
 * A refusal that is a proper answer: an allowed 4xx status, no leak, the security headers,
 * and a body. 414 and 431 come from Node's HTTP parser before any application code runs,
 * so they can carry neither the app's headers nor a page; every other refusal must.
 */
function expectProperRefusal(answer: Answer, allowed: readonly number[]): void {
  expect(allowed, `status ${answer.status}, body ${JSON.stringify(answer.body.slice(0, 120))}`).toContain(answer.status);
  expectNothingLeaked(answer);
  if (answer.status === 414 || answer.status === 431) return;
  expectSecurityHeaders(answer);
  expect(answer.body.trim(), "empty body").not.toBe("");
  // The 404 page must be in the HTML itself, readable by crawlers and without JavaScript.
  if (header(answer, "content-type").startsWith("text/html")) expect(h1Of(answer.body), "server-rendered <h1> of the 404 page").toEqual([NOT_FOUND_H1]);
}

const UNKNOWN = [
  "/bai-viet/khong-co-bai-nay",
  "/lite/bai-viet/khong-co-bai-nay",
  "/chuyen-muc/khong-co",
  "/the/khong-co",
  "/tac-gia/khong-co",
  "/chuyen-muc/chinh-tri/trang/99",
  "/chuyen-muc/chinh-tri/trang/abc",
  "/chuyen-muc/khong-co/rss.xml",
  "/sitemaps/1.xml",
  "/khong-co-trang-nay",
  `/bai-viet/${"b".repeat(300)}`,
];

const TRAVERSAL = [
  "/bai-viet/..%2F..%2Fetc%2Fpasswd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/_next/static/..%2F..%2Fpackage.json",
  "/_next/static/%2e%2e/%2e%2e/package.json",
  "/_next/static/..%252F..%252Fpackage.json",
  "/_next/static/chunks/..%5C..%5C..%5Cpackage.json",
  "/_next/static/../../package.json",
  "/images/..%2F..%2Fpackage.json",
  "/lite/bai-viet/..%2F..%2F..%2Fpackage.json",
  "/package.json",
  "/.env",
  "/.git/config",
  "/.next/BUILD_ID",
  "/content/site.yaml",
  "/next.config.ts",
];

const NUL_BYTES = ["/%00", "/bai-viet/%00", "/bai-viet/abc%00", "/lite/bai-viet/a%00b", "/chuyen-muc/%00", "/the/%00", "/tac-gia/%00", "/logo.png%00.html", "/images/%00"];

const MALFORMED = [
  "/%",
  "/%E0%A4%A",
  "/bai-viet/%E0%A4%A",
  "/bai-viet/%",
  "/bai-viet/%FF",
  "/bai-viet/%C0%AF",
  "/lite/bai-viet/%E0%A4%A",
  "/chuyen-muc/%E0%A4%A",
  "/the/%E0%A4%A",
  "/tac-gia/%",
  "/chuyen-muc/chinh-tri/trang/%ZZ",
];

const OVERLONG = [`/bai-viet/${"a".repeat(20 * 1024)}`, `/tim-kiem?q=${"a".repeat(100 * 1024)}`];

describe.each(SERVERS)("hostile paths against $name", ({ url }) => {
  it.each(UNKNOWN)("answers the unknown %s with the 404 page", async (rawPath) => {
    expectProperRefusal(await send(url, rawPath), [404]);
  });

  it("sends a Vietnamese-typed name to its ASCII slug, which then answers normally", async () => {
    const typed = await send(url, `/bai-viet/${"%C4%91".repeat(200)}`);
    expect(typed.status).toBe(308);
    expect(header(typed, "location")).toMatch(new RegExp(`/bai-viet/${"d".repeat(200)}$`));
    expectSecurityHeaders(typed);
    expectProperRefusal(await send(url, `/bai-viet/${"d".repeat(200)}`), [404]);
    const tag = await send(url, "/the/D%C3%A2n%20v%E1%BA%ADn");
    expect([tag.status, header(tag, "location").replace(/^https?:\/\/[^/]+/, "")]).toEqual([308, "/the/dan-van"]);
  });

  it.each(TRAVERSAL)("answers the traversal %s with 400 or 404 and serves no file from outside the build", async (rawPath) => {
    expectProperRefusal(await send(url, rawPath), [400, 404]);
  });

  it("resolves /bai-viet/%2e%2e as the dot segment it is (the home page) or refuses it, never leaving the site", async () => {
    // WHATWG URL parsing treats %2e%2e as "..", so browsers send /bai-viet/%2e%2e as "/".
    // The server may do the same; what it must not do is step outside the site.
    const answer = await send(url, "/bai-viet/%2e%2e");
    expectNothingLeaked(answer);
    expectSecurityHeaders(answer);
    if (answer.status === 200) {
      expect(h1Of(answer.body)).toEqual(h1Of((await send(url, "/")).body));
    } else {
      expectProperRefusal(answer, [400, 404]);
    }
  });

  it.each(NUL_BYTES)("answers %s (a NUL byte) with 400 or 404", async (rawPath) => {
    expectProperRefusal(await send(url, rawPath), [400, 404]);
  });

  it.each(MALFORMED)("answers the malformed escape %s with 400 or 404, not 500", async (rawPath) => {
    expectProperRefusal(await send(url, rawPath), [400, 404]);
  });

  it.each(OVERLONG.map((rawPath) => [`${rawPath.slice(0, 24)}… (${Math.round(rawPath.length / 1024)} KB)`, rawPath]))(
    "answers the overlong %s with 400, 404, 414 or 431",
    async (_name, rawPath) => {
      // Node answers 431 and closes the socket while a 100 KB request is still being
      // written, so the client may see the reset before it can read the 431. Either way the
      // request was refused before it reached the application.
      const answer = await send(url, rawPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNRESET" || error.code === "EPIPE") return undefined;
        throw error;
      });
      if (answer !== undefined) expectProperRefusal(answer, [400, 404, 414, 431]);
      // The server is still serving afterwards.
      expect((await send(url, "/robots.txt")).status).toBe(200);
    },
  );

  it("still serves the article after all of the above", async () => {
    const answer = await send(url, ARTICLE);
    expect(answer.status).toBe(200);
    expect(h1Of(answer.body)).toEqual([ARTICLE_H1]);
  });
});

const PAGES_AND_FEEDS = [
  "/",
  ARTICLE,
  "/lite/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong",
  "/chuyen-muc/chinh-tri",
  "/the/dan-van",
  "/tac-gia/hong-nhung",
  "/tim-kiem?q=dan+van",
  "/tim-kiem",
  "/bai-viet/khong-co-bai-nay",
  "/lite/bai-viet/khong-co-bai-nay",
  "/khong-co-trang-nay",
  "/rss.xml",
  "/atom.xml",
  "/chuyen-muc/chinh-tri/rss.xml",
  "/chuyen-muc/chinh-tri/atom.xml",
  "/chuyen-muc/khong-co/rss.xml",
  "/sitemap.xml",
  "/sitemap-news.xml",
  "/sitemaps/1.xml",
  "/robots.txt",
  "/manifest.webmanifest",
  "/icon.svg",
  "/logo.png",
  "/favicon.ico",
  "/_next/static/chunks/khong-co.js",
];

describe.each(SERVERS)("security headers on $name", ({ url }) => {
  it.each(PAGES_AND_FEEDS)("are all present on %s, with no X-Powered-By", async (rawPath) => {
    const answer = await send(url, rawPath);
    expect(answer.status).toBeLessThan(500);
    expectSecurityHeaders(answer);
  });

  it("are present on a static script the pages load", async () => {
    const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec((await send(url, "/")).body)?.[1];
    expect(script).toBeDefined();
    const answer = await send(url, script ?? "");
    expect(answer.status).toBe(200);
    expectSecurityHeaders(answer);
  });
});

/** Headers that only Next itself (or a proxy in front of it) should ever send. */
const SPOOFED: readonly (readonly [string, string])[] = [
  ["x-middleware-subrequest", "middleware:middleware:middleware:middleware:middleware"],
  ["x-middleware-subrequest", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware"],
  ["next-router-prefetch", "1"],
  ["next-router-state-tree", encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }, null, null, true]))],
  ["next-router-segment-prefetch", "/_tree"],
  ["x-nextjs-data", "1"],
  ["x-invoke-path", "/_not-found"],
  ["x-invoke-query", encodeURIComponent(JSON.stringify({ slug: "khong-co" }))],
  ["x-now-route-matches", "slug=khong-co-bai-nay"],
  ["x-matched-path", "/_not-found"],
  ["x-next-revalidated-tags", "*"],
  ["x-prerender-revalidate", "1"],
];

describe.each(SERVERS)("spoofed Next internal headers against $name", ({ url }) => {
  it.each(SPOOFED)("%s: %s changes neither the page served nor the cached copy", async (name, value) => {
    for (const target of ["/", ARTICLE]) {
      const plain = await send(url, target);
      const spoofed = await send(url, target, { headers: { [name]: value } });
      expect(spoofed.status).toBe(200);
      expect(header(spoofed, "content-type")).toMatch(/^text\/html/);
      expect(h1Of(spoofed.body)).toEqual(h1Of(plain.body));
      expectNothingLeaked(spoofed);
      const after = await send(url, target);
      expect(after.status).toBe(200);
      expect(header(after, "content-type")).toMatch(/^text\/html/);
      expect(h1Of(after.body)).toEqual(h1Of(plain.body));
    }
  });

  it("rsc: 1 (the App Router's own navigation header) gets the page or a redirect to the cache-busted ?_rsc URL, and leaves the cached HTML alone", async () => {
    // Next answers an RSC request lacking the `_rsc` cache-busting parameter with a 307
    // to the same path plus `_rsc`, so a shared cache can never store the payload under
    // the page's URL. Either that or the page itself is fine; anything else is not.
    const plain = await send(url, ARTICLE);
    const spoofed = await send(url, ARTICLE, { headers: { rsc: "1" } });
    expectNothingLeaked(spoofed);
    if (spoofed.status === 307) {
      const location = new URL(header(spoofed, "location"), url);
      expect(location.origin).toBe(new URL(url).origin);
      expect(location.pathname).toBe(ARTICLE);
      expect(location.searchParams.has("_rsc")).toBe(true);
    } else {
      expect(spoofed.status).toBe(200);
      expect(header(spoofed, "content-type")).toMatch(/^text\/html/);
      expect(h1Of(spoofed.body)).toEqual([ARTICLE_H1]);
    }
    const after = await send(url, ARTICLE);
    expect(after.status).toBe(200);
    expect(header(after, "content-type")).toMatch(/^text\/html/);
    expect(after.body).toBe(plain.body);
  });

  it("an RSC payload, when asked for properly, varies on rsc so a cache never serves it as the page", async () => {
    const payload = await send(url, `${ARTICLE}?_rsc=abcde`, { headers: { rsc: "1" } });
    expect(payload.status).toBeLessThan(500);
    expectNothingLeaked(payload);
    if (payload.status === 200 && !header(payload, "content-type").startsWith("text/html")) {
      expect(header(payload, "vary").toLowerCase()).toContain("rsc");
    }
    const after = await send(url, ARTICLE);
    expect(header(after, "content-type")).toMatch(/^text\/html/);
    expect(h1Of(after.body)).toEqual([ARTICLE_H1]);
  });

  it.each([
    ["x-forwarded-host", "evil.example"],
    ["x-forwarded-proto", "javascript"],
    ["host", "evil.example"],
  ])("%s: %s does not leak into canonical URLs, feeds or redirects", async (name, value) => {
    for (const target of ["/", ARTICLE, "/rss.xml", "/sitemap.xml"]) {
      const answer = await send(url, target, { headers: { [name]: value } });
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).not.toContain("evil.example");
      expect(answer.body).not.toContain("javascript://");
      expect(header(answer, "location")).not.toContain("evil.example");
    }
  });
});

const SEARCHES: readonly (readonly [string, string])[] = [
  ["a script element", "<script>alert(1)</script>"],
  ["an attribute breakout", `"><img src=x onerror=alert(1)>`],
  ["a closing title and script", "</title><script>alert(1)</script>"],
  ["a javascript: URL", "javascript:alert(1)//"],
  ["a 5,000-character query", "dân vận ".repeat(625)],
  ["an empty query", ""],
  ["only spaces", "     "],
  ["unicode control characters", "\u202e\u200b\u0001\u0007\u001b[31m\u2028\ufeff"],
  ["a NUL byte", "\u0000"],
  ["a NUL byte inside words", "dan\u0000van"],
  ["a literal %00", "%00"],
];

describe.each(SERVERS)("hostile searches against $name", ({ url }) => {
  it.each(SEARCHES)("%s gives a normal search page with the payload escaped", async (_name, query) => {
    const answer = await send(url, `/tim-kiem?q=${encodeURIComponent(query)}`);
    expect(answer.status).toBe(200);
    expect(header(answer, "content-type")).toMatch(/^text\/html/);
    expect(h1Of(answer.body)).toEqual(["Tìm kiếm"]);
    expectNothingLeaked(answer);
    expectSecurityHeaders(answer);
    expect(answer.body).not.toContain("<script>alert(1)</script>");
    expect(answer.body).not.toContain("<img src=x onerror=alert(1)>");
    expect(answer.body).not.toMatch(/<img[^>]+onerror/i);
    expect(answer.body).not.toContain("</title><script>");
    expect(answer.body).not.toMatch(/href="javascript:/i);
    expect(answer.body).not.toContain("\u0000");
  });

  it.each([
    ["q twice", "/tim-kiem?q=a&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"],
    ["q as an array", "/tim-kiem?q[]=a&q[]=b"],
    ["a malformed escape in q", "/tim-kiem?q=%E0%A4%A"],
    ["a lone % in q", "/tim-kiem?q=%"],
    ["a huge page number", "/tim-kiem?q=a&trang=99999999999999999999"],
    ["a negative page number", "/tim-kiem?q=a&trang=-1"],
    ["a malformed page number", "/tim-kiem?q=a&trang=%E0"],
    ["an encoded lone surrogate", "/tim-kiem?q=%ED%A0%80abc"],
    ["an overlong UTF-8 slash", "/tim-kiem?q=%C0%AF"],
  ])("%s gives a normal search page", async (_name, rawPath) => {
    const answer = await send(url, rawPath);
    expect(answer.status).toBe(200);
    expect(h1Of(answer.body)).toEqual(["Tìm kiếm"]);
    expectNothingLeaked(answer);
    expect(answer.body).not.toContain("<script>alert(1)</script>");
  });
});

describe.each(SERVERS)("no server actions and no image proxy on $name", ({ url }) => {
  const ACTIONS: readonly (readonly [string, Record<string, string>, string])[] = [
    ["an invalid id, text body", { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }, "[]"],
    ["a well-formed unknown id", { "next-action": "7f0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" }, '["x"]'],
    ["an invalid id, multipart body", { "next-action": "abc", "content-type": "multipart/form-data; boundary=X" }, '--X\r\nContent-Disposition: form-data; name="1_$ACTION_ID_abc"\r\n\r\n\r\n--X--\r\n'],
  ];
  it.each(ACTIONS)("a POST with Next-Action (%s) to / and to an article runs nothing and does not fail", async (_name, headers, body) => {
    for (const target of ["/", ARTICLE]) {
      const answer = await send(url, target, { method: "POST", headers, body });
      expect(answer.status, answer.body.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(answer.status, answer.body.slice(0, 200)).toBeLessThan(500);
      expect(header(answer, "content-type")).not.toMatch(/text\/x-component/);
      expectNothingLeaked(answer);
    }
    expect((await send(url, ARTICLE)).status).toBe(200);
  });

  it.each(["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "TRACK"])("%s to pages and feeds never fails with 5xx", async (method) => {
    for (const target of ["/", ARTICLE, "/rss.xml", "/tim-kiem?q=a", "/the/D%C3%A2n%20v%E1%BA%ADn", "/chuyen-muc/chinh-tri/trang/2"]) {
      const answer = await send(url, target, { method });
      expect(answer.status, `${method} ${target}`).toBeLessThan(500);
      expectNothingLeaked(answer);
    }
  });

  it("TRACE is refused with 405 and the security headers on every kind of path, the proxied ones included", async () => {
    for (const target of ["/", ARTICLE, "/bai-viet/khong-co-bai-nay", "/the/D%C3%A2n%20v%E1%BA%ADn", "/bai-viet/%E0%A4%A", "/rss.xml"]) {
      const answer = await send(url, target, { method: "TRACE", headers: { cookie: "secret=1" } });
      expect(answer.status, target).toBe(405);
      expect(header(answer, "allow"), target).toBe("GET, HEAD");
      expect(answer.body, target).not.toContain("secret=1");
      expectSecurityHeaders(answer);
    }
  });

  it.each(["/_next/image?url=/logo.png&w=64&q=75", "/_next/image?url=%2Flogo.png&w=3840&q=100", "/_next/image?url=https%3A%2F%2Fexample.com%2Fa.png&w=64&q=75"])(
    "the image optimiser is off: %s is refused, not proxied",
    async (rawPath) => {
      const answer = await send(url, rawPath);
      expect([400, 404]).toContain(answer.status);
      expect(header(answer, "content-type")).not.toMatch(/^image\//);
      expectNothingLeaked(answer);
    },
  );
});

describe("unknown slugs and the server's disk", () => {
  it("a flood of distinct unknown article URLs writes nothing to the build folder", async () => {
    // Archive pages are rendered on request; a 404 for a made-up one must not be cached
    // to disk under that URL, or anyone requesting random URLs fills the server's disk.
    const distDir = path.resolve(`.next-fixture-${new URL(fixtureUrl).port}`);
    expect(existsSync(distDir)).toBe(true);
    const marker = `khong-co-${process.pid}-${Date.now()}`;
    for (let n = 0; n < 20; n++) {
      for (const target of [`/bai-viet/${marker}-${n}`, `/lite/bai-viet/${marker}-${n}`, `/the/${marker}-${n}/trang/2`, `/tac-gia/${marker}-${n}/trang/3`]) {
        const answer = await send(fixtureUrl, target);
        expect(answer.status, target).toBe(404);
        if (!target.startsWith("/lite/")) expect(h1Of(answer.body), target).toEqual([NOT_FOUND_H1]);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const written = readdirSync(distDir, { recursive: true, encoding: "utf8" }).filter((entry) => entry.includes(marker));
    expect(written.length, `files written for unknown slugs, e.g. ${written.slice(0, 3).join(", ")}`).toBe(0);
  });
});
