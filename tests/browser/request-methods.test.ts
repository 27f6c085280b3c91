import { describe, expect, it } from "vitest";
import { expectNothingLeaked, expectSecurityHeaders } from "../support/expect-answer";
import { header, send } from "../support/http";
import { SEED_PATH } from "./pages";
import { SERVERS } from "./servers";

// Methods other than GET and HEAD: the site has no Server Actions for a POST to run, no
// method fails with a 5xx, and TRACE never echoes a request back.

const ACTIONS: readonly (readonly [string, Record<string, string>, string])[] = [
  ["an invalid id, text body", { "next-action": "abc", "content-type": "text/plain;charset=UTF-8" }, "[]"],
  ["a well-formed unknown id", { "next-action": "7f0123456789abcdef0123456789abcdef01234567", "content-type": "text/plain;charset=UTF-8" }, '["x"]'],
  ["an invalid id, multipart body", { "next-action": "abc", "content-type": "multipart/form-data; boundary=X" }, '--X\r\nContent-Disposition: form-data; name="1_$ACTION_ID_abc"\r\n\r\n\r\n--X--\r\n'],
];

describe.each(SERVERS)("request methods and server actions against $name", ({ url }) => {
  it.each(ACTIONS)("a POST with Next-Action (%s) to / and to an article runs nothing and does not fail", async (_name, headers, body) => {
    for (const target of ["/", SEED_PATH]) {
      const answer = await send(url, target, { method: "POST", headers, body });
      expect(answer.status, answer.body.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(answer.status, answer.body.slice(0, 200)).toBeLessThan(500);
      expect(header(answer, "content-type")).not.toMatch(/text\/x-component/);
      expectNothingLeaked(answer);
    }
    expect((await send(url, SEED_PATH)).status).toBe(200);
  });

  it.each(["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "TRACK"])("%s to pages and feeds never fails with 5xx", async (method) => {
    for (const target of ["/", SEED_PATH, "/rss.xml", "/tim-kiem?q=a", "/the/D%C3%A2n%20v%E1%BA%ADn", "/chuyen-muc/chinh-tri/trang/2"]) {
      const answer = await send(url, target, { method });
      expect(answer.status, `${method} ${target}`).toBeLessThan(500);
      expectNothingLeaked(answer);
    }
  });

  it("TRACE is refused with 405 and the security headers on every kind of path, the proxied ones included", async () => {
    for (const target of ["/", SEED_PATH, "/bai-viet/khong-co-bai-nay", "/the/D%C3%A2n%20v%E1%BA%ADn", "/bai-viet/%E0%A4%A", "/rss.xml"]) {
      const answer = await send(url, target, { method: "TRACE", headers: { cookie: "secret=1" } });
      expect(answer.status, target).toBe(405);
      expect(header(answer, "allow"), target).toBe("GET, HEAD");
      expect(answer.body, target).not.toContain("secret=1");
      expectSecurityHeaders(answer);
    }
  });
});
