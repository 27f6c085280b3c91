import { describe, expect, it } from "vitest";
import { expectNotFoundPage, expectSecurityHeaders } from "../support/expect-answer";
import { header, send } from "../support/http";
import { SERVERS } from "./servers";

// URLs that name no page: every one gets the 404 page, rendered in full by the server.

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

describe.each(SERVERS)("unknown URLs against $name", ({ url }) => {
  it.each(UNKNOWN)("answers the unknown %s with the 404 page", async (rawPath) => {
    expectNotFoundPage(await send(url, rawPath));
  });

  it("sends a Vietnamese-typed name to its ASCII slug, which then answers normally", async () => {
    const typed = await send(url, `/bai-viet/${"%C4%91".repeat(200)}`);
    expect(typed.status).toBe(308);
    expect(header(typed, "location")).toMatch(new RegExp(`/bai-viet/${"d".repeat(200)}$`));
    expectSecurityHeaders(typed);
    expectNotFoundPage(await send(url, `/bai-viet/${"d".repeat(200)}`));
    const tag = await send(url, "/the/D%C3%A2n%20v%E1%BA%ADn");
    expect([tag.status, header(tag, "location").replace(/^https?:\/\/[^/]+/, "")]).toEqual([308, "/the/dan-van"]);
  });
});
