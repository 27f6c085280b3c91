/** Limits on the HTTP server's connections, so that no single client can tie it up. */
export interface ServerLimits {
  /** Time a client has from connecting (or starting its next request) to its last header byte. */
  readonly headersTimeoutMs: number;
  /** Time a client has to send its whole request, body included. */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  readonly keepAliveTimeoutMs: number;
  /** How long a socket may make no progress while a request is read or answered. */
  readonly socketTimeoutMs: number;
  /** How often Node looks for connections past the header or request timeout. */
  readonly checkIntervalMs: number;
  /** Open connections at once; one more is closed as soon as it is accepted. */
  readonly maxConnections: number;
  /** Requests on one connection; the last answer says `Connection: close`. */
  readonly maxRequestsPerSocket: number;
}

/**
 * The server's limits, chosen for nginx in front (README, Decisions). nginx sends a
 * request's headers at once, keeps idle connections to the app for its upstream
 * `keepalive_timeout` (60 s by default) and retires one after `keepalive_requests` (1,000).
 * The app keeps idle connections longer than nginx (75 s), so nginx always closes one
 * first and never sends a request down a connection the app is closing. The header and
 * request timeouts only ever bite a slow or silent client talking to the app directly.
 */
export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 75_000,
  socketTimeoutMs: 30_000,
  checkIntervalMs: 1_000,
  maxConnections: 1_024,
  maxRequestsPerSocket: 1_000,
};
