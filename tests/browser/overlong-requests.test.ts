import { describe, expect, it } from "vitest";
import { expectProperRefusal } from "../support/expect-answer";
import { send } from "../support/http";
import { SERVERS } from "./servers";

// Request lines far past Node's 16 KB header limit are refused before they reach the
// application, and the server goes on serving.

const OVERLONG = [`/bai-viet/${"a".repeat(20 * 1024)}`, `/tim-kiem?q=${"a".repeat(100 * 1024)}`];

describe.each(SERVERS)("overlong requests against $name", ({ url }) => {
  it.each(OVERLONG.map((rawPath) => [`${rawPath.slice(0, 24)}… (${Math.round(rawPath.length / 1024)} KB)`, rawPath]))(
    "answers the overlong %s with 400, 404, 414 or 431",
    async (_name, rawPath) => {
      // Node answers 431 and closes the socket while a 100 KB request is still being
      // written, so the client may see the reset before it can read the 431. Either way the
      // request was refused before it reached the application.
      const answer = await send(url, rawPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNRESET" || error.code === "EPIPE") return undefined;
        throw error;
      });
      if (answer !== undefined) expectProperRefusal(answer, [400, 404, 414, 431]);
      // The server is still serving afterwards.
      expect((await send(url, "/robots.txt")).status).toBe(200);
    },
  );
});
