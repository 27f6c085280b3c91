import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/load-content";
import { loadContentCached, type CachedLoadOptions, type FactsMemo } from "../../lib/load-content-cached";
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

describe("loadContentCached with a memo of facts (the dev server's)", () => {
  it("takes unchanged files' facts from the memo, and the changed and new files' from the cache", () => {
    const memo: FactsMemo = new Map();
    expect(load({ memo }).articles).toHaveLength(5);
    expect([...memo.keys()].sort()).toEqual([1, 2, 3, 4, 5].map((n) => shownFile(`2020/01/bai-so-${n}.md`)).sort());
    // A mark only the memo carries: a run that decoded the file from the cache would not have it.
    const third = shownFile("2020/01/bai-so-3.md");
    const kept = memo.get(third);
    if (kept === undefined) throw new Error("the memo lacks bai-so-3.md");
    const mark = { file: kept.facts.file, line: 1, message: "dấu của bộ nhớ", severity: "warning" as const };
    memo.set(third, { entry: kept.entry, facts: { ...kept.facts, problems: [mark] } });
    write(contentDir, "2020/01/bai-so-4.md", 4, "Thêm một câu.");
    write(contentDir, "2020/01/bai-so-6.md", 6);
    rmSync(shownFile("2020/01/bai-so-5.md"));
    const loaded = load({ memo });
    expect(loaded.parsed).toEqual([shownFile("2020/01/bai-so-4.md"), shownFile("2020/01/bai-so-6.md")].sort());
    expect(loaded.problems.map((problem) => problem.message)).toContain("dấu của bộ nhớ");
    expect(memo.get(shownFile("2020/01/bai-so-4.md"))?.facts.record?.slug).toBe("bai-so-4");
    expect(memo.has(shownFile("2020/01/bai-so-6.md"))).toBe(true);
    expect(memo.has(shownFile("2020/01/bai-so-5.md"))).toBe(false);
  });
});

describe("loadContentCached and photos", () => {
  const drawing = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800"><rect width="1200" height="800" fill="#e8e4dc"/></svg>';

  function withPhoto(): string {
    const photo = path.join(contentDir, "images", "2020", "01", "anh.svg");
    mkdirSync(path.dirname(photo), { recursive: true });
    writeFileSync(photo, drawing);
    write(contentDir, "2020/01/bai-so-1.md", 1, 'Xem [bài hai](/bai-viet/bai-so-2).\n\n![Quang cảnh hội nghị](/images/2020/01/anh.svg "Quang cảnh hội nghị.")');
    return photo;
  }
  const photoProblems = (loaded: ReturnType<typeof load>) => loaded.problems.filter((problem) => problem.message.includes("anh.svg")).map(formatProblem);

  it("remembers a photo's header while the file is unchanged, and reads it again on a full check", () => {
    const photo = withPhoto();
    const when = new Date("2024-05-10T03:00:00Z");
    utimesSync(photo, when, when);
    expect(photoProblems(load())).toEqual([]);
    // The same size, time and inode with other bytes: only a run that reads the file can tell.
    const { ino } = statSync(photo);
    writeFileSync(photo, "x".repeat(drawing.length));
    utimesSync(photo, when, when);
    expect(statSync(photo).ino).toBe(ino);
    expect(photoProblems(load())).toEqual([]);
    expect(photoProblems(load({ full: true }))).not.toEqual([]);
  });

  it("reads a photo again once it changed", () => {
    const photo = withPhoto();
    expect(photoProblems(load())).toEqual([]);
    writeFileSync(photo, "không phải ảnh");
    const problems = photoProblems(load());
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/bai-so-1\.md/);
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
