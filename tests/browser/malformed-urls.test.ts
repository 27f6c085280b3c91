import { describe, expect, it } from "vitest";
import { expectNothingLeaked, expectProperRefusal, expectSecurityHeaders, h1Of } from "../support/expect-answer";
import { send } from "../support/http";
import { SEED_PATH, SEED_TITLE } from "./pages";
import { SERVERS } from "./servers";

// Paths that try to step outside the site, or that no URL parser should accept: the
// server refuses each with a proper answer and never serves a file from outside the build.

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

describe.each(SERVERS)("malformed and traversing paths against $name", ({ url }) => {
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

  it("still serves the article after all of the above", async () => {
    const answer = await send(url, SEED_PATH);
    expect(answer.status).toBe(200);
    expect(h1Of(answer.body)).toEqual([SEED_TITLE]);
  });
});
