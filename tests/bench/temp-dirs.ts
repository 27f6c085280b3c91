// Temporary folders the benchmark makes (corpora, the repository copy, Hugo sites), so
// that they are removed however it ends, Ctrl-C included.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const tracked = new Set<string>();

/** Makes a fresh folder under os.tmpdir() that is removed at exit. */
export function makeTempDir(prefix: string): string {
  return trackTempDir(mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Removes `dir` at exit unless {@link removeTempDir} removed it earlier. */
export function trackTempDir(dir: string): string {
  tracked.add(dir);
  return dir;
}

/** Removes a folder now. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  tracked.delete(dir);
}

/** Removes every tracked folder; synchronous, so it can run in an "exit" handler. */
export function removeTrackedTempDirs(): void {
  for (const dir of tracked) removeTempDir(dir);
}

/** Leaves `dir` in place at exit (--keep). */
export function keepTempDir(dir: string): void {
  tracked.delete(dir);
}
