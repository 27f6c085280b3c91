// Clients that connect and then barely talk: the start of a request and then one byte at
// a time, or nothing at all. For the tests that prove such clients are closed in time
// and never keep readers out, against the app directly and behind nginx.
import net from "node:net";

/** One slow client. */
export interface SlowClient {
  /** Sends one more byte (nothing for a silent client). */
  readonly drip: () => void;
  readonly closed: () => boolean;
  readonly received: () => string;
  readonly destroy: () => void;
}

/** What a slow client has sent before it starts dripping. */
export type SlowKind = "request line" | "headers" | "silent";
const OPENINGS: Record<SlowKind, string> = {
  "request line": "GET /",
  headers: "GET / HTTP/1.1\r\nHost: baotinh.vn\r\nX-Cham: ",
  silent: "",
};

/** Opens one slow client to `host:port`. */
export async function openSlowClient(host: string, port: number, kind: SlowKind): Promise<SlowClient> {
  const socket = net.connect(port, host);
  let received = "";
  let closed = false;
  socket.on("data", (chunk: Buffer) => (received += chunk.toString("latin1")));
  socket.on("error", () => socket.destroy());
  socket.on("close", () => (closed = true));
  await new Promise((resolve) => socket.once("connect", resolve));
  if (OPENINGS[kind] !== "") socket.write(OPENINGS[kind]);
  return {
    drip: () => {
      if (kind !== "silent" && !closed) socket.write("a");
    },
    closed: () => closed,
    received: () => received,
    destroy: () => socket.destroy(),
  };
}

/** Opens `count` slow clients, the kinds in turn. */
export async function openSlowClients(host: string, port: number, count: number, kinds: readonly SlowKind[]): Promise<SlowClient[]> {
  const clients: SlowClient[] = [];
  // In batches, so the listen backlog never overflows while the server accepts them.
  for (let start = 0; start < count; start += 100) {
    const batch = Array.from({ length: Math.min(100, count - start) }, (_, n) => openSlowClient(host, port, kinds[(start + n) % kinds.length] ?? "silent"));
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

/** Waits until every client is closed or the deadline passes, running `meanwhile` between looks. */
export async function untilClosed(clients: readonly SlowClient[], deadline: number, meanwhile: () => Promise<void> = async () => {}): Promise<void> {
  while (Date.now() < deadline && clients.some((client) => !client.closed())) {
    await meanwhile();
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Drips every slow client each `dripEveryMs` and, until they are all closed or the
 * deadline passes, reads as readers do (`read` gives the statuses of one round); gives
 * the statuses answered while every slow client still hung, and how many were left open.
 */
export async function readWhileHanging(
  slow: readonly SlowClient[],
  options: { readonly deadline: number; readonly dripEveryMs: number; readonly read: () => Promise<readonly number[]> },
): Promise<{ readonly statuses: readonly number[]; readonly stillOpen: number }> {
  const drip = setInterval(() => slow.forEach((client) => client.drip()), options.dripEveryMs);
  const statuses: number[] = [];
  try {
    await untilClosed(slow, options.deadline, async () => {
      const answered = await options.read();
      if (slow.every((client) => !client.closed())) statuses.push(...answered);
    });
  } finally {
    clearInterval(drip);
  }
  const stillOpen = slow.filter((client) => !client.closed()).length;
  slow.forEach((client) => client.destroy());
  return { statuses, stillOpen };
}
