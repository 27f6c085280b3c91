import { describe, expect, it } from "vitest";
import { expectHeaderOverflow, expectNothingLeaked } from "../support/expect-answer";
import { send, sendRaw } from "../support/http";
import { SERVERS } from "./servers";

// Request lines far past Node's 16 KB header limit are refused by its HTTP parser with
// 431 before they reach the application, and the server goes on serving.

/** A GET of `rawPath` as it goes on the wire. */
function request(rawPath: string): string {
  return `GET ${rawPath} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`;
}

const OVERLONG: readonly (readonly [string, string])[] = [
  ["/bai-viet/aaaaaaaaaaaaaa… (20 KB), sent whole", request(`/bai-viet/${"a".repeat(20 * 1024)}`)],
  // Node answers 431 as soon as it has read 16 KB and closes the socket with the rest of a
  // 100 KB request unread, which resets the connection: a client still writing may see
  // the reset before it can read the 431. The first 20 KB already decide the answer, so
  // only they are sent, and the answer is always read.
  ["/tim-kiem?q=aaaaaaaaaaaaa… (100 KB), its first 20 KB", request(`/tim-kiem?q=${"a".repeat(100 * 1024)}`).slice(0, 20 * 1024)],
];

describe.each(SERVERS)("overlong requests against $name", ({ url }) => {
  it.each(OVERLONG)("answers the overlong %s with 431", async (_name, bytes) => {
    const answer = await sendRaw(url, bytes);
    expectHeaderOverflow(answer);
    expectNothingLeaked(answer);
    // The server is still serving afterwards.
    expect((await send(url, "/robots.txt")).status).toBe(200);
  });
});
