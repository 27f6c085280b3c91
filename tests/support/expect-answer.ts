// What the site's answers must look like, for tests that send it hostile or odd requests.
import { expect } from "vitest";
import { header, type Answer } from "./http";

/** The `<h1>` of the 404 page. */
export const NOT_FOUND_H1 = "Không tìm thấy trang";

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
 * A refusal that is a proper answer: an allowed 4xx status, no leak, the security headers,
 * and a body. 414 and 431 come from Node's HTTP parser before any application code runs,
 * so they can carry neither the app's headers nor a page; every other refusal must.
 */
export function expectProperRefusal(answer: Answer, allowed: readonly number[]): void {
  expect(allowed, `status ${answer.status}, body ${JSON.stringify(answer.body.slice(0, 120))}`).toContain(answer.status);
  expectNothingLeaked(answer);
  if (answer.status === 414 || answer.status === 431) return;
  expectSecurityHeaders(answer);
  expect(answer.body.trim(), "empty body").not.toBe("");
  // The 404 page must be in the HTML itself, readable by crawlers and without JavaScript.
  if (header(answer, "content-type").startsWith("text/html")) expect(h1Of(answer.body), "server-rendered <h1> of the 404 page").toEqual([NOT_FOUND_H1]);
}
