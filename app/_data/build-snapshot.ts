import "server-only";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { decodeSnapshot, encodeSnapshot, snapshotFile } from "@/lib/content-snapshot";
import type { Content } from "@/lib/load-content";
import { showPath } from "@/lib/content-paths";
import type { Settings } from "@/lib/settings";

// What a build read and validated, kept in its build folder so that the servers started
// on that build serve exactly that content (README, Decisions: "A server serves its
// build's content"; the format is lib/content-snapshot.ts).

/** The build's content, or undefined (with a warning) when the snapshot is missing or damaged. */
export function readBuildSnapshot(settings: Settings): Content | undefined {
  const file = snapshotFile(settings);
  const content = existsSync(file) ? decodeSnapshot(readFileSync(file)) : undefined;
  if (content === undefined) console.warn(`${showPath(settings.paths, file)}: không có bản nội dung của lần build; đọc lại thư mục nội dung.`);
  return content;
}

/** Writes the build's content; build workers may do so in parallel, so each writes a whole file and renames it. */
export function writeBuildSnapshot(settings: Settings, content: Content): void {
  const file = snapshotFile(settings);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, encodeSnapshot(content));
  renameSync(temporary, file);
}
