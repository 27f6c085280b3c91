import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../lib/load-content";
import { articleFile } from "../support/article-file";
import { runDeploy } from "../support/deploy";
import { runCommand } from "../support/process-group";
import { copySettings } from "../support/site-settings";

// One broken article among a thousand good ones: the content check names it and only it,
// the build refuses the whole corpus and says which file, and a deploy of that corpus
// leaves the live release as it was. One build only (the failing one), to bound time.

const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? 3107);
const BUILD_DIR = `.next-broken-${PORT_BASE}`;
/** A deploy root of its own, whose live release is a marker: the test never lets a deploy near a real one. */
let deployRoot: string;
const VALID_ARTICLES = 1_000;
const BROKEN_NAME = "bai-hong-ngay-thang.md";
const MARKER = `marker-${process.pid}-${Date.now()}`;
const BUILD_TIMEOUT_MS = 8 * 60_000;

let contentDir: string;
let brokenFile: string;

/** Writes a content folder of 1,000 small valid articles and one with an impossible date. */
function writeCorpus(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-broken-"));
  copySettings(dir);
  const sections = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa"];
  const start = Date.UTC(2019, 0, 1, 1, 0);
  for (let n = 1; n <= VALID_ARTICLES; n++) {
    const when = new Date(start + n * 7 * 3_600_000).toISOString();
    const folder = path.join(dir, "articles", when.slice(0, 4), when.slice(5, 7));
    mkdirSync(folder, { recursive: true });
    const body = `Sáng nay, hội nghị số ${n} của tỉnh đã bàn về công tác dân vận ở cơ sở.\n\nCác đại biểu thống nhất kế hoạch năm tới.`;
    writeFileSync(
      path.join(folder, `hoi-nghi-so-${String(n).padStart(4, "0")}.md`),
      articleFile(
        { title: `Hội nghị số ${n} bàn về công tác dân vận`, date: `${when.slice(0, 10)} ${when.slice(11, 16)}`, author: "Hồng Nhung", category: sections[n % sections.length] ?? "Chính trị" },
        body,
      ),
    );
  }
  const broken = path.join(dir, "articles", "2020", "05", BROKEN_NAME);
  mkdirSync(path.dirname(broken), { recursive: true });
  writeFileSync(broken, articleFile({ title: "Bài có ngày tháng viết sai", date: "32/13/2020", author: "Hồng Nhung", category: "Xã hội" }, "Nội dung."));
  brokenFile = broken;
  return dir;
}

beforeAll(() => {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  contentDir = writeCorpus();
  deployRoot = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-broken-deploy-"));
  mkdirSync(path.join(deployRoot, "releases", MARKER), { recursive: true });
  writeFileSync(path.join(deployRoot, "releases", MARKER, "release.json"), JSON.stringify({ buildId: MARKER, buildFolder: ".next" }));
  symlinkSync(path.join(deployRoot, "releases", MARKER), path.join(deployRoot, "current"));
});

afterAll(() => {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  if (deployRoot !== undefined) rmSync(deployRoot, { recursive: true, force: true });
  if (contentDir !== undefined) rmSync(contentDir, { recursive: true, force: true });
});

describe("one broken file among 1,000 valid ones", () => {
  it("loadContent reads all 1,001 files and names only the broken one", () => {
    const result = loadContent({ contentDir, publicDir: path.resolve("public"), displayRoot: process.cwd() });
    expect(result.filesRead).toBe(VALID_ARTICLES + 1);
    expect(result.content?.articles).toHaveLength(VALID_ARTICLES);
    const files = [...new Set(result.problems.map((problem) => problem.file))];
    expect(files).toEqual([brokenFile]);
    expect(result.problems.map((problem) => problem.field)).toContain("date");
  });

  it("npm run check exits 1 and lists the broken file and no other", async () => {
    const result = await runCommand("node_modules/.bin/tsx", ["lib/cli/check.ts"], { env: { CONTENT_DIR: contentDir }, timeoutMs: 120_000 });
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain(BROKEN_NAME);
    expect(result.output).not.toMatch(/hoi-nghi-so-\d{4}\.md/);
  }, 150_000);

  it(
    "a deploy of it fails, names the broken file and leaves the live release untouched",
    async () => {
      const tsconfig = readFileSync("tsconfig.json", "utf8");
      const result = await runDeploy(
        ["--root", deployRoot, "--build-dir", BUILD_DIR, "--timeout-minutes", String(BUILD_TIMEOUT_MS / 60_000)],
        { CONTENT_DIR: contentDir },
        BUILD_TIMEOUT_MS + 60_000,
      );
      expect(result.code, result.output.slice(-3_000)).toBe(1);
      // next build itself must refuse the corpus and say which file is wrong.
      expect(result.output).toContain(BROKEN_NAME);
      expect(result.output).toMatch(/"date"/);
      expect(result.output).toContain("Triển khai thất bại");
      // The live release is exactly the marker it was seeded with, and nothing else was made.
      expect(readlinkSync(path.join(deployRoot, "current"))).toBe(path.join(deployRoot, "releases", MARKER));
      expect(readdirSync(path.join(deployRoot, "releases"))).toEqual([MARKER]);
      expect(existsSync(path.join(deployRoot, "previous"))).toBe(false);
      // The failed build's output and the deploy lock are cleaned up.
      expect(existsSync(BUILD_DIR)).toBe(false);
      expect(readdirSync(deployRoot).sort()).toEqual(["current", "releases"]);
      // next build lists its build folder in tsconfig.json; a deploy puts the file back.
      expect(readFileSync("tsconfig.json", "utf8")).toBe(tsconfig);
    },
    BUILD_TIMEOUT_MS + 90_000,
  );
});
