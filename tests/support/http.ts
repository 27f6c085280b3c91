// HTTP requests from tests to the servers under test. `fetchPage` is for ordinary pages;
// `send` goes through node:http, not fetch, because fetch parses the URL first (WHATWG
// rules) and would quietly normalise `%2e%2e`, so the server would never see the path
// under test.
import http from "node:http";

const REQUEST_TIMEOUT_MS = 15_000;

/** Fetches a page's HTML; the status is returned so 404 pages can be checked too. */
export async function fetchPage(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** A whole answer read by {@link send}. */
export interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** What {@link send} may change about a GET. */
export interface SendOptions {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

/** Sends `rawPath` exactly as written (no client-side URL normalisation) and reads the whole answer. */
export function send(base: string, rawPath: string, options: SendOptions = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port: Number(port), path: rawPath, method: options.method ?? "GET", headers: { connection: "close", ...options.headers }, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`no answer to ${rawPath.slice(0, 80)} within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A response header as one string ("" when absent; repeated headers joined with ", "). */
export function header(answer: Answer, name: string): string {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
