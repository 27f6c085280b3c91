import { describe, expect, it } from "vitest";
import { SERVER_LIMITS } from "../../lib/server-limits";

// nginx's defaults for an upstream block (nginx.org/en/docs/http/ngx_http_upstream_module.html).
const NGINX_UPSTREAM_KEEPALIVE_TIMEOUT_MS = 60_000;
const NGINX_UPSTREAM_KEEPALIVE_REQUESTS = 1_000;

describe("SERVER_LIMITS", () => {
  it("keep an idle connection open longer than nginx does, so nginx always closes it first", () => {
    expect(SERVER_LIMITS.keepAliveTimeoutMs).toBeGreaterThan(NGINX_UPSTREAM_KEEPALIVE_TIMEOUT_MS);
  });

  it("allow nginx its default number of requests on one connection", () => {
    expect(SERVER_LIMITS.maxRequestsPerSocket).toBeGreaterThanOrEqual(NGINX_UPSTREAM_KEEPALIVE_REQUESTS);
  });

  it("give the headers no more time than the whole request, as Node requires", () => {
    expect(SERVER_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(SERVER_LIMITS.requestTimeoutMs);
  });

  it("check the timeouts often enough to close a silent client within a tenth of the header timeout", () => {
    expect(SERVER_LIMITS.checkIntervalMs * 10).toBeLessThanOrEqual(SERVER_LIMITS.headersTimeoutMs);
  });
});
