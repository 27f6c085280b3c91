import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { copySettings } from "../support/site-settings";

// Runs the editors' commands as editors do (through tsx, in a working folder), against
// folders made with mkdtemp: the real content/ is only ever read.

/** The repository root. */
export const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** What a command printed and how it exited. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `lib/cli/<name>.ts` with tsx in `cwd`; CONTENT_DIR, BAO_TINH_NOW and PREVIEW_SECRET come only from `env`. */
export function runCli(name: "check" | "new" | "import" | "preview-link", args: readonly string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const { CONTENT_DIR: _dir, BAO_TINH_NOW: _now, PREVIEW_SECRET: _secret, ...inherited } = process.env;
  const result = spawnSync(path.join(REPO, "node_modules", ".bin", "tsx"), [path.join(REPO, "lib", "cli", `${name}.ts`), ...args], {
    cwd,
    env: { ...inherited, ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary site: content/ with the real settings (the masthead filled in), no articles and the placeholder photo. */
export function makeSite(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-cli-"));
  mkdirSync(path.join(root, "content", "articles"), { recursive: true });
  mkdirSync(path.join(root, "content", "images"), { recursive: true });
  copySettings(path.join(root, "content"));
  cpSync(path.join(REPO, "content", "images", "placeholder.svg"), path.join(root, "content", "images", "placeholder.svg"));
  return root;
}

/** Every file under `dir`, relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
