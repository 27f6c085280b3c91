import "server-only";
import http from "node:http";
import { SECURITY_HEADERS } from "@/lib/security-headers";

// TRACE and TRACK echo a request back, which is only ever useful to an attacker (cross-site
// tracing). Next cannot represent them either: its proxy adapter builds a WHATWG Request,
// which refuses those methods, and answers with a bare 500. There is no setting for this
// and no matcher on methods, so they are answered here, at the HTTP server, before Next
// sees them: 405, our security headers, a plain body.

const REFUSED = new Set(["TRACE", "TRACK"]);
const INSTALLED = Symbol.for("bao-tinh.refuse-trace");

/** Makes every HTTP server in this process answer TRACE and TRACK with 405. Idempotent. */
export function refuseTraceRequests(): void {
  const prototype = http.Server.prototype;
  if (Reflect.get(prototype, INSTALLED) === true) return;
  const emit = prototype.emit;
  function guardedEmit(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const [request, response] = args;
    if (event === "request" && request instanceof http.IncomingMessage && response instanceof http.ServerResponse && REFUSED.has(request.method ?? "")) {
      refuse(response);
      return true;
    }
    return Reflect.apply(emit, this, [event, ...args]);
  }
  Object.defineProperty(prototype, "emit", { value: guardedEmit, writable: true, configurable: true });
  Reflect.set(prototype, INSTALLED, true);
}

function refuse(response: http.ServerResponse): void {
  const body = "Phương thức này không được hỗ trợ.\n";
  response.writeHead(405, {
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    Allow: "GET, HEAD",
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    Connection: "close",
  });
  response.end(body);
}
