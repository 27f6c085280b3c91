import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/load-content";
import { loadContentCached, type CachedLoadOptions } from "../../lib/load-content-cached";
import { formatProblem } from "../../lib/problem";
import { articleFile } from "../support/article-file";
import { copySettings } from "../support/site-settings";

// The incremental path: what a run re-reads and re-validates (`parsed`), counted, and
// that every rule across files still sees deletions, renames and clashes.

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A content folder of `count` small articles, the first linking to the second. */
function writeContent(count: number): string {
  const dir = folder("bao-tinh-cached-");
  copySettings(dir);
  for (let n = 1; n <= count; n++) write(dir, `2020/01/bai-so-${n}.md`, n, n === 1 ? "Xem [bài hai](/bai-viet/bai-so-2)." : "");
  return dir;
}

function write(dir: string, relative: string, n: number, extra = ""): string {
  const file = path.join(dir, "articles", relative);
  mkdirSync(path.dirname(file), { recursive: true });
  const minute = String(n % 60).padStart(2, "0");
  writeFileSync(
    file,
    articleFile({ title: `Bài số ${n}`, date: `2020-01-${String(1 + (n % 28)).padStart(2, "0")} 08:${minute}`, author: "Hồng Nhung", category: "Chính trị", tags: "[Dân vận]" }, `Nội dung bài số ${n} về công tác dân vận. ${extra}`),
  );
  return file;
}

let contentDir: string;
let cacheDir: string;
const shownFile = (relative: string) => path.join(contentDir, "articles", relative);

function load(options: Partial<CachedLoadOptions> = {}) {
  const loaded = loadContentCached(
    { contentDir, publicDir: path.resolve("public"), displayRoot: process.cwd() },
    { cacheDir, threads: 0, rules: "rules-1", ...options },
  );
  loaded.close();
  return loaded;
}

beforeEach(() => {
  contentDir = writeContent(5);
  cacheDir = folder("bao-tinh-cache-");
});

describe("loadContentCached", () => {
  it("reads every file on a cold cache and none on the next run", () => {
    expect(load().parsed).toHaveLength(5);
    const warm = load();
    expect(warm.parsed).toEqual([]);
    expect(warm.articles).toHaveLength(5);
    expect(warm.problems).toEqual([]);
  });

  it("re-validates exactly the one file whose content changed", () => {
    load();
    write(contentDir, "2020/01/bai-so-3.md", 3, "Một câu mới.");
    expect(load().parsed).toEqual([shownFile("2020/01/bai-so-3.md")]);
  });

  it("re-reads a touched file but does not re-validate it when its content is the same", () => {
    load();
    const file = shownFile("2020/01/bai-so-4.md");
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(load().parsed).toEqual([]);
  });

  it("re-validates every file when the rules change, and on a full check", () => {
    load();
    expect(load({ rules: "rules-2" }).parsed).toHaveLength(5);
    expect(load({ rules: "rules-2", full: true }).parsed).toHaveLength(5);
  });

  it("sees a deleted file, and the link to it that an unchanged file has", () => {
    load();
    rmSync(shownFile("2020/01/bai-so-2.md"));
    const after = load();
    expect(after.parsed).toEqual([]);
    expect(after.articles.map((article) => article.record.slug)).not.toContain("bai-so-2");
    expect(after.problems.map(formatProblem)).toEqual([
      `${shownFile("2020/01/bai-so-1.md")}:9: liên kết tới /bai-viet/bai-so-2 nhưng không có bài nào có đường dẫn đó.`,
    ]);
  });

  it("sees a renamed file under its new slug, reading it as a new file", () => {
    load();
    renameSync(shownFile("2020/01/bai-so-5.md"), shownFile("2020/01/bai-moi.md"));
    const after = load();
    expect(after.articles.map((article) => article.record.slug).sort()).toEqual(["bai-moi", "bai-so-1", "bai-so-2", "bai-so-3", "bai-so-4"]);
    expect(after.parsed).toEqual([shownFile("2020/01/bai-moi.md")]);
  });

  it("reports a new file whose slug an unchanged file already has", () => {
    load();
    write(contentDir, "2021/02/bai-so-3.md", 9);
    const after = load();
    expect(after.parsed).toEqual([shownFile("2021/02/bai-so-3.md")]);
    expect(after.problems.map(formatProblem)).toEqual([
      `${shownFile("2021/02/bai-so-3.md")}: trùng đường dẫn /bai-viet/bai-so-3 với ${shownFile("2020/01/bai-so-3.md")}; đổi tên một trong hai tệp.`,
    ]);
  });

  it("finds the same problems as loadContent, from the cache as from a cold read", () => {
    write(contentDir, "2020/02/bai-hong.md", 7);
    writeFileSync(shownFile("2020/02/bai-hong.md"), readFileSync(shownFile("2020/02/bai-hong.md"), "utf8").replace("2020-01-08 08:07", "32/13/2020"));
    const direct = loadContent({ contentDir, publicDir: path.resolve("public"), displayRoot: process.cwd() }).problems.map(formatProblem);
    expect(direct).toHaveLength(1);
    expect(load().problems.map(formatProblem)).toEqual(direct);
    expect(load().problems.map(formatProblem)).toEqual(direct);
  });
});

describe("loadContentCached on worker threads", () => {
  it("reads a cold archive of 250 files on two threads, with the same result as one thread", () => {
    contentDir = writeContent(250);
    const threaded = load({ threads: 2, bodies: true });
    expect(threaded.parsed).toHaveLength(250);
    expect(threaded.threads).toBe(2);
    cacheDir = folder("bao-tinh-cache-");
    const single = load({ threads: 0, bodies: true });
    expect(single.threads).toBe(0);
    expect(threaded.articles).toEqual(single.articles);
    expect(threaded.problems).toEqual([]);
  }, 120_000);
});
