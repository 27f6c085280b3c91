import { describe, expect, it } from "vitest";
import { expectNothingLeaked } from "../support/expect-answer";
import { header, send } from "../support/http";
import { SERVERS } from "./servers";

// next.config.ts turns Next's image optimiser off, so /_next/image can never be made to
// fetch, resize or proxy anything.

describe.each(SERVERS)("no image proxy on $name", ({ url }) => {
  it.each(["/_next/image?url=/logo.png&w=64&q=75", "/_next/image?url=%2Flogo.png&w=3840&q=100", "/_next/image?url=https%3A%2F%2Fexample.com%2Fa.png&w=64&q=75"])(
    "the image optimiser is off: %s is refused, not proxied",
    async (rawPath) => {
      const answer = await send(url, rawPath);
      expect([400, 404]).toContain(answer.status);
      expect(header(answer, "content-type")).not.toMatch(/^image\//);
      expectNothingLeaked(answer);
    },
  );
});
