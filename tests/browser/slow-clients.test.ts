import net from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SERVER_LIMITS } from "../../lib/server-limits";
import { parseAnswer, request, sendRaw, startLocalServer, type LocalServer, type RawAnswer } from "../support/raw-http";
import { openSlowClients as openSlowClientsTo, readWhileHanging, untilClosed } from "../support/slow-clients";

// Clients that connect and then barely talk, or talk forever on one connection. The
// server's limits (lib/server-limits.ts, set by app/_routes/request-guard.ts) must close
// them without shutting readers out, and must keep nginx's idle connections open.

const HOST = "127.0.0.1";
const PORT = Number(new URL(inject("baseUrl")).port) + 32;
const ARTICLE = "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";
const SLOW_CLIENTS = 300;
const DRIP_EVERY_MS = 2_000;
// Node checks for expired connections once a check interval; a little slack on top.
const CLOSE_DEADLINE_MS = SERVER_LIMITS.headersTimeoutMs + SERVER_LIMITS.checkIntervalMs + 5_000;

let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer(HOST, PORT);
});

afterAll(async () => {
  await server?.stop();
});

const get = (target: string): Promise<RawAnswer> => sendRaw(HOST, PORT, request("GET", target));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const openSlowClients = (count: number, kinds: Parameters<typeof openSlowClientsTo>[3]) => openSlowClientsTo(HOST, PORT, count, kinds);

/** One keep-alive connection, as nginx holds them: HEAD requests one after another. */
class KeepAliveClient {
  private readonly socket: net.Socket;
  private buffer = Buffer.alloc(0);
  private waiting: (() => void) | undefined;
  closed = false;

  constructor() {
    this.socket = net.connect(PORT, HOST);
    this.socket.on("data", (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiting?.();
    });
    this.socket.on("error", () => this.socket.destroy());
    this.socket.on("close", () => {
      this.closed = true;
      this.waiting?.();
    });
  }

  /** Sends HEAD `target` and reads its answer (a HEAD answer ends with its headers). */
  async head(target: string): Promise<RawAnswer> {
    this.socket.write(`HEAD ${target} HTTP/1.1\r\nHost: baotinh.vn\r\n\r\n`);
    for (;;) {
      const end = this.buffer.indexOf("\r\n\r\n");
      if (end !== -1) {
        const answer = parseAnswer(this.buffer.subarray(0, end + 4));
        this.buffer = this.buffer.subarray(end + 4);
        if (answer !== undefined) return answer;
      }
      if (this.closed) throw new Error(`the connection closed before an answer to HEAD ${target}`);
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  /** Resolves once the server has closed the connection, or after `ms`. */
  async closedWithin(ms: number): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.closed && Date.now() < deadline) await sleep(50);
    return this.closed;
  }

  destroy(): void {
    this.socket.destroy();
  }
}

describe("keep-alive, with nginx in front", () => {
  it("advertises the keep-alive timeout and request count nginx must stay under", async () => {
    const client = new KeepAliveClient();
    const answer = await client.head("/robots.txt");
    client.destroy();
    expect([answer.status, answer.headers["keep-alive"]]).toEqual([200, `timeout=${SERVER_LIMITS.keepAliveTimeoutMs / 1000}, max=${SERVER_LIMITS.maxRequestsPerSocket}`]);
  });

  it("answers exactly maxRequestsPerSocket requests on one connection, says so on the last, then closes it", async () => {
    const client = new KeepAliveClient();
    const connections: string[] = [];
    for (let n = 0; n <= SERVER_LIMITS.maxRequestsPerSocket; n++) {
      const answer = await client.head("/logo.png");
      connections.push(`${answer.status} ${answer.headers.connection}`);
      if (answer.headers.connection === "close") break;
    }
    const closed = await client.closedWithin(5_000);
    client.destroy();
    const expected = Array.from({ length: SERVER_LIMITS.maxRequestsPerSocket }, (_, n) => (n === SERVER_LIMITS.maxRequestsPerSocket - 1 ? "200 close" : "200 keep-alive"));
    expect(connections).toEqual(expected);
    expect(closed).toBe(true);
  });
});

describe("stopping the server", () => {
  it("waits for an answer in flight on a keep-alive connection, then stops at once instead of keeping it open for the keep-alive timeout", async () => {
    const own = await startLocalServer(HOST, PORT + 1);
    const socket = net.connect(own.port, HOST);
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => socket.destroy());
    const closed = new Promise((resolve) => socket.once("close", resolve));
    await new Promise((resolve) => socket.once("connect", resolve));
    // Headers not yet finished: a request in flight when the stop begins.
    socket.write("GET /robots.txt HTTP/1.1\r\nHost: baotinh.vn\r\n");
    await sleep(500);
    const stopping = own.stop();
    await sleep(500);
    socket.write("\r\n");
    await closed;
    expect(parseAnswer(Buffer.concat(chunks))?.status).toBe(200);
    expect(await stopping).toEqual({ code: 143, signal: null });
  });
});

describe(`${SLOW_CLIENTS} slow clients`, () => {
  it("do not keep readers from the home page and an article, and are closed with 408 within the header timeout while an idle keep-alive connection stays open", async () => {
    const idle = new KeepAliveClient();
    expect((await idle.head("/robots.txt")).status).toBe(200);
    const slow = await openSlowClients(SLOW_CLIENTS, ["request line", "headers", "silent"]);
    const { statuses, stillOpen } = await readWhileHanging(slow, {
      deadline: Date.now() + CLOSE_DEADLINE_MS,
      dripEveryMs: DRIP_EVERY_MS,
      read: async () => [(await get("/")).status, (await get(ARTICLE)).status],
    });
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(stillOpen).toBe(0);
    expect(new Set(slow.map((client) => client.received().split("\r\n")[0]))).toEqual(new Set(["HTTP/1.1 408 Request Timeout"]));
    // nginx's pooled connection outlives the header timeout and still serves.
    expect(idle.closed).toBe(false);
    expect((await idle.head(ARTICLE)).status).toBe(200);
    idle.destroy();
  });
});

describe("the connection cap", () => {
  it(`refuses a connection past ${SERVER_LIMITS.maxConnections} open ones, and serves again once the silent ones are closed`, async () => {
    const silent = await openSlowClients(SERVER_LIMITS.maxConnections, ["silent"]);
    // Give the server a moment to accept the last of them before one more arrives.
    await sleep(1_000);
    const refused = await get("/").then(
      (answer) => `answered ${answer.status}`,
      (error: unknown) => (error instanceof Error && /without an answer|ECONNRESET/.test(error.message) ? "closed unanswered" : String(error)),
    );
    await untilClosed(silent, Date.now() + CLOSE_DEADLINE_MS);
    const stillOpen = silent.filter((client) => !client.closed()).length;
    silent.forEach((client) => client.destroy());
    expect(refused).toBe("closed unanswered");
    expect(stillOpen).toBe(0);
    expect((await get("/")).status).toBe(200);
  });
});
