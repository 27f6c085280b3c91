import { describe, expect, it } from "vitest";
import { checkPreviewToken, MAX_PREVIEW_HOURS, signPreviewToken } from "../../lib/preview-link";

const SECRET = "bí-mật-thử-nghiệm-đủ-dài-0123456789";
const NOW = new Date("2017-04-20T11:02:00Z");
const HOUR = 3_600_000;
const grant = { slug: "ky-hop-thu-5", expires: new Date(NOW.getTime() + 72 * HOUR) };
const token = signPreviewToken(grant, SECRET);

/** The token with one character of its signature changed. */
function tampered(text: string): string {
  const last = text.at(-1) === "A" ? "B" : "A";
  return `${text.slice(0, -1)}${last}`;
}

describe("signPreviewToken", () => {
  it("writes the slug, the expiry in Unix seconds and a 43-character signature", () => {
    expect(token).toMatch(/^ky-hop-thu-5\.1492945320\.[A-Za-z0-9_-]{43}$/);
  });

  it("gives the same token for the same grant and secret, and another for another secret", () => {
    expect(signPreviewToken(grant, SECRET)).toBe(token);
    expect(signPreviewToken(grant, `${SECRET}!`)).not.toBe(token);
  });

  it("rounds the expiry down to the second", () => {
    expect(signPreviewToken({ ...grant, expires: new Date(grant.expires.getTime() + 999) }, SECRET)).toBe(token);
  });
});

describe("checkPreviewToken", () => {
  it("grants the slug until the expiry", () => {
    expect(checkPreviewToken(token, SECRET, NOW)).toEqual({ ok: true, grant });
  });

  it.each([
    ["an empty token", "", "malformed"],
    ["a token without its signature", "ky-hop-thu-5.1492945320", "malformed"],
    ["a slug in capitals", token.replace("ky-hop", "KY-HOP"), "malformed"],
    ["a slug with a slash", token.replace("ky-hop-thu-5", "ky/hop"), "malformed"],
    ["an expiry that is not a number", token.replace("1492945320", "ngay-mai"), "malformed"],
    ["a signature one character too long", `${token}A`, "malformed"],
    ["a changed signature", tampered(token), "signature"],
    ["another article's slug on this signature", token.replace("ky-hop-thu-5", "ky-hop-thu-6"), "signature"],
    ["a later expiry on this signature", token.replace("1492945320", "1492945321"), "signature"],
    ["a token signed with another secret", signPreviewToken(grant, "another-secret-that-is-long-enough-too"), "signature"],
    ["a token that has expired", signPreviewToken({ ...grant, expires: new Date(NOW.getTime() - 1000) }, SECRET), "expired"],
    ["a token that expires this very second", signPreviewToken({ ...grant, expires: NOW }, SECRET), "expired"],
    ["a token made to last longer than a month", signPreviewToken({ ...grant, expires: new Date(NOW.getTime() + (MAX_PREVIEW_HOURS + 1) * HOUR) }, SECRET), "too-long"],
  ])("refuses %s", (_name, text, reason) => {
    expect(checkPreviewToken(text, SECRET, NOW)).toEqual({ ok: false, reason });
  });

  it("accepts a token that lasts exactly the longest allowed", () => {
    const longest = signPreviewToken({ ...grant, expires: new Date(NOW.getTime() + MAX_PREVIEW_HOURS * HOUR) }, SECRET);
    expect(checkPreviewToken(longest, SECRET, NOW).ok).toBe(true);
  });
});
