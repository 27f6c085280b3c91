import "server-only";
import type http from "node:http";
import { SERVER_LIMITS } from "@/lib/server-limits";

// The server's connection limits (values and reasons in lib/server-limits.ts), applied to
// a server Next has already started, and the two things Node leaves undone with them.

/** Sets a running server's timeouts and caps, and makes Node check the timeouts that often. */
export function applyConnectionLimits(server: http.Server): void {
  server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
  server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeoutMs;
  server.timeout = SERVER_LIMITS.socketTimeoutMs;
  server.maxConnections = SERVER_LIMITS.maxConnections;
  server.maxRequestsPerSocket = SERVER_LIMITS.maxRequestsPerSocket;
  restartConnectionChecks(server);
}

// Node checks the header and request timeouts on a timer whose interval (30 s by default)
// it reads when the server starts listening, which `next start` did before instrumentation.
// Node's own `listening` handler starts that timer (replacing any running one), so it runs
// again now that the interval is set.
function restartConnectionChecks(server: http.Server): void {
  Reflect.set(server, "connectionsCheckingInterval", SERVER_LIMITS.checkIntervalMs);
  const startChecks = server.listeners("listening").find((listener) => listener.name === "setupConnectionsTracking");
  if (startChecks === undefined) {
    console.warn("connection-limits: không khởi động lại được bộ kiểm tra thời hạn kết nối của Node; thời hạn tiêu đề được kiểm tra mỗi 30 giây.");
    return;
  }
  Reflect.apply(startChecks, server, []);
}

/** Closes a connection after its last allowed request, and after its answer once the server is stopping. */
export function limitConnection(server: http.Server, request: http.IncomingMessage, response: http.ServerResponse): void {
  closeAfterLastRequest(request, response);
  closeWhenStopping(server, response);
}

const requestsOnSocket = new WeakMap<object, number>();

// Node answers the last request a connection may carry with `Connection: close` but then
// leaves the connection open (until the keep-alive timeout) for a client that ignores it.
// Saying it through the response's own header makes Node close the connection as well.
function closeAfterLastRequest(request: http.IncomingMessage, response: http.ServerResponse): void {
  const count = (requestsOnSocket.get(request.socket) ?? 0) + 1;
  requestsOnSocket.set(request.socket, count);
  if (count >= SERVER_LIMITS.maxRequestsPerSocket) response.setHeader("Connection", "close");
}

// Node closes the idle connections when the server stops, but one whose answer was still
// being written stays open after it until the keep-alive timeout (75 s), and the restart
// waits for it. Once its answer is out, it is idle, and closed with the others.
function closeWhenStopping(server: http.Server, response: http.ServerResponse): void {
  response.once("finish", () => {
    if (!server.listening) server.closeIdleConnections();
  });
}
