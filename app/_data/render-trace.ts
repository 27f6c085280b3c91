import "server-only";
import { appendFileSync } from "node:fs";
import { getSettings } from "./settings";

// Tests set BAO_TINH_TRACE to a file to count content work per process: each file read
// and validated (once per build, in one process; a rebuild validates only what changed),
// the store opened or written, each body rendered; unset, this costs nothing.

/** Records one event (`parse <file>`, `store open`, `store write …`, `render <slug>`) with the process id, when tracing is on. */
export function trace(event: string): void {
  const file = getSettings().traceFile;
  if (file !== undefined) appendFileSync(/*turbopackIgnore: true*/ file, `${process.pid} ${event}\n`);
}
