// nginx on loopback in front of servers under test, with the configuration a deploy writes
// (lib/deploy/nginx-config.ts): its own pid, logs, temporary files and cache in a temporary
// folder, in the foreground in its own process group, stopped with it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nginxPaths, renderNginxConfig, type NginxOptions } from "../../lib/deploy/nginx-config";
import { defaultNginx } from "../../lib/deploy/nginx-control";
import { startServer, type Server } from "./server";

/** A running nginx. */
export interface TestNginx extends Server {
  readonly stateDir: string;
  /** nginx's access log so far (each line names the cache status and the upstream). */
  readonly accessLog: () => string;
}

/** Starts nginx on 127.0.0.1:`listenPort` in front of `upstreamPorts`; ready once /healthz answers below 500. */
export function startNginx(listenPort: number, upstreamPorts: readonly number[], overrides: Partial<NginxOptions> = {}): TestNginx {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-nginx-"));
  const files = nginxPaths(stateDir);
  for (const folder of [path.dirname(files.errorLog), files.temp]) mkdirSync(folder, { recursive: true });
  const config = renderNginxConfig({
    listenHost: "127.0.0.1",
    listenPort,
    upstreamPorts,
    release: "test",
    stateDir,
    workerProcesses: 1,
    // A master running as root would start its workers as nobody, who cannot write the temporary folder.
    ...(process.getuid?.() === 0 ? { user: "root" } : {}),
    ...overrides,
  });
  const file = path.join(stateDir, "nginx.conf");
  writeFileSync(file, config);
  const server = startServer(defaultNginx(), ["-p", stateDir, "-c", file, "-g", "daemon off;"], { url: `http://127.0.0.1:${listenPort}`, readyPath: "/healthz" });
  const stop = async (): Promise<void> => {
    await server.stop();
    rmSync(stateDir, { recursive: true, force: true });
  };
  const accessLog = (): string => {
    try {
      return readFileSync(files.accessLog, "utf8");
    } catch {
      return "";
    }
  };
  return { ...server, stop, stateDir, accessLog };
}
