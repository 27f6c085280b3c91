import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildSite } from "../support/build";
import { FIXTURE_NOW, FIXTURE_PRERENDER } from "./fixture-site";

// What a production build of the fixture site did, from its trace (BAO_TINH_TRACE: one
// `<pid> <event>` line per content event, and `read <file>` per read of a content file).

const fixtureContent = inject("fixtureContent");
const articleDir = path.join(fixtureContent, "articles");
const articleFiles = readdirSync(articleDir).map((name) => path.join(articleDir, name));

function readTrace(file: string): { pid: string; event: string; subject: string }[] {
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => {
      const [pid = "", event = "", ...rest] = line.split(" ");
      return { pid, event, subject: rest.join(" ") };
    });
}

describe("work done by one production build of the fixture site, on a cold content cache", () => {
  const trace = readTrace(inject("buildTrace"));

  /** How often each subject of one kind of event occurs per process. */
  function countsPerProcess(kind: "render"): Map<string, number> {
    const counts = new Map<string, number>();
    for (const line of trace.filter((entry) => entry.event === kind)) counts.set(`${line.pid} ${line.subject}`, (counts.get(`${line.pid} ${line.subject}`) ?? 0) + 1);
    return counts;
  }

  it("reads and validates each article file exactly once, in one build process", () => {
    const parses = trace.filter((line) => line.event === "parse");
    expect(parses.map((line) => line.subject).sort()).toEqual(articleFiles.slice().sort());
    expect(new Set(parses.map((line) => line.pid)).size).toBe(1);
    const reads = trace.filter((line) => line.event === "read" && line.subject.startsWith(articleDir));
    expect(reads.map((line) => line.subject).sort()).toEqual(articleFiles.slice().sort());
  });

  it("renders each article's Markdown at most once per process in each photo form (page, lite page, feeds), though several pages use each", () => {
    const renders = countsPerProcess("render");
    expect(renders.size).toBeGreaterThan(0);
    expect([...renders].filter(([, count]) => count > 1)).toEqual([]);
  });

  it("writes the content store once, as a new store, and every other build process opens it", () => {
    const writes = trace.filter((line) => line.event === "store" && line.subject.startsWith("write"));
    expect(writes.map((line) => line.subject)).toEqual([`write new inserted=${articleFiles.length} removed=0`]);
    const writer = writes[0]?.pid;
    const opened = trace.filter((line) => line.event === "store" && line.subject === "open");
    expect(opened.every((line) => line.pid !== writer)).toBe(true);
  });
});

describe("a rebuild after one article file changed", () => {
  const edited = articleFiles.find((file) => file.endsWith("hoi-nghi-dan-van-so-7.md")) ?? "";
  const original = readFileSync(edited);
  const times = statSync(edited);
  // A prerendered article (FIXTURE_PRERENDERED_SLUGS), edited for the build that reuses the compile.
  const prerendered = articleFiles.find((file) => file.endsWith("hoi-nghi-dan-van-so-24.md")) ?? "";
  const prerenderedOriginal = readFileSync(prerendered);
  const prerenderedTimes = statSync(prerendered);
  const rebuildDist = `${inject("fixtureDist")}-rebuild`;
  const rebuildTrace = `${rebuildDist}.trace.log`;
  afterAll(() => {
    writeFileSync(edited, original);
    utimesSync(edited, times.atime, times.mtime);
    writeFileSync(prerendered, prerenderedOriginal);
    utimesSync(prerendered, prerenderedTimes.atime, prerenderedTimes.mtime);
    rmSync(rebuildDist, { recursive: true, force: true });
    rmSync(rebuildTrace, { force: true });
  });

  it("re-validates exactly that file and updates a copy of the last store by one article", async () => {
    writeFileSync(edited, `${original.toString("utf8")}\nMột đoạn viết thêm sau khi đăng.\n`);
    rmSync(rebuildTrace, { force: true });
    const build = await buildSite({
      distDir: rebuildDist,
      env: { CONTENT_DIR: fixtureContent, BAO_TINH_NOW: FIXTURE_NOW, PRERENDER_ARTICLES: String(FIXTURE_PRERENDER), BAO_TINH_TRACE: rebuildTrace },
    });
    expect(build.code, build.output.slice(-3_000)).toBe(0);
    const trace = readTrace(rebuildTrace);
    expect(trace.filter((line) => line.event === "parse").map((line) => line.subject)).toEqual([edited]);
    expect(trace.filter((line) => line.event === "store" && line.subject.startsWith("write")).map((line) => line.subject)).toEqual(["write from-base inserted=1 removed=1"]);
  }, 8 * 60_000);

  it("into the same folder with the code unchanged, copies the kept compile and only generates, from that one file", async () => {
    const added = "Đoạn đính chính thêm sau lần build trước.";
    writeFileSync(prerendered, `${prerenderedOriginal.toString("utf8")}\n${added}\n`);
    rmSync(rebuildTrace, { force: true });
    const build = await buildSite({
      distDir: rebuildDist,
      env: { CONTENT_DIR: fixtureContent, BAO_TINH_NOW: FIXTURE_NOW, PRERENDER_ARTICLES: String(FIXTURE_PRERENDER), BAO_TINH_TRACE: rebuildTrace },
    });
    expect(build.code, build.output.slice(-3_000)).toBe(0);
    expect(build.output).toContain("dùng lại bản biên dịch đã lưu");
    expect(build.output).not.toContain("Compiled successfully");
    expect(readTrace(rebuildTrace).filter((line) => line.event === "parse").map((line) => line.subject)).toEqual([prerendered]);
    const page = readFileSync(path.join(rebuildDist, "server", "app", "bai-viet", "hoi-nghi-dan-van-so-24.html"), "utf8");
    expect(page).toContain(added);
    // The standalone server carries its bundles, not the content, caches, tests or sources the tracer could follow.
    expect(readdirSync(path.join(rebuildDist, "standalone")).sort()).toEqual([path.basename(rebuildDist), "node_modules", "package.json", "server.js"].sort());
  }, 8 * 60_000);
});
