import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

// Reusing Next's compile across builds (README, Decisions: "Publishing without a
// recompile"). Next's compile bundles app/ and lib/ and costs 10–35 s on this machine;
// nothing in it depends on content, which is read only when pages are generated. So a
// build whose code is the same as an earlier build's copies that compiled folder and runs
// only Next's generate step (`next build --experimental-build-mode generate`): publishing
// an article re-reads one file and renders the prerendered pages, nothing else.

/** The top-level folders Next compiles. public/ is read by the server when it starts, not compiled; content/ only when pages are generated. */
const COMPILED_FOLDERS = ["app", "lib"];

/**
 * Top-level files that are not inputs of the compile: documentation, test and lint
 * settings, and what a build writes itself (next-env.d.ts, TypeScript's build info).
 */
const NOT_COMPILED = new Set(["README.md", "next-env.d.ts", "vitest.config.ts", "eslint.config.mjs", ".gitignore", ".nvmrc"]);

/** The file in a kept compile that says it was saved whole. */
const COMPLETE_FILE = "complete.json";

/** How many compiled builds the cache keeps: the newest, by last use. */
export const KEPT_COMPILES = 3;

/** What besides the files decides what Next compiles. */
export interface CompileContext {
  /** The repository root (absolute). */
  readonly root: string;
  /** The build folder as given (`NEXT_DIST_DIR`): compiled server code names it. */
  readonly buildFolder: string;
  /** The environment: NODE_ENV and every NEXT_PUBLIC_ variable are compiled in. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Node's version, platform and architecture: native addons and Next's output depend on them. */
  readonly runtime: string;
}

/** The compile's key: a hash of every input, and how many files went into it. */
export interface CompileKey {
  readonly key: string;
  readonly files: number;
}

/**
 * Hashes what Next's compile depends on: the code (app/, lib/ and the top-level files
 * other than those in {@link NOT_COMPILED}), the installed packages (npm's own record of
 * node_modules), the build folder's name, the environment it compiles in and the runtime.
 * Two builds with the same key compile to the same output.
 */
export function compileKey(context: CompileContext): CompileKey {
  const hash = createHash("sha256");
  let files = 0;
  const add = (name: string, bytes: Buffer | string): void => {
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
    files += 1;
  };
  for (const entry of readdirSync(context.root, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isFile() && !NOT_COMPILED.has(entry.name) && !entry.name.endsWith(".tsbuildinfo")) {
      const bytes = readFileSync(path.join(context.root, entry.name));
      add(entry.name, entry.name === "tsconfig.json" ? withoutBuildTypes(bytes) : bytes);
    }
  }
  for (const folder of COMPILED_FOLDERS) {
    const dir = path.join(context.root, folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(context.root, path.join(entry.parentPath, entry.name)))
      .sort();
    for (const name of names) add(name, readFileSync(path.join(context.root, name)));
  }
  const installed = path.join(context.root, "node_modules", ".package-lock.json");
  if (existsSync(installed)) add("node_modules/.package-lock.json", readFileSync(installed));
  const compiledEnv = Object.entries(context.env)
    .filter(([name]) => name === "NODE_ENV" || name.startsWith("NEXT_PUBLIC_"))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(JSON.stringify({ root: context.root, buildFolder: context.buildFolder, env: compiledEnv, runtime: context.runtime }));
  return { key: hash.digest("hex").slice(0, 32), files };
}

// next build adds the types of a build folder other than .next to tsconfig.json's
// include (the tests and the deploy put the file back after). Those lines say where a
// build went, not how code compiles; left in, they would make every build look new.
function withoutBuildTypes(bytes: Buffer): string | Buffer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return bytes;
  }
  if (typeof parsed !== "object" || parsed === null) return bytes;
  const include: unknown = Reflect.get(parsed, "include");
  if (!Array.isArray(include)) return bytes;
  Reflect.set(
    parsed,
    "include",
    include.filter((entry) => !(typeof entry === "string" && /^\.next[^/]*\/(dev\/)?types\//.test(entry))),
  );
  return JSON.stringify(parsed);
}

/**
 * Copies the kept compile with this key into `buildDir` (emptied first) and marks it used;
 * false when there is none, or it was not saved whole.
 */
export function restoreCompiled(cacheDir: string, key: string, buildDir: string): boolean {
  const entry = path.join(cacheDir, key);
  if (!existsSync(path.join(entry, COMPLETE_FILE)) || !existsSync(path.join(entry, "build"))) return false;
  rmSync(buildDir, { recursive: true, force: true });
  cpSync(path.join(entry, "build"), buildDir, { recursive: true, verbatimSymlinks: true });
  const now = new Date();
  utimesSync(path.join(entry, COMPLETE_FILE), now, now);
  return true;
}

/**
 * Keeps a copy of the freshly compiled `buildDir` under its key: copied beside the cache's
 * entries and renamed into place, so an entry is always whole (a build killed half-way
 * leaves a temporary folder, removed by the next save). Then drops all but the
 * {@link KEPT_COMPILES} most recently used.
 */
export function saveCompiled(cacheDir: string, key: string, buildDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const entry = path.join(cacheDir, key);
  const temporary = path.join(cacheDir, `${key}.${process.pid}.tmp`);
  rmSync(temporary, { recursive: true, force: true });
  // Next's cache/ is the bundler's own memory for compiling again; the generate step never reads it.
  const bundlerCache = path.join(buildDir, "cache");
  cpSync(buildDir, path.join(temporary, "build"), { recursive: true, verbatimSymlinks: true, filter: (source) => source !== bundlerCache });
  writeFileSync(path.join(temporary, COMPLETE_FILE), `${JSON.stringify({ key, saved: new Date().toISOString() })}\n`);
  rmSync(entry, { recursive: true, force: true });
  renameSync(temporary, entry);
  pruneCompiled(cacheDir, KEPT_COMPILES);
}

/** Removes every kept compile but the `keep` most recently used, and leftovers of interrupted saves. */
export function pruneCompiled(cacheDir: string, keep: number): void {
  if (!existsSync(cacheDir)) return;
  const entries: { name: string; used: number }[] = [];
  for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const marker = path.join(cacheDir, entry.name, COMPLETE_FILE);
    const interrupted = entry.name.endsWith(".tmp") && !saveStillRunning(entry.name);
    if (interrupted) rmSync(path.join(cacheDir, entry.name), { recursive: true, force: true });
    else if (existsSync(marker)) entries.push({ name: entry.name, used: statSync(marker).mtimeMs });
  }
  entries.sort((a, b) => b.used - a.used);
  for (const stale of entries.slice(keep)) rmSync(path.join(cacheDir, stale.name), { recursive: true, force: true });
}

// A temporary folder belongs to a save still running when its process is alive.
function saveStillRunning(name: string): boolean {
  const pid = Number(/\.(\d+)\.tmp$/.exec(name)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
