import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { nginxPaths } from "./nginx-config";

// Runs nginx with the deploy's own configuration file (lib/deploy/nginx-config.ts): checked
// with `nginx -t` before it replaces the one in use, then a reload (or a start, when no
// nginx of this configuration runs). A reload is graceful: the old workers finish the
// requests they hold on the old upstream while new workers take new ones on the new.

/** Where the configuration lives in the nginx state folder. */
export function nginxConfigFile(stateDir: string): string {
  return path.join(stateDir, "nginx.conf");
}

/**
 * Writes `config`, tests it, and reloads nginx with it (starting nginx if it is not
 * running). Throws nginx's message on failure. A running nginx that already has this very
 * configuration is left alone: a reload closes every reader's idle keep-alive connection.
 */
export function applyNginxConfig(nginx: string, stateDir: string, config: string): "reloaded" | "started" | "unchanged" {
  const files = nginxPaths(stateDir);
  const current = nginxConfigFile(stateDir);
  if (nginxRunning(stateDir) && existsSync(current) && readFileSync(current, "utf8") === config) return "unchanged";
  for (const folder of [path.dirname(files.errorLog), files.temp, files.cache]) mkdirSync(folder, { recursive: true });
  const file = nginxConfigFile(stateDir);
  const candidate = `${file}.new`;
  writeFileSync(candidate, config);
  run(nginx, ["-t", "-q", "-p", stateDir, "-c", candidate]);
  renameSync(candidate, file);
  if (nginxRunning(stateDir)) {
    run(nginx, ["-p", stateDir, "-c", file, "-s", "reload"]);
    return "reloaded";
  }
  run(nginx, ["-p", stateDir, "-c", file]);
  return "started";
}

/** Stops the nginx of this state folder (fast shutdown), if it runs. */
export function stopNginx(nginx: string, stateDir: string): void {
  if (nginxRunning(stateDir)) run(nginx, ["-p", stateDir, "-c", nginxConfigFile(stateDir), "-s", "stop"]);
}

/** True when the pid file names a running process. */
export function nginxRunning(stateDir: string): boolean {
  const file = nginxPaths(stateDir).pid;
  if (!existsSync(file)) return false;
  const pid = Number(readFileSync(file, "utf8").trim());
  if (!Number.isInteger(pid) || pid <= 1) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The nginx binary: Debian's, or whatever `nginx` the PATH finds. */
export function defaultNginx(): string {
  return existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
}

function run(nginx: string, args: readonly string[]): void {
  const result = spawnSync(nginx, args, { encoding: "utf8", timeout: 30_000 });
  if (result.status !== 0) throw new Error(`nginx ${args.join(" ")}: ${(result.stderr || result.error?.message || `mã ${String(result.status)}`).trim()}`);
}
