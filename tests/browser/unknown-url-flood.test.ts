import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { h1Of, NOT_FOUND_H1 } from "../support/expect-answer";
import { send } from "../support/http";

const fixtureUrl = inject("fixtureUrl");

describe("unknown slugs and the server's disk", () => {
  it("a flood of distinct unknown article URLs writes nothing to the build folder", async () => {
    // Archive pages are rendered on request; a 404 for a made-up one must not be cached
    // to disk under that URL, or anyone requesting random URLs fills the server's disk.
    const distDir = path.resolve(`.next-fixture-${new URL(fixtureUrl).port}`);
    expect(existsSync(distDir)).toBe(true);
    const marker = `khong-co-${process.pid}-${Date.now()}`;
    for (let n = 0; n < 20; n++) {
      // The full and the lite 404 page share their <h1>.
      for (const target of [`/bai-viet/${marker}-${n}`, `/lite/bai-viet/${marker}-${n}`, `/the/${marker}-${n}/trang/2`, `/tac-gia/${marker}-${n}/trang/3`]) {
        const answer = await send(fixtureUrl, target);
        expect(answer.status, target).toBe(404);
        expect(h1Of(answer.body), target).toEqual([NOT_FOUND_H1]);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const written = readdirSync(distDir, { recursive: true, encoding: "utf8" }).filter((entry) => entry.includes(marker));
    expect(written.length, `files written for unknown slugs, e.g. ${written.slice(0, 3).join(", ")}`).toBe(0);
  });
});
