import { describe, expect, it } from "vitest";
import { expectBadAddress, expectNothingLeaked, expectNotFoundPage, expectSecurityHeaders, expectStaticNotFound, h1Of } from "../support/expect-answer";
import { header, send } from "../support/http";
import { SEED_PATH, SEED_TITLE } from "./pages";
import { SERVERS } from "./servers";

// Paths that try to step outside the site, or that no URL parser should accept: the
// server refuses each with a proper answer and never serves a file from outside the build.

/** Traversals answered with the site's 404 page. */
const TRAVERSAL = [
  "/bai-viet/..%2F..%2Fetc%2Fpasswd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
  "/_next/static/%2e%2e/%2e%2e/package.json",
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

/** Traversals that stay under /_next/static/ once decoded: Next's static file server answers them itself. */
const STATIC_TRAVERSAL = ["/_next/static/..%2F..%2Fpackage.json", "/_next/static/..%252F..%252Fpackage.json", "/_next/static/chunks/..%5C..%5C..%5Cpackage.json"];

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

describe.each(SERVERS)("malformed and traversing paths against $name", ({ url }) => {
  it.each(TRAVERSAL)("answers the traversal %s with the 404 page and serves no file from outside the build", async (rawPath) => {
    expectNotFoundPage(await send(url, rawPath));
  });

  it.each(STATIC_TRAVERSAL)("answers the traversal %s with Next's plain 404 and serves no file from outside the build", async (rawPath) => {
    expectStaticNotFound(await send(url, rawPath));
  });

  it("resolves /bai-viet/%2e%2e as the dot segment it is, to the home page, never leaving the site", async () => {
    // WHATWG URL parsing treats %2e%2e as "..", so browsers send /bai-viet/%2e%2e as "/";
    // the server does the same. What it must not do is step outside the site.
    const answer = await send(url, "/bai-viet/%2e%2e");
    expectNothingLeaked(answer);
    expectSecurityHeaders(answer);
    expect([answer.status, header(answer, "content-type")]).toEqual([200, "text/html; charset=utf-8"]);
    expect(h1Of(answer.body)).toEqual(h1Of((await send(url, "/")).body));
  });

  it.each(NUL_BYTES)("answers %s (a NUL byte) with 400", async (rawPath) => {
    expectBadAddress(await send(url, rawPath));
  });

  it.each(MALFORMED)("answers the malformed escape %s with 400, not 500", async (rawPath) => {
    expectBadAddress(await send(url, rawPath));
  });

  it("still serves the article after all of the above", async () => {
    const answer = await send(url, SEED_PATH);
    expect(answer.status).toBe(200);
    expect(h1Of(answer.body)).toEqual([SEED_TITLE]);
  });
});
