// Load as browsers make it, for the deploy under load: each "reader" keeps one keep-alive
// connection and sends GETs one after another. A server may close an idle keep-alive
// connection at any moment (nginx's old workers close theirs on every reload), and a
// request already on its way then meets a closed socket; HTTP lets a client retry an
// idempotent request in that case (RFC 9112, 9.3.1), browsers do, and so does this, once,
// and only when the socket was a reused one. autocannon does not, and would count those
// as failures: so they are counted apart here, as retries.
import http from "node:http";

/** What the readers of one URL saw. */
export interface ReaderLoadResult {
  readonly requests: number;
  /** Requests that got no answer, retry included. */
  readonly failures: number;
  /** Requests sent again on a new connection after the server closed a reused one. */
  readonly retries: number;
  readonly statuses: ReadonlyMap<number, number>;
  readonly p99Ms: number;
}

function get(agent: http.Agent, url: URL): Promise<{ status: number; reused: boolean } | { error: string; reused: boolean }> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }));
      response.on("error", (error) => resolve({ error: error.message, reused: request.reusedSocket }));
    });
    request.setTimeout(10_000, () => request.destroy(new Error("timeout")));
    request.on("error", (error) => resolve({ error: error.message, reused: request.reusedSocket }));
  });
}

/** Runs `readers` readers of `url` until `done()` says stop. */
export async function loadAsReaders(url: string, readers: number, done: () => boolean): Promise<ReaderLoadResult> {
  const target = new URL(url);
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  let failures = 0;
  let retries = 0;
  const reader = async (): Promise<void> => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (!done()) {
        const started = performance.now();
        let answer = await get(agent, target);
        if ("error" in answer && answer.reused) {
          retries++;
          answer = await get(agent, target);
        }
        latencies.push(performance.now() - started);
        if ("error" in answer) failures++;
        else statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: readers }, reader));
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, failures, retries, statuses, p99Ms: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0) };
}
