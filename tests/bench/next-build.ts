// `next build` of a corpus, in a throwaway copy of the repository: the repo's own .next is
// never clobbered, and files others edit mid-run cannot change a build half-way. The
// copy builds into its own .next (NEXT_DIST_DIR is pinned for configs that read it).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSite } from "../support/build";
import { measured, type RunResult } from "./processes";
import { makeTempDir, removeTempDir } from "./temp-dirs";

// Not needed to build the site, or rebuilt by it. tests/ is left out so that a test file
// someone is half-way through editing cannot fail the build; so are other build folders
// (.next-*), which others' builds may be writing while we copy.
// The content cache (.cache/) is left out too, so the first build of each corpus is cold.
const SKIP = new Set([".git", "node_modules", "test-results", "tests", "coverage", ".cache"]);
const skipped = (name: string): boolean => SKIP.has(name) || name.startsWith(".next") || name.endsWith(".tsbuildinfo");

/** Copies the repository (without build output, tests or node_modules) to a temporary folder. */
export function prepareWorkdir(repo: string): string {
  const workdir = makeTempDir("bao-tinh-bench-repo-");
  for (const entry of readdirSync(repo)) {
    if (skipped(entry)) continue;
    cpSync(path.join(repo, entry), path.join(workdir, entry), { recursive: true, verbatimSymlinks: true });
  }
  // Turbopack refuses a node_modules symlink that leaves the project root, so hard-link
  // the tree instead (fast, no extra space); copy it only across file systems.
  const linked = spawnSync("cp", ["-al", path.join(repo, "node_modules"), path.join(workdir, "node_modules")], { stdio: "ignore" });
  if (linked.status !== 0) {
    rmSync(path.join(workdir, "node_modules"), { recursive: true, force: true });
    cpSync(path.join(repo, "node_modules"), path.join(workdir, "node_modules"), { recursive: true, verbatimSymlinks: true });
  }
  return workdir;
}

/** What one build produced and cost. */
export interface BuildStats extends RunResult {
  readonly htmlPages: number;
  readonly routeBodies: number;
  readonly distBytes: number;
  readonly cacheBytes: number;
  readonly phases: BuildPhases;
  /** Per process (and thread) that read article files: how many, over how long. */
  readonly readers: readonly ContentReader[];
}

/** Phase times Next prints, in ms, and how many workers it used. */
export interface BuildPhases {
  readonly compileMs?: number | undefined;
  readonly typeScriptMs?: number | undefined;
  readonly staticGenerationMs?: number | undefined;
  readonly workers?: number | undefined;
  readonly typeCheckSkipped: boolean;
}

/** One process that read the content folder during the build. */
export interface ContentReader {
  readonly pid: number;
  readonly threadId: number;
  readonly argv: string;
  readonly reads: number;
  readonly first: number;
  readonly last: number;
  /** Each pass over the articles folder (a pass restarts when a file is read again). */
  readonly loads: readonly { readonly start: number; readonly end: number; readonly reads: number }[];
}

const READ_COUNTER = fileURLToPath(new URL("./count-content-reads.mjs", import.meta.url));

/** Runs `next build` in `workdir` against `contentDir`, from a clean .next. */
export async function buildNext(
  workdir: string,
  contentDir: string,
  timeoutMs: number,
  log: (text: string) => void,
  prerender?: string,
  photoCacheDir?: string,
): Promise<BuildStats> {
  const dist = path.join(workdir, ".next");
  rmSync(dist, { recursive: true, force: true });
  const readsDir = makeTempDir("bao-tinh-bench-reads-");
  const result = await measured((onSpawn) =>
    buildSite({
      cwd: workdir,
      distDir: ".next",
      timeoutMs,
      env: {
        CONTENT_DIR: contentDir,
        // Unset means the site's default; the report says which was used.
        ...(prerender === undefined ? {} : { PRERENDER_ARTICLES: prerender }),
        ...(photoCacheDir === undefined ? {} : { PHOTO_CACHE_DIR: photoCacheDir }),
        BENCH_CONTENT_DIR: contentDir,
        BENCH_READS_DIR: readsDir,
      },
      preload: READ_COUNTER,
      onOutput: log,
      onSpawn,
    }),
  );
  const readers = readdirSync(readsDir).map((file): ContentReader => JSON.parse(readFileSync(path.join(readsDir, file), "utf8")));
  removeTempDir(readsDir);
  const files = existsSync(dist) ? listFiles(dist) : [];
  const cache = path.join(dist, "cache") + path.sep;
  return {
    ...result,
    htmlPages: files.filter((file) => file.path.endsWith(".html")).length,
    routeBodies: files.filter((file) => file.path.endsWith(".body")).length,
    distBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    cacheBytes: files.filter((file) => file.path.startsWith(cache)).reduce((sum, file) => sum + file.bytes, 0),
    phases: parsePhases(result.output),
    readers: readers.sort((a, b) => a.first - b.first),
  };
}

function listFiles(dir: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.push({ path: file, bytes: lstatSync(file).size });
  }
  return out;
}

/** Reads the phase timings from Next's build log (e.g. "✓ Compiled successfully in 6.4s"). */
export function parsePhases(output: string): BuildPhases {
  const text = output.replace(/\u001b\[[0-9;]*m/g, "");
  const duration = (match: RegExpExecArray | null, group = 1): number | undefined => {
    const value = match?.[group];
    if (value === undefined) return undefined;
    const number = Number.parseFloat(value);
    if (value.endsWith("ms")) return number;
    if (value.endsWith("min")) return number * 60_000;
    return number * 1000;
  };
  const generation = /Generating static pages using (\d+) workers? \(\d+\/\d+\) in ([\d.]+(?:ms|s|min))/.exec(text);
  return {
    compileMs: duration(/Compiled successfully in ([\d.]+(?:ms|s|min))/.exec(text)),
    typeScriptMs: duration(/Finished TypeScript in ([\d.]+(?:ms|s|min))/.exec(text)),
    staticGenerationMs: duration(generation, 2),
    workers: generation?.[1] === undefined ? undefined : Number(generation[1]),
    typeCheckSkipped: /Skipping validation of types/.test(text),
  };
}
