import "server-only";
import { statSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Duplex } from "node:stream";
import { getSettings } from "../_data/settings";
import { judgeFileRequest, judgeRequest, METHOD_NOT_ALLOWED, type FileConditions, type FileFacts, type Refusal } from "@/lib/request-verdict";
import { tryDecode } from "@/lib/routes";
import { SECURITY_HEADERS } from "@/lib/security-headers";
import { applyConnectionLimits, limitConnection } from "./connection-limits";

// The one place requests are judged before Next sees them (the rules are in
// lib/request-verdict.ts), and where the server's connection limits are applied
// (./connection-limits.ts). Next has no setting for either: `next start` creates and
// starts its HTTP server before instrumentation runs, and its own handlers answer these
// requests with a bare 500. So every HTTP server in the process is guarded through Node's
// `Server.prototype.emit`: the first event a server emits sets its limits, and each
// request is judged as it arrives.

const INSTALLED = Symbol.for("bao-tinh.request-guard");
const guarded = new WeakSet<http.Server>();

/** Judges every request of every HTTP server in this process before Next does, and sets each server's limits. Idempotent. */
export function installRequestGuard(): void {
  const prototype = http.Server.prototype;
  if (Reflect.get(prototype, INSTALLED) === true) return;
  const emit = prototype.emit;
  function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (!guarded.has(this)) guard(this);
    const [request, response] = args;
    if (event === "request" && request instanceof http.IncomingMessage && response instanceof http.ServerResponse && answered(this, request, response)) return true;
    return Reflect.apply(emit, this, [event, ...args]);
  }
  Object.defineProperty(prototype, "emit", { value: guardedEmit, writable: true, configurable: true });
  Reflect.set(prototype, INSTALLED, true);
}

function guard(server: http.Server): void {
  guarded.add(server);
  applyConnectionLimits(server);
  // Next's production upgrade handler only proxies rewrites to other WebSocket servers,
  // which the site has none of; for a proxied URL it held the socket open with no answer.
  // Without an upgrade listener Node serves such a request as the plain request it also is.
  server.removeAllListeners("upgrade");
  // Node drops a CONNECT without a word when nothing listens for it; it gets a 405 instead.
  server.on("connect", refuseConnect);
}

/** True when the request was answered here; otherwise it goes on to Next, corrected. */
function answered(server: http.Server, request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const verdict = judgeRequest(request.method ?? "", request.url ?? "");
  if (verdict.kind === "refuse") {
    refuse(response, verdict);
    return true;
  }
  request.url = verdict.target;
  limitConnection(server, request, response);
  const conditions = fileConditions(request.headers);
  const file = conditions === undefined ? undefined : staticFile(verdict.target);
  if (conditions === undefined || file === undefined) return false;
  const fileVerdict = judgeFileRequest(conditions, file);
  if (fileVerdict.kind === "refuse") {
    refuse(response, fileVerdict);
    return true;
  }
  if (fileVerdict.range === undefined) delete request.headers.range;
  else request.headers.range = fileVerdict.range;
  return false;
}

function fileConditions(headers: http.IncomingHttpHeaders): FileConditions | undefined {
  const { range } = headers;
  const ifRange = single(headers["if-range"]);
  const ifMatch = single(headers["if-match"]);
  const ifUnmodifiedSince = single(headers["if-unmodified-since"]);
  if (range === undefined && ifMatch === undefined && ifUnmodifiedSince === undefined) return undefined;
  return { range, ifRange, ifMatch, ifUnmodifiedSince };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(", ") : value;
}

const STATIC_PREFIX = "/_next/static/";
let roots: { readonly public: string; readonly build: string } | undefined;

/**
 * The size and time of the file Next would serve for `target` (a file under `public/` or
 * the build's `static/` folder), or undefined when it serves none. A synchronous stat,
 * because the request must be judged before `emit` returns; it only happens for the rare
 * request that carries a Range or a precondition.
 */
function staticFile(target: string): FileFacts | undefined {
  // Read and served from the project at run time, never bundled: hence turbopackIgnore.
  const settings = getSettings();
  roots ??= {
    public: settings.paths.publicDir,
    build: path.resolve(/*turbopackIgnore: true*/ settings.paths.displayRoot, settings.buildFolder, "static"),
  };
  const pathname = tryDecode(target.split("?", 1)[0] ?? target);
  if (pathname === undefined || pathname.includes("\0")) return undefined;
  const [root, relative] = pathname.startsWith(STATIC_PREFIX) ? [roots.build, pathname.slice(STATIC_PREFIX.length)] : [roots.public, pathname.slice(1)];
  const file = path.resolve(/*turbopackIgnore: true*/ root, relative);
  if (!file.startsWith(`${root}${path.sep}`)) return undefined;
  const stats = statSync(file, { throwIfNoEntry: false });
  // `mtime` as send sees it: Node rounds the fractional mtimeMs to build that Date, so a
  // file touched at .98 of a millisecond has the next millisecond in its ETag.
  return stats?.isFile() === true ? { size: stats.size, modifiedMs: stats.mtime.getTime() } : undefined;
}

/** The headers of every refusal: ours, the refusal's own, and a body that is never cached. */
function refusalHeaders(refusal: Refusal, body: string): Record<string, string | number> {
  return {
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    ...refusal.headers,
    "Cache-Control": "no-store",
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    // The request may still have a body coming; closing is cheaper than reading it.
    Connection: "close",
  };
}

function refuse(response: http.ServerResponse, refusal: Refusal): void {
  const body = `${refusal.message}\n`;
  response.writeHead(refusal.status, refusalHeaders(refusal, body));
  response.end(body);
}

// A CONNECT request leaves the HTTP parser: the answer is written to the socket as it is.
function refuseConnect(_request: http.IncomingMessage, socket: Duplex): void {
  // Node has taken its own error handler off this socket; a reset must not crash the server.
  socket.on("error", () => socket.destroy());
  const body = `${METHOD_NOT_ALLOWED.message}\n`;
  const head = Object.entries(refusalHeaders(METHOD_NOT_ALLOWED, body)).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(`HTTP/1.1 405 ${http.STATUS_CODES[405]}\r\n${head.join("")}\r\n${body}`);
}
