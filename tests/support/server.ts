// A server under test on loopback: `next start` (or any server command) in its own
// process group, with its log captured, ready once it answers, always stopped as a group.
import type { ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { startGroup, stopGroup, type EnvChanges } from "./process-group";

/** The loopback address every server under test listens on; nothing is exposed beyond it. */
export const LOOPBACK = "127.0.0.1";

/** A running server. */
export interface Server {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly process: ChildProcess;
  /** Resolves once the server answers; rejects with the end of its log if it does not. */
  readonly ready: Promise<void>;
  /** Everything the server printed so far, stdout and stderr interleaved. */
  readonly log: () => string;
  /** SIGTERM to the group, SIGKILL after five seconds; resolves when it is gone. */
  readonly stop: () => Promise<void>;
}

/** How to start a server command. */
export interface ServerOptions {
  /** Where it listens, e.g. `http://127.0.0.1:3200`. */
  readonly url: string;
  /** The path polled until it answers below 500. */
  readonly readyPath: string;
  readonly cwd?: string;
  readonly env?: EnvChanges;
  /** How long it may take to answer (default 60 s). */
  readonly readyTimeoutMs?: number | undefined;
}

const LOG_TAIL = 4_000;

/** Starts any server command in its own process group and polls `readyPath` until it answers. */
export function startServer(command: string, args: readonly string[], options: ServerOptions): Server {
  const child = startGroup(command, args, { cwd: options.cwd, env: options.env });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const ready = waitForHttp(`${options.url}${options.readyPath}`, options.readyTimeoutMs ?? 60_000, () => child.exitCode === null && child.signalCode === null).catch(
    (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}:\n${log.slice(-LOG_TAIL)}`);
    },
  );
  // A caller that never awaits `ready` (it failed elsewhere first) must not crash the run.
  ready.catch(() => undefined);
  return { url: options.url, process: child, ready, log: () => log, stop: () => stopGroup(child) };
}

/** How to start `next start`. */
export interface NextServerOptions {
  readonly port: number;
  /** Over the current environment, after NODE_ENV=production; `undefined` unsets a variable. */
  readonly env?: EnvChanges;
  /** The repository to serve (its node_modules and build folder); default the current folder. */
  readonly cwd?: string;
  /** Default `/robots.txt`, which every build serves. */
  readonly readyPath?: string;
  readonly readyTimeoutMs?: number;
}

/** Starts `next start` on 127.0.0.1 with extra environment (CONTENT_DIR, NEXT_DIST_DIR, BAO_TINH_NOW…). */
export function startNextServer(options: NextServerOptions): Server {
  const cwd = options.cwd ?? process.cwd();
  return startServer(path.join(cwd, "node_modules", ".bin", "next"), ["start", "-H", LOOPBACK, "-p", String(options.port)], {
    url: `http://${LOOPBACK}:${options.port}`,
    readyPath: options.readyPath ?? "/robots.txt",
    readyTimeoutMs: options.readyTimeoutMs,
    cwd,
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env },
  });
}

/** Waits until `url` answers below 500, polling every 250 ms, for at most `timeoutMs` or while `alive()`. */
export async function waitForHttp(url: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && alive()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(alive() ? `${url} did not answer within ${timeoutMs / 1000} s` : `the server for ${url} exited before answering`);
}

/** True when nothing listens on `port` on 127.0.0.1. */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, LOOPBACK, () => probe.close(() => resolve(true)));
  });
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
