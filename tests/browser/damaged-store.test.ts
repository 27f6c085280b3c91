import { cpSync, rmSync, truncateSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { STORE_FILE, STORE_VERSION } from "../../lib/content-store";
import { startNextServer } from "../support/server";
import { FIXTURE_NOW } from "./fixture-site";

// A production server whose build's content store is missing, cut short, not a database
// or of another version must stop at start with a message naming the file and what to
// do, and exit non-zero. While it is up it must never answer a request with a 500.

const dist = inject("fixtureDist");
const port = Number(new URL(inject("fixtureUrl")).port) + 20;
const copy = `${dist}-damaged`;
const store = path.join(copy, STORE_FILE);
const shown = path.relative(process.cwd(), store);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const DAMAGES: [string, () => void, RegExp][] = [
  ["missing", () => rmSync(store), /không có kho nội dung \(tệp SQLite\) của bản build này\. Chạy lại "npm run build"/],
  ["truncated to half its length", () => truncateSync(store, Math.floor(statSync(store).size / 2)), /kho nội dung bị hỏng.*Xóa tệp này \(hoặc cả thư mục build\)\./],
  ["not a database at all", () => writeFileSync(store, "đây không phải tệp SQLite ".repeat(500)), /(không mở được kho nội dung|kho nội dung bị hỏng)/],
  [
    "of another version",
    () => {
      const db = new Database(store);
      db.pragma("user_version = 99");
      db.close();
    },
    new RegExp(`kho nội dung thuộc phiên bản 99, máy chủ này cần phiên bản ${STORE_VERSION}\\. Chạy lại "npm run build" bằng mã nguồn đang chạy`),
  ],
];

describe("next start on a build whose content store is damaged", () => {
  it.each(DAMAGES)("refuses to start when the store is %s, and never answers 500", async (_name, damage, message) => {
    rmSync(copy, { recursive: true, force: true });
    // A copy of the bytes: the fixture's own store (a hard link into the cache) is never touched.
    cpSync(dist, copy, { recursive: true });
    damage();
    const server = startNextServer({ port, env: { NEXT_DIST_DIR: copy, BAO_TINH_NOW: FIXTURE_NOW } });
    const statuses: number[] = [];
    const exited = new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
    let gone = false;
    void exited.then(() => (gone = true));
    try {
      // Ask for pages the whole time the process lives: none of them may be a 500.
      const deadline = Date.now() + 45_000;
      while (!gone && Date.now() < deadline) {
        try {
          const response = await fetch(`${server.url}/`, { signal: AbortSignal.timeout(2_000) });
          await response.arrayBuffer();
          statuses.push(response.status);
        } catch {
          // not listening (yet, or any more)
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve("still running"), 5_000))]);
      expect(code).toBe(1);
      expect(server.log()).toContain(shown);
      expect(server.log()).toMatch(message);
      expect(statuses.filter((status) => status >= 500)).toEqual([]);
    } finally {
      await server.stop();
    }
  }, 90_000);
});
