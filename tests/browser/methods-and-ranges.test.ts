import { readFileSync, statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sha256 } from "../../lib/photo-cache";
import { planPhoto } from "../../lib/plan-photo";
import { fileEtag } from "../../lib/request-verdict";
import { photoPath } from "../../lib/routes";
import { EXPECTED_SECURITY_HEADERS, h1Of, request, securityHeadersOf, sendRaw, stackTraceLines, startLocalServer, type LocalServer, type RawAnswer } from "../support/raw-http";

// Every method, target form and range on every kind of URL, over raw sockets so that
// nothing normalises the request on the way. Next answered several of these with a 500
// and a stack trace in the log; each now has a proper answer, and the log stays clean.

const HOST = "127.0.0.1";
const PORT = Number(new URL(inject("baseUrl")).port) + 31;
const ARTICLE = "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";
const NOT_FOUND_H1 = "Không tìm thấy trang";
const NOT_CACHED = "private, no-cache, no-store, max-age=0, must-revalidate";
// The seed's first photo as pages name it: a drawing's one derived file, whose name
// depends only on the original's bytes (lib/plan-photo.ts), never the original itself.
const SEED_PHOTO = "/images/2017/04/btv-tinh-uy-lam-viec-1.svg";
const SEED_PHOTO_FILE = photoPath(planPhoto(SEED_PHOTO, { format: "svg", width: 1, height: 1 }, sha256(readFileSync(`content${SEED_PHOTO}`))).variants[0]?.name ?? "");

let server: LocalServer;
let chunk: string;

beforeAll(async () => {
  server = await startLocalServer(HOST, PORT);
  const home = (await send("GET", "/")).body.toString("utf8");
  chunk = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(home)?.[1] ?? "";
});

afterAll(async () => {
  await server?.stop();
});

function send(method: string, target: string, headers: Readonly<Record<string, string>> = {}): Promise<RawAnswer> {
  return sendRaw(HOST, PORT, request(method, target, headers));
}

/** Every kind of URL the site answers, with the status a GET gets. */
const URLS: readonly (readonly [string, number])[] = [
  ["/", 200],
  [ARTICLE, 200],
  ["/lite/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong", 200],
  ["/chuyen-muc/chinh-tri", 200],
  ["/the/dan-van", 200],
  ["/tac-gia/hong-nhung", 200],
  ["/tim-kiem?q=dan+van", 200],
  ["/rss.xml", 200],
  ["/chuyen-muc/chinh-tri/atom.xml", 200],
  ["/sitemap.xml", 200],
  ["/robots.txt", 200],
  ["/manifest.webmanifest", 200],
  ["/icon.svg", 200],
  ["/logo.png", 200],
  [SEED_PHOTO_FILE, 200],
  [SEED_PHOTO, 404],
  ["/bai-viet/khong-co-bai-nay", 404],
  ["/the/D%C3%A2n%20v%E1%BA%ADn", 308],
  ["/khong-co-trang-nay", 404],
  ["/_next/static/chunks/khong-co.js", 404],
];

const METHODS = ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "PURGE"];

describe("methods", () => {
  it("found a script chunk on the home page to try them on", () => {
    expect(chunk).toMatch(/^\/_next\/static\/chunks\/.+\.js$/);
  });

  it.each(URLS)("GET and HEAD of %s still answer %i", async (target, status) => {
    const [get, head] = [await send("GET", target), await send("HEAD", target)];
    expect([get.status, head.status, head.body.length]).toEqual([status, status, 0]);
    expect(securityHeadersOf(get)).toEqual(EXPECTED_SECURITY_HEADERS);
  });

  it.each(METHODS)("%s is answered 405 with Allow: GET, HEAD on every kind of URL, static files included", async (method) => {
    const headers: Record<string, string> = method === "OPTIONS" || method === "TRACE" || method === "DELETE" ? {} : { "Content-Type": "text/plain", "Content-Length": "2" };
    const targets = [...URLS.map(([target]) => target), chunk];
    const answers: Record<string, string> = {};
    for (const target of targets) {
      const raw = request(method, target, headers) + ("Content-Length" in headers ? "{}" : "");
      const answer = await sendRaw(HOST, PORT, raw);
      answers[target] = `${answer.status} ${answer.headers.allow}`;
      expect(securityHeadersOf(answer), `${method} ${target}`).toEqual(EXPECTED_SECURITY_HEADERS);
      expect(answer.body.toString("utf8"), `${method} ${target}`).toBe("Phương thức này không được hỗ trợ.\n");
    }
    expect(answers).toEqual(Object.fromEntries(targets.map((target) => [target, "405 GET, HEAD"])));
  });

  it("CONNECT is answered 405 too, not dropped", async () => {
    const answer = await sendRaw(HOST, PORT, `CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n`);
    expect([answer.status, answer.headers.allow]).toEqual([405, "GET, HEAD"]);
    expect(securityHeadersOf(answer)).toEqual(EXPECTED_SECURITY_HEADERS);
  });

  it.each([
    ["/", 200],
    [ARTICLE, 200],
    ["/bai-viet/khong-co-bai-nay", 404],
  ])("a WebSocket upgrade of %s is served as the plain request it also is (%i)", async (target, status) => {
    const upgrade = `GET ${target} HTTP/1.1\r\nHost: baotinh.vn\r\nConnection: Upgrade, close\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`;
    const answer = await sendRaw(HOST, PORT, upgrade);
    const plain = await send("GET", target);
    expect([answer.status, plain.status]).toEqual([status, status]);
    expect(h1Of(answer.body.toString("utf8"))).toEqual(h1Of(plain.body.toString("utf8")));
  });
});

describe("request targets", () => {
  it.each([
    ["GET", "*"],
    ["OPTIONS", "*"],
    ["HEAD", "*"],
    ["GET", "ftp://other.example/the/dan-van"],
    ["GET", "http:///the/dan-van"],
  ])("%s %s is refused with 400", async (method, target) => {
    const answer = await send(method, target);
    expect(answer.status).toBe(400);
    expect(securityHeadersOf(answer)).toEqual(EXPECTED_SECURITY_HEADERS);
  });

  it.each([
    ["http://other.example/the/dan-van", "/the/dan-van"],
    ["HTTPS://other.example/the/dan-van?x=1", "/the/dan-van"],
    ["http://other.example", "/"],
    ["http://other.example:8080?q=1", "/"],
    [`http://127.0.0.1:${PORT}${ARTICLE}`, ARTICLE],
  ])("the absolute-form %s is served as the local %s, never redirected off-site", async (target, local) => {
    const [answer, plain] = [await send("GET", target), await send("GET", local)];
    expect([answer.status, answer.headers.location]).toEqual([200, undefined]);
    expect(h1Of(answer.body.toString("utf8"))).toEqual(h1Of(plain.body.toString("utf8")));
  });

  it("an absolute-form target with a doubled slash is tidied on this site", async () => {
    const answer = await send("GET", "http://other.example//evil.example/the/dan-van");
    expect([answer.status, answer.headers.location]).toEqual([308, "/evil.example/the/dan-van"]);
  });

  it.each(["/_global-error", "/_global-error?x=1", "/_not-found", "/404", "/500"])("Next's own error page %s is our 404 page, which no cache keeps", async (target) => {
    const answer = await send("GET", target);
    expect([answer.status, answer.headers["cache-control"]]).toEqual([404, NOT_CACHED]);
    expect(h1Of(answer.body.toString("utf8"))).toEqual([NOT_FOUND_H1]);
  });

  it("asked for as an RSC payload, /_global-error is a 404 that no cache keeps", async () => {
    const answer = await send("GET", "/_global-error?_rsc=abc", { RSC: "1" });
    expect([answer.status, answer.headers["cache-control"]]).toEqual([404, NOT_CACHED]);
  });
});

/** A static file's bytes and validators, as a plain GET gets them. */
async function fileOf(target: string) {
  const answer = await send("GET", target);
  expect(answer.status).toBe(200);
  return { bytes: answer.body, size: answer.body.length, etag: answer.headers.etag ?? "", lastModified: answer.headers["last-modified"] ?? "" };
}

describe.each([
  ["/logo.png", () => "/logo.png", () => "public/logo.png"],
  ["a script chunk", () => chunk, () => `.next/${chunk.slice("/_next/".length)}`],
])("ranges and preconditions on the static file %s", (_name, target, onDisk) => {
  it("has the ETag and Last-Modified lib/request-verdict.ts predicts for it", async () => {
    const file = await fileOf(target());
    const stats = statSync(onDisk());
    expect(file.size).toBe(stats.size);
    expect(file.etag).toBe(fileEtag({ size: stats.size, modifiedMs: stats.mtime.getTime() }));
    expect(file.lastModified).toBe(stats.mtime.toUTCString());
  });

  it.each([
    ["bytes=0-9", (size: number) => [0, 9, size]],
    ["bytes=-5", (size: number) => [size - 5, size - 1, size]],
    ["bytes=10-", (size: number) => [10, size - 1, size]],
    ["bytes=0-1,2-3", (size: number) => [0, 3, size]],
    ["bytes=5-99999999", (size: number) => [5, size - 1, size]],
  ])("a satisfiable Range %s gets 206 and exactly those bytes", async (range, expected) => {
    const file = await fileOf(target());
    const [start = 0, end = 0, size = 0] = expected(file.size);
    const answer = await send("GET", target(), { Range: range });
    expect([answer.status, answer.headers["content-range"]]).toEqual([206, `bytes ${start}-${end}/${size}`]);
    expect(answer.body.equals(file.bytes.subarray(start, end + 1))).toBe(true);
  });

  it.each([
    ["GET", "bytes=SIZE-"],
    ["GET", "bytes=99999999-"],
    ["GET", "bytes=-0"],
    ["GET", "bytes=SIZE-SIZE,99999999-"],
    ["HEAD", "bytes=SIZE-"],
  ])("%s with the unsatisfiable Range %s gets 416 and Content-Range: bytes */<size>", async (method, range) => {
    const file = await fileOf(target());
    const answer = await send(method, target(), { Range: range.replaceAll("SIZE", String(file.size)) });
    expect([answer.status, answer.headers["content-range"]]).toEqual([416, `bytes */${file.size}`]);
    expect(securityHeadersOf(answer)).toEqual(EXPECTED_SECURITY_HEADERS);
  });

  it.each([
    ["bytes=abc", {}],
    ["bytes=5-2", {}],
    ["items=0-5", {}],
    ["bytes=0-0,5-6", {}],
    ["bytes=0-9", { "If-Range": '"an-old-etag"' }],
    ["bytes=99999999-", { "If-Range": '"an-old-etag"' }],
    ["bytes=0-9", { "If-Range": "Mon, 01 Jan 2001 00:00:00 GMT" }],
  ])("the Range %s %j is ignored: 200 and the whole file", async (range, headers) => {
    const file = await fileOf(target());
    const answer = await send("GET", target(), { Range: range, ...headers });
    expect(answer.status).toBe(200);
    expect(answer.body.equals(file.bytes)).toBe(true);
  });

  it("a Range with an If-Range naming the file's own ETag gets 206", async () => {
    const file = await fileOf(target());
    const answer = await send("GET", target(), { Range: "bytes=0-9", "If-Range": file.etag });
    expect([answer.status, answer.headers["content-range"]]).toEqual([206, `bytes 0-9/${file.size}`]);
  });

  it.each([
    ["If-Match", () => '"not-this-file"', 412],
    ["If-Match", (file: { etag: string }) => file.etag, 200],
    ["If-Match", () => "*", 200],
    ["If-Unmodified-Since", () => "Mon, 01 Jan 2001 00:00:00 GMT", 412],
    ["If-Unmodified-Since", () => "Fri, 01 Jan 2100 00:00:00 GMT", 200],
  ])("%s is honoured: %s gets %i", async (name, value, status) => {
    const file = await fileOf(target());
    const answer = await send("GET", target(), { [name]: value(file) });
    expect(answer.status).toBe(status);
    expect(securityHeadersOf(answer)).toEqual(EXPECTED_SECURITY_HEADERS);
  });
});

describe("a Range on a page", () => {
  it("is ignored: the whole page, 200", async () => {
    const answer = await send("GET", "/", { Range: "bytes=99999999-" });
    expect(answer.status).toBe(200);
    expect(h1Of(answer.body.toString("utf8"))).toEqual(h1Of((await send("GET", "/")).body.toString("utf8")));
  });
});

describe("the server log", () => {
  it("has no stack trace after every request above", () => {
    expect(stackTraceLines(server.log())).toEqual([]);
    expect(server.log()).not.toMatch(/Error:|Failed to/);
  });
});
