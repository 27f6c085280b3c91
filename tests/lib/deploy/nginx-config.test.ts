import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nginxPaths, REFERENCE_NGINX_OPTIONS, renderNginxConfig, type NginxOptions } from "../../../lib/deploy/nginx-config";
import { defaultNginx } from "../../../lib/deploy/nginx-control";
import { SERVER_LIMITS } from "../../../lib/server-limits";

const OPTIONS: NginxOptions = {
  listenHost: "127.0.0.1",
  listenPort: 5350,
  upstreamPorts: [5301, 5302],
  release: "20261201T120000-abc123",
  stateDir: "/tmp/bao-tinh-nginx",
  workerProcesses: 1,
};
const config = renderNginxConfig(OPTIONS);
const lines = config.split("\n").map((line) => line.trim());

describe("renderNginxConfig", () => {
  it("lists one upstream server per app process, on loopback", () => {
    expect(lines.filter((line) => line.startsWith("server 127."))).toEqual([
      "server 127.0.0.1:5301 max_fails=1 fail_timeout=2s;",
      "server 127.0.0.1:5302 max_fails=1 fail_timeout=2s;",
    ]);
  });

  it("keys the cache by build id and by every header that makes Next answer with an RSC payload instead of HTML", () => {
    expect(lines).toContain(
      'proxy_cache_key "20261201T120000-abc123|$scheme|$host|$request_uri|rsc=$http_rsc|prefetch=$http_next_router_prefetch|segment=$http_next_router_segment_prefetch|tree=$http_next_router_state_tree";',
    );
  });

  it("serves stale copies while one request refreshes them in the background, and never ignores the app's Cache-Control or Vary", () => {
    expect(lines).toEqual(expect.arrayContaining(["proxy_cache_background_update on;", "proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;", "proxy_cache_lock on;"]));
    expect(config).not.toMatch(/proxy_ignore_headers|proxy_cache_valid|proxy_hide_header/);
  });

  it("closes idle upstream connections before the app would (lib/server-limits.ts)", () => {
    const idle = Number(/keepalive_timeout (\d+)s;\n\s+keepalive_requests/.exec(config)?.[1]);
    expect(idle * 1000).toBeLessThan(SERVER_LIMITS.keepAliveTimeoutMs);
    expect(lines).toContain(`keepalive_requests ${SERVER_LIMITS.maxRequestsPerSocket};`);
  });

  it.each([
    ["the header timeout", "client_header_timeout 10s;"],
    ["the body timeout", "client_body_timeout 10s;"],
    ["the idle reader timeout", "keepalive_timeout 30s;"],
    ["the body size", "client_max_body_size 16k;"],
    ["connections per client", "limit_conn per_client 100;"],
    ["the search rate", "limit_req_zone $binary_remote_addr zone=search:10m rate=2r/s;"],
    ["the search burst", "limit_req zone=search burst=10 nodelay;"],
    ["the answer past a limit", "limit_req_status 429;"],
  ])("sets %s", (_name, line) => {
    expect(lines).toContain(line);
  });

  it("limits the request rate on the search page only", () => {
    expect(config).toContain("location = /tim-kiem {\n            limit_req zone=search burst=10 nodelay;\n            proxy_pass http://bao_tinh_app;\n        }");
    expect(config.match(/limit_req zone/g)).toHaveLength(1);
  });

  it("never caches the health check", () => {
    expect(config).toContain("location = /healthz {\n            proxy_cache off;\n            proxy_pass http://bao_tinh_app;\n        }");
  });

  it("keeps every file nginx writes under the state folder", () => {
    const paths = Object.values(nginxPaths(OPTIONS.stateDir));
    expect(paths.every((file) => file.startsWith(`${OPTIONS.stateDir}/`))).toBe(true);
    const written = [...config.matchAll(/(?:pid|error_log|access_log|_temp_path|proxy_cache_path) (\/\S+)/g)].map((match) => match[1]);
    expect(written).toHaveLength(9);
    expect(written.every((file) => file?.startsWith(`${OPTIONS.stateDir}/`))).toBe(true);
  });

  it("caches unless told not to (the benchmark's misses)", () => {
    expect(lines).toContain("proxy_cache bao_tinh;");
    expect(renderNginxConfig({ ...OPTIONS, cache: false })).toContain("        proxy_cache off;\n");
  });

  it("names a user for the workers only when asked", () => {
    expect(config).not.toMatch(/^user /m);
    expect(renderNginxConfig({ ...OPTIONS, user: "www-data" })).toMatch(/^user www-data;$/m);
  });

  it.each([
    ["no upstream port", { upstreamPorts: [] }, "nginx cần ít nhất một cổng của máy chủ ứng dụng"],
    ["a release name nginx would read as syntax", { release: 'a"; evil' }, 'tên bản phát hành không hợp lệ: "a\\"; evil"'],
  ])("refuses %s", (_name, change, message) => {
    expect(() => renderNginxConfig({ ...OPTIONS, ...change })).toThrow(message);
  });

  it("is the configuration kept in lib/deploy/nginx/bao-tinh.conf (regenerate it with npm run nginx-config -- --reference)", () => {
    expect(readFileSync(path.join("lib", "deploy", "nginx", "bao-tinh.conf"), "utf8")).toBe(renderNginxConfig(REFERENCE_NGINX_OPTIONS));
  });

  it("passes nginx -t (tests/setup-machine.sh installs nginx)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-nginx-t-"));
    try {
      const file = path.join(dir, "nginx.conf");
      writeFileSync(file, renderNginxConfig({ ...OPTIONS, stateDir: dir }));
      for (const folder of ["logs", "temp"]) spawnSync("mkdir", ["-p", path.join(dir, folder)]);
      const result = spawnSync(defaultNginx(), ["-t", "-q", "-p", dir, "-c", file], { encoding: "utf8" });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
