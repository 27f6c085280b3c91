import net from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXPECTED_SECURITY_HEADERS, h1Of, request, securityHeadersOf, sendRaw, stackTraceLines, startLocalServer, type LocalServer, type RawAnswer } from "../support/raw-http";

// The real build bound to 127.0.0.2, with a decoy listening on localhost at the same port.
// proxy.ts once sent made-up archive URLs to the 404 page by a rewrite, which Next carried
// out over HTTP to localhost:<port> whenever the server was bound to a loopback address
// other than `localhost`: the decoy's page was served as ours, with the reader's headers
// sent to it (or a 500 when nothing listened there). The 404 must come from inside the
// process, so the decoy must never see a connection.

const HOST = "127.0.0.2";
const PORT = Number(new URL(inject("baseUrl")).port) + 30;
const NOT_FOUND_H1 = "Không tìm thấy trang";

const MADE_UP = [
  "/bai-viet/khong-co-bai-nay",
  "/the/khong-co-the-nay",
  "/tac-gia/khong-co-tac-gia-nay",
  "/chuyen-muc/chinh-tri/trang/99",
  "/the/dan-van/trang/2",
  "/tac-gia/hong-nhung/trang/7",
];

interface Decoy {
  readonly connections: () => number;
  readonly close: () => Promise<void>;
}

/** Listens on localhost:<port> (IPv4 and, where there is one, IPv6) and counts every connection. */
async function startDecoy(port: number): Promise<Decoy> {
  let connections = 0;
  const servers: net.Server[] = [];
  for (const host of ["127.0.0.1", "::1"]) {
    const server = net.createServer((socket) => {
      connections += 1;
      socket.on("error", () => socket.destroy());
      socket.end("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 32\r\nConnection: close\r\n\r\n<h1>Trang giả của dịch vụ</h1>\n");
    });
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, host, () => resolve(true));
    });
    // A machine without IPv6 loopback has no ::1 for the server to reach either.
    if (listening) servers.push(server);
  }
  return {
    connections: () => connections,
    close: async () => {
      await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    },
  };
}

let decoy: Decoy;
let server: LocalServer;

beforeAll(async () => {
  decoy = await startDecoy(PORT);
  server = await startLocalServer(HOST, PORT);
});

afterAll(async () => {
  await server?.stop();
  await decoy?.close();
});

const get = (target: string, method = "GET"): Promise<RawAnswer> => sendRaw(HOST, PORT, request(method, target));

describe("the 404 for a made-up archive URL, on a server bound to 127.0.0.2", () => {
  it("listens on localhost:<port> with the decoy, which nothing has reached yet", () => {
    expect(decoy.connections()).toBe(0);
  });

  it.each(MADE_UP)("answers %s with our 404 page, its status and its headers, and connects to nothing", async (target) => {
    const answer = await get(target);
    const html = answer.body.toString("utf8");
    expect(answer.status).toBe(404);
    expect(h1Of(html)).toEqual([NOT_FOUND_H1]);
    expect(securityHeadersOf(answer)).toEqual(EXPECTED_SECURITY_HEADERS);
    expect(answer.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answer.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(answer.headers["x-powered-by"]).toBeUndefined();
    expect(decoy.connections()).toBe(0);
  });

  it("sends the same page and the same headers as Next's own 404 for a path no route serves", async () => {
    const ours = await get("/bai-viet/khong-co-bai-nay");
    const next = await get("/khong-co-trang-nay");
    const compared = ["content-type", "cache-control", ...Object.keys(EXPECTED_SECURITY_HEADERS)];
    const pick = (answer: RawAnswer) => Object.fromEntries(compared.map((name) => [name, answer.headers[name]]));
    expect(next.status).toBe(404);
    expect(pick(ours)).toEqual(pick(next));
    expect(ours.body.toString("utf8")).toBe(next.body.toString("utf8"));
  });

  it("answers HEAD for a made-up article with 404 and no body", async () => {
    const answer = await get("/bai-viet/khong-co-bai-nay", "HEAD");
    expect([answer.status, answer.body.length]).toEqual([404, 0]);
    expect(decoy.connections()).toBe(0);
  });

  it("answers a burst of 200 made-up URLs, 16 at a time, with 200 404s and not one 500", async () => {
    const kinds = [(n: number) => `/bai-viet/khong-co-${n}`, (n: number) => `/the/khong-co-${n}`, (n: number) => `/tac-gia/khong-co-${n}`, (n: number) => `/chuyen-muc/chinh-tri/trang/${100 + n}`];
    const targets = Array.from({ length: 200 }, (_, n) => kinds[n % kinds.length]?.(n) ?? "/");
    const statuses: Record<number, number> = {};
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const target = targets[next++] ?? "/";
        const { status } = await get(target);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(statuses).toEqual({ 404: 200 });
    expect(decoy.connections()).toBe(0);
  });

  it("logged no proxy failure and no stack trace while doing so", () => {
    expect(server.log()).not.toContain("Failed to proxy");
    expect(stackTraceLines(server.log())).toEqual([]);
  });
});
