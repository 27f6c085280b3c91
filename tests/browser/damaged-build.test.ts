import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { STORE_FILE } from "../../lib/content-store";
import { send } from "../support/http";
import { assembleTestRelease, startRelease } from "../support/release";

// /healthz and a damaged build. A server answers 200 only while it serves its build's
// verified content store; a build whose store is missing, a folder or damaged is
// refused at start with a message naming the file, instead of a process that is up and
// answers 500 to everything (app/_data/content-health.ts, instrumentation.ts).

const PORT = Number(new URL(inject("baseUrl")).port) + 70;
const STORE = path.join(".next", STORE_FILE);
const SHOWN = `.next/${STORE_FILE}`;
const REBUILD = 'Chạy lại "npm run build" (hoặc "npm run deploy") rồi khởi động lại máy chủ.';

let dir: string;
let release: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-damaged-"));
  release = path.join(dir, "release");
  assembleTestRelease(".next", release, { NEXT_DIST_DIR: undefined, CONTENT_DIR: undefined });
});

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the release (its node_modules too, so nothing is shared) with its store left as `damage` leaves it. */
function copyRelease(copy: string, damage: (store: string) => void): string {
  cpSync(release, copy, { recursive: true, verbatimSymlinks: true });
  damage(path.join(copy, STORE));
  return copy;
}

describe("/healthz", () => {
  it("answers 200 ok, never cacheable, from a server of a whole build", async () => {
    const server = startRelease(release, PORT);
    try {
      await server.ready;
      const answer = await send(server.url, "/healthz");
      expect([answer.status, answer.body, answer.headers["cache-control"]]).toEqual([200, "ok\n", "no-store"]);
    } finally {
      await server.stop();
    }
  });

  it("answers 503 naming the file once the build's store is gone from under a running server", async () => {
    const copy = copyRelease(path.join(dir, "removed-later"), () => undefined);
    const server = startRelease(copy, PORT + 1);
    try {
      await server.ready;
      rmSync(path.join(copy, STORE));
      const answer = await send(server.url, "/healthz");
      expect([answer.status, answer.body]).toEqual([503, `${SHOWN}: không còn kho nội dung của bản build này (thư mục build đã bị xóa hoặc không đầy đủ)\n`]);
    } finally {
      await server.stop();
    }
  });
});

describe("a server of a damaged build", () => {
  it.each([
    ["missing", (file: string) => rmSync(file), `không có kho nội dung (tệp SQLite) của bản build này. ${REBUILD}`],
    [
      "a folder",
      (file: string) => {
        rmSync(file);
        mkdirSync(file);
      },
      `kho nội dung của bản build này không phải là một tệp. ${REBUILD}`,
    ],
    [
      "cut short",
      (file: string) => writeFileSync(file, readFileSync(file).subarray(0, 8_192)),
      // SQLite itself may find the page cut short first ("malformed"), or the length check may.
      "kho nội dung bị hỏng",
    ],
  ])("whose store is %s refuses to start, saying so", async (name, damage, reason) => {
    const copy = copyRelease(path.join(dir, `store-${name.replace(/\s/g, "-")}`), damage);
    const server = startRelease(copy, PORT + 2);
    const exit = await new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
    await server.stop();
    expect(exit).toBe(1);
    expect(server.log()).toContain(`Không khởi động máy chủ: ${SHOWN}: ${reason}`);
  });
});
