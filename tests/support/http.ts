// HTTP requests from tests to the servers under test. `fetchPage` is for ordinary pages;
// `send` goes through node:http, not fetch, because fetch parses the URL first (WHATWG
// rules) and would quietly normalise `%2e%2e`, so the server would never see the path
// under test; `sendRaw` writes bytes on a socket for requests no client library sends.
import http from "node:http";
import net from "node:net";

const REQUEST_TIMEOUT_MS = 15_000;

/** Fetches a page's HTML; the status is returned so 404 pages can be checked too. */
export async function fetchPage(url: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(url);
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/**
 * Times GETs of `url` for a benchmark: the first answer (which may have had to render or
 * encode it), then the median of `repeats` more (served from a cache). Any status but 200
 * throws.
 */
export async function timeFirstAndCached(url: string, repeats: number, timeoutMs: number): Promise<{ firstMs: number; cachedMs: number | undefined }> {
  const timed = async (): Promise<number> => {
    const started = performance.now();
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    return performance.now() - started;
  };
  const firstMs = await timed();
  const later: number[] = [];
  for (let n = 0; n < repeats; n++) later.push(await timed());
  later.sort((a, b) => a - b);
  return { firstMs, cachedMs: later[Math.floor(later.length / 2)] };
}

/** A whole answer read by {@link send} or {@link sendRaw}. */
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

/**
 * Writes `bytes` to the server in one write and reads until it closes the connection,
 * then parses what came back as one HTTP/1.1 answer: headers lower-cased, the body as it
 * came (a chunked body is not decoded; this is for refusals, which have none).
 */
export function sendRaw(base: string, bytes: string | Buffer): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.write(bytes));
    socket.setTimeout(REQUEST_TIMEOUT_MS, () => socket.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      socket.end();
      const parsed = parseAnswer(Buffer.concat(chunks).toString("utf8"));
      if (parsed === undefined) reject(new Error(`not an HTTP answer: ${JSON.stringify(Buffer.concat(chunks).toString("utf8").slice(0, 200))}`));
      else resolve(parsed);
    });
  });
}

function parseAnswer(text: string): Answer | undefined {
  const split = text.indexOf("\r\n\r\n");
  const head = (split === -1 ? text : text.slice(0, split)).split("\r\n");
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? "")?.[1];
  if (status === undefined) return undefined;
  const headers: http.IncomingHttpHeaders = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(status), headers, body: split === -1 ? "" : text.slice(split + 4) };
}

/** A response header as one string ("" when absent; repeated headers joined with ", "). */
export function header(answer: Answer, name: string): string {
  const value = answer.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
