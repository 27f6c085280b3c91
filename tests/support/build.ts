// The site's build (lib/cli/build.ts: Next's compile, reused when the code is unchanged,
// then its generate step) into a folder of its own (NEXT_DIST_DIR), so a test or the
// benchmark never touches the `.next` that others serve, nor the compiles kept for it. next build adds every dist folder it sees to
// tsconfig.json's include; a test build's folder is temporary, so the file is put back.
import type { ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runCommand, type CommandResult, type EnvChanges } from "./process-group";

/** How to build. */
export interface BuildOptions {
  /** The build folder, relative to `cwd` or absolute. */
  readonly distDir: string;
  /** The repository to build; default the current folder. */
  readonly cwd?: string;
  /** Over the current environment (CONTENT_DIR, BAO_TINH_NOW, PRERENDER_ARTICLES, TZ…); `undefined` unsets. */
  readonly env?: EnvChanges;
  /** A module preloaded into every build process (`NODE_OPTIONS=--import`), e.g. a read counter. */
  readonly preload?: string;
  /** Default ten minutes. */
  readonly timeoutMs?: number;
  readonly onOutput?: (text: string) => void;
  readonly onSpawn?: (child: ChildProcess) => void;
}

/** Runs the site's build into `distDir` and always restores tsconfig.json, whether the build passed, failed or threw. */
export async function buildSite(options: BuildOptions): Promise<CommandResult> {
  const cwd = options.cwd ?? process.cwd();
  const tsconfigFile = path.join(cwd, "tsconfig.json");
  const tsconfig = readFileSync(tsconfigFile, "utf8");
  const nodeOptions = [process.env.NODE_OPTIONS, options.preload === undefined ? undefined : `--import ${pathToFileURL(path.resolve(cwd, options.preload)).href}`]
    .filter((part) => part !== undefined && part !== "")
    .join(" ");
  try {
    return await runCommand(path.join(cwd, "node_modules", ".bin", "tsx"), [path.join(cwd, "lib", "cli", "build.ts")], {
      cwd,
      timeoutMs: options.timeoutMs ?? 10 * 60_000,
      env: {
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        COMPILE_CACHE_DIR: path.join(cwd, ".cache", "compiled-tests"),
        ...options.env,
        NEXT_DIST_DIR: options.distDir,
        ...(nodeOptions === "" ? {} : { NODE_OPTIONS: nodeOptions }),
      },
      onOutput: options.onOutput,
      onSpawn: options.onSpawn,
    });
  } finally {
    if (readFileSync(tsconfigFile, "utf8") !== tsconfig) writeFileSync(tsconfigFile, tsconfig);
  }
}
