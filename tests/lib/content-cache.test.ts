import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { CacheEntry } from "../../lib/cache-entry";
import { openContentCache } from "../../lib/content-cache";

const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-content-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function entry(n: number): CacheEntry {
  const file = `/noi-dung/articles/bai-${n}.md`;
  return { path: file, size: n, mtime: String(n), hash: `h${n}`, context: "c", facts: { file, slug: `bai-${n}`, read: true, problems: [], clashAt: 0, nameLines: {} } };
}

describe("ContentCache.facts", () => {
  const cache = openContentCache(dir);
  const entries = Array.from({ length: 2_500 }, (_, index) => entry(index + 1));
  cache.write(entries);
  afterAll(() => cache.close());

  it("gives the facts of a few files, looked up one by one", () => {
    const found = cache.facts(["/noi-dung/articles/bai-7.md", "/noi-dung/articles/bai-2500.md", "/noi-dung/articles/khong-co.md"]);
    expect([...found.keys()].sort()).toEqual(["/noi-dung/articles/bai-2500.md", "/noi-dung/articles/bai-7.md"]);
    expect(found.get("/noi-dung/articles/bai-7.md")?.slug).toBe("bai-7");
  });

  it("gives the facts of most files from one pass over the table, and only those asked for", () => {
    const asked = entries.slice(1).map((one) => one.path);
    const found = cache.facts(asked);
    expect(found.size).toBe(2_499);
    expect(found.has("/noi-dung/articles/bai-1.md")).toBe(false);
    expect(found.get("/noi-dung/articles/bai-1234.md")?.slug).toBe("bai-1234");
  });
});
