import { describe, expect, it } from "vitest";
import { expectNothingLeaked, expectSecurityHeaders, h1Of } from "../support/expect-answer";
import { header, send } from "../support/http";
import { SERVERS } from "./servers";

// Hostile content in the one place readers type it, the search box: every query gives the
// ordinary search page with the payload escaped.

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
