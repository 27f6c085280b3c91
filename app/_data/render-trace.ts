import "server-only";
import { appendFileSync } from "node:fs";
import { getSettings } from "./settings";

// Tests set BAO_TINH_TRACE to a file to count content reads, Markdown renders and search
// index builds per process (each body must be rendered at most once per build process; a
// production server builds its search index at start); unset, this costs nothing.

/** Records one event (`snapshot`, `search-index`, `render <slug>`) with the process id, when tracing is on. */
export function trace(event: string): void {
  const file = getSettings().traceFile;
  if (file !== undefined) appendFileSync(/*turbopackIgnore: true*/ file, `${process.pid} ${event}\n`);
}
