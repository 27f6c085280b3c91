// What the site's answers must look like, for tests that send it hostile or odd requests:
// each refusal the servers give has one helper that checks all of it.
import { expect } from "vitest";
import { header, type Answer } from "./http";

/** The `<h1>` of the 404 page, full and lite. */
export const NOT_FOUND_H1 = "Không tìm thấy trang";
/** proxy.ts's answer to a malformed escape or a control character in the path. */
export const BAD_ADDRESS_BODY = "Địa chỉ không hợp lệ.\n";

/** The text of every `<h1>` in `html`, tags inside it removed. */
export function h1Of(html: string): string[] {
  return [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => (match[1] ?? "").replace(/<[^>]*>/g, ""));
}

/** A body that shows no stack trace, no server path and no file from outside the build. */
export function expectNothingLeaked(answer: Answer): void {
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
export function expectSecurityHeaders(answer: Answer): void {
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
 * The site's own 404 page (the full one or the lite one): status 404, HTML whose `<h1>`
 * is in the document itself (readable by crawlers and without JavaScript), the security
 * headers, no leak.
 */
export function expectNotFoundPage(answer: Answer): void {
  expect([answer.status, header(answer, "content-type")], answer.body.slice(0, 120)).toEqual([404, "text/html; charset=utf-8"]);
  expect(h1Of(answer.body), "server-rendered <h1> of the 404 page").toEqual([NOT_FOUND_H1]);
  expectSecurityHeaders(answer);
  expectNothingLeaked(answer);
}

/** Next's plain-text 404 for a path under /_next/static/ that names no file, with the security headers. */
export function expectStaticNotFound(answer: Answer): void {
  expect([answer.status, header(answer, "content-type"), answer.body]).toEqual([404, "text/plain; charset=utf-8", "Not Found"]);
  expectSecurityHeaders(answer);
  expectNothingLeaked(answer);
}

/** proxy.ts's 400 for a malformed escape or a control character, in Vietnamese, with the security headers. */
export function expectBadAddress(answer: Answer): void {
  expect([answer.status, header(answer, "content-type"), answer.body]).toEqual([400, "text/plain; charset=utf-8", BAD_ADDRESS_BODY]);
  expectSecurityHeaders(answer);
  expectNothingLeaked(answer);
}

/**
 * Node's HTTP parser refusing a request line and headers over its 16 KB limit, before
 * any application code runs: so no security headers and no page, only the status.
 */
export function expectHeaderOverflow(answer: Answer): void {
  expect(answer).toEqual({ status: 431, headers: { connection: "close" }, body: "" });
}
