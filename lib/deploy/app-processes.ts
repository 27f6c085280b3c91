import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { HEALTH_PATH } from "../routes";
import { RELEASE_START_FILE } from "./release";
import { identify, isAlive, type ProcessIdentity } from "./process-identity";

// The site's server processes: one per core, each `node <release>/start.mjs` on its own
// port on 127.0.0.1, in its own process group and session, so it outlives the deploy that
// started it; its output is appended to logs/app-<port>.log under the deploy root.

/** Starts one server of `release` on `port`; resolves with its identity once it has started. */
export function startApp(release: string, port: number, logDir: string, node: string): ProcessIdentity {
  mkdirSync(logDir, { recursive: true });
  const log = openSync(path.join(logDir, `app-${port}.log`), "a");
  try {
    const child = spawn(node, [path.join(release, RELEASE_START_FILE)], {
      cwd: release,
      detached: true,
      stdio: ["ignore", log, log],
      env: { ...process.env, PORT: String(port), HOSTNAME: "127.0.0.1", NODE_ENV: "production" },
    });
    child.unref();
    const identity = child.pid === undefined ? undefined : identify(child.pid);
    if (identity === undefined) throw new Error(`không khởi động được máy chủ trên cổng ${port}`);
    return identity;
  } finally {
    closeSync(log);
  }
}

/** Waits until the server on `port` answers its health check with 200; rejects with its last answer otherwise. */
export async function waitHealthy(port: number, app: ProcessIdentity, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "chưa trả lời";
  while (Date.now() < deadline) {
    if (!isAlive(app)) throw new Error(`máy chủ trên cổng ${port} đã dừng trước khi sẵn sàng (xem logs/app-${port}.log)`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}${HEALTH_PATH}`, { signal: AbortSignal.timeout(5_000) });
      const body = await response.text();
      if (response.status === 200) return;
      last = `${response.status} ${body.trim()}`;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`máy chủ trên cổng ${port} không sẵn sàng sau ${timeoutMs / 1000} giây (${HEALTH_PATH}: ${last})`);
}
