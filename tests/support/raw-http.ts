// Raw HTTP over node:net for the request-guard tests, and a `next start` on any loopback
// address with its log kept. node:http and fetch would normalise what these tests send
// (`*`, an absolute-form target, a CONNECT, a half-written request), so nothing here does.
import { spawn } from "node:child_process";
import net from "node:net";
import { SECURITY_HEADERS } from "../../lib/security-headers";
import { waitForHttp } from "./server";

/** A parsed answer: status, headers (names lower-cased, repeats joined by ", ") and body bytes. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

const ANSWER_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 10_000;

/** Sends `text` exactly as written on a new connection and reads until the server closes it. */
export function sendRaw(host: string, port: number, text: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms to ${String(text).slice(0, 60)}`)), ANSWER_TIMEOUT_MS);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on("close", () => {
      clearTimeout(timer);
      const answer = parseAnswer(Buffer.concat(chunks));
      if (answer === undefined) reject(new Error(`the server closed the connection without an answer to ${String(text).slice(0, 60)}`));
      else resolve(answer);
    });
    // Written, not ended: Node answers a half-closed connection by dropping the request.
    socket.write(text);
  });
}

/** A request with `Connection: close`, so the answer ends when the connection does. */
export function request(method: string, target: string, headers: Readonly<Record<string, string>> = {}): string {
  const lines = Object.entries({ Host: "baotinh.vn", ...headers, Connection: "close" }).map(([name, value]) => `${name}: ${value}\r\n`);
  return `${method} ${target} HTTP/1.1\r\n${lines.join("")}\r\n`;
}

/** Parses one HTTP/1.1 answer (head and whatever body follows), or undefined if there is none. */
export function parseAnswer(bytes: Buffer): RawAnswer | undefined {
  const end = bytes.indexOf("\r\n\r\n");
  if (end === -1) return undefined;
  const [statusLine = "", ...lines] = bytes.subarray(0, end).toString("latin1").split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (status === undefined) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  let body = bytes.subarray(end + 4);
  if (headers["transfer-encoding"] === "chunked") body = unchunk(body);
  return { status: Number(status), headers, body };
}

function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf("\r\n", at);
    const size = lineEnd === -1 ? 0 : parseInt(bytes.subarray(at, lineEnd).toString("latin1"), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** The texts of a page's `<h1>` elements, tags stripped. */
export function h1Of(html: string): string[] {
  return [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((match) => (match[1] ?? "").replace(/<[^>]*>/g, ""));
}

/** Lines of a log that belong to a stack trace. */
export function stackTraceLines(log: string): string[] {
  return log.split("\n").filter((line) => /^\s+at \S/.test(line));
}

/** A `next start` of the real build on `host:port`, with everything it prints kept. */
export interface LocalServer {
  readonly host: string;
  readonly port: number;
  readonly log: () => string;
  /** Sends SIGTERM and resolves with how the server exited (SIGKILL after a grace period). */
  readonly stop: () => Promise<Exit>;
}

/** How a process ended: its exit code, or the signal that killed it. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** Starts the real build on `host:port` and resolves once it answers. */
export async function startLocalServer(host: string, port: number): Promise<LocalServer> {
  const child = spawn("node_modules/.bin/next", ["start", "-H", host, "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const stop = async (): Promise<Exit> => {
    if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode };
    const exited = new Promise<Exit>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    child.kill("SIGTERM");
    // Next waits for open connections before it exits; one that never ends must not hang the suite.
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    const exit = await exited;
    clearTimeout(timer);
    return exit;
  };
  try {
    await waitForHttp(`http://${host}:${port}/robots.txt`, 60_000, () => child.exitCode === null);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}:\n${log}`);
  }
  return { host, port, log: () => log, stop };
}

/** The security headers every answer carries (lib/security-headers.ts), by lower-case name. */
export const EXPECTED_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key.toLowerCase(), value]));

/** The answer's values for the security headers, to compare with {@link EXPECTED_SECURITY_HEADERS}. */
export function securityHeadersOf(answer: RawAnswer): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(EXPECTED_SECURITY_HEADERS).map((name) => [name, answer.headers[name]]));
}
