import { describe, expect, it } from "vitest";
import { nextShareMs } from "./dev-server";

describe("nextShareMs (Next's share of a dev request, from its log)", () => {
  const log = [
    "○ Compiling /bai-viet/[slug] ...",
    " GET /bai-viet/bai-mot 200 in 6.8s (next.js: 6.1s, proxy.ts: 339ms, application-code: 303ms)",
    " \u001b[32mGET\u001b[39m /bai-viet/bai-hai 200 in 243ms (next.js: 75ms, proxy.ts: 6ms, application-code: 162ms)",
  ].join("\n");

  it("reads seconds and milliseconds, through colour codes", () => {
    expect(nextShareMs(log, "/bai-viet/bai-mot")).toBe(6100);
    expect(nextShareMs(log, "/bai-viet/bai-hai")).toBe(75);
  });

  it("gives nothing for a request the log does not have", () => {
    expect(nextShareMs(log, "/bai-viet/bai-ba")).toBeUndefined();
  });
});
