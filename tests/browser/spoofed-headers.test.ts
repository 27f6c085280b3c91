import { describe, expect, it } from "vitest";
import { expectNothingLeaked, h1Of } from "../support/expect-answer";
import { header, send } from "../support/http";
import { SEED_PATH, SEED_TITLE } from "./pages";
import { SERVERS } from "./servers";

// Headers a client should never be able to use to steer Next: its internal ones, the App
// Router's own, and the host and forwarding headers that could leak into absolute URLs.

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
    for (const target of ["/", SEED_PATH]) {
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

  it("rsc: 1 (the App Router's own navigation header) gets a redirect to the cache-busted ?_rsc URL, and leaves the cached HTML alone", async () => {
    // Next answers an RSC request lacking the `_rsc` cache-busting parameter with a 307
    // to the same path plus `_rsc`, so a shared cache can never store the payload under
    // the page's URL.
    const plain = await send(url, SEED_PATH);
    const spoofed = await send(url, SEED_PATH, { headers: { rsc: "1" } });
    expectNothingLeaked(spoofed);
    expect(spoofed.status).toBe(307);
    const location = new URL(header(spoofed, "location"), url);
    expect(location.origin).toBe(new URL(url).origin);
    expect(location.pathname).toBe(SEED_PATH);
    expect(location.searchParams.has("_rsc")).toBe(true);
    const after = await send(url, SEED_PATH);
    expect(after.status).toBe(200);
    expect(header(after, "content-type")).toMatch(/^text\/html/);
    expect(after.body).toBe(plain.body);
  });

  it("an RSC payload, when asked for properly, varies on rsc so a cache never serves it as the page", async () => {
    // A made-up `_rsc` value does not match the request's router headers, so Next sends
    // the client to the right one first; that URL then gives the payload.
    const wrong = await send(url, `${SEED_PATH}?_rsc=abcde`, { headers: { rsc: "1" } });
    expectNothingLeaked(wrong);
    expect([wrong.status, header(wrong, "location")]).toEqual([307, `${SEED_PATH}?_rsc`]);
    const payload = await send(url, header(wrong, "location"), { headers: { rsc: "1" } });
    expect(payload.status).toBeLessThan(500);
    expectNothingLeaked(payload);
    expect([payload.status, header(payload, "content-type")]).toEqual([200, "text/x-component"]);
    expect(header(payload, "vary").toLowerCase()).toContain("rsc");
    const after = await send(url, SEED_PATH);
    expect(header(after, "content-type")).toMatch(/^text\/html/);
    expect(h1Of(after.body)).toEqual([SEED_TITLE]);
  });

  it.each([
    ["x-forwarded-host", "evil.example"],
    ["x-forwarded-proto", "javascript"],
    ["host", "evil.example"],
  ])("%s: %s does not leak into canonical URLs, feeds or redirects", async (name, value) => {
    for (const target of ["/", SEED_PATH, "/rss.xml", "/sitemap.xml"]) {
      const answer = await send(url, target, { headers: { [name]: value } });
      expect(answer.status).toBeLessThan(500);
      expect(answer.body).not.toContain("evil.example");
      expect(answer.body).not.toContain("javascript://");
      expect(header(answer, "location")).not.toContain("evil.example");
    }
  });
});
