import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { STORE_FILE } from "../content-store";

// A release is one build made self-contained: Next's standalone server (`output:
// "standalone"`, its traced node_modules included), the build's static files, public/,
// the content store, the photo originals it may encode on request (hard links, so a
// later checkout never changes what a running release reads) and a link to the shared
// photo cache. It runs with `node <release>/start.mjs` and nothing else from the checkout.

/** What a release is made from and where it goes. */
export interface ReleaseSources {
  /** The repository root the build ran in. */
  readonly root: string;
  /** The build folder, relative to the root (`NEXT_DIST_DIR` of the build). */
  readonly buildFolder: string;
  /** The content folder the build read (its `images/` holds the originals). */
  readonly contentDir: string;
  /** The shared derived-photo cache (absolute). */
  readonly photoCacheDir: string;
}

/** The file in a release that starts its server; `PORT` picks the port, `HOSTNAME` the address (127.0.0.1 by default). */
export const RELEASE_START_FILE = "start.mjs";
/** Where the release records its build id and build folder. */
export const RELEASE_INFO_FILE = "release.json";

/** A release's facts, written at assembly. */
export interface ReleaseInfo {
  readonly buildId: string;
  readonly buildFolder: string;
}

/** The build id of a finished build folder, or undefined when the build did not finish. */
export function readBuildId(buildDir: string): string | undefined {
  const file = path.join(buildDir, "BUILD_ID");
  if (!existsSync(file)) return undefined;
  const id = readFileSync(file, "utf8").trim();
  return /^[\w-]+$/.test(id) ? id : undefined;
}

/** Assembles the release into `target` (made beside it, then renamed into place, so a release folder is always whole). */
export function assembleRelease(sources: ReleaseSources, target: string): ReleaseInfo {
  const build = path.resolve(sources.root, sources.buildFolder);
  const buildId = readBuildId(build);
  if (buildId === undefined) throw new Error(`${sources.buildFolder}: bản build chưa hoàn tất (không có BUILD_ID).`);
  const standalone = path.join(build, "standalone");
  if (!existsSync(path.join(standalone, "server.js"))) throw new Error(`${sources.buildFolder}: không có máy chủ độc lập (cần output: "standalone" trong next.config.ts).`);
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  cpSync(standalone, partial, { recursive: true, verbatimSymlinks: true });
  const inner = path.join(partial, sources.buildFolder);
  cpSync(path.join(build, "static"), path.join(inner, "static"), { recursive: true });
  // The store is never written again once its build renamed it into place: a hard link
  // costs no space (a copy across file systems).
  linkFile(path.join(build, STORE_FILE), path.join(inner, STORE_FILE));
  cpSync(path.join(sources.root, "public"), path.join(partial, "public"), { recursive: true });
  // The tracer copies whatever the file reads of instrumentation.ts and proxy.ts may point
  // into: the TypeScript sources, tests and content. The server runs from its bundles; the
  // release's content is its store, plus every original a first request may encode.
  for (const traced of ["content", "lib", "tests"]) rmSync(path.join(partial, traced), { recursive: true, force: true });
  linkTree(path.join(sources.contentDir, "images"), path.join(partial, "content", "images"));
  // The tracer may have copied the cache too: the release links to the shared one instead.
  rmSync(path.join(partial, ".cache"), { recursive: true, force: true });
  mkdirSync(path.join(partial, ".cache"), { recursive: true });
  symlinkSync(sources.photoCacheDir, path.join(partial, ".cache", "photos"));
  const info: ReleaseInfo = { buildId, buildFolder: sources.buildFolder };
  writeFileSync(path.join(partial, RELEASE_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
  writeFileSync(path.join(partial, RELEASE_START_FILE), startScript(sources.buildFolder));
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  return info;
}

// Next's server.js listens on 0.0.0.0 unless HOSTNAME says otherwise; behind nginx it
// must not be reachable from outside. The app reads its build folder from NEXT_DIST_DIR
// (lib/settings.ts), which must name the folder the release was built into.
function startScript(buildFolder: string): string {
  return [
    "// Written by npm run deploy (lib/deploy/release.ts). Start: PORT=3001 node start.mjs",
    'process.env.HOSTNAME ||= "127.0.0.1";',
    `process.env.NEXT_DIST_DIR = ${JSON.stringify(buildFolder)};`,
    'process.env.NEXT_TELEMETRY_DISABLED ||= "1";',
    'await import("./server.js");',
    "",
  ].join("\n");
}

// Hard links cost no space and keep the bytes the build saw even after a checkout
// replaces the files; across file systems they fail, and the file is copied instead.
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const destination = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, destination);
    else if (entry.isFile()) linkFile(source, destination);
  }
}

function linkFile(source: string, destination: string): void {
  try {
    linkSync(source, destination);
  } catch {
    copyFileSync(source, destination);
  }
}
